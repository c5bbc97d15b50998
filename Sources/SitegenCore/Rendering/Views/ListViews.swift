/// The parent topic of a tag: linked when it is a tag of its own.
struct ParentLinkView: Sendable {
    var name: String
    var url: String?
}

/// One group of the tag index: a parent topic and its tags.
struct TagGroupView: Sendable {
    var name: String
    var url: String?
    var tags: [TagLinkView]
}

/// A year of the archive.
struct ArchiveYearView: Sendable {
    var year: String
    var count: Int
    var months: [ArchiveMonthView]
}

/// A month of the archive.
struct ArchiveMonthView: Sendable {
    var name: String
    /// `06`.
    var number: String
    var posts: [PostSummaryView]
    var count: Int { posts.count }
}

/// One correction on `/corrections/`, with its post.
struct CorrectionEntryView: Sendable {
    var correction: Correction
    var post: PostLinkView
}

/// A series with its parts in reading order; on a post page also the part being read and its
/// neighbours.
struct SeriesView: Sendable {
    var name: String
    var slug: String
    var url: String
    var feedURL: String
    var parts: [SeriesPartView]
    var part: Int?
    var previous: SeriesPartView?
    var next: SeriesPartView?
}

/// One part of a series.
struct SeriesPartView: Sendable {
    var title: String
    var url: String
    var date: FormattedDate
    var part: Int
    var isCurrent: Bool
}

/// An author as lists show them; on the author's own page also their posts and profile.
struct AuthorLinkView: Sendable {
    var name: String
    var slug: String
    var url: String
    var feedURL: String
    var count: Int
    var role: String?
    var posts: [PostSummaryView]? = nil
    var profile: AuthorProfile? = nil
}

/// A letter of the term index.
struct TermLetterView: Sendable {
    var letter: String
    var terms: [TermLinkView]
}

/// A term as the A-Z index lists it.
struct TermLinkView: Sendable {
    var term: String
    var slug: String
    var url: String
    var postCount: Int
    var mentionCount: Int
    var summary: String
}

/// One term's page.
struct TermView: Sendable {
    var term: String
    var slug: String
    var mentionCount: Int
    var posts: [TermPostView]
    var summary: String
}

/// A post on a term's page, with the sentences that mention the term.
struct TermPostView: Sendable {
    var title: String
    var url: String
    var date: FormattedDate
    var count: Int
    var countText: String
    var snippets: [TermSnippetView]
}

/// A sentence around one mention, linking to the section it is in.
struct TermSnippetView: Sendable {
    var snippet: TermSnippet
    var url: String
}
