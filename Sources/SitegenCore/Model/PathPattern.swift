/// A permalink pattern such as `/:year/:month/:day/:slug/` or `/:year/:filename.html`: literal
/// text and `:token`s, ending either with `/` (a folder, written as `index.html`) or `.html` (a file).
public struct PathPattern: Sendable, Equatable, CustomStringConvertible {
    public enum Token: String, Sendable, CaseIterable {
        case year, month, day, slug, title, filename, section, path
    }

    enum Piece: Sendable, Equatable {
        case literal(String)
        case token(Token)
    }

    /// The pattern as written.
    public let text: String
    let pieces: [Piece]

    /// Whether the pattern names a file (`.html`) rather than a folder.
    public var isFile: Bool { !text.hasSuffix("/") }

    public var description: String { text }

    public var tokens: Set<Token> {
        Set(pieces.compactMap { if case .token(let token) = $0 { token } else { nil } })
    }

    /// What is wrong with a pattern; `offset` counts characters from the pattern's start.
    public enum Problem: Error, Hashable, Sendable {
        case unknownToken(String, offset: Int, allowed: [Token])
        case invalidPath(SitePath.Problem)
        case mustEnd(allowsFile: Bool)
        case needsToken([Token])
    }

    /// Parses `text`. `allowed` are the tokens this kind of page knows; `distinguishing` are the
    /// tokens of which the pattern needs one so that two items never share a path.
    public static func parse(
        _ text: String, allowed: [Token], distinguishing: [Token], allowsFile: Bool
    ) -> Result<PathPattern, Problem> {
        if let problem = SitePath.problem(in: text, allowsTokens: true) { return .failure(.invalidPath(problem)) }
        guard text.hasSuffix("/") || (allowsFile && text.hasSuffix(".html")) else {
            return .failure(.mustEnd(allowsFile: allowsFile))
        }
        var pieces: [Piece] = []
        var literal = ""
        let characters = Array(text)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            guard character == ":" else {
                literal.append(character)
                index += 1
                continue
            }
            var end = index + 1
            while end < characters.count, characters[end].isLetter { end += 1 }
            let name = String(characters[(index + 1)..<end])
            guard let token = Token(rawValue: name), allowed.contains(token) else {
                return .failure(.unknownToken(name, offset: index, allowed: allowed))
            }
            if !literal.isEmpty { pieces.append(.literal(literal)) }
            literal = ""
            pieces.append(.token(token))
            index = end
        }
        if !literal.isEmpty { pieces.append(.literal(literal)) }
        let pattern = PathPattern(text: text, pieces: pieces)
        guard distinguishing.isEmpty || !pattern.tokens.isDisjoint(with: distinguishing) else {
            return .failure(.needsToken(distinguishing))
        }
        return .success(pattern)
    }

    /// A pattern known to be valid (the built-in defaults).
    init(known text: String, allowed: [Token]) {
        guard case .success(let pattern) = Self.parse(text, allowed: allowed, distinguishing: [], allowsFile: true)
        else { preconditionFailure("invalid built-in pattern \(text)") }
        self = pattern
    }

    private init(text: String, pieces: [Piece]) {
        self.text = text
        self.pieces = pieces
    }

    /// The site path for these token values: no leading `/`; empty values leave no empty folder
    /// behind (`/:section/:slug/` with no section is `pact/`).
    public func expand(_ values: [Token: String]) -> String {
        expand { values[$0] ?? "" }
    }

    /// `expand` with each token's value asked for only when the pattern uses it.
    public func expand(_ value: (Token) -> String) -> String {
        var path = ""
        for piece in pieces {
            switch piece {
            case .literal(let text): path += text
            case .token(let token): path += value(token)
            }
        }
        // Split on the `/` byte, not on characters: a `/` followed by a combining mark is one
        // character, and would not be split off.
        let trailing = path.utf8.last == UInt8(ascii: "/")
        let segments = path.utf8.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: true)
        guard !segments.isEmpty else { return "" }
        return segments.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "/") + (trailing ? "/" : "")
    }

    /// The literal folders before the first token (`/tags/:slug/` -> `tags/`), or nil when the
    /// pattern starts with a token.
    public var literalPrefix: String? {
        guard case .literal(let text) = pieces.first, pieces.count > 1 else { return nil }
        let folders = text.split(separator: "/", omittingEmptySubsequences: true)
        // A literal that runs into the token (`/tag-:slug/`) is not a folder of its own.
        let complete = text.hasSuffix("/") ? folders : folders.dropLast()
        return complete.isEmpty ? nil : complete.joined(separator: "/") + "/"
    }
}
