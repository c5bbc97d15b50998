import Mustache
import SitegenMarkdown

extension FormattedDate: MustacheParent {
    public func child(named name: String) -> Any? {
        switch name {
        case "iso": iso
        case "display": display
        case "day": day
        default: nil
        }
    }
}

/// A link to a tag, with its count and feed.
public struct TagLinkView: Sendable, MustacheParent {
    public var name: String
    public var slug: String
    public var url: String
    public var count: Int
    public var feedURL: String
    public var description: String? = nil

    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "slug": slug
        case "url": url
        case "count": count
        case "feedURL": feedURL
        case "description": description?.nilIfEmpty
        default: nil
        }
    }
}

/// An author in a byline: name and the link to their page.
public struct AuthorView: Sendable, MustacheParent {
    public var name: String
    public var url: String

    public func child(named name: String) -> Any? {
        switch name {
        case "name": self.name
        case "url": url
        default: nil
        }
    }
}

/// A post as list pages show it; built once per post and reused by every list.
public struct PostSummaryView: Sendable, MustacheParent {
    public var title: String
    public var url: String
    public var date: FormattedDate
    public var summary: String
    /// `summary` escaped once for HTML, reused by every list page (`{{{summaryHTML}}}`).
    public var summaryHTML: String
    public var tags: [TagLinkView]
    public var authors: [AuthorView]
    public var isDraft: Bool

    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        case "date": date
        case "summary": summary.nilIfEmpty
        case "summaryHTML": summaryHTML.nilIfEmpty
        case "tags": tags
        case "hasTags": !tags.isEmpty
        case "authors": authors
        case "hasAuthors": !authors.isEmpty
        case "isDraft": isDraft
        default: nil
        }
    }
}

/// One post page: the summary fields plus body, updated date, table of contents and params.
struct PostView: MustacheParent {
    var summary: PostSummaryView
    var post: Post
    var absoluteURL: String
    var citation: CitationView

    func child(named name: String) -> Any? {
        switch name {
        case "content": post.html
        case "absoluteURL": absoluteURL
        case "updated": post.updated
        case "lastModified": post.lastModified
        case "description": post.description?.nilIfEmpty
        case "toc": post.tableOfContents.map(TocEntryView.init)
        // A contents list helps from three sections on.
        case "hasTOC": post.headings.filter { (2...3).contains($0.level) }.count >= 3
        case "takeaways": post.takeaways.map { ["html": $0.html, "text": $0.text] }
        case "hasTakeaways": !post.takeaways.isEmpty
        case "corrections": post.corrections.map { ["date": $0.date, "html": $0.html, "text": $0.text] }
        case "hasCorrections": !post.corrections.isEmpty
        case "citation": citation
        case "jsonLD": citation.jsonLD
        case "wordCount": post.wordCount
        case "readingMinutes": max(1, (post.wordCount + 229) / 230)
        case "params": post.params.mapValues(\.templateValue)
        case "source": post.source
        default: summary.child(named: name)
        }
    }
}

/// One entry of the table of contents.
struct TocEntryView: MustacheParent {
    var entry: TableOfContentsEntry

    func child(named name: String) -> Any? {
        switch name {
        case "id": entry.heading.id
        case "text": entry.heading.text
        case "level": entry.heading.level
        case "hasChildren": !entry.children.isEmpty
        case "children": entry.children.map(TocEntryView.init)
        default: nil
        }
    }
}

/// `previous` / `next` links between posts.
struct PostLinkView: MustacheParent {
    var title: String
    var url: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "url": url
        default: nil
        }
    }
}

/// `pagination.*` on list pages.
struct PaginationView: MustacheParent {
    var pagination: Pagination
    var previousURL: String?
    var nextURL: String?

    func child(named name: String) -> Any? {
        switch name {
        case "isPaginated": pagination.total > 1
        case "current": pagination.current
        case "total": pagination.total
        case "hasPrevious": previousURL != nil
        case "previousURL": previousURL
        case "hasNext": nextURL != nil
        case "nextURL": nextURL
        default: nil
        }
    }
}

/// A standalone page.
struct PageView: MustacheParent {
    var page: Page
    var url: String

    func child(named name: String) -> Any? {
        switch name {
        case "title": page.title
        case "description": page.description?.nilIfEmpty
        case "url": url
        case "content": page.html
        case "params": page.params.mapValues(\.templateValue)
        default: nil
        }
    }
}
