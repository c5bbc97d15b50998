import SitegenText

/// Renders planned outputs to text: one view per template, filled from the site's resolved model
/// and the plan; redirects and `_redirects` without a template. Immutable and shared by every
/// rendering task; the views that list pages reuse (post summaries, tag links) are built once here.
struct PageRenderer: Sendable {
    private(set) var site: Site
    private(set) var termIndex: TermIndex
    let urls: URLBuilder
    let library: TemplateLibrary
    let siteView: SiteView
    private(set) var summaries: LayeredTable<Post.ID, PostSummaryView>
    let tagLinks: [Tag.ID: TagLinkView]
    /// Post HTML escaped for XML, for the posts that appear in any feed: escaped once, not per feed.
    private(set) var feedContent: LayeredTable<Post.ID, String>

    init(site: Site, plan: BuildPlan, termIndex: TermIndex, theme: Theme, urls: URLBuilder) {
        self.site = site
        self.termIndex = termIndex
        self.urls = urls
        library = theme.library
        siteView = SiteView(config: site.config, routes: site.routes, urls: urls)
        var tagLinks: [Tag.ID: TagLinkView] = [:]
        for tag in site.tags {
            tagLinks[tag.id] = TagLinkView(
                name: tag.name, slug: tag.slug, url: urls.path(tag.path), count: tag.posts.count,
                feedURL: urls.path(Routes.feed(of: tag.path)), description: tag.description)
        }
        self.tagLinks = tagLinks
        var feedContent: [Post.ID: String] = [:]
        for output in plan.outputs.values {
            guard case .feed(let feed) = output.job, feed.fullContent else { continue }
            for id in feed.posts where feedContent[id] == nil {
                feedContent[id] = MarkupEscaping.escape(site.post(id).html)
            }
        }
        self.feedContent = LayeredTable(feedContent)
        summaries = LayeredTable([:])
        var table: [Post.ID: PostSummaryView] = [:]
        for post in site.posts {
            table[post.id] = summary(of: post)
        }
        summaries = LayeredTable(table)
    }

    /// This renderer for `site`, which differs from its own only in the documents of `posts`
    /// (same routes, tags and authors): their summaries and feed content are made again.
    func revised(site: Site, termIndex: TermIndex, posts: [Post.ID]) -> PageRenderer {
        var renderer = self
        renderer.site = site
        renderer.termIndex = termIndex
        for id in posts {
            let post = site.post(id)
            renderer.summaries.revise(id, to: renderer.summary(of: post))
            if feedContent[id] != nil { renderer.feedContent.revise(id, to: MarkupEscaping.escape(post.html)) }
        }
        return renderer
    }

    private func summary(of post: Post) -> PostSummaryView {
        PostSummaryView(
            title: post.title, url: urls.path(post.path), date: post.date, summary: post.summary,
            summaryHTML: MarkupEscaping.escape(post.summary),
            tags: post.tags.compactMap { tagLinks[$0].map(PostTagView.init) },
            authors: post.authors.compactMap { id in
                site.author(id).map { AuthorView(name: $0.name, url: urls.path($0.path)) }
            },
            isDraft: post.draft, entry: PostEntry(library: library, site: siteView))
    }

    /// The rendered text of `output`, or nil when its template is missing (or it is a copied file).
    func render(_ output: PlannedOutput) -> String? {
        switch output.job {
        case .redirect(let target):
            return RedirectPage.html(to: urls.absolute(target), language: site.config.language)
        case .redirectRules(let rules):
            return rules.map { "\(urls.path($0.from)) \(urls.path($0.to)) 301\n" }.joined()
        case .copy(.text(let text)):
            return text
        case .copy(.file):
            return nil
        default:
            guard let template = output.job.template else { return nil }
            return library.render(view(for: output), withTemplate: template)
        }
    }

