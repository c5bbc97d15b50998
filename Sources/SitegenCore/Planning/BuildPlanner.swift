/// Decides every output of a site: its file, its site path, what it is made from and where that
/// comes from. Two outputs at one path is an error found here, before anything is written. Adding
/// an output means adding one step here; the sitemap, feeds, `_redirects` and `sitegen list` read
/// the plan.
public struct BuildPlanner: Sendable {
    public static let feedEntryLimit = 20

    public init() {}

    public func plan(site: Site, theme: Theme, termIndex: TermIndex = .empty) -> BuildPlan {
        var builder = PlanBuilder(site: site)
        builder.addLists()
        builder.addPosts()
        builder.addTaxonomies(termIndex: termIndex)
        builder.addFixedPages()
        builder.addCopies(theme: theme)
        builder.addAliases()
        builder.checkFolders()
        builder.addSitemap()
        builder.plan.sealFiles()
        return builder.plan
    }
}

/// The steps of planning, each adding one family of outputs.
private struct PlanBuilder {
    let site: Site
    var plan = BuildPlan()
    let routes: Routes
    let newest: FormattedDate?
    /// Where the user wrote the path of an output (`url:`, an alias), by output file.
    var written: [String: WrittenAt] = [:]

    struct WrittenAt {
        var file: String
        var line: Int?
        var column: Int?
    }

    init(site: Site) {
        self.site = site
        routes = site.routes
        newest = site.posts.map(\.lastModified).max()
    }

    /// Adds an output unless another is planned at its file, which is an error naming both, at
    /// the place the user wrote the path when there is one (`at`: a `url:` or an alias).
    mutating func add(
        _ sitePath: String, _ job: OutputJob, origin: String, lastModified: FormattedDate? = nil,
        at mention: NameMention? = nil
    ) {
        let output = PlannedOutput(
            file: URLBuilder.outputFile(for: sitePath), sitePath: sitePath, job: job, origin: origin,
            lastModified: lastModified)
        let location = mention.map { WrittenAt(file: origin, line: $0.line, column: $0.column) }
        guard let existing = plan.insert(output) else {
            written[output.file] = location
            return
        }
        let problem: Diagnostic.RouteProblem
        switch (job, existing.kind) {
        case (.redirect, .redirect): problem = .aliasCollision(alias: sitePath, other: existing.origin)
        case (.redirect, _): problem = .aliasShadowsOutput(alias: sitePath, output: existing.origin)
        default: problem = .outputCollision(file: output.file, first: existing.origin, second: origin)
        }
        plan.diagnostics.append(located(problem, origins: [origin, existing.origin], location ?? written[output.file]))
    }

    /// A diagnostic at `location`, else at the first origin that is a file of the site.
    private func located(_ problem: Diagnostic.RouteProblem, origins: [String], _ location: WrittenAt?) -> Diagnostic {
        let file = location?.file ?? origins.first { $0.hasPrefix("content/") || $0.hasPrefix("templates/") }
        return Diagnostic(.route(problem), file: file, line: location?.line, column: location?.column)
    }

    func lastModified(of posts: [Post.ID]) -> FormattedDate? {
        posts.map { site.post($0).lastModified }.max()
    }

    /// The home and the feeds' site-wide list.
    mutating func addLists() {
        for pagination in Pagination.pages(itemCount: site.posts.count, perPage: site.config.paginate) {
            add(
                Routes.page(pagination.current, of: Routes.home), .home(pagination),
                origin: pagination.current == 1 ? "the home page" : "the home page \(pagination.current)",
                lastModified: newest)
        }
        add(
            Routes.feed, .feed(feed(.site, title: site.config.title, page: Routes.home, site.posts.map(\.id))),
            origin: "the site feed")
    }

    mutating func addPosts() {
        for post in site.posts {
            add(post.path, .post(post.id), origin: post.source, lastModified: post.lastModified, at: post.url)
        }
        for page in site.pages {
            add(page.path, .page(page.id), origin: page.source, at: page.url)
        }
    }

