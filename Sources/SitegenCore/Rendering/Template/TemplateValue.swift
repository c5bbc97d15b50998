/// A value as templates see it. Views hand these out by name (`TemplateObject.child(named:)`),
/// so a lookup is a `switch` and an enum match: no reflection, no dynamic casts.
enum TemplateValue {
    /// Text: HTML-escaped by `{{name}}`, inserted as it is by `{{{name}}}`.
    case text(String)
    case number(Int)
    case bool(Bool)
    case object(any TemplateObject)
    case list(any TemplateList)

    init?<Value: TemplateRepresentable>(_ value: Value?) {
        guard let value else { return nil }
        self = value.templateValue
    }

    /// Whether a section `{{#name}}` opens for this value (a list opens once per element).
    var opensSection: Bool {
        switch self {
        case .bool(let flag): flag
        case .list(let list): list.count > 0
        case .text, .number, .object: true
        }
    }
}

/// A type templates can read.
protocol TemplateRepresentable {
    var templateValue: TemplateValue { get }
}

/// A value with named fields: `{{name}}`, `{{#name}}` and `{{a.b}}` look them up.
protocol TemplateObject: TemplateRepresentable {
    func child(named name: String) -> TemplateValue?
}

extension TemplateObject {
    var templateValue: TemplateValue { .object(self) }
}

/// The elements a section over a list renders, in order.
protocol TemplateList {
    var count: Int { get }
    func element(at index: Int) -> TemplateValue
}

extension String: TemplateRepresentable {
    var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateRepresentable {
    var templateValue: TemplateValue { .number(self) }
}

extension Bool: TemplateRepresentable {
    var templateValue: TemplateValue { .bool(self) }
}

extension Array: TemplateRepresentable, TemplateList where Element: TemplateRepresentable {
    var templateValue: TemplateValue { .list(self) }
    func element(at index: Int) -> TemplateValue { self[index].templateValue }
}

/// An object whose fields are data (a front matter map): transforms can count and list them.
protocol TemplateMap: TemplateObject {
    var templateKeys: [String] { get }
}

extension Dictionary: TemplateRepresentable, TemplateObject, TemplateMap
where Key == String, Value: TemplateRepresentable {
    func child(named name: String) -> TemplateValue? { self[name]?.templateValue }
    var templateKeys: [String] { Array(keys) }
}

/// One entry of a map, as `sorted()` and `enumerated()` list them: `{{key}}` and `{{value}}`.
struct TemplateEntry: TemplateObject {
    let map: any TemplateMap
    let key: String

    func child(named name: String) -> TemplateValue? {
        switch name {
        case "key": .text(key)
        case "value": map.child(named: key)
        default: nil
        }
    }
}

struct TemplateValueList: TemplateList {
    let values: [TemplateValue]
    var count: Int { values.count }
    func element(at index: Int) -> TemplateValue { values[index] }
}

/// A list reversed by the `reversed()` transform.
struct ReversedTemplateList: TemplateList {
    let base: any TemplateList
    var count: Int { base.count }
    func element(at index: Int) -> TemplateValue { base.element(at: base.count - 1 - index) }
}
