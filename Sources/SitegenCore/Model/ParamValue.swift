/// A front-matter value that sitegen does not interpret, kept for templates as `params.<key>`.
public indirect enum ParamValue: Sendable, Equatable {
    case text(String)
    case list([ParamValue])
    case map([String: ParamValue])

    init(_ value: MatterValue) {
        switch value.content {
        case .scalar(let text):
            self = .text(text)
        case .list(let items):
            self = .list(items.map(ParamValue.init))
        case .mapping(let entries):
            var values: [String: ParamValue] = [:]
            for entry in entries {
                values[entry.key.scalarText ?? ""] = ParamValue(entry.value)
            }
            self = .map(values)
        }
    }
}

extension ParamValue: TemplateRepresentable {
    /// The value as templates see it: text, a list, or an object with the map's keys.
    var templateValue: TemplateValue {
        switch self {
        case .text(let text): .text(text)
        case .list(let items): .list(items)
        case .map(let values): .object(values)
        }
    }
}
