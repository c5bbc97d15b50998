/// A template syntax error at a line and column of the template's text (both from 1).
struct TemplateSyntaxError: Error, Equatable {
    var message: String
    var line: Int
    var column: Int
}

/// Parses Mustache text into a `Template`.
///
/// Whitespace follows the Mustache rules as swift-mustache (sitegen's engine until 2026-12) applied
/// them, so themes render as they did: a section, comment, delimiter or block tag alone on its
/// line removes the line; a partial alone on its line keeps the whitespace before it and indents
/// every line it writes by that much; text is kept one line per node, which is where indentation
/// goes in.
struct TemplateParser {
    private struct Level {
        /// The section, layout or block this level closes, as its opening tag spelled it.
        var closes: String?
        var opening = 0
        var atLineStart = true
        var open: [Character] = ["{", "{"]
        var close: [Character] = ["}", "}"]
        /// Directly inside `{{<layout}}`: only block definitions count.
        var isLayoutTop = false
        /// Inside a block definition of a `{{<layout}}`.
        var isInBlockDefinition = false
        /// The indentation of a block definition's first line, removed from each of its lines.
        var definitionIndent: Int?
    }

    private let characters: [Character]
    private var position = 0

    init(_ text: String) {
        characters = Array(text)
    }

    static func parse(_ text: String) throws(TemplateSyntaxError) -> Template {
        var parser = TemplateParser(text)
        return try parser.parse(Level())
    }

    private var atEnd: Bool { position >= characters.count }
    private var current: Character? { atEnd ? nil : characters[position] }

    private func failure(_ message: String, at index: Int? = nil) -> TemplateSyntaxError {
        let end = min(index ?? position, characters.count)
        var line = 1
        var lineStart = 0
        for offset in 0..<end where characters[offset].isNewline {
            line += 1
            lineStart = offset + 1
        }
        return TemplateSyntaxError(message: message, line: line, column: end - lineStart + 1)
    }

    private mutating func parse(_ start: Level) throws(TemplateSyntaxError) -> Template {
        var level = start
        var nodes: [TemplateNode] = []
        var lead = ""
        while !atEnd {
            if level.atLineStart {
                let whitespace = readSpaces()
                if level.isInBlockDefinition, !level.isLayoutTop {
                    if let indent = level.definitionIndent {
                        lead = String(whitespace.dropFirst(indent))
                    } else {
                        level.definitionIndent = whitespace.count
                    }
                } else {
                    lead = whitespace
                }
            }
            let (text, foundTag) = readText(opening: level.open)
            if let character = current, character.isNewline, !foundTag {
                nodes.append(.text(Array((lead + text + String(character)).utf8)))
                level.atLineStart = true
                position += 1
                continue
            }
            if !text.isEmpty {
                nodes.append(.text(Array((lead + text).utf8)))
                lead = ""
                level.atLineStart = false
            }
            guard foundTag, let sigil = current else { break }
            let tagStart = position - level.open.count
            var standalone = false
            func emitLead() {
                if !lead.isEmpty { nodes.append(.text(Array(lead.utf8))) }
                lead = ""
            }
            switch sigil {
            case "#", "^":
                position += 1
                let (spelled, name) = try readName(level)
                standalone = isStandalone(level)
                if !standalone { emitLead() }
                let body = try parse(nested(level, closing: spelled, at: tagStart, standalone: standalone))
                nodes.append(.section(name, body, inverted: sigil == "^"))
            case "/":
                position += 1
                let namePosition = position
                let (spelled, _) = try readName(level, allowingSlash: true)
                guard spelled == level.closes else {
                    throw failure("a closing tag does not match the section it closes", at: namePosition)
                }
                if !isStandalone(level) { emitLead() }
                return Template(nodes: nodes)
            case "!":
                position += 1
                try skipComment(level)
                standalone = isStandalone(level)
            case "{", "&":
                emitLead()
                position += 1
                let (_, name) = try readName(level)
                if sigil == "{" {
                    guard current == "}" else { throw failure("a tag is not closed with '}}'") }
                    position += 1
                }
                nodes.append(.value(name, escaped: false))
            case ">":
                position += 1
                skipWhitespace()
                let dynamic = current == "*"
                if dynamic { position += 1 }
                let partial = try readPartialName(level)
                if !lead.isEmpty { nodes.append(.text(Array(lead.utf8))) }
                standalone = isStandalone(level)
                let indentation = standalone ? Array(lead.utf8) : nil
                lead = ""
                if dynamic {
                    nodes.append(
                        .dynamicPartial(try name(partial, at: tagStart), indentation: indentation, overrides: nil))
                } else {
                    nodes.append(.partial(partial, indentation: indentation, overrides: nil))
                }
            case "<":
                position += 1
                skipWhitespace()
                let spelled = try readPartialName(level)
                if !lead.isEmpty { nodes.append(.text(Array(lead.utf8))) }
                standalone = isStandalone(level)
                var layoutLevel = level
                layoutLevel.closes = spelled
                layoutLevel.opening = tagStart
                layoutLevel.atLineStart = true
                layoutLevel.isLayoutTop = true
                layoutLevel.isInBlockDefinition = true
                let body = try parse(layoutLevel)
                var overrides: [String: Template] = [:]
                for node in body.nodes {
                    switch node {
                    case .block(let block, let definition, _): overrides[block] = definition
                    case .text: break
                    default:
                        throw failure("only {{$block}} definitions may stand inside {{<layout}}", at: tagStart)
                    }
                }
                let indentation = Array(lead.utf8)
                lead = ""
                if spelled.hasPrefix("*") {
                    let name = try name(String(spelled.dropFirst()), at: tagStart)
                    nodes.append(.dynamicPartial(name, indentation: indentation, overrides: overrides))
                } else {
                    nodes.append(.partial(spelled, indentation: indentation, overrides: overrides))
                }
            case "$":
                position += 1
                let (spelled, name) = try readName(level)
                guard name.transforms.isEmpty else {
                    throw failure("a transform cannot apply to a block", at: tagStart)
                }
                if level.isLayoutTop {
                    standalone = isStandalone(level)
                    var definition = nested(level, closing: spelled, at: tagStart, standalone: standalone)
                    definition.isLayoutTop = false
                    nodes.append(.block(spelled, fallback: try parse(definition), indentation: []))
                } else {
                    if !lead.isEmpty { nodes.append(.text(Array(lead.utf8))) }
                    standalone = isStandalone(level)
                    let fallback = try parse(nested(level, closing: spelled, at: tagStart, standalone: standalone))
                    nodes.append(.block(spelled, fallback: fallback, indentation: Array(lead.utf8)))
                    lead = ""
                }
            case "=":
                position += 1
                (level.open, level.close) = try readDelimiters(level)
                level.isLayoutTop = false
                standalone = isStandalone(level)
            case "%":
                position += 1
                nodes.append(.escaping(try readContentType(level)))
                standalone = isStandalone(level)
            default:
                emitLead()
                let (_, name) = try readName(level)
                nodes.append(.value(name, escaped: true))
            }
            level.atLineStart = standalone
        }
        if level.closes != nil {
            throw failure("a section is never closed", at: level.opening)
        }
        return Template(nodes: nodes)
    }

