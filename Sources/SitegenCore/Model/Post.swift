import Foundation
import SitegenMarkdown

/// One post, fully loaded: front matter read, Markdown rendered, dates formatted.
public struct Post: Sendable {
    /// The source file relative to the site root (`content/posts/pact.md`).
    public var source: String
    public var slug: String
    public var title: String
    public var date: FormattedDate
    public var updated: FormattedDate?
    /// The author's own summary (`description` or `summary`), if any.
    public var description: String?
    /// `description`, else the first paragraph of the body, as plain text.
    public var summary: String
    public var tags: [NameMention]
    public var authors: [String]
    public var draft: Bool
    public var params: [String: ParamValue]
    public var html: String
    public var headings: [Heading]
    public var wordCount: Int
    /// Key points, shown above the body and used as summary when there is no description.
    public var takeaways: [InlineText] = []
    /// Correction notices, newest first.
    public var corrections: [Correction] = []
    /// The series the post belongs to and its part number, if given.
    public var series: String?
    public var seriesPart: Int?
    /// The post's prose, for the term index.
    public var textBlocks: [TextBlock] = []

    /// The latest of the publication date, `updated` and every correction: feeds' `<updated>`,
    /// sitemaps' `lastmod`, JSON-LD `dateModified`.
    public var lastModified: FormattedDate {
        ([date, updated].compactMap { $0 } + corrections.map(\.date)).max() ?? date
    }

    /// The site-relative path of the post's page.
    public var path: String { "posts/\(slug)/" }

    /// The table of contents: headings of levels 2 and 3, nested.
    public var tableOfContents: [TableOfContentsEntry] {
        TableOfContentsEntry.tree(from: headings)
    }
}

/// A line of inline Markdown rendered once, with its plain text.
public struct InlineText: Sendable, Equatable {
    public var html: String
    public var text: String
}

/// A dated correction notice.
public struct Correction: Sendable, Equatable {
    public var date: FormattedDate
    public var html: String
    public var text: String
}

/// An author's profile from `content/authors/<slug>.md`.
public struct AuthorProfile: Sendable {
    public var source: String
    public var slug: String
    public var name: String
    public var role: String?
    public var links: [ProfileLink]
    /// The biography (the file's body) as HTML.
    public var html: String
}

/// A standalone page such as `content/about.md`, published at `/about/`.
public struct Page: Sendable {
    public var source: String
    /// Site-relative path, ending with `/`.
    public var path: String
    public var title: String
    public var description: String?
    public var html: String
    public var params: [String: ParamValue]
    public var draft: Bool
}

/// A file under `content/` that is copied as it is.
public struct StaticFile: Sendable, Equatable {
    /// Absolute path of the source file.
    public var sourcePath: String
    /// Path relative to the output directory.
    public var outputPath: String
}
