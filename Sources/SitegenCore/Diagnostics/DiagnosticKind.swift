extension Diagnostic {
    /// Every kind of problem sitegen reports. Code decides by kind, never by message text; the
    /// message, its severity and its notes are made here.
    public enum Kind: Sendable, Equatable, Hashable {
        /// A problem described in words where it is found.
        case text(Severity, String, notes: [String])
        /// A published post with neither `description` nor `takeaways`.
        case missingSummary
        /// `date` was given but could not be read (the message about it is reported separately).
        case invalidDate(key: String, found: String)
        /// Two published posts at one site path.
        case postsSharePath(path: String, sources: [String])
        /// A permalink pattern in `sitegen.yaml` that cannot be used.
        case invalidPermalink(kind: String, pattern: String, problem: PathPattern.Problem)
        /// An unknown key under `permalinks:`.
        case unknownPermalinkKind(String)
        /// A `url`/`permalink` or alias that is not a usable path on the site.
        case invalidPath(key: String, written: String, problem: SitePath.Problem)
        /// An alias at the path of a page, a feed or a copied file.
        case aliasShadowsOutput(alias: String, output: String)
        /// Two aliases at one path.
        case aliasCollision(alias: String, other: String)
        /// Two outputs at one output file.
        case outputCollision(file: String, first: String, second: String)

        public var severity: Severity {
            switch self {
            case .text(let severity, _, _): severity
            case .missingSummary: .warning
            default: .error
            }
        }

        public var message: String {
            switch self {
            case .text(_, let message, _):
                message
            case .missingSummary:
                "no 'description' or 'takeaways': the first paragraph stands in as the summary"
            case .invalidDate(let key, let found):
                "'\(key)' must be a date like 2024-06-19 or 2024-06-19T10:30:00+09:00, found \(found)"
            case .postsSharePath(let path, let sources):
                "\(sources.count) posts would be published at /\(path): \(sources.joined(separator: ", "))"
            case .invalidPermalink(let kind, let pattern, let problem):
                "'permalinks.\(kind)' \(Self.describe(problem)), found \"\(pattern)\""
            case .unknownPermalinkKind(let key):
                "unknown key 'permalinks.\(key)'; use "
                    + Permalinks.Kind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            case .invalidPath(let key, let written, let problem):
                "'\(key)' \(problem.message), found \"\(written)\""
            case .aliasShadowsOutput(let alias, let output):
                "alias '/\(alias)' is the path of \(output); an alias may only name an old path that nothing else uses"
            case .aliasCollision(let alias, let other):
                "alias '/\(alias)' is also an alias of \(other)"
            case .outputCollision(let file, let first, let second):
                "two outputs would be written to '\(file)': \(first) and \(second)"
            }
        }

        public var notes: [String] {
            switch self {
            case .text(_, _, let notes):
                notes
            case .postsSharePath(_, let sources):
                sources.dropFirst().map { "\($0): also published there" }
                    + [
                        "put a date in 'permalinks.posts' (/:year/:month/:day/:slug/), or set 'slug' or 'url' in one of them"
                    ]
            case .outputCollision:
                ["rename one of them or set a different 'slug' or 'url'"]
            default:
                []
            }
        }

        private static func describe(_ problem: PathPattern.Problem) -> String {
            switch problem {
            case .unknownToken(let name, _, let allowed):
                "has the unknown token ':\(name)'; use "
                    + allowed.map { ":\($0.rawValue)" }.joined(separator: ", ")
            case .invalidPath(let problem):
                problem.message
            case .mustEnd(let allowsFile):
                allowsFile ? "must end with '/' or '.html'" : "must end with '/' (feeds and further pages go below it)"
            case .needsToken(let tokens):
                "cannot tell pages apart; it needs one of "
                    + tokens.map { ":\($0.rawValue)" }.joined(separator: ", ")
            }
        }
    }
}
