import Yams

/// A front-matter value that sitegen does not interpret, kept for templates as `params.<key>`.
public indirect enum ParamValue: Sendable, Equatable {
    case text(String)
    case list([ParamValue])
    case map([String: ParamValue])

    init(_ node: Node) {
        switch node {
        case .scalar(let scalar):
            self = .text(scalar.string)
        case .sequence(let sequence):
            self = .list(sequence.map(ParamValue.init))
        case .mapping(let mapping):
            var values: [String: ParamValue] = [:]
            for (key, value) in mapping {
                values[key.scalarText ?? ""] = ParamValue(value)
            }
            self = .map(values)
        case .alias:
            self = .text("")
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
