import Foundation
import Testing

@testable import SitegenCore

@Suite("URLBuilder")
struct URLBuilderTests {
    let urls = URLBuilder(baseURL: "https://example.org/analysis/")

    @Test func subPath() {
        #expect(urls.baseURL == "https://example.org/analysis/")
        #expect(urls.rootPath == "/analysis/")
        #expect(urls.path("posts/x/") == "/analysis/posts/x/")
        #expect(urls.path("tags/nato/") == "/analysis/tags/nato/")
        #expect(urls.path("feed.xml") == "/analysis/feed.xml")
        #expect(urls.path("assets/style.css") == "/analysis/assets/style.css")
    }

    @Test func homePath() {
        #expect(urls.path("") == "/analysis/")
        #expect(urls.absolute("") == "https://example.org/analysis/")
        #expect(URLBuilder(baseURL: "https://example.org/").path("") == "/")
    }

    @Test func absolute() {
        #expect(urls.absolute("posts/x/") == "https://example.org/analysis/posts/x/")
        #expect(urls.absolute("sitemap.xml") == "https://example.org/analysis/sitemap.xml")
    }

    @Test(arguments: [
        "https://example.org/analysis", "https://example.org/analysis/", " https://example.org/analysis ",
    ])
    func baseWithoutTrailingSlashIsTheSame(base: String) {
        let builder = URLBuilder(baseURL: base)
        #expect(builder == urls)
        #expect(builder.path("posts/x/") == "/analysis/posts/x/")
    }

    @Test func rootSite() {
        let root = URLBuilder(baseURL: "https://example.org")
        #expect(root.baseURL == "https://example.org/")
        #expect(root.rootPath == "/")
        #expect(root.path("posts/x/") == "/posts/x/")
        #expect(root.absolute("posts/x/") == "https://example.org/posts/x/")
    }

    @Test func portIsKept() {
        let local = URLBuilder(baseURL: "http://localhost:8000/")
        #expect(local.absolute("posts/x/") == "http://localhost:8000/posts/x/")
        #expect(local.path("posts/x/") == "/posts/x/")
        let nested = URLBuilder(baseURL: "http://127.0.0.1:4000/docs/site/")
        #expect(nested.absolute("tags/") == "http://127.0.0.1:4000/docs/site/tags/")
    }

    @Test(arguments: [
        ("posts/zürich/", "/analysis/posts/z%C3%BCrich/"),
        ("tags/привет/", "/analysis/tags/%D0%BF%D1%80%D0%B8%D0%B2%D0%B5%D1%82/"),
        ("tags/북한/", "/analysis/tags/%EB%B6%81%ED%95%9C/"),
        ("tags/東京/page/2/", "/analysis/tags/%E6%9D%B1%E4%BA%AC/page/2/"),
        ("files/a b.pdf", "/analysis/files/a%20b.pdf"),
        ("files/100%.txt", "/analysis/files/100%25.txt"),
    ])
    func unicodeAndUnsafeCharactersArePercentEncoded(sitePath: String, encoded: String) {
        #expect(urls.path(sitePath) == encoded)
        #expect(urls.absolute(sitePath) == "https://example.org" + encoded)
    }

    @Test func unicodeBasePathIsEncoded() {
        let builder = URLBuilder(baseURL: "https://example.org/анализ/")
        #expect(builder.rootPath == "/%D0%B0%D0%BD%D0%B0%D0%BB%D0%B8%D0%B7/")
        #expect(builder.absolute("posts/x/") == "https://example.org/%D0%B0%D0%BD%D0%B0%D0%BB%D0%B8%D0%B7/posts/x/")
    }

    @Test(arguments: [
        ("", "index.html"),
        ("posts/x/", "posts/x/index.html"),
        ("tags/nato/page/2/", "tags/nato/page/2/index.html"),
        ("feed.xml", "feed.xml"),
        ("404.html", "404.html"),
        ("tags/nato/feed.xml", "tags/nato/feed.xml"),
    ])
    func outputFile(sitePath: String, file: String) {
        #expect(URLBuilder.outputFile(for: sitePath) == file)
    }
}

@Suite("Pagination")
struct PaginationTests {
    @Test func noItemsStillHaveOnePage() {
        #expect(Pagination.pages(itemCount: 0, perPage: 10) == [Pagination(current: 1, total: 1, range: 0..<0)])
    }

    @Test func oneItem() {
        #expect(Pagination.pages(itemCount: 1, perPage: 10) == [Pagination(current: 1, total: 1, range: 0..<1)])
    }

    @Test func exactlyOnePageFull() {
        #expect(Pagination.pages(itemCount: 10, perPage: 10) == [Pagination(current: 1, total: 1, range: 0..<10)])
    }

    @Test func oneOverflowItemMakesASecondPage() {
        #expect(
            Pagination.pages(itemCount: 11, perPage: 10) == [
                Pagination(current: 1, total: 2, range: 0..<10),
                Pagination(current: 2, total: 2, range: 10..<11),
            ])
    }

    @Test func threePages() {
        let pages = Pagination.pages(itemCount: 25, perPage: 10)
        #expect(pages.map(\.current) == [1, 2, 3])
        #expect(pages.map(\.total) == [3, 3, 3])
        #expect(pages.map(\.range) == [0..<10, 10..<20, 20..<25])
    }

    @Test(arguments: [(0, 1), (1, 1), (9, 1), (10, 1), (11, 2), (20, 2), (21, 3), (100, 10), (101, 11)])
    func pageCount(items: Int, pages: Int) {
        let result = Pagination.pages(itemCount: items, perPage: 10)
        #expect(result.count == pages)
        #expect(result.flatMap { Array($0.range) } == Array(0..<items))
    }

    @Test(arguments: [
        ("", 1, ""),
        ("", 2, "page/2/"),
        ("", 10, "page/10/"),
        ("tags/nato/", 1, "tags/nato/"),
        ("tags/nato/", 3, "tags/nato/page/3/"),
    ])
    func path(basePath: String, page: Int, path: String) {
        #expect(Routes.page(page, of: basePath) == path)
    }

    @Test func paginatedPathsUnderASubPath() {
        let urls = URLBuilder(baseURL: "https://example.org/analysis/")
        #expect(urls.path(Routes.page(1, of: Routes.home)) == "/analysis/")
        #expect(urls.path(Routes.page(2, of: Routes.home)) == "/analysis/page/2/")
        #expect(
            URLBuilder.outputFile(for: Routes.page(2, of: "tags/nato/"))
                == "tags/nato/page/2/index.html")
    }
}

@Suite("Routes.page")
struct PagePathTests {
    @Test(arguments: [
        ("about", "about/"),
        ("guides/Start Here", "guides/start-here/"),
        ("docs/index", "docs/"),
        ("index", ""),
        ("Über uns", "über-uns/"),
        ("a/b/c", "a/b/c/"),
    ])
    func pagePath(relativePath: String, path: String) {
        #expect(Routes().page(TestSupport.pageDocument(relativePath)) == path)
    }
}
