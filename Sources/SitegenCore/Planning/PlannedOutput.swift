/// One output of the site.
public struct PlannedOutput: Sendable, Equatable {
    /// Output file relative to the output directory (`posts/pact/index.html`).
    public var file: String
    /// The page's site path (`posts/pact/`), for links and canonical URLs.
    public var sitePath: String
    public var job: OutputJob
    /// What the output comes from: a source file (`content/posts/pact.md`) or a description (`tag 'NATO'`).
    public var origin: String
    /// When what the output shows last changed, where known (sitemap `lastmod`).
    public var lastModified: FormattedDate?

    public var kind: OutputKind { job.kind }
}

/// The kinds of output `sitegen list` shows.
public enum OutputKind: String, Sendable, Equatable, CaseIterable {
    /// An HTML page rendered from a template.
    case page
    /// An Atom feed.
    case feed
    /// A data file (sitemap, robots.txt, `_redirects`).
    case data
    /// A redirect page at an old path.
    case redirect
    /// A file copied as it is.
    case copy
}
