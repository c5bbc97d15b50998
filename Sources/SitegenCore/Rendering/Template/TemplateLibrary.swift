import Foundation
import SitegenText

/// A theme's parsed templates by name (`post`, `partials/header`), and the renderer for them.
struct TemplateLibrary: Sendable {
    /// Partials and layouts nested deeper than this stop rendering: a template that includes
    /// itself without end would otherwise exhaust the stack.
    static let maximumDepth = 100

    private(set) var templates: [String: Template] = [:]
    /// The file each template came from (`templates/post.mustache`), for diagnostics.
    private(set) var files: [String: String] = [:]

    mutating func register(_ template: Template, named name: String, file: String? = nil) {
        templates[name] = template
        files[name] = file
    }

    /// A problem with the whole template `name`, located at the start of its file.
    func diagnostic(_ kind: Diagnostic.Kind, template name: String) -> Diagnostic {
        let file = files[name]
        return Diagnostic(kind, file: file, line: file == nil ? nil : 1, column: file == nil ? nil : 1)
    }

    func template(named name: String) -> Template? {
        templates[name]
    }

    /// `value` rendered with the template `name`; nil when there is no such template, or when
    /// its partials nest deeper than `maximumDepth`.
    func render(_ value: some TemplateObject, withTemplate name: String) -> String? {
        guard let template = templates[name] else { return nil }
        var rendering = TemplateRendering(library: self, root: .object(value))
        rendering.render(template)
        guard !rendering.isTooDeep else { return nil }
        return String(decoding: rendering.output, as: UTF8.self)
    }
}

/// One rendering: the output so far, the stack of values sections opened, and what partials
/// and layouts pass down (indentation, block overrides).
struct TemplateRendering {
    let library: TemplateLibrary
    var output: [UInt8] = []
    private var stack: [TemplateValue]
    private var position: ListPosition?
    private var indentation: [UInt8] = []
    /// Where the output of the partial or block that set `indentation` starts.
    private var indentationStart = 0
    private var overrides: [String: Template] = [:]
    private var escapes = true
    private var depth = 0
    private(set) var isTooDeep = false

    struct ListPosition {
        var index: Int
        var isLast: Bool
    }

    init(library: TemplateLibrary, root: TemplateValue) {
        self.library = library
        stack = [root]
        output.reserveCapacity(16_384)
    }

    mutating func render(_ template: Template) {
        // A content-type tag holds until the end of the template or section it stands in.
        let escaping = escapes
        defer { escapes = escaping }
        guard !indentation.isEmpty else {
            for node in template.nodes where !isTooDeep { render(node) }
            return
        }
        // Indentation goes before any node that writes something at the start of a line the
        // partial wrote (its first line's indentation is the text before the partial's tag).
        for node in template.nodes where !isTooDeep {
            let mark = output.count
            let indents = mark > indentationStart && output[mark - 1] == 0x0A
            if indents { output.append(contentsOf: indentation) }
            let written = output.count
            render(node)
            if indents, output.count == written { output.removeLast(indentation.count) }
        }
    }

    private mutating func render(_ node: TemplateNode) {
        switch node {
        case .text(let bytes):
            output.append(contentsOf: bytes)
        case .value(let name, let escaped):
            guard let value = resolve(name) else { return }
            write(value, escaped: escaped && escapes)
        case .section(let name, let body, let inverted):
            let value = resolve(name)
            if inverted {
                guard !(value?.opensSection ?? false) else { return }
                if let value, case .list = value {
                    // An empty list is the current value inside, as a text or object would be.
                    render(body, pushing: value)
                } else {
                    render(body)
                }
            } else if let value {
                renderSection(body, for: value)
            }
        case .partial(let name, let indent, let blocks):
            guard let template = library.template(named: name) else { return }
            renderPartial(template, indentation: indent, overrides: blocks)
        case .dynamicPartial(let name, let indent, let blocks):
            guard case .text(let partial)? = resolve(name), let template = library.template(named: partial)
            else { return }
            renderPartial(template, indentation: indent, overrides: blocks)
        case .block(let name, let fallback, let indent):
            let saved = (position, indentation, indentationStart)
            position = nil
            self.indent(by: indent)
            nest { $0.render($0.overrides[name] ?? fallback) }
            (position, indentation, indentationStart) = saved
        case .escaping(let flag):
            escapes = flag
        }
    }

    private mutating func renderSection(_ body: Template, for value: TemplateValue) {
        switch value {
        case .bool(let flag):
            if flag { render(body) }
        case .list(let list):
            let saved = position
            let count = list.count
            for index in 0..<count where !isTooDeep {
                stack.append(list.element(at: index))
                position = ListPosition(index: index, isLast: index == count - 1)
                render(body)
                stack.removeLast()
            }
            position = saved
        case .text, .number, .object:
            render(body, pushing: value)
        }
    }

