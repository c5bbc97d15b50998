/// `permalinks:` in `sitegen.yaml`: the path pattern of every kind of page.
public struct Permalinks: Sendable, Equatable {
    /// A kind of page with a pattern of its own, named as in the config.
    public enum Kind: String, Sendable, CaseIterable {
        case posts, pages, tags, authors, series, terms

        /// The tokens a pattern of this kind may use.
        public var tokens: [PathPattern.Token] {
            switch self {
            case .posts: [.year, .month, .day, .slug, .title, .filename, .section]
            case .pages: [.path, .slug]
            case .tags, .authors, .series, .terms: [.slug]
            }
        }

        /// The tokens of which a pattern needs one, so that no two items share a path.
        public var distinguishing: [PathPattern.Token] {
            switch self {
            case .posts: [.slug, .title, .filename]
            case .pages: [.path, .slug]
            case .tags, .authors, .series, .terms: [.slug]
            }
        }

        /// Posts and pages may be single `.html` files; list pages have feeds and further pages
        /// below them, so they are folders.
        public var allowsFile: Bool { self == .posts || self == .pages }

        public var defaultPattern: String {
            switch self {
            case .posts: "/posts/:slug/"
            case .pages: "/:path/"
            case .tags: "/tags/:slug/"
            case .authors: "/authors/:slug/"
            case .series: "/series/:slug/"
            case .terms: "/index/:slug/"
            }
        }
    }

    private var patterns: [Kind: PathPattern] = [:]
    /// Parsed once: a post's path is asked for thousands of times a build.
    private static let defaults = Dictionary(
        uniqueKeysWithValues: Kind.allCases.map { ($0, PathPattern(known: $0.defaultPattern, allowed: $0.tokens)) })

    public init() {}

    public subscript(kind: Kind) -> PathPattern {
        get { patterns[kind] ?? Self.defaults[kind]! }
        set { patterns[kind] = newValue }
    }
}
