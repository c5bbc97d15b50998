import Foundation
import SitegenMarkdown
import SitegenText

/// The site settings from `sitegen.yaml`.
public struct SiteConfig: Sendable, Equatable {
    public var title: String
    /// Absolute, always ending with `/`; may carry a sub-path (`https://example.org/analysis/`).
    public var baseURL: String
    public var language: String
    /// IANA name; dates without a zone are read in this zone.
    public var timeZone: TimeZone
    public var author: String
    public var description: String
    /// Posts per list page.
    public var paginate: Int
    /// Pass raw HTML in Markdown through.
    public var unsafeMarkdown: Bool
    /// A Unicode date pattern for display (`MMMM d, yyyy`).
    public var dateFormat: String
    /// The tag vocabulary from `topics:` (or `content/_topics.yaml`, merged in by the builder).
    public var topics = TopicVocabulary()
    /// Every tag must be in the vocabulary.
    public var strictTopics = false
    /// Terms for the term index (`index.terms`), and whether every tag is a term too (`index.fromTags`).
    public var indexTerms: [String] = []
    public var indexFromTags = false
    /// Whether there is a term index, the only reader of posts' prose: without one, loading does
    /// not collect it (a large part of the parsed-post store, and of loading's work).
    public var hasTermIndex: Bool { !indexTerms.isEmpty || indexFromTags }
    /// Where posts, pages, tags, authors, series and terms live (`permalinks:`).
    public var permalinks = Permalinks()
    /// Which feeds carry each post's full content (`feeds.fullContent`); the others carry summaries.
    public var feedContent = FeedContent.site
    /// Paths in the output folder a publisher keeps there (`output.keep`), beside the ones always
    /// kept (`OutputKeep.alwaysKept`): a build carries them over instead of removing them.
    public var outputKeep: [String] = []

    /// `feeds.fullContent`: which Atom feeds carry full post content.
    public enum FeedContent: String, Sendable, Equatable, CaseIterable {
        /// Every feed: the site's and each tag's, author's and series'.
        case all
        /// The site feed only; tag, author and series feeds carry summaries (the default).
        case site
        /// No feed: summaries everywhere.
        case none
    }

    public init(
        title: String = "Untitled site",
        baseURL: String = "http://localhost:8000/",
        language: String = "en",
        timeZone: TimeZone = TimeZone(identifier: "UTC")!,
        author: String = "",
        description: String = "",
        paginate: Int = 10,
        unsafeMarkdown: Bool = false,
        dateFormat: String = "MMMM d, yyyy"
    ) {
        self.title = title
        self.baseURL = baseURL
        self.language = language
        self.timeZone = timeZone
        self.author = author
        self.description = description
        self.paginate = paginate
        self.unsafeMarkdown = unsafeMarkdown
        self.dateFormat = dateFormat
    }

    /// Makes `text` a base URL: absolute http(s) and ending with `/`; nil when it is not one.
    public static func normalizedBaseURL(_ text: String) -> String? {
        let trimmed = text.trimmingWhitespace()
        guard let components = URLComponents(string: trimmed),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty,
            components.query == nil, components.fragment == nil
        else { return nil }
        return trimmed.hasSuffix("/") ? trimmed : trimmed + "/"
    }

    /// Whether `text` is shaped like a BCP 47 language tag: a 2-8 letter language, then
    /// hyphen-separated subtags of 1-8 letters or digits (`en`, `en-GB`, `zh-Hant-TW`).
    static func isLanguageTag(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...8).contains(first.count), first.allSatisfy(\.isASCIILetter) else {
            return false
        }
        return parts.dropFirst().allSatisfy { part in
            (1...8).contains(part.count) && part.allSatisfy { $0.isASCIILetter || ("0"..."9").contains($0) }
        }
    }
}

extension Character {
    fileprivate var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