    /// `body` with `value` as the current value, outside any list position.
    private mutating func render(_ body: Template, pushing value: TemplateValue) {
        let saved = position
        stack.append(value)
        position = nil
        render(body)
        stack.removeLast()
        position = saved
    }

    private mutating func renderPartial(
        _ template: Template, indentation indent: [UInt8]?, overrides blocks: [String: Template]?
    ) {
        let saved = (position, indentation, indentationStart, overrides, escapes)
        position = nil
        escapes = true
        if let indent { self.indent(by: indent) }
        if let blocks {
            // Blocks the caller's caller overrides stay overridden.
            overrides.merge(blocks) { outer, _ in outer }
        }
        nest { $0.render(template) }
        (position, indentation, indentationStart, overrides, escapes) = saved
    }

    /// What a standalone partial or block tag's indentation adds, from here on in the output.
    private mutating func indent(by indent: [UInt8]) {
        guard !indent.isEmpty else { return }
        indentation += indent
        indentationStart = output.count
    }

    private mutating func nest(_ body: (inout TemplateRendering) -> Void) {
        // Once too deep, nothing more renders: a partial that includes itself twice would
        // otherwise go on for 2^100 calls.
        guard !isTooDeep, depth < TemplateLibrary.maximumDepth else {
            isTooDeep = true
            return
        }
        depth += 1
        body(&self)
        depth -= 1
    }

    private mutating func write(_ value: TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped { MarkupEscaping.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
        case .number(let number):
            output.append(contentsOf: String(number).utf8)
        case .bool(let flag):
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .object, .list:
            break
        }
    }

    // MARK: Names

    private func resolve(_ name: TemplateName) -> TemplateValue? {
        var value: TemplateValue?
        switch name.root {
        case .current:
            value = stack.last
        case .position:
            return position.flatMap { Self.apply(name.transforms, to: $0) }
        case .anchored:
            value = stack.last.flatMap { Self.walk(name.components[...], from: $0) }
        case .stack:
            guard let first = name.components.first else { return nil }
            for object in stack.reversed() {
                guard case .object(let parent) = object, let child = parent.child(named: first) else { continue }
                value = Self.walk(name.components.dropFirst(), from: child)
                break
            }
        }
        guard var result = value else { return nil }
        for transform in name.transforms {
            guard let transformed = Self.apply(transform, to: result) else { return nil }
            result = transformed
        }
        return result
    }

    private static func walk(_ components: ArraySlice<String>, from value: TemplateValue) -> TemplateValue? {
        var value = value
        for component in components {
            guard case .object(let parent) = value, let child = parent.child(named: component) else { return nil }
            value = child
        }
        return value
    }

    private static func apply(_ transforms: [TemplateTransform], to position: ListPosition) -> TemplateValue? {
        guard let first = transforms.first else { return nil }
        var value: TemplateValue
        switch first {
        case .first: value = .bool(position.index == 0)
        case .last: value = .bool(position.isLast)
        case .index: value = .number(position.index)
        case .even: value = .bool(position.index % 2 == 0)
        case .odd: value = .bool(position.index % 2 == 1)
        default: return nil
        }
        for transform in transforms.dropFirst() {
            guard let transformed = apply(transform, to: value) else { return nil }
            value = transformed
        }
        return value
    }

    private static func apply(_ transform: TemplateTransform, to value: TemplateValue) -> TemplateValue? {
        switch (transform, value) {
        case (.lowercased, .text(let text)): .text(text.lowercased())
        case (.uppercased, .text(let text)): .text(text.uppercased())
        case (.capitalized, .text(let text)): .text(text.capitalized)
        case (.reversed, .text(let text)): .text(String(text.reversed()))
        case (.empty, .text(let text)): .bool(text.isEmpty)
        case (.first, .list(let list)): list.count > 0 ? list.element(at: 0) : nil
        case (.last, .list(let list)): list.count > 0 ? list.element(at: list.count - 1) : nil
        case (.reversed, .list(let list)): .list(ReversedTemplateList(base: list))
        case (.count, .list(let list)): .number(list.count)
        case (.empty, .list(let list)): .bool(list.count == 0)
        case (.count, .object(let map as any TemplateMap)): .number(map.templateKeys.count)
        case (.empty, .object(let map as any TemplateMap)): .bool(map.templateKeys.isEmpty)
        case (.sorted, .object(let map as any TemplateMap)), (.enumerated, .object(let map as any TemplateMap)):
            .list(
                TemplateValueList(values: map.templateKeys.sorted().map { .object(TemplateEntry(map: map, key: $0)) }))
        case (.equalzero, .number(let number)): .bool(number == 0)
        case (.plusone, .number(let number)): .number(number + 1)
        case (.minusone, .number(let number)): .number(number - 1)
        case (.even, .number(let number)): .bool(number % 2 == 0)
        case (.odd, .number(let number)): .bool(number % 2 != 0)
        default: nil
        }
    }
}
