import Foundation
import SitegenMarkdown
import Testing

@testable import SitegenCore

/// Takeaways, corrections, citations and reading aids (issue: analysis posts as first-class content).
@Suite struct AnalysisFeaturesTests {
    func load(_ text: String, config: SiteConfig = SiteConfig()) async throws -> (PostDocument?, [String]) {
        let site = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(site) }
        try TestSupport.write(text, to: "content/posts/x.md", in: site)
        let content = await ContentLoader(siteRoot: site, config: config).load()
        return (content.posts.first, content.diagnostics.map(\.description))
    }

    @Test func takeawaysAreInlineMarkdownAndStandInForTheSummary() async throws {
        let (post, diagnostics) = try await load(
            "---\ntitle: T\ndate: 2024-06-19\ntakeaways:\n  - The *mutual aid* clause.\n  - Sanctions & munitions.\n---\n\nBody paragraph.\n"
        )
        #expect(diagnostics == [])
        let takeaways = try #require(post?.takeaways)
        #expect(takeaways.map(\.html) == ["The <em>mutual aid</em> clause.", "Sanctions &amp; munitions."])
        #expect(takeaways.map(\.text) == ["The mutual aid clause.", "Sanctions & munitions."])
        #expect(post?.summary == "The mutual aid clause. Sanctions & munitions.")
    }

    @Test func publishedPostWithoutDescriptionOrTakeawaysWarns() async throws {
        let site = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(site) }
        try TestSupport.write(
            "---\ntitle: T\ndate: 2024-06-19\n---\n\nFirst paragraph.\n", to: "content/posts/x.md", in: site)
        try TestSupport.write(
            "---\ntitle: D\ndate: 2024-06-19\ndraft: true\n---\n\nUnfinished.\n", to: "content/posts/draft.md", in: site
        )
        let content = await ContentLoader(siteRoot: site, config: SiteConfig()).load()
        #expect(content.diagnostics == [])
        #expect(content.posts.first { $0.slug == "x" }?.summary == "First paragraph.")
        let assembled = Site(config: SiteConfig(), content: content, rule: PublicationRule(now: TestSupport.now))
        #expect(
            assembled.diagnostics.map(\.description) == [
                "content/posts/x.md:1:1: warning: no 'description' or 'takeaways': the first paragraph stands in as the summary"
            ])
    }

    @Test func correctionsAreSortedNewestFirstAndMoveLastModified() async throws {
        let (post, diagnostics) = try await load(
            """
            ---
            title: T
            date: 2024-06-19
            updated: 2024-06-25
            description: D.
            corrections:
              - date: 2024-06-20
                text: First fix.
              - date: 2024-07-02
                text: Second **fix**.
            ---

            Body.
            """)
        #expect(diagnostics == [])
        #expect(post?.corrections.map(\.date.day) == ["2024-07-02", "2024-06-20"])
        #expect(post?.corrections.first?.html == "Second <strong>fix</strong>.")
        #expect(post?.lastModified.day == "2024-07-02")
    }

    @Test func badCorrectionsAreErrorsWithTheirLines() async throws {
        let (post, diagnostics) = try await load(
            """
            ---
            title: T
            date: 2024-06-19
            corrections:
              - date: yesterday
                text: Fix.
              - text: No date.
              - date: 2024-06-21
                note: Wrong key.
            ---
            """)
        #expect(post == nil)
        #expect(
            diagnostics == [
                "content/posts/x.md:5:11: error: 'corrections.date' must be a date like 2024-06-19 or 2024-06-19T10:30:00+09:00, found \"yesterday\"",
                "content/posts/x.md:7:5: error: a correction needs a 'date'",
                "content/posts/x.md:9:5: error: unknown key 'note' in a correction; use 'date' and 'text'",
                "content/posts/x.md:8:5: error: a correction needs a 'text'",
            ])
    }

    @Test func citationTextBibTeXAndJSONLD() async throws {
        let (loaded, _) = try await load(
            "---\ntitle: \"Reading Article 4: </script> test\"\ndate: 2024-06-20\nauthors: [Mara Lindqvist, Daniel Osei]\ntags: [alliance]\ndescription: D.\n---\n\nBody.\n"
        )
        let document = try #require(loaded)
        let post = Post(
            id: Post.ID(document.source), document: document, path: "posts/x/", tags: [], authors: [], aliases: [])
        let citation = CitationView(
            post: post, url: "https://example.org/posts/x/", siteTitle: "The Brief", language: "en",
            authors: document.authorNames, keywords: ["alliance"])
        #expect(citation.key == "lindqvist2024reading")
        #expect(citation.publicationDate == "2024/06/20")
        #expect(
            citation.text
                == "Mara Lindqvist, Daniel Osei. 2024-06-20. \u{201C}Reading Article 4: </script> test.\u{201D} The Brief. https://example.org/posts/x/ (accessed [accessed date])."
        )
        #expect(
            citation.bibtex.hasPrefix("@online{lindqvist2024reading,\n  author = {Mara Lindqvist and Daniel Osei},"))
        #expect(citation.bibtex.contains("  url = {https://example.org/posts/x/},"))
        let json = citation.jsonLD
        #expect(!json.contains("</script>"))
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        #expect(object["@type"] as? String == "Article")
        #expect(object["headline"] as? String == "Reading Article 4: </script> test")
        #expect(object["datePublished"] as? String == "2024-06-20T00:00:00Z")
        #expect(object["keywords"] as? String == "alliance")
        #expect(
            (object["author"] as? [[String: String]])?.map { $0["name"] ?? "" } == ["Mara Lindqvist", "Daniel Osei"])
    }

    @Test func footnotesGetASourcesHeadingAndHeadingsGetAnchors() {
        let renderer = MarkdownRenderer(
            options: MarkdownOptions(headingAnchors: true, footnotesTitle: "Sources"))
        let rendered = renderer.render("## Sources\n\nText[^1].\n\n[^1]: A treaty.\n")
        #expect(
            rendered.html.hasPrefix(
                "<h2 id=\"sources\">Sources<a class=\"heading-anchor\" href=\"#sources\" aria-label=\"Link to this section\">#</a></h2>"
            ))
        #expect(
            rendered.html.contains(
                "<section class=\"footnotes\" data-footnotes>\n<h2 class=\"footnotes-title\" id=\"sources-1\">Sources</h2>\n<ol>"
            ))
        let plain = MarkdownRenderer().render("Text without notes.\n")
        #expect(!plain.html.contains("footnotes-title"))
    }

    @Test(arguments: [
        ("## A\n\n## B\n", false), ("## A\n\n### A1\n\n## B\n", true), ("## A\n\n#### x\n\n## B\n", false),
    ])
    func tableOfContentsShowsFromThreeSections(markdown: String, shown: Bool) {
        let rendered = MarkdownRenderer().render(markdown)
        let document = TestSupport.document(
            source: "x", slug: "x", date: DateFormatting(config: SiteConfig()).format(Date(timeIntervalSince1970: 0)),
            html: rendered.html, headings: rendered.headings)
        let post = Post(id: Post.ID("x"), document: document, path: "x/", tags: [], authors: [], aliases: [])
        let summary = PostSummaryView(
            title: "x", url: "/x/", date: post.date, summary: "", summaryHTML: "", tags: [], authors: [],
            isDraft: false)
        let view = PostView(
            summary: summary, post: post, absoluteURL: "http://x/",
            citation: CitationView(
                post: post, url: "http://x/", siteTitle: "S", language: "en", authors: [], keywords: []))
        guard case .bool(let hasTOC)? = view.child(named: "hasTOC"),
            case .number(let minutes)? = view.child(named: "readingMinutes")
        else {
            Issue.record("hasTOC should be a flag and readingMinutes a number")
            return
        }
        #expect(hasTOC == shown)
        #expect(minutes == 1)
    }
}

