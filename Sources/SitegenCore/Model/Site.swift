import Foundation

/// The published site: an immutable value assembled from loaded content by one set of rules.
/// Every reference is resolved here (paths, canonical tags, authors, series); later stages only read.
public struct Site: Sendable {
    public var config: SiteConfig
    public var routes: Routes
    /// Published posts, newest first (ties broken by slug, then source).
    public var posts: [Post]
    /// Sorted by path.
    public var pages: [Page]
    /// Sorted by slug.
    public var tags: [Tag]
    /// Sorted by slug.
    public var series: [Series]
    /// Sorted by name.
    public var authors: [Author]
    public var staticFiles: [StaticFile]
    public var skipped: [SkippedItem]
    public var diagnostics: [Diagnostic]
    /// The earliest moment a post or page is published (its date or `publishDate` comes) or expires
    /// (its `expiryDate` comes): from then on, the same sources give another site.
    public var nextPublication: Date?

    private var postPositions: [Post.ID: Int] = [:]
    private var tagPositions: [Tag.ID: Int] = [:]
    private var authorPositions: [Author.ID: Int] = [:]
    private var seriesPositions: [Series.ID: Int] = [:]
    private var pagePositions: [Page.ID: Int] = [:]

    /// Applies the publication rule, sorts, resolves routes and references, and reports what is wrong.
    public init(config: SiteConfig, content: LoadedContent, rule: PublicationRule) {
        self = SiteAssembler(config: config, rule: rule).assemble(content)
    }

    init(
        config: SiteConfig, posts: [Post], pages: [Page], tags: [Tag], series: [Series], authors: [Author],
        staticFiles: [StaticFile], skipped: [SkippedItem], diagnostics: [Diagnostic]
    ) {
        self.config = config
        routes = Routes(permalinks: config.permalinks)
        self.posts = posts
        self.pages = pages
        self.tags = tags
        self.series = series
        self.authors = authors
        self.staticFiles = staticFiles
        self.skipped = skipped
        self.diagnostics = diagnostics
        postPositions = Dictionary(posts.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        tagPositions = Dictionary(tags.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        authorPositions = Dictionary(
            authors.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        seriesPositions = Dictionary(
            series.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        pagePositions = Dictionary(pages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The post with this identity; identities come from this site, so it exists.
    public func post(_ id: Post.ID) -> Post { posts[postPositions[id]!] }
    /// Where the post stands in `posts` (newest first).
    public func position(of id: Post.ID) -> Int? { postPositions[id] }
    public func tag(_ id: Tag.ID) -> Tag? { tagPositions[id].map { tags[$0] } }
    public func author(_ id: Author.ID) -> Author? { authorPositions[id].map { authors[$0] } }
    public func series(_ id: Series.ID) -> Series? { seriesPositions[id].map { series[$0] } }
    public func page(_ id: Page.ID) -> Page? { pagePositions[id].map { pages[$0] } }
}
