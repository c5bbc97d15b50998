import SitegenMarkdown
import Yams

/// Helpers for reading Yams nodes with their source positions.
extension Node {
    /// The 1-based line and column of this node, shifted by `lineOffset` lines (front matter starts
    /// one line below the file's first line).
    func position(lineOffset: Int) -> (line: Int?, column: Int?) {
        guard let mark else { return (nil, nil) }
        return (mark.line + lineOffset, mark.column)
    }

    /// A short description of the node for messages: the scalar in quotes, or its kind.
    var shortDescription: String {
        switch self {
        case .scalar(let scalar): "\"\(scalar.string)\""
        case .mapping: "a mapping"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    /// The scalar's text, or nil for lists and mappings.
    var scalarText: String? {
        if case .scalar(let scalar) = self { return scalar.string }
        return nil
    }

    /// A YAML boolean, accepting the YAML 1.1 spellings Jekyll and Hugo users write (`yes`, `on`).
    var looseBool: Bool? {
        guard let text = scalarText?.lowercased() else { return nil }
        switch text {
        case "true", "yes", "on", "y": return true
        case "false", "no", "off", "n": return false
        default: return nil
        }
    }
}
