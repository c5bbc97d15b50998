import Foundation
import SitegenMarkdown

/// One post file as loading reads it: front matter, rendered Markdown and formatted dates, with
/// every reference (tags, authors, series, URL) still as written. Assembly resolves them into a `Post`.
///
/// Immutable and shared: every stage passes posts around, and a copy of a reference costs one
/// retain where a copy of these thirty fields costs thirty.
public final class PostDocument: Sendable {
    /// The source file relative to the site root (`content/posts/pact.md`).
    public let source: String
    /// The file name without its date prefix and extension, as written (`Rust-1.0`): `:filename`.
    public let fileName: String
    /// The folder below `content/posts/` (`2019`, `analysis/europe`), empty when none: `:section`.
    public let section: String
    public let slug: String
    public let title: String
    public let date: FormattedDate
    public let updated: FormattedDate?
    /// The author's own summary (`description`, `summary` or `excerpt`, else the paragraphs before a
    /// `<!--more-->` line), if any.
    public let description: String?
    /// `description`, else the takeaways, else the first paragraph of the body, as plain text.
    public let summary: String
    /// Tags as written, with their positions (aliases are resolved by assembly).
    public let tagMentions: [NameMention]
    /// Author names as written.
    public let authorNames: [String]
    public let draft: Bool
    /// When it may be published and until when, and whether the sitemap lists it.
    public let visibility: Visibility
    public let params: [String: ParamValue]
    /// The HTML and the prose, decoded on first use for a post read back from the store.
    public let body: PostBody
    public var html: String { body.contents.html }
    public let headings: [Heading]
    public let wordCount: Int
    /// Key points, shown above the body and used as summary when there is no description.
    public let takeaways: [InlineText]
    /// Correction notices, newest first.
    public let corrections: [Correction]
    /// The series the post belongs to and its part number, if given.
    public let seriesName: String?
    public let seriesPart: Int?
    /// The post's prose, for the term index.
    public var textBlocks: [TextBlock] { body.contents.textBlocks }
    /// `url:` (Hugo) or `permalink:` (Jekyll): the post's path, set outright.
    public let url: NameMention?
    /// `aliases:` (Hugo) and `redirect_from:` (Jekyll): old paths that redirect to the post.
    public let aliases: [NameMention]
    /// The fingerprint of the source file's bytes: with the site's settings, it decides everything
    /// above, so the build cache compares it instead of the fields.
    public let sourceHash: Fingerprint

    /// The latest of the publication date, `updated` and every correction: feeds' `<updated>`,
    /// sitemaps' `lastmod`, JSON-LD `dateModified`.
    public let lastModified: FormattedDate

    public convenience init(
        source: String, fileName: String, section: String, slug: String, title: String, date: FormattedDate,
        updated: FormattedDate?, description: String?, summary: String, tagMentions: [NameMention],
        authorNames: [String], draft: Bool, params: [String: ParamValue], html: String, headings: [Heading],
        wordCount: Int, takeaways: [InlineText] = [], corrections: [Correction] = [], seriesName: String? = nil,
        seriesPart: Int? = nil, textBlocks: [TextBlock] = [], url: NameMention? = nil, aliases: [NameMention] = [],
        visibility: Visibility = Visibility(), sourceHash: Fingerprint = .zero
    ) {
        self.init(
            source: source, fileName: fileName, section: section, slug: slug, title: title, date: date,
            updated: updated, description: description, summary: summary, tagMentions: tagMentions,
            authorNames: authorNames, draft: draft, params: params, body: PostBody(html: html, textBlocks: textBlocks),
            headings: headings, wordCount: wordCount, takeaways: takeaways, corrections: corrections,
            seriesName: seriesName, seriesPart: seriesPart, url: url, aliases: aliases, visibility: visibility,
            sourceHash: sourceHash)
    }

    init(
        source: String, fileName: String, section: String, slug: String, title: String, date: FormattedDate,
        updated: FormattedDate?, description: String?, summary: String, tagMentions: [NameMention],
        authorNames: [String], draft: Bool, params: [String: ParamValue], body: PostBody, headings: [Heading],
        wordCount: Int, takeaways: [InlineText], corrections: [Correction], seriesName: String?, seriesPart: Int?,
        url: NameMention?, aliases: [NameMention], visibility: Visibility, sourceHash: Fingerprint
    ) {
        self.source = source
        self.fileName = fileName
        self.section = section
        self.slug = slug
        self.title = title
        self.date = date
        self.updated = updated
        self.description = description
        self.summary = summary
        self.tagMentions = tagMentions
        self.authorNames = authorNames
        self.draft = draft
        self.params = params
        self.body = body
        self.headings = headings
        self.wordCount = wordCount
        self.takeaways = takeaways
        self.corrections = corrections
        self.seriesName = seriesName
        self.seriesPart = seriesPart
        self.url = url
        self.aliases = aliases
        self.visibility = visibility
        self.sourceHash = sourceHash
        lastModified = ([date, updated].compactMap { $0 } + corrections.map(\.date)).max() ?? date
    }

    /// The table of contents: headings of levels 2 and 3, nested.
    public var tableOfContents: [TableOfContentsEntry] {
        TableOfContentsEntry.tree(from: headings)
    }
}

/// When a post or page may be published and until when (Hugo's `publishDate` and `expiryDate`),
/// and whether the sitemap lists it (`sitemap: false`).
public struct Visibility: Sendable, Equatable {
    public var publishDate: Date?
    public var expiryDate: Date?
    public var inSitemap = true

    public init(publishDate: Date? = nil, expiryDate: Date? = nil, inSitemap: Bool = true) {
        self.publishDate = publishDate
        self.expiryDate = expiryDate
        self.inSitemap = inSitemap
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
