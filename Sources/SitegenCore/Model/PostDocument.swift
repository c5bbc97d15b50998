import Foundation
import SitegenMarkdown

/// One post file as loading reads it: front matter, rendered Markdown and formatted dates, with
/// every reference (tags, authors, series, URL) still as written. Assembly resolves them into a `Post`.
public struct PostDocument: Sendable {
    /// The source file relative to the site root (`content/posts/pact.md`).
    public var source: String
    /// The file name without its date prefix and extension, as written (`Rust-1.0`): `:filename`.
    public var fileName: String
    /// The folder below `content/posts/` (`2019`, `analysis/europe`), empty when none: `:section`.
    public var section: String
    public var slug: String
    public var title: String
    public var date: FormattedDate
    public var updated: FormattedDate?
    /// The author's own summary (`description` or `summary`), if any.
    public var description: String?
    /// `description`, else the takeaways, else the first paragraph of the body, as plain text.
    public var summary: String
    /// Tags as written, with their positions (aliases are resolved by assembly).
    public var tagMentions: [NameMention]
    /// Author names as written.
    public var authorNames: [String]
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
    public var seriesName: String?
    public var seriesPart: Int?
    /// The post's prose, for the term index.
    public var textBlocks: [TextBlock] = []
    /// `url:` (Hugo) or `permalink:` (Jekyll): the post's path, set outright.
    public var url: NameMention?
    /// `aliases:` (Hugo) and `redirect_from:` (Jekyll): old paths that redirect to the post.
    public var aliases: [NameMention] = []
    /// The fingerprint of the source file's bytes: with the site's settings, it decides everything
    /// above, so the build cache compares it instead of the fields.
    public var sourceHash = Fingerprint.zero

    /// The latest of the publication date, `updated` and every correction: feeds' `<updated>`,
    /// sitemaps' `lastmod`, JSON-LD `dateModified`.
    public var lastModified: FormattedDate {
        ([date, updated].compactMap { $0 } + corrections.map(\.date)).max() ?? date
    }

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
