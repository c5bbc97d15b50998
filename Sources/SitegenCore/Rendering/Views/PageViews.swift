/// The root value of every template: `site`, `meta` (pages only) and the template's own values.
struct PageContext<Content: Sendable>: Sendable {
    var site: SiteView
    var meta: MetaView?
    var content: Content
}

/// `home`.
struct HomeView: Sendable {
    var posts: [PostSummaryView]
    var pagination: PaginationView
}

/// `post`.
struct PostPageView: Sendable {
    var post: PostView
    var series: SeriesView?
    /// The older post.
    var previous: PostLinkView?
    /// The newer post.
    var next: PostLinkView?
}

/// `page`.
struct StandalonePageView: Sendable {
    var page: PageView
}

/// `tags`.
struct TagIndexView: Sendable {
    var tags: [TagLinkView]
    var groups: [TagGroupView]
    var isGrouped: Bool
}

/// `tag`.
struct TagPageView: Sendable {
    var tag: TagLinkView
    var posts: [PostSummaryView]
    var pagination: PaginationView
    var parent: ParentLinkView?
    var children: [TagLinkView]
}

/// `archive`.
struct ArchiveView: Sendable {
    var years: [ArchiveYearView]
}

/// `corrections`.
struct CorrectionsView: Sendable {
    var corrections: [CorrectionEntryView]
}

/// `404`: only `site` and `meta`.
struct NotFoundView: Sendable {}

/// `series`.
struct SeriesPageView: Sendable {
    var series: SeriesView
}

/// `authors`.
struct AuthorIndexView: Sendable {
    var authors: [AuthorLinkView]
}

/// `author`.
struct AuthorPageView: Sendable {
    var author: AuthorLinkView
}

/// `terms`.
struct TermIndexView: Sendable {
    var letters: [TermLetterView]
}

/// `term`.
struct TermPageView: Sendable {
    var term: TermView
    var indexURL: String
}

/// `atom`.
struct FeedView: Sendable {
    var feed: FeedInfoView
    var entries: [FeedEntryView]
}

/// `feed.*` of an Atom feed.
struct FeedInfoView: Sendable {
    var title: String
    var id: String
    var selfURL: String
    var alternateURL: String
    var updated: String
}

/// One entry of an Atom feed; a class for the reason `PostView` is one.
final class FeedEntryView: Sendable {
    let post: Post
    let url: String
    let summary: PostSummaryView
    /// The post's HTML escaped once for XML; nil when the feed carries summaries only.
    let contentXML: String?

    init(post: Post, url: String, summary: PostSummaryView, contentXML: String?) {
        self.post = post
        self.url = url
        self.summary = summary
        self.contentXML = contentXML
    }
}

/// `sitemap`.
struct SitemapView: Sendable {
    var urls: [SitemapURLView]
}

/// One `<url>` of the sitemap.
struct SitemapURLView: Sendable {
    var loc: String
    var lastmod: String?
}

/// `robots`.
struct RobotsView: Sendable {
    var sitemapURL: String
}
