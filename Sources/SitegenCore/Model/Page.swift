/// A standalone page file as loading reads it (`content/about.md`).
public struct PageDocument: Sendable {
    public var source: String
    /// The file's path below `content/` without its extension (`about`, `guides/Start Here`).
    public var relativePath: String
    public var title: String
    public var description: String?
    public var html: String
    public var params: [String: ParamValue]
    public var draft: Bool
    /// `url:` / `permalink:`: the page's path, set outright.
    public var url: NameMention?
    /// Old paths that redirect to the page.
    public var aliases: [NameMention] = []
}

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

/// An author's profile from `content/authors/<slug>.md`.
public struct AuthorProfile: Sendable {
    public var source: String
    public var slug: String
    public var name: String
    public var role: String?
    public var links: [ProfileLink]
    /// The biography (the file's body) as HTML.
    public var html: String
}

/// A file under `content/` that is copied as it is.
public struct StaticFile: Sendable, Equatable {
    /// Absolute path of the source file.
    public var sourcePath: String
    /// Path relative to the output directory.
    public var outputPath: String
}
