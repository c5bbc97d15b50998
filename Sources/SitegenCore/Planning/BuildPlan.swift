/// What one output is made from, by identity: the same output of two builds has the same job.
public enum OutputJob: Sendable, Equatable {
    case home(Pagination)
    case post(Post.ID)
    case page(Page.ID)
    case tagIndex
    case tag(Tag.ID, Pagination)
    /// Every post by year and month.
    case archive
    /// Every correction notice, newest first.
    case corrections
    case notFound
    /// A series: its parts in reading order.
    case series(Series.ID)
    /// The A-Z term index.
    case termIndex
    /// One term: every post that discusses it, with snippets.
    case term(slug: String)
    /// Everyone who writes for the site.
    case authorIndex
    /// One author: profile and posts.
    case author(Author.ID)
    case feed(FeedPlan)
    /// Every canonical HTML page of the plan.
    case sitemap([SitemapEntry])
    case robots
    /// A small page at an old path that sends readers to `target` (a site path).
    case redirect(target: String)
    /// `_redirects`: every alias with status 301.
    case redirectRules([RedirectRule])
    /// A file copied as it is.
    case copy(CopySource)

    /// The template that renders the job; nil for outputs made without one.
    var template: String? {
        switch self {
        case .home: "home"
        case .post: "post"
        case .page: "page"
        case .tagIndex: "tags"
        case .tag: "tag"
        case .archive: "archive"
        case .series: "series"
        case .authorIndex: "authors"
        case .termIndex: "terms"
        case .term: "term"
        case .author: "author"
        case .corrections: "corrections"
        case .notFound: "404"
        case .feed: "atom"
        case .sitemap: "sitemap"
        case .robots: "robots"
        case .redirect, .redirectRules, .copy: nil
        }
    }

    public var kind: OutputKind {
        switch self {
        case .feed: .feed
        case .sitemap, .robots, .redirectRules: .data
        case .redirect: .redirect
        case .copy: .copy
        default: .page
        }
    }
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

/// A feed with its membership decided: newest posts first, at most `BuildPlanner.feedEntryLimit`.
public struct FeedPlan: Sendable, Equatable {
    public enum Scope: Sendable, Equatable {
        case site
        case tag(Tag.ID)
        case series(Series.ID)
        case author(Author.ID)
    }

    public var scope: Scope
    public var title: String
    /// The site path of the page the feed belongs to (`tags/alliance/`).
    public var pagePath: String
    public var posts: [Post.ID]
}

/// One `<url>` of the sitemap.
public struct SitemapEntry: Sendable, Equatable {
    public var sitePath: String
    public var lastModified: FormattedDate?
}

/// One line of `_redirects`: site paths, status 301.
public struct RedirectRule: Sendable, Equatable {
    public var from: String
    public var to: String
}

/// Where a copied output's bytes come from.
public enum CopySource: Sendable, Equatable {
    /// A file on disk (absolute path).
    case file(String)
    /// Text compiled into sitegen (the default theme's assets).
    case text(String)
}

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

/// Every file a build writes, keyed by output path, decided before anything is written.
public struct BuildPlan: Sendable {
    public private(set) var outputs: [String: PlannedOutput] = [:]
    /// Output files in the order they were planned.
    private var order: [String] = []
    public var diagnostics: [Diagnostic] = []

    public init() {}

    /// Adds `output` unless its file is taken; returns the output already there.
    mutating func insert(_ output: PlannedOutput) -> PlannedOutput? {
        if let existing = outputs[output.file] { return existing }
        outputs[output.file] = output
        order.append(output.file)
        return nil
    }

    /// Outputs in the order they were planned.
    public var planned: [PlannedOutput] { order.compactMap { outputs[$0] } }

    /// Outputs sorted by site path, as `sitegen list` prints them.
    public var listed: [PlannedOutput] {
        outputs.values.sorted { $0.sitePath != $1.sitePath ? $0.sitePath < $1.sitePath : $0.file < $1.file }
    }

    public var htmlPageCount: Int { outputs.values.filter { $0.kind == .page }.count }

    /// Every output's file, sorted.
    public var files: [String] { outputs.keys.sorted() }

    public func output(at file: String) -> PlannedOutput? { outputs[file] }
}

/// What changed between two plans of one site, output by output: the outputs a rebuild must add,
/// remove, or make again because what they are made from changed.
public struct PlanDifference: Sendable, Equatable {
    /// Output files, sorted.
    public var added: [String]
    public var removed: [String]
    /// Outputs at the same file whose job, site path or origin differ.
    public var changed: [String]

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}

extension BuildPlan {
    /// How this plan differs from `previous`. Jobs name their inputs by identity, so an output whose
    /// job is equal renders from the same entities; whether those entities' content changed is
    /// for the renderer's inputs to tell, not the plan.
    public func difference(from previous: BuildPlan) -> PlanDifference {
        let old = previous.outputs
        return PlanDifference(
            added: files.filter { old[$0] == nil },
            removed: previous.files.filter { outputs[$0] == nil },
            changed: files.filter { file in
                guard let before = old[file], let now = outputs[file] else { return false }
                return before.job != now.job || before.sitePath != now.sitePath || before.origin != now.origin
            })
    }
}
