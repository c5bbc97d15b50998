/// An author's profile from `content/authors/<slug>.md`.
public struct AuthorProfile: Sendable {
    public var source: String
    public var slug: String
    public var name: String
    public var role: String?
    public var links: [ProfileLink]
    /// The biography (the file's body) as HTML.
    public var html: String
    /// The fingerprint of the source file's bytes.
    public var sourceHash = Fingerprint.zero
}
