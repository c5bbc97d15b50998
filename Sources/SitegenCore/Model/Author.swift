/// Someone who writes posts: from the posts' `authors`, with a profile when
/// `content/authors/<slug>.md` exists.
public struct Author: Sendable {
    public typealias ID = Identifier<Author>

    public var id: ID
    public var name: String
    public var profile: AuthorProfile?
    /// Newest first.
    public var posts: [Post.ID]
    public var path: String

    public var slug: String { id.rawValue }
}
