/// A tag: identity is its slug, display name is the spelling most of its posts use.
public struct Tag: Sendable, Equatable {
    public var slug: String
    public var name: String
    /// Indices into `Site.posts`, newest first.
    public var postIndices: [Int]
    /// From the topics vocabulary.
    public var description: String?
    /// The parent topic's slug and name, from the vocabulary.
    public var parent: String?
    public var parentName: String?

    public var path: String { "tags/\(slug)/" }
}
