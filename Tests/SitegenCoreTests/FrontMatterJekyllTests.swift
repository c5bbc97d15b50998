import Foundation
import Testing

@testable import SitegenCore

/// Keys in the meanings Jekyll and Hugo give them, and typos that would otherwise vanish.
@Suite("Front matter from Jekyll and Hugo")
struct FrontMatterJekyllTests {
    let parser = FrontMatterParser(timeZone: TimeZone(identifier: "UTC")!)

    private func parse(_ yaml: String) -> (matter: FrontMatter?, diagnostics: [String]) {
        let (matter, _, diagnostics) = parser.parse("---\ntitle: T\n\(yaml)\n---\nBody\n", file: "x.md")
        return (matter, diagnostics.map(\.description))
    }

    @Test(arguments: [
        ("tags: alliance sanctions  munitions", ["alliance", "sanctions", "munitions"]),
        ("categories: news release", ["news", "release"]),
        ("tags: North Korea, sanctions", ["North Korea", "sanctions"]),
        ("tags: [North Korea, sanctions]", ["North Korea", "sanctions"]),
        ("keywords: North Korea", ["North Korea"]),
        ("tags: alliance\ncategories: news release", ["alliance", "news", "release"]),
    ])
    func tagStrings(line: String, tags: [String]) throws {
        let result = parse(line)
        #expect(result.diagnostics == [])
        #expect(try #require(result.matter).tags.map(\.name) == tags)
    }

    @Test(arguments: [("published: false", true), ("published: true", false), ("published: no", true)])
    func publishedFalseIsADraft(line: String, draft: Bool) throws {
        let result = parse(line)
        #expect(result.diagnostics == [])
        #expect(try #require(result.matter).draft == draft)
    }

    @Test func publishedAndDraftTogetherIsAnError() {
        #expect(
            parse("draft: true\npublished: false").diagnostics == [
                "x.md:4:1: error: 'published' sets the same field as 'draft' above; keep one of them"
            ])
    }

    @Test func excerptIsTheDescription() throws {
        let result = parse("excerpt: The short version.")
        #expect(result.diagnostics == [])
        #expect(try #require(result.matter).description == "The short version.")
    }

    @Test(arguments: [
        ("tgas: [a]", "x.md:3:1: warning: unknown key 'tgas' (did you mean 'tags'?); it is kept as 'params.tgas'"),
        ("Title2: x", "x.md:3:1: warning: unknown key 'Title2' (did you mean 'title'?); it is kept as 'params.Title2'"),
        ("tag: a", "x.md:3:1: warning: unknown key 'tag' (did you mean 'tags'?); it is kept as 'params.tag'"),
        (
            "descripton: x",
            "x.md:3:1: warning: unknown key 'descripton' (did you mean 'description'?); it is kept as 'params.descripton'"
        ),
    ])
    func typoedKeysWarnAndStayParams(line: String, warning: String) throws {
        let result = parse(line)
        #expect(result.diagnostics == [warning])
        let key = String(line.prefix { $0 != ":" })
        #expect(try #require(result.matter).params[key] != nil)
    }

    @Test(arguments: ["layout: post", "comments: true", "weight: 3", "region: Europe", "image: a.png", "type: brief"])
    func otherKeysArePlainParams(line: String) throws {
        let result = parse(line)
        #expect(result.diagnostics == [])
        #expect(try #require(result.matter).params.count == 1)
    }

    @Test func hugoDatesAndSitemap() throws {
        let result = parse("publishdate: 2030-01-01\nexpiryDate: 2031-01-01 10:00\nsitemap: false")
        #expect(result.diagnostics == [])
        let matter = try #require(result.matter)
        #expect(matter.visibility.publishDate == Date(timeIntervalSince1970: 1_893_456_000))
        #expect(matter.visibility.expiryDate == Date(timeIntervalSince1970: 1_924_992_000 + 36_000))
        #expect(matter.visibility.inSitemap == false)
        #expect(parse("sitemap:\n  disable: true").matter?.visibility.inSitemap == false)
        #expect(
            parse("expiryDate: soon").diagnostics == [
                #"x.md:3:13: error: 'expiryDate' must be a date like 2024-06-19 or 2024-06-19T10:30:00+09:00, found "soon""#
            ])
    }
}
