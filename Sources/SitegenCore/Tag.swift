/// A tag: identity is its slug, display name is the spelling most of its posts use.
public struct Tag: Sendable, Equatable {
    public var slug: String
    public var name: String
    /// Indices into `Site.posts`, newest first.
    public var postIndices: [Int]

    public var path: String { "tags/\(slug)/" }
}
