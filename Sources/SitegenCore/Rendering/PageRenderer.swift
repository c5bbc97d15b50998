import Mustache
import SitegenMarkdown
import SitegenText

/// Renders planned outputs to text. Immutable and shared by every rendering task; the views that
/// list pages reuse (post summaries, tag links) are built once here.
struct PageRenderer: Sendable {
    let site: Site
    let urls: URLBuilder
    let library: MustacheLibrary
    let siteView: SiteView
    let summaries: [PostSummaryView]
    let tagLinks: [TagLinkView]
    /// Post HTML escaped for XML, for the posts that appear in any feed: escaped once, not per feed.
    let feedContent: [Int: String]

    init(site: Site, theme: Theme, urls: URLBuilder) {
        self.site = site
        self.urls = urls
        library = theme.library
        siteView = SiteView(config: site.config, urls: urls)
        var tagLinks: [TagLinkView] = []
        var tagBySlug: [String: Int] = [:]
        for (index, tag) in site.tags.enumerated() {
            tagBySlug[tag.slug] = index
            tagLinks.append(
                TagLinkView(
                    name: tag.name, slug: tag.slug, url: urls.path(tag.path), count: tag.postIndices.count,
                    feedURL: urls.path(tag.path + "feed.xml"), description: tag.description))
        }
        self.tagLinks = tagLinks
        var scopes: [FeedScope] = [.site]
        scopes += site.tags.indices.map(FeedScope.tag) + site.series.indices.map(FeedScope.series)
        scopes += site.authors.indices.map(FeedScope.author)
        var feedPosts: Set<Int> = []
        for scope in scopes { feedPosts.formUnion(FeedBuilder.scope(scope, site: site).indices) }
        var feedContent: [Int: String] = [:]
        for index in feedPosts { feedContent[index] = MarkupEscaping.escape(site.posts[index].html) }
        self.feedContent = feedContent
        summaries = site.posts.map { post in
            var seen: Set<Int> = []
            let tags = post.tags.compactMap { mention -> TagLinkView? in
                guard let index = tagBySlug[site.config.topics.canonicalSlug(for: mention.name)],
                    seen.insert(index).inserted
                else { return nil }
                return tagLinks[index]
            }
            return PostSummaryView(
                title: post.title, url: urls.path(post.path), date: post.date, summary: post.summary,
                summaryHTML: MarkupEscaping.escape(post.summary), tags: tags,
                authors: post.authors.map { AuthorView(name: $0, url: urls.path("authors/\(Slug.make($0))/")) },
                isDraft: post.draft)
        }
    }

    /// The rendered text of `output`, or nil when its template is missing.
    func render(_ output: PlannedOutput) -> String? {
        library.render(context(for: output), withTemplate: output.job.template)
    }

    func context(for output: PlannedOutput) -> Any {
        switch output.job {
        case .home(let pagination):
            return page(
                output, meta: meta(output, heading: site.config.title, description: site.config.description),
                values: [
                    "posts": Array(summaries[pagination.range]),
                    "pagination": paginationView(pagination, basePath: ""),
                ])
        case .post(let index):
            return postContext(output, index: index)
        case .page(let index):
            let item = site.pages[index]
            return page(
                output, meta: meta(output, heading: item.title, description: item.description ?? ""),
                values: ["page": PageView(page: item, url: urls.path(item.path))])
        case .tagIndex:
            return page(
                output, meta: meta(output, heading: "Tags", description: "Every tag on \(site.config.title)."),
                values: [
                    "tags": tagLinks, "hasTags": !tagLinks.isEmpty, "groups": tagGroups(),
                    "isGrouped": site.config.topics.hasParents,
                ])
        case .tag(let index, let pagination):
            return tagContext(output, index: index, pagination: pagination)
        case .archive:
            return page(
                output, meta: meta(output, heading: "Archive", description: "Every post on \(site.config.title)."),
                values: ["years": archiveYears(), "hasPosts": !site.posts.isEmpty])
        case .corrections:
            let corrections = correctionEntries()
            return page(
                output,
                meta: meta(
                    output, heading: "Corrections",
                    description: "Every correction made to posts on \(site.config.title)."),
                values: ["corrections": corrections, "hasCorrections": !corrections.isEmpty])
        case .notFound:
            return page(output, meta: meta(output, heading: "Page not found", description: ""), values: [:])
        case .feed(let scope):
            return FeedBuilder(renderer: self).context(scope)
        case .series(let index):
            return seriesContext(output, index: index)
        case .termIndex:
            return termIndexContext(output)
        case .term(let index):
            return termContext(output, index: index)
        case .authorIndex:
            let authors = site.authors.indices.map(authorLink)
            return page(
                output, meta: meta(output, heading: "Authors", description: "Who writes for \(site.config.title)."),
                values: ["authors": authors, "hasAuthors": !authors.isEmpty])
        case .author(let index):
            return authorContext(output, index: index)
        case .sitemap:
            return SitemapBuilder(renderer: self).context()
        case .robots:
            return PageContextView(site: siteView, values: ["sitemapURL": urls.absolute("sitemap.xml")])
        }
    }

