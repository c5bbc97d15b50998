/// Rules for paths a user writes (permalink patterns, `url:`, aliases): they must name a place
/// inside the output folder, unambiguously, on every file system and host.
public enum SitePath {
    public enum Problem: Error, Hashable, Sendable {
        case notAbsolute
        case hasScheme
        case dotSegment
        case emptySegment
        case backslash
        case controlCharacter
        case query
        case badEscape

        public var message: String {
            switch self {
            case .notAbsolute: "must start with '/'"
            case .hasScheme: "must be a path on this site, not a full URL"
            case .dotSegment: "must not contain '.' or '..' as a folder"
            case .emptySegment: "must not contain '//'"
            case .backslash: "must not contain a backslash"
            case .controlCharacter: "must not contain control characters"
            case .query: "must not contain a query ('?') or fragment ('#')"
            case .badEscape: "has a malformed percent escape"
            }
        }
    }

    /// The first problem of `text`, or nil. Patterns may contain `:token`s; other paths may not
    /// contain a scheme.
    public static func problem(in text: String, allowsTokens: Bool = false) -> Problem? {
        if !allowsTokens, text.contains("://") || text.lowercased().hasPrefix("mailto:") { return .hasScheme }
        guard text.hasPrefix("/") else { return .notAbsolute }
        for scalar in text.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F { return .controlCharacter }
            if scalar == "\\" { return .backslash }
            if scalar == "?" || scalar == "#" { return .query }
        }
        if text.contains("//") { return .emptySegment }
        let segments = text.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == "." || $0 == ".." }) { return .dotSegment }
        return nil
    }

    /// The first problem of a path a pattern produced from token values (a file or folder name
    /// as written may be `..`, or hold a backslash): only what could leave the output folder or
    /// break a file name counts, since links percent-encode everything else.
    public static func problem(inExpanded path: String) -> Problem? {
        for scalar in path.unicodeScalars {
            if scalar.value < 0x20 || scalar.value == 0x7F { return .controlCharacter }
            if scalar == "\\" { return .backslash }
        }
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        if segments.dropLast().contains(where: { $0.isEmpty }) { return .emptySegment }
        if segments.contains(where: { $0 == "." || $0 == ".." }) { return .dotSegment }
        return nil
    }

    /// A path written by a user (`/2016/05/09/survey.html`, `old-name`, `/caf%C3%A9/`) as a site
    /// path: percent escapes decoded, relative paths resolved against `folder` (a site path
    /// ending with `/`, or empty), and a folder `/` added unless it names an `.html` file.
    public static func resolve(_ written: String, relativeTo folder: String = "") -> Result<String, Problem> {
        var text = written.trimmingCharacters(in: [" ", "\t"])
        if text.contains("%") {
            guard let decoded = text.removingPercentEncoding else { return .failure(.badEscape) }
            text = decoded
        }
        if !text.hasPrefix("/"), !text.contains("://") { text = "/" + folder + text }
        if let problem = problem(in: text) { return .failure(problem) }
        var path = String(text.dropFirst())
        let lowered = path.lowercased()
        if !path.isEmpty, !path.hasSuffix("/"), !lowered.hasSuffix(".html"), !lowered.hasSuffix(".htm") {
            path += "/"
        }
        return .success(path)
    }
}
