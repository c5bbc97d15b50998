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
    struct Level {
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

    /// Sections, layouts and blocks nested deeper than this are a syntax error (the parser
    /// recurses once per level).
    static let maximumNesting = 200

    let characters: [Character]
    var position = 0
    private var nesting = 0

    init(_ text: String) {
        characters = Array(text)
    }

    static func parse(_ text: String) throws(TemplateSyntaxError) -> Template {
        var parser = TemplateParser(text)
        return try parser.parse(Level())
    }

    var atEnd: Bool { position >= characters.count }
    var current: Character? { atEnd ? nil : characters[position] }

    func failure(_ message: String, at index: Int? = nil) -> TemplateSyntaxError {
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
        guard nesting < Self.maximumNesting else {
            throw failure("sections nest more than \(Self.maximumNesting) deep", at: start.opening)
        }
        nesting += 1
        defer { nesting -= 1 }
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
            if let character = current, Self.endsLine(character), !foundTag {
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

    func nested(_ level: Level, closing name: String, at opening: Int, standalone: Bool) -> Level {
        var inner = level
        inner.closes = name
        inner.opening = opening
        inner.isLayoutTop = false
        if !standalone { inner.atLineStart = false }
        return inner
    }
}
