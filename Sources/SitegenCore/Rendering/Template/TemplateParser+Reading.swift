// Reading the parts of a template: text, names, delimiters, comments.
extension TemplateParser {
    mutating func readSpaces() -> String {
        var text = ""
        while let character = current, character == " " || character == "\t" {
            text.append(character)
            position += 1
        }
        return text
    }

    mutating func skipWhitespace() {
        while let character = current, character.isWhitespace { position += 1 }
    }

    /// Text up to a line break (not consumed) or an opening delimiter (consumed: `foundTag`).
    mutating func readText(opening: [Character]) -> (String, foundTag: Bool) {
        var text = ""
        while let character = current {
            if Self.endsLine(character) { return (text, false) }
            if character == opening[0], matches(opening) {
                position += opening.count
                return (text, true)
            }
            text.append(character)
            position += 1
        }
        return (text, false)
    }

    /// Text is split into lines at `\n` and `\r\n` only (a lone `\r` is text, as it was).
    static func endsLine(_ character: Character) -> Bool {
        character == "\n" || character == "\r\n"
    }

    func matches(_ delimiter: [Character]) -> Bool {
        guard position + delimiter.count <= characters.count else { return false }
        for (offset, character) in delimiter.enumerated() where characters[position + offset] != character {
            return false
        }
        return true
    }

    mutating func expectClose(_ level: Level) throws(TemplateSyntaxError) {
        guard matches(level.close) else { throw failure("a tag is not closed with '\(String(level.close))'") }
        position += level.close.count
    }

    static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*()")

    mutating func readWord(_ allowed: Set<Character>, slash: Bool = false) -> String {
        var word = ""
        while let character = current, allowed.contains(character) || (slash && character == "/") {
            word.append(character)
            position += 1
        }
        return word
    }

    /// A tag's name as spelled (for matching the closing tag) and as parsed.
    mutating func readName(
        _ level: Level, allowingSlash: Bool = false
    ) throws(TemplateSyntaxError) -> (String, TemplateName) {
        skipWhitespace()
        let start = position
        let spelled = readWord(Self.nameCharacters, slash: allowingSlash)
        skipWhitespace()
        try expectClose(level)
        return (spelled, try name(spelled, at: start))
    }

    func name(_ spelled: String, at start: Int) throws(TemplateSyntaxError) -> TemplateName {
        do {
            return try Self.name(spelled)
        } catch {
            throw failure(error.message, at: start)
        }
    }

    /// Whether the tag just read stands alone on its line; if so, the rest of the line (spaces
    /// and the line break) is consumed.
    mutating func isStandalone(_ level: Level) -> Bool {
        guard level.atLineStart else { return false }
        if atEnd { return true }
        var end = position
        while end < characters.count, characters[end] == " " || characters[end] == "\t" { end += 1 }
        guard end < characters.count, characters[end].isNewline else { return false }
        position = end + 1
        return true
    }

    mutating func readPartialName(_ level: Level) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        let name = readWord(Self.nameCharacters, slash: true)
        skipWhitespace()
        try expectClose(level)
        return name
    }

    mutating func skipComment(_ level: Level) throws(TemplateSyntaxError) {
        let start = position
        while !atEnd {
            if matches(level.close) {
                position += level.close.count
                return
            }
            position += 1
        }
        throw failure("a comment is never closed", at: start)
    }

    mutating func readDelimiters(
        _ level: Level
    ) throws(TemplateSyntaxError) -> ([Character], [Character]) {
        let start = position
        var invalid: TemplateSyntaxError { failure("malformed set-delimiter tag", at: start) }
        skipWhitespace()
        var open: [Character] = []
        while let character = current, !character.isWhitespace {
            open.append(character)
            position += 1
        }
        skipWhitespace()
        var close: [Character] = []
        while let character = current, !character.isWhitespace, character != "=" {
            close.append(character)
            position += 1
        }
        skipWhitespace()
        guard current == "=", !open.isEmpty, !close.isEmpty else { throw invalid }
        position += 1
        guard matches(level.close) else { throw invalid }
        position += level.close.count
        return (open, close)
    }

    mutating func readContentType(_ level: Level) throws(TemplateSyntaxError) -> Bool {
        skipWhitespace()
        let variable = readWord(Self.nameCharacters)
        skipWhitespace()
        guard current == ":" else { throw failure("malformed config variable") }
        position += 1
        skipWhitespace()
        let value = readWord(Self.nameCharacters)
        skipWhitespace()
        try expectClose(level)
        guard variable == "CONTENT_TYPE" else { throw failure("unknown config variable '\(variable)'") }
        switch value {
        case "HTML": return true
        case "TEXT": return false
        default: throw failure("unknown content type '\(value)' (HTML or TEXT)")
        }
    }

    /// Parses `name`, `a.b`, `.`, `.a`, `first()`, `uppercased(title)`, `first(reversed(list))`.
    static func name(_ spelled: String) throws(TemplateSyntaxError) -> TemplateName {
        var transforms: [TemplateTransform] = []
        var rest = Substring(spelled)
        while let open = rest.firstIndex(of: "(") {
            let function = String(rest[..<open])
            guard let transform = TemplateTransform(rawValue: function) else {
                throw TemplateSyntaxError(message: "unknown transform '\(function)()'", line: 0, column: 0)
            }
            transforms.append(transform)
            rest = rest[rest.index(after: open)...]
        }
        if !transforms.isEmpty {
            let closing = rest.drop { $0 != ")" }
            guard closing.count == transforms.count, closing.allSatisfy({ $0 == ")" }) else {
                throw TemplateSyntaxError(message: "a tag is not closed with '}}'", line: 0, column: 0)
            }
            rest = rest[..<closing.startIndex]
        }
        guard !rest.contains(")") else {
            throw TemplateSyntaxError(message: "a tag is not closed with '}}'", line: 0, column: 0)
        }
        let root: TemplateName.Root
        if rest == "." || (rest.isEmpty && transforms.isEmpty) {
            root = .current
        } else if rest.isEmpty {
            root = .position
        } else if rest.first == "." {
            root = .anchored
        } else {
            root = .stack
        }
        let components = root == .current ? [] : rest.split(separator: ".").map(String.init)
        return TemplateName(root: root, components: components, transforms: transforms.reversed())
    }
}
