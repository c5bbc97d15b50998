import SitegenMarkdown

/// A published post with every reference resolved: its site path, its canonical tags, its
/// authors and its series, each by identity. Read-only for every stage after assembly.
///
/// The loaded document's fields read through (`post.title` is `post.document.title`).
@dynamicMemberLookup
public struct Post: Sendable {
    public typealias ID = Identifier<Post>

    /// The source file (`content/posts/pact.md`): unique, and the same from build to build.
    public var id: ID
    public var document: PostDocument
    /// The site path of the post's page (`posts/pact/`, `2016/05/09/survey.html`), from `Routes`.
    public var path: String
    /// Canonical tags (aliases resolved), each once, in the order the post gives them.
    public var tags: [Tag.ID]
    /// The post's authors, each once, in the order the post names them.
    public var authors: [Author.ID]
    /// The series the post is part of.
    public var series: Series.ID?
    /// Site paths that redirect to the post (`aliases`, `redirect_from`).
    public var aliases: [SiteAlias]

    public subscript<Value>(dynamicMember keyPath: KeyPath<PostDocument, Value>) -> Value {
        document[keyPath: keyPath]
    }
}

/// An old path of a post or page, as resolved to a site path, with where it was written.
public struct SiteAlias: Sendable, Equatable {
    /// The site path that redirects (`2016/05/09/survey.html`, `old-name/`).
    public var path: String
    public var line: Int?
    public var column: Int?
}
