/// A tag: identity is its canonical slug, display name is the vocabulary's name or the spelling
/// most of its posts use.
public struct Tag: Sendable, Equatable {
    public typealias ID = Identifier<Tag>

    public var id: ID
    public var name: String
    /// Newest first.
    public var posts: [Post.ID]
    /// From the topics vocabulary.
    public var description: String?
    /// The parent topic and its name, from the vocabulary.
    public var parent: Tag.ID?
    public var parentName: String?
    /// The site path of the tag's first page, from `Routes`.
    public var path: String

    public var slug: String { id.rawValue }
}
