/// A published standalone page, at the path `Routes` gives it (`content/about.md` -> `about/`).
@dynamicMemberLookup
public struct Page: Sendable {
    public typealias ID = Identifier<Page>

    /// The source file.
    public var id: ID
    public var document: PageDocument
    /// Site-relative path (`about/`, `guides/start/`, `legal.html`).
    public var path: String
    public var aliases: [SiteAlias]

    public subscript<Value>(dynamicMember keyPath: KeyPath<PageDocument, Value>) -> Value {
        document[keyPath: keyPath]
    }
}