    mutating func addTaxonomies(termIndex: TermIndex) {
        add(routes.tagIndex, .tagIndex, origin: "the tag index", lastModified: newest)
        for tag in site.tags {
            let origin = "the tag '\(tag.name)'"
            let changed = lastModified(of: tag.posts)
            for pagination in Pagination.pages(itemCount: tag.posts.count, perPage: site.config.paginate) {
                add(
                    Routes.page(pagination.current, of: tag.path), .tag(tag.id, pagination), origin: origin,
                    lastModified: changed)
            }
            let title = "\(site.config.title): \(tag.name)"
            add(
                Routes.feed(of: tag.path), .feed(feed(.tag(tag.id), title: title, page: tag.path, tag.posts)),
                origin: origin)
        }
        for series in site.series {
            let origin = "the series '\(series.name)'"
            add(series.path, .series(series.id), origin: origin, lastModified: lastModified(of: series.posts))
            // A feed shows the newest parts first, whatever the reading order.
            let newestFirst = series.posts.sorted { (site.position(of: $0) ?? 0) < (site.position(of: $1) ?? 0) }
            let title = "\(site.config.title): \(series.name)"
            add(
                Routes.feed(of: series.path),
                .feed(feed(.series(series.id), title: title, page: series.path, newestFirst)),
                origin: origin)
        }
        if !site.config.indexTerms.isEmpty || site.config.indexFromTags {
            add(routes.termIndex, .termIndex, origin: "the term index", lastModified: newest)
            for entry in termIndex.entries {
                let posts = entry.documents.map { termIndex.post(of: $0) }
                add(
                    routes.term(slug: entry.slug), .term(slug: entry.slug), origin: "the index term '\(entry.term)'",
                    lastModified: lastModified(of: posts))
            }
        }
        add(routes.authorIndex, .authorIndex, origin: "the author index", lastModified: newest)
        for author in site.authors {
            let origin = author.profile?.source ?? "the author '\(author.name)'"
            add(author.path, .author(author.id), origin: origin, lastModified: lastModified(of: author.posts))
            let title = "\(site.config.title): \(author.name)"
            add(
                Routes.feed(of: author.path),
                .feed(feed(.author(author.id), title: title, page: author.path, author.posts)),
                origin: origin)
        }
    }

    func feed(_ scope: FeedPlan.Scope, title: String, page: String, _ posts: [Post.ID]) -> FeedPlan {
        let full =
            switch site.config.feedContent {
            case .all: true
            case .site: scope == .site
            case .none: false
            }
        return FeedPlan(
            scope: scope, title: title, pagePath: page, posts: Array(posts.prefix(BuildPlanner.feedEntryLimit)),
            fullContent: full)
    }

    mutating func addFixedPages() {
        add(Routes.archive, .archive, origin: "the archive", lastModified: newest)
        let corrected = site.posts.flatMap { $0.corrections.map(\.date) }.max()
        add(Routes.corrections, .corrections, origin: "the corrections page", lastModified: corrected)
        add(Routes.notFound, .notFound, origin: "the 404 page")
        add(Routes.robots, .robots, origin: "robots.txt")
    }

    mutating func addCopies(theme: Theme) {
        for file in site.staticFiles {
            add(file.outputPath, .copy(.file(file.sourcePath)), origin: "content/" + file.outputPath)
        }
        for asset in theme.assets {
            add(asset.outputPath, .copy(asset.source), origin: "templates/" + asset.outputPath)
        }
    }

    /// Alias pages come after every real output, so an alias can only take a path nothing else uses.
    mutating func addAliases() {
        var rules: [RedirectRule] = []
        let owners =
            site.posts.map { ($0.source, $0.path, $0.aliases) } + site.pages.map { ($0.source, $0.path, $0.aliases) }
        for (source, target, aliases) in owners {
            for alias in aliases {
                let mention = NameMention(name: alias.path, line: alias.line, column: alias.column)
                let before = plan.diagnostics.count
                add(alias.path, .redirect(target: target), origin: source, at: mention)
                guard plan.diagnostics.count == before else { continue }
                // `_redirects` reads `*` and `:name` as patterns: such an alias keeps its page only.
                if alias.path.contains("*") || alias.path.contains(":") {
                    plan.diagnostics.append(
                        Diagnostic(
                            .route(.aliasNotARedirectRule(alias: alias.path)), file: source, line: alias.line,
                            column: alias.column))
                    continue
                }
                rules.append(RedirectRule(from: alias.path, to: target))
            }
        }
        if !rules.isEmpty {
            add(Routes.redirects, .redirectRules(rules.sorted { $0.from < $1.from }), origin: "the aliases")
        }
    }

    /// No output may be written where another needs a folder (an alias `/feed.xml/` beside the
    /// feed, a `url` below a copied file): the file system would refuse one of them mid-write.
    mutating func checkFolders() {
        let outputs = plan.outputs
        for file in plan.files {
            var folder = Substring(file)
            while let slash = folder.lastIndex(of: "/") {
                folder = folder[..<slash]
                guard let blocker = outputs[String(folder)], let inside = outputs[file] else { continue }
                let problem = Diagnostic.RouteProblem.fileIsFolder(
                    path: String(folder), file: blocker.origin, folder: inside.origin)
                plan.diagnostics.append(
                    located(problem, origins: [inside.origin, blocker.origin], written[file] ?? written[blocker.file]))
                break
            }
        }
    }

    /// The sitemap lists every canonical HTML page of the plan: not redirects, not the 404 page.
    /// Every page but the 404 page and those whose front matter says `sitemap: false`.
    mutating func addSitemap() {
        let unlisted = Set(
            site.posts.filter { !$0.visibility.inSitemap }.map(\.path)
                + site.pages.filter { !$0.visibility.inSitemap }.map(\.path))
        let entries = plan.planned.filter { $0.kind == .page && $0.job != .notFound && !unlisted.contains($0.sitePath) }
            .map { SitemapEntry(sitePath: $0.sitePath, lastModified: $0.lastModified) }
            .sorted { $0.sitePath < $1.sitePath }
        add(Routes.sitemap, .sitemap(entries), origin: "the sitemap")
    }

}