    /// Posts grouped by year, then month, newest first.
    private func archiveYears() -> [[String: Any]] {
        var years: [[String: Any]] = []
        var index = 0
        let posts = site.posts
        while index < posts.count {
            let year = String(posts[index].date.day.prefix(4))
            var months: [[String: Any]] = []
            var count = 0
            while index < posts.count, posts[index].date.day.hasPrefix(year) {
                let month = String(posts[index].date.day.prefix(7))
                var items: [PostSummaryView] = []
                let name = posts[index].date.monthName
                while index < posts.count, posts[index].date.day.hasPrefix(month) {
                    items.append(summaries[index])
                    index += 1
                }
                count += items.count
                months.append(["name": name, "number": String(month.suffix(2)), "posts": items, "count": items.count])
            }
            years.append(["year": year, "months": months, "count": count])
        }
        return years
    }

    /// Every correction of every post, newest first, each with its post.
    private func correctionEntries() -> [[String: Any]] {
        var entries: [(FormattedDate, [String: Any])] = []
        for (index, post) in site.posts.enumerated() {
            for correction in post.corrections {
                entries.append(
                    (
                        correction.date,
                        [
                            "date": correction.date, "html": correction.html, "text": correction.text,
                            "post": PostLinkView(title: post.title, url: summaries[index].url),
                        ]
                    ))
            }
        }
        return entries.sorted { $0.0 > $1.0 }.map(\.1)
    }

    private func postContext(_ output: PlannedOutput, index: Int) -> Any {
        let post = site.posts[index]
        var values: [String: Any] = [
            "post": PostView(
                summary: summaries[index], post: post, absoluteURL: urls.absolute(post.path),
                citation: CitationView(
                    post: post, url: urls.absolute(post.path), siteTitle: site.config.title,
                    language: site.config.language))
        ]
        if let series = seriesIndex(of: index) { values["series"] = seriesView(series, current: index) }
        // Posts are newest first: the older post follows, the newer one precedes.
        if index + 1 < site.posts.count {
            values["previous"] = PostLinkView(title: site.posts[index + 1].title, url: summaries[index + 1].url)
        }
        if index > 0 {
            values["next"] = PostLinkView(title: site.posts[index - 1].title, url: summaries[index - 1].url)
        }
        var meta = meta(output, heading: post.title, description: post.summary)
        meta.ogType = "article"
        return page(output, meta: meta, values: values)
    }

    private func tagContext(_ output: PlannedOutput, index: Int, pagination: Pagination) -> Any {
        let tag = site.tags[index]
        let posts = tag.postIndices[pagination.range].map { summaries[$0] }
        let children = childTags(of: tag)
        var meta = meta(
            output, heading: "Posts tagged \u{201C}\(tag.name)\u{201D}",
            description: "Analysis tagged \(tag.name) on \(site.config.title).")
        meta.feedURL = urls.absolute(tag.path + "feed.xml")
        meta.feedTitle = "\(site.config.title): \(tag.name)"
        var values: [String: Any] = [
            "tag": tagLinks[index], "posts": posts, "children": children, "hasChildren": !children.isEmpty,
            "pagination": paginationView(pagination, basePath: tag.path),
        ]
        // Only present when there is one: an optional wrapped in `Any` would open the section.
        if let parent = parentLink(of: tag) { values["parent"] = parent }
        return page(output, meta: meta, values: values)
    }

    func page(_ output: PlannedOutput, meta: MetaView, values: [String: Any]) -> PageContextView {
        PageContextView(site: siteView, meta: meta, values: values)
    }

    func meta(_ output: PlannedOutput, heading: String, description: String) -> MetaView {
        let isHome = output.sitePath.isEmpty
        return MetaView(
            title: isHome ? site.config.title : "\(heading) \u{00B7} \(site.config.title)",
            heading: heading, description: description, canonicalURL: urls.absolute(output.sitePath),
            ogType: "website", feedURL: urls.absolute("feed.xml"), feedTitle: site.config.title)
    }

    private func paginationView(_ pagination: Pagination, basePath: String) -> PaginationView {
        let previous = pagination.current > 1 ? pagination.current - 1 : nil
        let next = pagination.current < pagination.total ? pagination.current + 1 : nil
        return PaginationView(
            pagination: pagination,
            previousURL: previous.map { urls.path(Pagination.path(basePath: basePath, page: $0)) },
            nextURL: next.map { urls.path(Pagination.path(basePath: basePath, page: $0)) })
    }
}
