/// A parsed Mustache template: text, values, sections, partials, layouts and their blocks.
struct Template: Sendable {
    var nodes: [TemplateNode]
}

enum TemplateNode: Sendable {
    /// Template text, as UTF-8.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case value(TemplateName, escaped: Bool)
    /// `{{#name}}...{{/name}}`, or with `inverted` `{{^name}}...{{/name}}`.
    case section(TemplateName, Template, inverted: Bool)
    /// `{{> name}}`, and `{{< name}}...{{/name}}` with the blocks it overrides. `indentation` is the
    /// whitespace before a tag that stands on its own line: every line the partial writes gets it.
    case partial(String, indentation: [UInt8]?, overrides: [String: Template]?)
    /// `{{>*name}}`: the partial whose name the value `name` holds.
    case dynamicPartial(TemplateName, indentation: [UInt8]?, overrides: [String: Template]?)
    /// `{{$name}}default{{/name}}` in a layout or partial: the caller's override, or the default.
    case block(String, fallback: Template, indentation: [UInt8])
    /// `{{% CONTENT_TYPE: TEXT}}` (no escaping from here on) or `HTML`.
    case escaping(Bool)
}

/// A name as a tag spells it: `title`, `post.date.iso`, `.`, `.title` (the current value only),
/// with transforms around it: `uppercased(title)`, `first()` (the position in the list).
struct TemplateName: Sendable, Equatable {
    enum Root: Sendable, Equatable {
        /// `.` or an empty name: the current value.
        case current
        /// An empty name with transforms: the position in the list being rendered.
        case position
        /// The first component is looked up in the current value, then in each enclosing one.
        case stack
        /// A name starting with `.`: looked up in the current value only.
        case anchored
    }

    var root: Root
    var components: [String]
    /// Applied innermost first (`first(reversed(list))` reverses, then takes the first).
    var transforms: [TemplateTransform]
}

enum TemplateTransform: String, Sendable {
    // The position in a list.
    case first, last, index, even, odd
    // Text.
    case lowercased, uppercased, capitalized, reversed, empty
    // Lists, and maps (front matter `params`): `sorted()` and `enumerated()` give a map's
    // entries as {`key`, `value`}, by key.
    case count, sorted, enumerated
    // Numbers.
    case equalzero, plusone, minusone
}
