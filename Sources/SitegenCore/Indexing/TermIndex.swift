/// The term index of a site: a pure stage after assembly, run only when `index.terms` or
/// `index.fromTags` asks for it.
public struct TermIndex: Sendable {
    /// Every indexed term with at least one mention, A-Z.
    public var entries: [TermEntry]
    /// The post each `TermPostMentions.document` number stands for.
    private var documents: [Post.ID]
    private var positions: [String: Int]

    public static let empty = TermIndex(entries: [], documents: [])

    private init(entries: [TermEntry], documents: [Post.ID]) {
        self.entries = entries
        self.documents = documents
        positions = Dictionary(entries.enumerated().map { ($1.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The entry of the term with this slug.
    public func entry(slug: String) -> TermEntry? {
        positions[slug].map { entries[$0] }
    }

    /// Indexes the site's posts for the configured terms; with a cache, posts whose prose did not
    /// change since the last run are not searched again.
    public init(site: Site, cache: TermMentionCache? = nil) {
        let config = site.config
        let terms = config.indexTerms + (config.indexFromTags ? site.tags.map(\.name) : [])
        guard !terms.isEmpty else {
            self = .empty
            return
        }
        let documents = site.posts.enumerated().map { TermDocument(id: $0.offset, blocks: $0.element.textBlocks) }
        self.init(
            entries: TermIndexer.index(terms: terms, documents: documents, cache: cache),
            documents: site.posts.map(\.id))
    }

    /// The post whose mentions these are.
    public func post(of mentions: TermPostMentions) -> Post.ID {
        documents[mentions.document]
    }
}
