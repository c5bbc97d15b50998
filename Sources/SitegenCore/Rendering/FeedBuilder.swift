import Mustache
import SitegenMarkdown
import SitegenText

/// The view models of the Atom feeds and the sitemap.
struct FeedBuilder {
    let renderer: PageRenderer

    /// The posts, title and paths of a feed: newest posts first, absolute URLs, RFC 3339 dates.
    static func scope(_ scope: FeedScope, site: Site) -> (indices: [Int], title: String, pagePath: String) {
        let indices: [Int]
        let title: String
        let pagePath: String
        switch scope {
        case .site:
            (indices, title, pagePath) = (Array(site.posts.indices), site.config.title, "")
        case .tag(let index):
            let tag = site.tags[index]
            (indices, title, pagePath) = (tag.postIndices, "\(site.config.title): \(tag.name)", tag.path)
        case .series(let index):
            let series = site.series[index]
            (indices, title, pagePath) = (
                series.postIndices.sorted(), "\(site.config.title): \(series.name)", series.path
            )
        case .author(let index):
            let author = site.authors[index]
            (indices, title, pagePath) = (author.postIndices, "\(site.config.title): \(author.name)", author.path)
        }
        return (Array(indices.prefix(BuildPlanner.feedEntryLimit)), title, pagePath)
    }

    func context(_ scope: FeedScope) -> PageContextView {
        let site = renderer.site
        let urls = renderer.urls
        let (indices, title, pagePath) = Self.scope(scope, site: site)
        let feedPath = pagePath + "feed.xml"
        let entries = indices.map { entry(site.posts[$0], index: $0) }
        let updated = indices.map { site.posts[$0].lastModified }.max()
        let feed: [String: Any] = [
            "title": title,
            "id": urls.absolute(feedPath),
            "selfURL": urls.absolute(feedPath),
            "alternateURL": urls.absolute(pagePath),
            "updated": updated?.iso ?? "1970-01-01T00:00:00Z",
        ]
        return PageContextView(site: renderer.siteView, values: ["feed": feed, "entries": entries])
    }

    private func entry(_ post: Post, index: Int) -> [String: Any] {
        let summary = renderer.summaries[index]
        let url = renderer.urls.absolute(post.path)
        return [
            "title": post.title,
            "url": url,
            "id": url,
            "published": post.date.iso,
            "updated": post.lastModified.iso,
            "summary": post.summary,
            "takeaways": post.takeaways.map { ["html": $0.html, "text": $0.text] },
            "hasTakeaways": !post.takeaways.isEmpty,
            "content": post.html,
            "contentXML": renderer.feedContent[index] ?? MarkupEscaping.escape(post.html),
            "authors": summary.authors,
            "tags": summary.tags,
        ]
    }
}

/// Every canonical page of the site, with the date it last changed where one is known.
struct SitemapBuilder {
    let renderer: PageRenderer

    func context() -> PageContextView {
        let site = renderer.site
        let urls = renderer.urls
        var entries: [[String: Any]] = []
        func add(_ path: String, _ lastmod: FormattedDate?) {
            var entry: [String: Any] = ["loc": urls.absolute(path)]
            if let lastmod { entry["lastmod"] = lastmod.day }
            entries.append(entry)
        }
        let newest = site.posts.map(\.lastModified).max()
        add("", newest)
        for post in site.posts { add(post.path, post.lastModified) }
        for page in site.pages { add(page.path, nil) }
        add("archive/", newest)
        for series in site.series { add(series.path, series.postIndices.map { site.posts[$0].lastModified }.max()) }
        for author in site.authors { add(author.path, author.postIndices.map { site.posts[$0].lastModified }.max()) }
        add("tags/", newest)
        for tag in site.tags {
            add(tag.path, tag.postIndices.map { site.posts[$0].lastModified }.max())
        }
        return PageContextView(site: renderer.siteView, values: ["urls": entries])
    }
}
