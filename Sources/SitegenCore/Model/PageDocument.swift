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
    /// Whether the sitemap lists it (`sitemap: false`); pages have no publication dates.
    public var visibility = Visibility()
    /// The fingerprint of the source file's bytes.
    public var sourceHash = Fingerprint.zero
}
