/// What one output file is rendered from.
public enum OutputJob: Sendable, Equatable {
    case home(Pagination)
    case post(Int)
    case page(Int)
    case tagIndex
    case tag(Int, Pagination)
    /// Every post by year and month.
    case archive
    /// Every correction notice, newest first.
    case corrections
    case notFound
    /// A series: its parts in reading order.
    case series(Int)
    /// The A-Z term index.
    case termIndex
    /// One term: every post that discusses it, with snippets.
    case term(Int)
    /// Everyone who writes for the site.
    case authorIndex
    /// One author: profile and posts.
    case author(Int)
    case feed(FeedScope)
    case sitemap
    case robots

    var template: String {
        switch self {
        case .home: "home"
        case .post: "post"
        case .page: "page"
        case .tagIndex: "tags"
        case .tag: "tag"
        case .archive: "archive"
        case .series: "series"
        case .authorIndex: "authors"
        case .termIndex: "terms"
        case .term: "term"
        case .author: "author"
        case .corrections: "corrections"
        case .notFound: "404"
        case .feed: "atom"
        case .sitemap: "sitemap"
        case .robots: "robots"
        }
    }

    var isHTMLPage: Bool {
        switch self {
        case .feed, .sitemap, .robots: false
        default: true
        }
    }
}

/// Which posts a feed carries.
public enum FeedScope: Sendable, Equatable {
    case site
    case tag(Int)
    case series(Int)
    case author(Int)
}

/// One rendered output.
public struct PlannedOutput: Sendable, Equatable {
    /// Output file relative to the output directory (`posts/pact/index.html`).
    public var file: String
    /// The page's site path (`posts/pact/`), for links and canonical URLs.
    public var sitePath: String
    public var job: OutputJob
}

/// Where a copied output's bytes come from.
public enum CopySource: Sendable, Equatable {
    /// A file on disk (absolute path).
    case file(String)
    /// Text compiled into sitegen (the default theme's assets).
    case text(String)
}

/// One copied output.
public struct PlannedCopy: Sendable, Equatable {
    public var file: String
    public var source: CopySource
    /// What made this output, for collision messages.
    public var origin: String
}

/// Every file a build writes, decided before anything is written.
public struct BuildPlan: Sendable {
    public var outputs: [PlannedOutput] = []
    public var copies: [PlannedCopy] = []
    public var diagnostics: [Diagnostic] = []

    public var htmlPageCount: Int { outputs.filter(\.job.isHTMLPage).count }

    /// Every output's file, sorted.
    public var files: [String] { (outputs.map(\.file) + copies.map(\.file)).sorted() }
}
