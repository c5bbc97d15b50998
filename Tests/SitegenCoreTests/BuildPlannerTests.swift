import Foundation
import Testing

@testable import SitegenCore

@Suite struct BuildPlannerTests {
    func site(pages: [String] = [], staticFiles: [String] = [], postCount: Int = 0, paginate: Int = 10) -> Site {
        var config = SiteConfig()
        config.paginate = paginate
        var content = LoadedContent()
        let dates = DateFormatting(config: config)
        for index in 0..<postCount {
            content.posts.append(
                TestSupport.document(
                    source: "content/posts/p\(index).md", slug: "p\(index)", title: "P\(index)",
                    date: dates.format(Date(timeIntervalSince1970: Double(index) * 86_400)),
                    tags: [NameMention(name: "alliance")]))
        }
        for path in pages {
            content.pages.append(TestSupport.pageDocument(path.isEmpty ? "index" : String(path.dropLast())))
        }
        content.staticFiles = staticFiles.map { StaticFile(sourcePath: "/src/\($0)", outputPath: $0) }
        return Site(config: config, content: content, rule: PublicationRule(now: Date(timeIntervalSince1970: 1e9)))
    }

    var theme: Theme { ThemeLoader().loadEmbedded().0! }

    @Test func plansEveryOutputOfASite() {
        let plan = BuildPlanner().plan(site: site(pages: ["about/"], postCount: 12, paginate: 5), theme: theme)
        #expect(plan.diagnostics == [])
        #expect(
            plan.files == [
                "404.html", "about/index.html", "archive/index.html", "assets/style.css", "authors/index.html",
                "corrections/index.html",
                "feed.xml", "index.html", "page/2/index.html",
                "page/3/index.html",
            ] + (0..<12).map { "posts/p\($0)/index.html" }.sorted() + [
                "robots.txt", "sitemap.xml", "tags/alliance/feed.xml", "tags/alliance/index.html",
                "tags/alliance/page/2/index.html", "tags/alliance/page/3/index.html", "tags/index.html",
            ])
        #expect(plan.htmlPageCount == 3 + 12 + 1 + 1 + 3 + 1 + 3)
    }

    @Test func pageAtTheTagIndexPathCollides() {
        let plan = BuildPlanner().plan(site: site(pages: ["tags/", ""]), theme: theme)
        let note = "\n    note: rename one of them or set a different 'slug' or 'url'"
        #expect(
            plan.diagnostics.map(\.description) == [
                "content/index.md: error: two outputs would be written to 'index.html': the home page and content/index.md"
                    + note,
                "content/tags.md: error: two outputs would be written to 'tags/index.html': content/tags.md and the tag index"
                    + note,
            ])
    }

    @Test func staticFileCollidingWithTheFeedIsAnError() {
        let plan = BuildPlanner().plan(site: site(staticFiles: ["feed.xml", "images/map.png"]), theme: theme)
        #expect(plan.diagnostics.count == 1)
        #expect(plan.diagnostics.first?.file == "content/feed.xml")
        #expect(
            plan.diagnostics.first?.message
                == "two outputs would be written to 'feed.xml': the site feed and content/feed.xml")
        #expect(plan.files.contains("images/map.png"))
    }
}
