import Foundation

/// Turns loaded content into a `Site`: publication, order, routes, taxonomy, series and authors,
/// each resolved once. Pure: a function of the content, the config and the publication rule.
struct SiteAssembler {
    let config: SiteConfig
    let rule: PublicationRule
    let routes: Routes

    init(config: SiteConfig, rule: PublicationRule) {
        self.config = config
        self.rule = rule
        routes = Routes(permalinks: config.permalinks)
    }

    func assemble(_ content: LoadedContent) -> Site {
        var diagnostics: [Diagnostic] = []
        var skipped: [SkippedItem] = []
        var documents: [PostDocument] = []
        var nextPublication: Date?
        for post in content.posts {
            if !post.draft || rule.includeDrafts,
                let next = rule.nextChange(date: post.date.date, visibility: post.visibility)
            {
                nextPublication = min(nextPublication ?? next, next)
            }
            if let reason = rule.reasonToSkip(draft: post.draft, date: post.date.date, visibility: post.visibility) {
                skipped.append(SkippedItem(source: post.source, reason: reason))
            } else {
                documents.append(post)
            }
        }
        var pageDocuments: [PageDocument] = []
        for page in content.pages {
            if !page.draft || rule.includeDrafts, let next = rule.nextChange(date: nil, visibility: page.visibility) {
                nextPublication = min(nextPublication ?? next, next)
            }
            if let reason = rule.reasonToSkip(draft: page.draft, date: nil, visibility: page.visibility) {
                skipped.append(SkippedItem(source: page.source, reason: reason))
            } else {
                pageDocuments.append(page)
            }
        }
        // Only what is published needs a summary of its own; drafts may still be unfinished.
        for post in documents where post.description == nil && post.takeaways.isEmpty {
            diagnostics.append(Diagnostic(.site(.missingSummary), file: post.source, line: 1, column: 1))
        }
        documents.sort { lhs, rhs in
            if lhs.date.date != rhs.date.date { return lhs.date.date > rhs.date.date }
            return lhs.slug != rhs.slug ? lhs.slug < rhs.slug : lhs.source < rhs.source
        }
        var resolver = RouteResolver(routes: routes)
        let taxonomy = Taxonomy(posts: documents, topics: config.topics, strict: config.strictTopics, routes: routes)
        let seriesGroups = SeriesGrouping(posts: documents, routes: routes)
        let directory = AuthorDirectory(posts: documents, profiles: content.authors, routes: routes)
        var posts: [Post] = []
        for (index, document) in documents.enumerated() {
            posts.append(
                Post(
                    id: Post.ID(document.source), document: document, path: resolver.path(of: document),
                    tags: taxonomy.postTags[index], authors: directory.postAuthors[index],
                    series: seriesGroups.postSeries[index],
                    aliases: resolver.aliases(document.aliases, source: document.source)))
        }
        var pages: [Page] = []
        for document in pageDocuments {
            pages.append(
                Page(
                    id: Page.ID(document.source), document: document, path: resolver.path(of: document),
                    aliases: resolver.aliases(document.aliases, source: document.source)))
        }
        diagnostics += taxonomy.diagnostics + seriesGroups.diagnostics + directory.diagnostics + resolver.diagnostics
        diagnostics += Self.sharedPaths(posts)
        var site = Site(
            config: config, posts: posts, pages: pages.sorted { $0.path < $1.path }, tags: taxonomy.tags,
            series: seriesGroups.series, authors: directory.authors, staticFiles: content.staticFiles,
            skipped: skipped.sorted { $0.source < $1.source }, diagnostics: diagnostics)
        site.nextPublication = nextPublication
        return site
    }

    /// Two published posts at one path would write one page: an error naming both files.
    /// It is reported at the `url:` that put a post there, if one did.
    static func sharedPaths(_ posts: [Post]) -> [Diagnostic] {
        var byPath: [String: [Post]] = [:]
        for post in posts { byPath[post.path, default: []].append(post) }
        return byPath.keys.sorted().compactMap { path in
            guard let group = byPath[path], group.count > 1 else { return nil }
            let sources = group.map(\.source).sorted()
            if let placed = group.sorted(by: { $0.source < $1.source }).first(where: { $0.url != nil }),
                let url = placed.url
            {
                return Diagnostic(
                    .route(.postsSharePath(path: path, sources: sources)), file: placed.source, line: url.line,
                    column: url.column)
            }
            return Diagnostic(
                .route(.postsSharePath(path: path, sources: sources)), file: sources[0], line: 1, column: 1)
        }
    }
}
