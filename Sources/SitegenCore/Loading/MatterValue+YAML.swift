import Yams

extension MatterValue {
    /// The value of a Yams node, with positions shifted by `lineOffset` lines (front matter starts
    /// one line below the file's first line).
    init(_ node: Node, lineOffset: Int) {
        let line = node.mark.map { $0.line + lineOffset }
        let column = node.mark?.column
        switch node {
        case .scalar(let scalar):
            self.init(.scalar(scalar.string), line: line, column: column)
        case .sequence(let sequence):
            self.init(.list(sequence.map { MatterValue($0, lineOffset: lineOffset) }), line: line, column: column)
        case .mapping(let mapping):
            let entries = mapping.map {
                MatterEntry(
                    key: MatterValue($0.key, lineOffset: lineOffset),
                    value: MatterValue($0.value, lineOffset: lineOffset))
            }
            self.init(.mapping(entries), line: line, column: column)
        case .alias:
            self.init(.scalar(""), line: line, column: column)
        }
    }
}

extension Node {
    /// The 1-based line and column of this node, shifted by `lineOffset` lines.
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
        scalarText.flatMap { MatterValue(.scalar($0)).looseBool }
    }
}
