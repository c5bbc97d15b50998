/// What one output is made from, by identity: the same output of two builds has the same job.
public enum OutputJob: Sendable, Equatable {
    case home(Pagination)
    case post(Post.ID)
    case page(Page.ID)
    case tagIndex
    case tag(Tag.ID, Pagination)
    /// Every post by year and month.
    case archive
    /// Every correction notice, newest first.
    case corrections
    case notFound
    /// A series: its parts in reading order.
    case series(Series.ID)
    /// The A-Z term index.
    case termIndex
    /// One term: every post that discusses it, with snippets.
    case term(slug: String)
    /// Everyone who writes for the site.
    case authorIndex
    /// One author: profile and posts.
    case author(Author.ID)
    case feed(FeedPlan)
    /// Every canonical HTML page of the plan.
    case sitemap([SitemapEntry])
    case robots
    /// A small page at an old path that sends readers to `target` (a site path).
    case redirect(target: String)
    /// `_redirects`: every alias with status 301.
    case redirectRules([RedirectRule])
    /// A file copied as it is.
    case copy(CopySource)

    /// The template that renders the job; nil for outputs made without one.
    var template: String? {
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
        case .redirect, .redirectRules, .copy: nil
        }
    }

    /// Whether a rendering of nothing but whitespace is an error: every page, feed and sitemap
    /// (robots.txt may be empty on purpose).
    var mustNotBeEmpty: Bool {
        switch self {
        case .robots, .redirect, .redirectRules, .copy: false
        default: true
        }
    }

    public var kind: OutputKind {
        switch self {
        case .feed: .feed
        case .sitemap, .robots, .redirectRules: .data
        case .redirect: .redirect
        case .copy: .copy
        default: .page
        }
    }
}

/// A feed with its membership decided: newest posts first, at most `BuildPlanner.feedEntryLimit`.
public struct FeedPlan: Sendable, Equatable {
    public enum Scope: Sendable, Equatable {
        case site
        case tag(Tag.ID)
        case series(Series.ID)
        case author(Author.ID)
    }

    public var scope: Scope
    public var title: String
    /// The site path of the page the feed belongs to (`tags/alliance/`).
    public var pagePath: String
    public var posts: [Post.ID]
    /// Whether entries carry the posts' full content, or only their summaries (`feeds.fullContent`).
    public var fullContent: Bool
}

/// One `<url>` of the sitemap.
public struct SitemapEntry: Sendable, Equatable {
    public var sitePath: String
    public var lastModified: FormattedDate?
}

/// One line of `_redirects`: site paths, status 301.
public struct RedirectRule: Sendable, Equatable {
    public var from: String
    public var to: String
}

/// Where a copied output's bytes come from.
public enum CopySource: Sendable, Equatable {
    /// A file on disk (absolute path).
    case file(String)
    /// Text compiled into sitegen (the default theme's assets).
    case text(String)
}
