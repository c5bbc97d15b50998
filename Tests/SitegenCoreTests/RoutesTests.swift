import Foundation
import Testing

@testable import SitegenCore

/// Permalink patterns and the paths they give, one token at a time.
@Suite("Routes: permalink patterns")
struct RoutesTests {
    static let brussels = TimeZone(identifier: "Europe/Brussels")!

    static func document(
        date: String = "2016-05-09", slug: String = "survey", title: String = "A Survey of Allies",
        fileName: String = "Survey.v2", section: String = "", timeZone: TimeZone = brussels
    ) -> PostDocument {
        var config = SiteConfig()
        config.timeZone = timeZone
        return TestSupport.document(
            source: "content/posts/\(fileName).md", slug: slug, title: title,
            date: DateFormatting(config: config).format(DateParser.parse(date, timeZone: timeZone)!),
            fileName: fileName, section: section)
    }

    static func routes(posts pattern: String) throws -> Routes {
        var permalinks = Permalinks()
        let kind = Permalinks.Kind.posts
        permalinks[.posts] = try PathPattern.parse(
            pattern, allowed: kind.tokens, distinguishing: kind.distinguishing, allowsFile: true
        ).get()
        return Routes(permalinks: permalinks)
    }

    @Test(arguments: [
        ("/posts/:slug/", "posts/survey/"),
        ("/:year/:month/:day/:slug/", "2016/05/09/survey/"),
        ("/:year/:title/", "2016/a-survey-of-allies/"),
        ("/:year/:month/:day/:filename.html", "2016/05/09/Survey.v2.html"),
        ("/news/:year/:slug/", "news/2016/survey/"),
        ("/:section/:slug/", "survey/"),
        ("/archive-:year/:slug.html", "archive-2016/survey.html"),
    ])
    func eachTokenExpands(pattern: String, path: String) throws {
        #expect(try Self.routes(posts: pattern).post(Self.document()) == path)
    }

    @Test func sectionIsTheFolderBelowPosts() throws {
        let routes = try Self.routes(posts: "/:section/:slug/")
        #expect(routes.post(Self.document(section: "analysis/europe")) == "analysis/europe/survey/")
    }

    @Test func datesAreCalendarDaysInTheSiteTimeZone() throws {
        let routes = try Self.routes(posts: "/:year/:month/:day/:slug/")
        // 23:30 on 31 December in Brussels is still that year, though it is 22:30 UTC.
        #expect(routes.post(Self.document(date: "2024-12-31T23:30:00")) == "2024/12/31/survey/")
        // 23:30 UTC on 31 December is already 1 January in Brussels.
        #expect(routes.post(Self.document(date: "2024-12-31T23:30:00Z")) == "2025/01/01/survey/")
        let utc = TimeZone(identifier: "UTC")!
        #expect(routes.post(Self.document(date: "2024-12-31T23:30:00Z", timeZone: utc)) == "2024/12/31/survey/")
    }

    @Test func unicodeTitlesGiveUnicodeSlugsThatLinksEncode() throws {
        let routes = try Self.routes(posts: "/:year/:title/")
        let path = routes.post(Self.document(title: "Zürich talks"))
        #expect(path == "2016/zürich-talks/")
        #expect(URLBuilder(baseURL: "https://example.org/").path(path) == "/2016/z%C3%BCrich-talks/")
    }

    @Test func htmlPatternsWriteThatFileAndOthersAnIndex() throws {
        #expect(URLBuilder.outputFile(for: "2016/05/09/survey.html") == "2016/05/09/survey.html")
        #expect(URLBuilder.outputFile(for: "2016/05/09/survey/") == "2016/05/09/survey/index.html")
        #expect(try Self.routes(posts: "/:year/:slug.html").permalinks[.posts].isFile)
    }

    @Test func pagesFollowTheirPatternAndTheIndexPageIsTheRoot() throws {
        var permalinks = Permalinks()
        permalinks[.pages] = try PathPattern.parse(
            "/:path.html", allowed: [.path, .slug], distinguishing: [.path, .slug], allowsFile: true
        ).get()
        let routes = Routes(permalinks: permalinks)
        #expect(routes.page(TestSupport.pageDocument("guides/Start Here")) == "guides/start-here.html")
        #expect(routes.page(TestSupport.pageDocument("index")) == "")
    }

    @Test func listPagesLiveBelowTheFolderOfTheirPattern() throws {
        var permalinks = Permalinks()
        permalinks[.tags] = try PathPattern.parse(
            "/topics/:slug/", allowed: [.slug], distinguishing: [.slug], allowsFile: false
        ).get()
        permalinks[.authors] = try PathPattern.parse(
            "/:slug/", allowed: [.slug], distinguishing: [.slug], allowsFile: false
        ).get()
        let routes = Routes(permalinks: permalinks)
        #expect(routes.tag(Tag.ID("nato")) == "topics/nato/")
        #expect(routes.tagIndex == "topics/")
        #expect(routes.author(Author.ID("ana")) == "ana/")
        #expect(routes.authorIndex == "authors/", "a pattern without a folder keeps the default index")
        #expect(Routes.page(2, of: routes.tag(Tag.ID("nato"))) == "topics/nato/page/2/")
    }