    /// The view a template renders for `output`.
    func view(for output: PlannedOutput) -> any TemplateObject {
        switch output.job {
        case .home(let pagination):
            let posts = site.posts[pagination.range].map { summary($0.id) }
            return page(
                output, heading: site.config.title, description: site.config.description,
                HomeView(posts: posts, pagination: paginationView(pagination, basePath: Routes.home)))
        case .post(let id):
            return postPage(output, post: site.post(id))
        case .page(let id):
            guard let item = site.page(id) else { return NotFoundView() }
            return page(
                output, heading: item.title, description: item.description ?? "",
                StandalonePageView(page: PageView(page: item, url: urls.path(item.path))))
        case .tagIndex:
            return page(
                output, heading: "Tags", description: "Every tag on \(site.config.title).",
                TagIndexView(
                    tags: site.tags.compactMap { tagLinks[$0.id] }, groups: tagGroups(),
                    isGrouped: site.config.topics.hasParents))
        case .tag(let id, let pagination):
            return tagPage(output, tag: site.tag(id), pagination: pagination)
        case .archive:
            return page(
                output, heading: "Archive", description: "Every post on \(site.config.title).",
                ArchiveView(years: archiveYears()))
        case .corrections:
            return page(
                output, heading: "Corrections", description: "Every correction made to posts on \(site.config.title).",
                CorrectionsView(corrections: correctionEntries()))
        case .notFound:
            return page(output, heading: "Page not found", description: "", NotFoundView())
        case .series(let id):
            return seriesPage(output, series: site.series(id))
        case .termIndex:
            return termIndexPage(output)
        case .term(let slug):
            return termPage(output, entry: termIndex.entry(slug: slug))
        case .authorIndex:
            return page(
                output, heading: "Authors", description: "Who writes for \(site.config.title).",
                AuthorIndexView(authors: site.authors.map { authorLink($0) }))
        case .author(let id):
            return authorPage(output, author: site.author(id))
        case .feed(let feed):
            return PageContext(site: siteView, meta: nil, content: feedView(feed))
        case .sitemap(let entries):
            let urls = entries.map {
                SitemapURLView(loc: self.urls.absolute($0.sitePath), lastmod: $0.lastModified?.day)
            }
            return PageContext(site: siteView, meta: nil, content: SitemapView(urls: urls))
        case .robots:
            return PageContext(
                site: siteView, meta: nil, content: RobotsView(sitemapURL: urls.absolute(Routes.sitemap)))
        case .redirect, .redirectRules, .copy:
            return NotFoundView()
        }
    }

    /// The summary of a post of this site (built for every post in `init`).
    func summary(_ id: Post.ID) -> PostSummaryView {
        summaries[id]!
    }

    func page<Content: Sendable>(
        _ output: PlannedOutput, heading: String, description: String, _ content: Content,
        feed: (url: String, title: String)? = nil
    ) -> PageContext<Content> {
        var meta = meta(output, heading: heading, description: description)
        if let feed {
            meta.feedURL = urls.absolute(feed.url)
            meta.feedTitle = feed.title
        }
        return PageContext(site: siteView, meta: meta, content: content)
    }

    func meta(_ output: PlannedOutput, heading: String, description: String) -> MetaView {
        let isHome = output.sitePath.isEmpty
        return MetaView(
            title: isHome ? site.config.title : "\(heading) \u{00B7} \(site.config.title)",
            heading: heading, description: description, canonicalURL: urls.absolute(output.sitePath),
            ogType: "website", feedURL: urls.absolute(Routes.feed), feedTitle: site.config.title)
    }

    func paginationView(_ pagination: Pagination, basePath: String) -> PaginationView {
        let previous = pagination.current > 1 ? pagination.current - 1 : nil
        let next = pagination.current < pagination.total ? pagination.current + 1 : nil
        return PaginationView(
            pagination: pagination,
            previousURL: previous.map { urls.path(Routes.page($0, of: basePath)) },
            nextURL: next.map { urls.path(Routes.page($0, of: basePath)) })
    }
}
