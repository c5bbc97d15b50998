import Foundation
import Testing

@testable import SitegenCore

/// Whole sites with permalinks, `url:` overrides and aliases: what they plan, write and refuse.
@Suite struct PermalinkSiteTests {
    static let jekyll = TestSupport.fixtures.appendingPathComponent("jekyll")

    func prepare(_ files: [String: String]) async throws -> PreparedSite {
        let root = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(root) }
        for (path, text) in files { try TestSupport.write(text, to: path, in: root) }
        var options = BuildOptions(siteRoot: root)
        options.now = TestSupport.now
        return try await SiteBuilder(options: options).prepare()
    }

    func errors(_ files: [String: String]) async -> [String] {
        do {
            _ = try await prepare(files)
            return []
        } catch let failure as BuildFailure {
            return failure.errors.map(\.description)
        } catch {
            return ["\(error)"]
        }
    }

    /// A post; `extra` front matter starts on line 4.
    static func post(_ title: String, _ extra: String = "", date: String? = "2024-01-01") -> String {
        let dated = extra.contains("date:") ? "" : date.map { "date: \($0)\n" } ?? ""
        return "---\ntitle: \(title)\ndescription: D.\n\(extra)\(dated)---\n\nBody of \(title).\n"
    }

    @Test func jekyllStyleSiteListsExactlyTheExpectedURLs() async throws {
        var options = BuildOptions(siteRoot: Self.jekyll.appendingPathComponent("site"))
        options.now = TestSupport.now
        let prepared = try await SiteBuilder(options: options).prepare()
        // Its warnings (raw HTML, Liquid, a typo) are checked by MigratedSiteTests.
        #expect(prepared.diagnostics.filter { $0.severity == .error } == [])
        let expected = TestSupport.read("expected-list.txt", in: Self.jekyll).split(separator: "\n").map(String.init)
        #expect(PlanListing(prepared).lines == expected)
    }

    @Test func postsOfDifferentDaysWithOneFileNameDoNotCollideWithADatedPattern() async throws {
        let posts = [
            "content/posts/2016-05-09-survey.md": Self.post("One", date: nil),
            "content/posts/2017-05-03-survey.md": Self.post("Two", date: nil),
            "content/posts/2018-08-08-survey.md": Self.post("Three", date: nil),
        ]
        let dated = try await prepare(
            posts.merging(["sitegen.yaml": "permalinks:\n  posts: /:year/:month/:day/:slug/\n"]) { $1 })
        #expect(
            dated.site.posts.map(\.path).sorted() == ["2016/05/09/survey/", "2017/05/03/survey/", "2018/08/08/survey/"])
        let undated = await errors(posts)
        #expect(undated.count == 1)
        #expect(undated.first?.contains("3 posts would be published at /posts/survey/") == true)
    }

    @Test func aURLThatPutsTwoPostsAtOnePathIsReportedWhereItIsWritten() async {
        let found = await errors([
            "content/posts/a.md": Self.post("A"),
            "content/posts/b.md": Self.post("B", "url: /posts/a/\n"),
        ])
        #expect(
            found.first?.hasPrefix("content/posts/b.md:4:6: error: 2 posts would be published at /posts/a/") == true)
    }

    @Test func urlAndPermalinkSetThePathOutright() async throws {
        let prepared = try await prepare([
            "content/posts/a.md": Self.post("A", "url: /2015/old-a/\n"),
            "content/posts/b.md": Self.post("B", "permalink: legacy/b.html\n"),
            "content/posts/c.md": Self.post("C", "date: 2021-03-04\npermalink: /:year/:month/c-post/\n"),
            "content/posts/d.md": Self.post("D", "date: 2021-03-04\n"),
            "content/team.md": "---\ntitle: Team\nurl: /people/\n---\nUs.\n",
        ])
        let paths = Dictionary(uniqueKeysWithValues: prepared.site.posts.map { ($0.source, $0.path) })
        #expect(paths["content/posts/a.md"] == "2015/old-a/")
        #expect(paths["content/posts/b.md"] == "legacy/b.html")
        #expect(paths["content/posts/c.md"] == "2021/03/c-post/")
        #expect(paths["content/posts/d.md"] == "posts/d/")
        #expect(prepared.site.pages.map(\.path) == ["people/"])
        #expect(prepared.output(at: "legacy/b.html")?.job == .post(Post.ID("content/posts/b.md")))
        #expect(prepared.output(at: "people/index.html") != nil)
        // Every link to the post points at its file.
        let home = try #require(prepared.output(at: "index.html").flatMap(prepared.render))
        #expect(home.contains("href=\"/legacy/b.html\""))
        #expect(home.contains("href=\"/2015/old-a/\""))
    }

    @Test func aliasesBecomeRedirectPagesAndRedirectRules() async throws {
        let prepared = try await prepare([
            "sitegen.yaml": "baseURL: https://example.org/analysis/\n",
            "content/posts/pact.md": Self.post(
                "Pact", "aliases: [/2016/05/09/pact.html, old-pact]\nredirect_from: /pact-2016/\n"),
            "content/about.md": "---\ntitle: About\nredirect_from: [/about-us/, /team.html]\n---\nUs.\n",
        ])
        let redirects = prepared.plan.listed.filter { $0.kind == .redirect }
        #expect(
            redirects.map(\.file) == [
                "2016/05/09/pact.html", "about-us/index.html", "pact-2016/index.html", "posts/old-pact/index.html",
                "team.html",
            ])
        let page = try #require(prepared.output(at: "2016/05/09/pact.html").flatMap(prepared.render))
        let target = "https://example.org/analysis/posts/pact/"
        #expect(page.contains("<meta http-equiv=\"refresh\" content=\"0; url=\(target)\">"))
        #expect(page.contains("<link rel=\"canonical\" href=\"\(target)\">"))
        #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
        #expect(page.contains("<a href=\"\(target)\">\(target)</a>"))
        let rules = try #require(prepared.output(at: "_redirects").flatMap(prepared.render))
        #expect(
            rules == """
                /analysis/2016/05/09/pact.html /analysis/posts/pact/ 301
                /analysis/about-us/ /analysis/about/ 301
                /analysis/pact-2016/ /analysis/posts/pact/ 301
                /analysis/posts/old-pact/ /analysis/posts/pact/ 301
                /analysis/team.html /analysis/about/ 301

                """)
        let sitemap = try #require(prepared.output(at: "sitemap.xml").flatMap(prepared.render))
        #expect(!sitemap.contains("old-pact") && !sitemap.contains("team.html"), "redirects are not canonical pages")
    }

    @Test func noAliasesNoRedirectRules() async throws {
        let prepared = try await prepare(["content/posts/a.md": Self.post("A")])
        #expect(prepared.output(at: "_redirects") == nil)
    }

    @Test func anAliasAtARealOutputIsAnErrorNamingBoth() async {
        let found = await errors([
            "content/posts/a.md": Self.post("A"),
            "content/posts/b.md": Self.post("B", "aliases:\n  - /posts/a/\n"),
        ])
        #expect(
            found == [
                "content/posts/b.md:5:5: error: alias '/posts/a/' is the path of content/posts/a.md; an alias may only name an old path that nothing else uses"
            ])
        let generated = await errors(["content/posts/b.md": Self.post("B", "aliases: [/tags/]\n")])
        #expect(generated.first?.contains("alias '/tags/' is the path of the tag index") == true)
    }

    @Test func twoAliasesAtOnePathAreAnErrorNamingBoth() async {
        let found = await errors([
            "content/posts/a.md": Self.post("A", "aliases: [/old/]\n"),
            "content/posts/b.md": Self.post("B", "redirect_from: /old\n"),
        ])
        #expect(found == ["content/posts/b.md:4:16: error: alias '/old/' is also an alias of content/posts/a.md"])
    }

    @Test func aURLAtAGeneratedPageIsAnErrorNamingIt() async {
        let found = await errors(["content/posts/a.md": Self.post("A", "url: /archive/\n")])
        #expect(
            found == [
                "content/posts/a.md:4:6: error: two outputs would be written to 'archive/index.html': content/posts/a.md and the archive\n    note: rename one of them or set a different 'slug' or 'url'"
            ])
    }

    @Test func unsafeURLsAndAliasesAreErrorsWhereWritten() async {
        let found = await errors([
            "content/posts/a.md": Self.post("A", "url: /a/../../etc/\n"),
            "content/posts/b.md": Self.post("B", "aliases:\n  - /b?page=1\n  - https://other.example/b/\n"),
            "content/posts/c.md": Self.post("C", "permalink: /:year/:nope/\n"),
        ])
        #expect(
            found == [
                "content/posts/a.md:4:6: error: 'url' must not contain '.' or '..' as a folder, found \"/a/../../etc/\"",
                "content/posts/b.md:5:5: error: 'aliases' must not contain a query ('?') or fragment ('#'), found \"/b?page=1\"",
                "content/posts/b.md:6:5: error: 'aliases' must be a path on this site, not a full URL, found \"https://other.example/b/\"",
                "content/posts/c.md:4:12: error: 'permalink' has the unknown token ':nope'; use :year, :month, :day, :slug, :title, :filename, :section, found \"/:year/:nope/\"",
            ])
    }

    @Test func aFileNameThatIsADotFolderCannotLeaveTheOutput() async {
        let found = await errors([
            "sitegen.yaml": "permalinks:\n  posts: /:year/:filename/\n",
            "content/posts/2024-01-01-...md": Self.post("Dots", "slug: dots\n", date: nil),
        ])
        #expect(
            found == [
                "content/posts/2024-01-01-...md:1:1: error: 'permalinks.posts' must not contain '.' or '..' as a folder, found \"/2024/../\""
            ])
    }

    @Test func anOutputWhereAnotherNeedsAFolderIsAnErrorNamingBoth() async {
        let alias = await errors(["content/posts/a.md": Self.post("A", "aliases: [/feed.xml]\n")])
        #expect(
            alias == [
                "content/posts/a.md:4:11: error: 'feed.xml' would be both a file (the site feed) and a folder (content/posts/a.md)\n    note: rename one of them or set a different 'slug' or 'url'"
            ])
        let below = await errors([
            "content/files/brief.txt": "text",
            "content/posts/b.md": Self.post("B", "url: /files/brief.txt/b/\n"),
        ])
        #expect(below.first?.hasPrefix("content/posts/b.md:4:6: error: 'files/brief.txt' would be both a file") == true)
    }

    @Test func anAliasThatRedirectRulesReadAsAPatternKeepsOnlyItsPage() async throws {
        let prepared = try await prepare([
            "content/posts/a.md": Self.post("A", "redirect_from: [/faq*/, /old/]\n")
        ])
        #expect(
            prepared.diagnostics.map(\.description) == [
                "content/posts/a.md:4:17: warning: alias '/faq*/' has '*' or ':', which _redirects reads as a pattern; it gets a redirect page but no _redirects line"
            ])
        #expect(prepared.output(at: "faq*/index.html")?.kind == .redirect)
        #expect(prepared.output(at: "_redirects").flatMap(prepared.render) == "/old/ /posts/a/ 301\n")
    }

    @Test func messagesNameTheKeyAsWritten() async {
        let found = await errors(["content/posts/a.md": Self.post("A", "redirect_from: /a?b\n")])
        #expect(found.first?.contains("error: 'redirect_from' must not contain a query") == true, "\(found)")
    }

    @Test func fileNameTokenKeepsTheNameAndSlugCleansIt() async throws {
        let prepared = try await prepare([
            "sitegen.yaml": "permalinks:\n  posts: /:year/:filename.html\n",
            "content/posts/2015-05-15-Rust-1.0.md": Self.post("Rust", date: nil),
            "content/posts/2016-01-02-Notes on Zürich.md": Self.post("Notes", date: nil),
        ])
        let rust = try #require(prepared.site.posts.first { $0.title == "Rust" })
        #expect(rust.slug == "rust-1-0")
        #expect(rust.path == "2015/Rust-1.0.html")
        #expect(prepared.link(to: rust.path) == "/2015/Rust-1.0.html")
        let notes = try #require(prepared.site.posts.first { $0.title == "Notes" })
        #expect(notes.slug == "notes-on-zürich")
        #expect(prepared.output(at: "2016/Notes on Zürich.html") != nil, "written as named")
        #expect(prepared.link(to: notes.path) == "/2016/Notes%20on%20Z%C3%BCrich.html")
        let home = try #require(prepared.output(at: "index.html").flatMap(prepared.render))
        #expect(home.contains("href=\"/2016/Notes%20on%20Z%C3%BCrich.html\""))
    }

    @Test func twoPlansOfOneSiteCompareOutputByOutput() async throws {
        let before = try await prepare([
            "content/posts/a.md": Self.post("A", "tags: [alliance]\n"),
            "content/posts/b.md": Self.post("B", date: "2024-02-01"),
        ])
        let after = try await prepare([
            "content/posts/a.md": Self.post("A", "tags: [alliance]\naliases: [/old-a/]\n"),
            "content/posts/c.md": Self.post("C", date: "2024-02-01"),
        ])
        let difference = after.plan.difference(from: before.plan)
        #expect(difference.added == ["_redirects", "old-a/index.html", "posts/c/index.html"])
        #expect(difference.removed == ["posts/b/index.html"])
        #expect(difference.changed.contains("sitemap.xml"))
        #expect(difference.changed.contains("feed.xml"), "the feed's members changed")
        #expect(!difference.changed.contains("posts/a/index.html"), "same post, same job")
        #expect(after.plan.difference(from: after.plan).isEmpty)
    }

    @Test func jsonLDAndArticleTagsUseCanonicalTopicNames() async throws {
        let prepared = try await prepare([
            "content/_topics.yaml": "North Korea:\n  aliases: [DPRK]\n",
            "content/posts/a.md": Self.post("A", "tags: [DPRK, sanctions]\n"),
        ])
        let page = try #require(prepared.output(at: "posts/a/index.html").flatMap(prepared.render))
        #expect(page.contains("\"keywords\":\"North Korea, sanctions\""))
        #expect(page.contains("<meta property=\"article:tag\" content=\"North Korea\">"))
        #expect(!page.contains("DPRK"))
        let feed = try #require(prepared.output(at: "feed.xml").flatMap(prepared.render))
        #expect(feed.contains("<category term=\"North Korea\"/>"))
        #expect(!feed.contains("DPRK"))
    }
}
