/// A front-matter value as written, whatever the format (YAML, TOML or JSON), with the 1-based
/// line and column in the file where it was written.
struct MatterValue: Sendable {
    enum Content: Sendable {
        case scalar(String)
        case list([MatterValue])
        case mapping([MatterEntry])
    }

    var content: Content
    var line: Int?
    var column: Int?

    init(_ content: Content, line: Int? = nil, column: Int? = nil) {
        self.content = content
        self.line = line
        self.column = column
    }

    /// The scalar's text (numbers, booleans and dates as written or in RFC 3339), or nil for lists
    /// and mappings.
    var scalarText: String? {
        if case .scalar(let text) = content { return text }
        return nil
    }

    /// A short description of the value for messages: the scalar in quotes, or its kind.
    var shortDescription: String {
        switch content {
        case .scalar(let text): "\"\(text)\""
        case .mapping: "a mapping"
        case .list: "a list"
        }
    }

    /// A boolean, accepting the YAML 1.1 spellings Jekyll and Hugo users write (`yes`, `on`).
    var looseBool: Bool? {
        guard let text = scalarText?.lowercased() else { return nil }
        switch text {
        case "true", "yes", "on", "y": return true
        case "false", "no", "off", "n": return false
        default: return nil
        }
    }

    /// The entries of a mapping, or nil.
    var entries: [MatterEntry]? {
        if case .mapping(let entries) = content { return entries }
        return nil
    }

    /// The value under `key` in a mapping.
    subscript(key: String) -> MatterValue? {
        entries?.first { $0.key.scalarText == key }?.value
    }
}

/// One key of a front-matter mapping and its value; the key carries its own position.
struct MatterEntry: Sendable {
    var key: MatterValue
    var value: MatterValue
}

/// Front matter that could not be parsed, with the located error.
struct FrontMatterFailure: Error {
    let diagnostic: Diagnostic

    init(_ diagnostic: Diagnostic) {
        self.diagnostic = diagnostic
    }
}
