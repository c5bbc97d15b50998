import Foundation
import Testing

@testable import SitegenCore

@Suite struct ContentLoaderTests {
    func load(_ files: [String: String], config: SiteConfig = SiteConfig()) async throws -> LoadedContent {
        let site = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(site) }
        for (path, text) in files { try TestSupport.write(text, to: path, in: site) }
        return await ContentLoader(siteRoot: site, config: config).load()
    }

    @Test func classifiesPostsPagesAndStaticFiles() async throws {
        let content = try await load([
            "content/posts/2024/2024-06-19-pact.md": "---\ntitle: Pact\ndescription: A pact.\n---\nBody.\n",
            "content/guides/Start Here.md": "---\ntitle: Start\n---\nGuide.\n",
            "content/about.md": "---\ntitle: About\n---\nUs.\n",
            "content/images/map.png": "png",
            "content/_topics.yaml": "ignored: true\n",
            "content/.DS_Store": "ignored",
        ])
        #expect(content.diagnostics == [])
        #expect(content.posts.map(\.slug) == ["pact"])
        #expect(content.posts.first?.source == "content/posts/2024/2024-06-19-pact.md")
        #expect(content.pages.map { Routes().page($0) }.sorted() == ["about/", "guides/start-here/"])
        #expect(content.posts.first?.section == "2024")
        #expect(content.posts.first?.fileName == "pact")
        #expect(content.staticFiles.map(\.outputPath) == ["images/map.png"])
    }

    @Test func summaryFallsBackToTheFirstParagraphWhenDescriptionIsEmpty() async throws {
        let content = try await load([
            "content/posts/a.md":
                "---\ntitle: A\ndate: 2024-01-02\ndescription: \"\"\n---\n\n## Intro\n\nFirst *para*\ngraph.\n"
        ])
        let post = try #require(content.posts.first)
        #expect(post.description == nil)
        #expect(post.summary == "First para graph.")
    }

    @Test func proseIsCollectedOnlyForATermIndex() async throws {
        let post =
            "---\ntitle: A\ndate: 2024-01-02\n---\n\n## Intro\n\nFirst *para*\ngraph.\n\n| a |\n| - |\n| cell |\n"
        var config = SiteConfig()
        let plain = try #require(try await load(["content/posts/a.md": post], config: config).posts.first)
        #expect(plain.textBlocks.isEmpty, "no term index: no prose")
        config.indexTerms = ["graph"]
        let indexed = try #require(try await load(["content/posts/a.md": post], config: config).posts.first)
        #expect(indexed.textBlocks.map(\.text) == ["Intro", "First para graph.", "a", "cell"])
        #expect(indexed.html == plain.html && indexed.summary == plain.summary && indexed.wordCount == plain.wordCount)
        config.indexTerms = []
        config.indexFromTags = true
        let fromTags = try #require(try await load(["content/posts/a.md": post], config: config).posts.first)
        #expect(fromTags.textBlocks == indexed.textBlocks)
    }

    @Test func headingLinesAreLinesOfTheFile() async throws {
        let content = try await load([
            "content/posts/a.md": "---\ntitle: A\ndate: 2024-01-02\n---\n\nIntro.\n\n## First\n\nText.\n\n### Second\n"
        ])
        let post = try #require(content.posts.first)
        #expect(post.headings.map(\.line) == [8, 12])
        #expect(post.tableOfContents.map(\.heading.id) == ["first"])
    }

    @Test func everyBrokenFileIsReportedInOneRun() async throws {
        let content = try await load([
            "content/posts/no-title.md": "---\ndate: 2024-01-02\n---\nText.\n",
            "content/posts/no-date.md": "---\ntitle: Undated\n---\nText.\n",
            "content/posts/bad-slug.md": "---\ntitle: S\ndate: 2024-01-02\nslug: Not A Slug\n---\n",
            "content/page.md": "No front matter at all.\n",
        ])
        #expect(
            content.diagnostics.map(\.description).sorted() == [
                "content/page.md:1:1: error: 'title' is required",
                "content/posts/bad-slug.md:4:7: error: 'slug' may hold only lower-case letters, digits and '-', found \"Not A Slug\"; try 'not-a-slug'",
                "content/posts/no-date.md:1:1: error: 'date' is required (or a file name that starts with one, like 2024-06-19-name.md)",
                "content/posts/no-title.md:1:1: error: 'title' is required",
            ])
        #expect(content.posts.isEmpty)
    }
}

@Suite struct ContentSafetyAndCacheTests {
    @Test func symbolicLinksLeadingOutsideContentAreNotPublished() async throws {
        let root = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(root) }
        let site = root.appendingPathComponent("site")
        try TestSupport.write("secret", to: "secret.txt", in: root)
        try TestSupport.write("inside", to: "site/content/files/inside.txt", in: root)
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("content/leak.txt").path,
            withDestinationPath: root.appendingPathComponent("secret.txt").path)
        try FileManager.default.createSymbolicLink(
            atPath: site.appendingPathComponent("content/alias.txt").path,
            withDestinationPath: site.appendingPathComponent("content/files/inside.txt").path)
        let content = await ContentLoader(siteRoot: site, config: SiteConfig()).load()
        #expect(content.staticFiles.map(\.outputPath) == ["alias.txt", "files/inside.txt"])
        #expect(
            content.diagnostics.map(\.description) == [
                "content/leak.txt: warning: symbolic link leads outside content/; sitegen does not read or publish it"
            ])
    }

    @Test func cacheReparsesOnlyChangedFilesAndResetsOnConfigChange() async throws {
        let site = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(site) }
        try TestSupport.write("---\ntitle: A\ndate: 2024-01-01\n---\nOne.\n", to: "content/posts/a.md", in: site)
        try TestSupport.write("---\ntitle: B\ndate: 2024-01-02\n---\nTwo.\n", to: "content/posts/b.md", in: site)
        let cache = ContentCache()
        let first = await ContentLoader(siteRoot: site, config: SiteConfig(), cache: cache).load()
        #expect(first.posts.map(\.title) == ["A", "B"])
        #expect(cache.count == 2)
        try TestSupport.write(
            "---\ntitle: B2\ndate: 2024-01-02\n---\nTwo, edited.\n", to: "content/posts/b.md", in: site)
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/posts/a.md"))
        let second = await ContentLoader(siteRoot: site, config: SiteConfig(), cache: cache).load()
        #expect(second.posts.map(\.title) == ["B2"])
        #expect(cache.count == 1)
        var config = SiteConfig()
        config.timeZone = TimeZone(identifier: "Asia/Tokyo")!
        let third = await ContentLoader(siteRoot: site, config: config, cache: cache).load()
        #expect(third.posts.first?.date.iso == "2024-01-02T00:00:00+09:00")
    }
}