    private func nested(_ level: Level, closing name: String, at opening: Int, standalone: Bool) -> Level {
        var inner = level
        inner.closes = name
        inner.opening = opening
        inner.isLayoutTop = false
        if !standalone { inner.atLineStart = false }
        return inner
    }

    // MARK: Reading

    private mutating func readSpaces() -> String {
        var text = ""
        while let character = current, character == " " || character == "\t" {
            text.append(character)
            position += 1
        }
        return text
    }

    private mutating func skipWhitespace() {
        while let character = current, character.isWhitespace { position += 1 }
    }

    /// Text up to a line break (not consumed) or an opening delimiter (consumed: `foundTag`).
    private mutating func readText(opening: [Character]) -> (String, foundTag: Bool) {
        var text = ""
        while let character = current {
            if character.isNewline { return (text, false) }
            if character == opening[0], matches(opening) {
                position += opening.count
                return (text, true)
            }
            text.append(character)
            position += 1
        }
        return (text, false)
    }

    private func matches(_ delimiter: [Character]) -> Bool {
        guard position + delimiter.count <= characters.count else { return false }
        for (offset, character) in delimiter.enumerated() where characters[position + offset] != character {
            return false
        }
        return true
    }

    private mutating func expectClose(_ level: Level) throws(TemplateSyntaxError) {
        guard matches(level.close) else { throw failure("a tag is not closed with '\(String(level.close))'") }
        position += level.close.count
    }

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*()")

    private mutating func readWord(_ allowed: Set<Character>, slash: Bool = false) -> String {
        var word = ""
        while let character = current, allowed.contains(character) || (slash && character == "/") {
            word.append(character)
            position += 1
        }
        return word
    }

    /// A tag's name as spelled (for matching the closing tag) and as parsed.
    private mutating func readName(
        _ level: Level, allowingSlash: Bool = false
    ) throws(TemplateSyntaxError) -> (String, TemplateName) {
        skipWhitespace()
        let start = position
        let spelled = readWord(Self.nameCharacters, slash: allowingSlash)
        skipWhitespace()
        try expectClose(level)
        return (spelled, try name(spelled, at: start))
    }

    private func name(_ spelled: String, at start: Int) throws(TemplateSyntaxError) -> TemplateName {
        do {
            return try Self.name(spelled)
        } catch {
            throw failure(error.message, at: start)
        }
    }

    /// Whether the tag just read stands alone on its line; if so, the rest of the line (spaces
    /// and the line break) is consumed.
    private mutating func isStandalone(_ level: Level) -> Bool {
        guard level.atLineStart else { return false }
        if atEnd { return true }
        var end = position
        while end < characters.count, characters[end] == " " || characters[end] == "\t" { end += 1 }
        guard end < characters.count, characters[end].isNewline else { return false }
        position = end + 1
        return true
    }

    private mutating func readPartialName(_ level: Level) throws(TemplateSyntaxError) -> String {
        skipWhitespace()
        let name = readWord(Self.nameCharacters, slash: true)
        skipWhitespace()
        try expectClose(level)
        return name
    }

    private mutating func skipComment(_ level: Level) throws(TemplateSyntaxError) {
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

    private mutating func readDelimiters(
        _ level: Level
    ) throws(TemplateSyntaxError) -> ([Character], [Character]) {
        let invalid = failure("malformed set-delimiter tag")
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

    private mutating func readContentType(_ level: Level) throws(TemplateSyntaxError) -> Bool {
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
    private static func name(_ spelled: String) throws(TemplateSyntaxError) -> TemplateName {
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
