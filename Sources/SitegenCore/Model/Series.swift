/// A series of posts (`series:` in front matter), read in order.
public struct Series: Sendable, Equatable {
    public typealias ID = Identifier<Series>

    public var id: ID
    public var name: String
    /// Reading order: by `seriesPart`, then by date.
    public var posts: [Post.ID]
    public var path: String

    public var slug: String { id.rawValue }
}