@Suite struct SeriesAndAuthorTests {
    func site(_ files: [String: String]) async throws -> Site {
        let root = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(root) }
        for (path, text) in files { try TestSupport.write(text, to: path, in: root) }
        let content = await ContentLoader(siteRoot: root, config: SiteConfig()).load()
        return Site(config: SiteConfig(), content: content, rule: PublicationRule(now: TestSupport.now))
    }

    static func post(_ title: String, _ date: String, series: String? = nil, part: Int? = nil, authors: String = "[]")
        -> String
    {
        var text = "---\ntitle: \(title)\ndate: \(date)\ndescription: D.\nauthors: \(authors)\n"
        if let series { text += "series: \(series)\n" }
        if let part { text += "seriesPart: \(part)\n" }
        return text + "---\n\nBody.\n"
    }

    @Test func seriesAreOrderedByPartThenDate() async throws {
        let site = try await site([
            "content/posts/a.md": Self.post("A", "2024-03-01", series: "Treaty Watch", part: 2),
            "content/posts/b.md": Self.post("B", "2024-01-01", series: "treaty watch", part: 1),
            "content/posts/c.md": Self.post("C", "2023-01-01", series: "Treaty Watch"),
            "content/posts/d.md": Self.post("D", "2022-01-01", series: "Treaty Watch"),
            "content/posts/e.md": Self.post("E", "2022-01-01"),
        ])
        #expect(site.diagnostics.filter { $0.severity == .error } == [])
        #expect(site.series.map(\.slug) == ["treaty-watch"])
        #expect(site.series.first?.posts.map { site.post($0).title } == ["B", "A", "D", "C"])
    }

    @Test func twoPostsClaimingOnePartIsAnError() async throws {
        let site = try await site([
            "content/posts/a.md": Self.post("A", "2024-03-01", series: "S", part: 1),
            "content/posts/b.md": Self.post("B", "2024-01-01", series: "S", part: 1),
        ])
        #expect(
            site.diagnostics.map(\.description) == [
                "content/posts/a.md:1:1: error: part 1 of the series 'S' is claimed by two posts\n    note: content/posts/b.md: also part 1"
            ])
    }

    @Test func authorsComeFromPostsAndProfiles() async throws {
        let site = try await site([
            "content/posts/a.md": Self.post("A", "2024-03-01", authors: "[Mara Lindqvist, Daniel Osei]"),
            "content/posts/b.md": Self.post("B", "2024-01-01", authors: "mara lindqvist"),
            "content/authors/mara-lindqvist.md":
                "---\nname: Mara Lindqvist\nrole: Analyst\nlinks:\n  - title: Site\n    url: https://example.org\n---\n\nShe reads *treaties*.\n",
            "content/authors/no-posts.md": "---\nname: No Posts\n---\n\nNew here.\n",
        ])
        #expect(site.diagnostics.filter { $0.severity == .error } == [])
        #expect(site.authors.map(\.slug) == ["daniel-osei", "mara-lindqvist", "no-posts"])
        let mara = try #require(site.authors.first { $0.slug == "mara-lindqvist" })
        #expect(mara.name == "Mara Lindqvist")
        #expect(mara.profile?.role == "Analyst")
        #expect(mara.profile?.links == [ProfileLink(title: "Site", url: "https://example.org")])
        #expect(mara.profile?.html == "<p>She reads <em>treaties</em>.</p>\n")
        #expect(mara.posts.map { site.post($0).title } == ["A", "B"])
        #expect(site.authors.last?.posts == [])
        #expect(site.pages.isEmpty, "author profiles are not standalone pages")
    }

    @Test func profileWithoutNameIsAnError() async throws {
        let root = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(root) }
        try TestSupport.write("---\nrole: Analyst\n---\nBio.\n", to: "content/authors/x.md", in: root)
        let content = await ContentLoader(siteRoot: root, config: SiteConfig()).load()
        #expect(
            content.diagnostics.map(\.description) == [
                "content/authors/x.md:1:1: error: an author profile needs a 'name'"
            ])
    }
}

@Suite struct TakeawayShapeTests {
    @Test func aSingleTakeawayWithCommasStaysWhole() {
        let parser = FrontMatterParser(timeZone: TimeZone(identifier: "UTC")!)
        let (matter, _, diagnostics) = parser.parse(
            "---\ntitle: T\ntakeaways: Sanctions bite, slowly, and unevenly.\n---\n", file: "x.md")
        #expect(diagnostics == [])
        #expect(matter?.takeaways == ["Sanctions bite, slowly, and unevenly."])
        let (list, _, _) = parser.parse("---\ntitle: T\ntakeaways:\n  - One, two.\n  - Three.\n---\n", file: "x.md")
        #expect(list?.takeaways == ["One, two.", "Three."])
    }
}
