/// A link to a tag, with its count and feed.
public struct TagLinkView: Sendable {
    public var name: String
    public var slug: String
    public var url: String
    public var count: Int
    public var feedURL: String
    public var description: String? = nil
}

/// A tag as a post shows it: a link without the tag's post count, so that a post's pages change
/// only when its own tags do, not whenever another post joins one of them.
public struct PostTagView: Sendable {
    public var name: String
    public var slug: String
    public var url: String
    public var feedURL: String
    public var description: String?

    init(_ link: TagLinkView) {
        name = link.name
        slug = link.slug
        url = link.url
        feedURL = link.feedURL
        description = link.description
    }
}

/// An author in a byline: name and the link to their page.
public struct AuthorView: Sendable {
    public var name: String
    public var url: String
}

/// A post as list pages show it; built once per post and reused by every list.
public struct PostSummaryView: Sendable {
    public var title: String
    public var url: String
    public var date: FormattedDate
    public var summary: String
    /// `summary` escaped once for HTML, reused by every list page (`{{{summaryHTML}}}`).
    public var summaryHTML: String
    public var tags: [PostTagView]
    public var authors: [AuthorView]
    public var isDraft: Bool
    /// The post's list entry as the theme draws it, rendered once; nil inside that rendering.
    var entry: PostEntry?
}

/// One post page's `post`: the summary fields plus body, dates, table of contents and params.
///
/// A class, unlike the other views: templates look `post` up dozens of times per page, and
/// swift-mustache boxes every value it gets into `Any`, which for a struct this large means a heap
/// copy and a retain of every field each time; a reference is boxed for the cost of one retain.
final class PostView: Sendable {
    let summary: PostSummaryView
    let post: Post
    let absoluteURL: String
    let citation: CitationView

    init(summary: PostSummaryView, post: Post, absoluteURL: String, citation: CitationView) {
        self.summary = summary
        self.post = post
        self.absoluteURL = absoluteURL
        self.citation = citation
    }

    /// A contents list helps from three sections on.
    var hasTOC: Bool { post.headings.filter { (2...3).contains($0.level) }.count >= 3 }
    var readingMinutes: Int { max(1, (post.wordCount + 229) / 230) }
}

/// `previous` / `next` links between posts, and the post a correction belongs to.
struct PostLinkView: Sendable {
    var title: String
    var url: String
}

/// `pagination.*` on list pages.
struct PaginationView: Sendable {
    var pagination: Pagination
    var previousURL: String?
    var nextURL: String?
}

/// A standalone page's `page`.
struct PageView: Sendable {
    var page: Page
    var url: String
}