    @Test(arguments: [
        ("/about-us/", "", "about-us/"),
        ("/2016/05/09/survey.html", "", "2016/05/09/survey.html"),
        ("/old/path", "", "old/path/"),
        ("old-name", "posts/", "posts/old-name/"),
        ("/caf%C3%A9/", "", "café/"),
    ])
    func writtenPathsResolveToSitePaths(written: String, folder: String, path: String) {
        #expect(SitePath.resolve(written, relativeTo: folder) == .success(path))
    }

    @Test(arguments: [
        ("/a/../b/", SitePath.Problem.dotSegment), ("/a/%2e%2e/b/", .dotSegment), ("/a//b/", .emptySegment),
        ("/a\\b/", .backslash), ("/a\u{7}b/", .controlCharacter), ("/a/?page=2", .query), ("/a/#top", .query),
        ("https://example.org/a/", .hasScheme), ("/a%zz/", .badEscape),
    ])
    func unsafePathsAreRefused(written: String, problem: SitePath.Problem) {
        #expect(SitePath.resolve(written) == .failure(problem))
    }
}

/// `permalinks:` in `sitegen.yaml`: every problem located at the pattern.
@Suite("ConfigLoader: permalinks")
struct PermalinkConfigTests {
    func errors(_ yaml: String) -> [String] {
        ConfigLoader().parse(yaml).1.map(\.description)
    }

    @Test func validPatternsAreRead() throws {
        let (config, diagnostics) = ConfigLoader().parse(
            "permalinks:\n  posts: /:year/:month/:day/:filename.html\n  pages: \"/:path/\"\n  terms: /glossary/:slug/\n"
        )
        #expect(diagnostics == [])
        #expect(config.permalinks[.posts].text == "/:year/:month/:day/:filename.html")
        #expect(config.permalinks[.terms].text == "/glossary/:slug/")
        #expect(config.permalinks[.tags].text == "/tags/:slug/", "kinds not given keep their default")
    }

    @Test func unknownTokenIsReportedAtItsColumn() {
        #expect(
            errors("title: T\npermalinks:\n  posts: /:year/:name/\n") == [
                "sitegen.yaml:3:17: error: 'permalinks.posts' has the unknown token ':name'; use :year, :month, :day, :slug, :title, :filename, :section, found \"/:year/:name/\""
            ])
        // In quotes, the column still points at the token.
        #expect(errors("permalinks:\n  posts: \"/:yr/:slug/\"\n").first?.hasPrefix("sitegen.yaml:2:12: error:") == true)
    }

    @Test(arguments: [
        ("posts: /posts/", "'permalinks.posts' cannot tell pages apart; it needs one of :slug, :title, :filename"),
        (
            "posts: /:year/:month/",
            "'permalinks.posts' cannot tell pages apart; it needs one of :slug, :title, :filename"
        ),
        ("posts: /posts/../:slug/", "'permalinks.posts' must not contain '.' or '..' as a folder"),
        ("posts: /posts//:slug/", "'permalinks.posts' must not contain '//'"),
        ("posts: '/posts\\:slug/'", "'permalinks.posts' must not contain a backslash"),
        ("posts: /posts/:slug/?x=1", "'permalinks.posts' must not contain a query ('?') or fragment ('#')"),
        ("posts: \"/posts/\\t:slug/\"", "'permalinks.posts' must not contain control characters"),
        ("posts: posts/:slug/", "'permalinks.posts' must start with '/'"),
        ("posts: /posts/:slug", "'permalinks.posts' must end with '/' or '.html'"),
        ("tags: /tags/:slug.html", "'permalinks.tags' must end with '/' (feeds and further pages go below it)"),
        ("tags: /tags/all/", "'permalinks.tags' cannot tell pages apart; it needs one of :slug"),
        ("tags: /tags/:year/", "'permalinks.tags' has the unknown token ':year'; use :slug"),
    ])
    func badPatternsAreErrorsOnTheirLine(entry: String, message: String) {
        let found = errors("permalinks:\n  \(entry)\n")
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("sitegen.yaml:2:") == true)
        #expect(found.first?.contains("error: \(message)") == true, "\(found)")
    }

    @Test func unknownKindIsAnError() {
        #expect(
            errors("permalinks:\n  post: /:slug/\n") == [
                "sitegen.yaml:2:3: error: unknown key 'permalinks.post'; use 'posts', 'pages', 'tags', 'authors', 'series', 'terms'"
            ])
    }
}
