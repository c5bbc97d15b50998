import Foundation
import SitegenMarkdown
import Testing

@testable import SitegenCore

/// Takeaways, corrections, citations and reading aids (issue: analysis posts as first-class content).
@Suite struct AnalysisFeaturesTests {
    func load(_ text: String, config: SiteConfig = SiteConfig()) async throws -> (Post?, [String]) {
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

    @Test func postWithoutDescriptionOrTakeawaysWarns() async throws {
        let (post, diagnostics) = try await load("---\ntitle: T\ndate: 2024-06-19\n---\n\nFirst paragraph.\n")
        #expect(post?.summary == "First paragraph.")
        #expect(
            diagnostics == [
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
        let post = try #require(loaded)
        let citation = CitationView(
            post: post, url: "https://example.org/posts/x/", siteTitle: "The Brief", language: "en")
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
        let post = Post(
            source: "x", slug: "x", title: "x",
            date: DateFormatting(config: SiteConfig()).format(Date(timeIntervalSince1970: 0)), updated: nil,
            description: nil, summary: "", tags: [], authors: [], draft: false, params: [:], html: rendered.html,
            headings: rendered.headings, wordCount: 0)
        let summary = PostSummaryView(
            title: "x", url: "/x/", date: post.date, summary: "", summaryHTML: "", tags: [], authors: [],
            isDraft: false)
        let view = PostView(
            summary: summary, post: post, absoluteURL: "http://x/",
            citation: CitationView(post: post, url: "http://x/", siteTitle: "S", language: "en"))
        #expect(view.child(named: "hasTOC") as? Bool == shown)
        #expect(view.child(named: "readingMinutes") as? Int == 1)
    }
}
