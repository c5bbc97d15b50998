import Testing

@testable import SitegenMarkdown

/// cmark-gfm keeps its table of special inline characters process-wide (see `CmarkRuntime`):
/// concurrent parses must give exactly what serial ones give.
@Suite("MarkdownRenderer: concurrent rendering")
struct ConcurrentRenderingTests {
    static let documentCount = 200
    static let rounds = 10

    static func document(_ index: Int) -> String {
        var parts = ["# Document \(index)\n", "Intro with ~~struck \(index)~~ text and *emphasis* and **strong**.\n"]
        if index % 2 == 0 {
            parts.append("| key | value |\n|:----|------:|\n| n | \(index) |\n| ~~old~~ | www.example.org/\(index) |\n")
        }
        if index % 3 == 0 {
            parts.append("A claim[^n\(index)] with a link to https://example.org/p/\(index) here.\n")
            parts.append("[^n\(index)]: Footnote ~~\(index)~~ body.\n")
        }
        if index % 5 == 0 {
            parts.append("- [x] done ~~\(index)~~\n- [ ] open www.example.com\n")
        }
        if index % 7 == 0 {
            parts.append("\"Quoted\" -- text... `code ~~not struck~~`\n\n```\n~~in a code block~~\n```\n")
        }
        parts.append("## Section \(index % 4)\n\nClosing ~~line~~ \(index).\n")
        return parts.joined(separator: "\n")
    }

    static func renderConcurrently(
        _ documents: [String], renderer: MarkdownRenderer
    ) async -> [RenderedMarkdown?] {
        await withTaskGroup(of: (Int, RenderedMarkdown).self) { group in
            for (index, document) in documents.enumerated() {
                group.addTask { (index, renderer.render(document)) }
            }
            var results = [RenderedMarkdown?](repeating: nil, count: documents.count)
            for await (index, rendered) in group { results[index] = rendered }
            return results
        }
    }

    @Test func serialRenderingHasEveryExtension() {
        let renderer = MarkdownRenderer()
        let rendered = renderer.render(Self.document(210))
        #expect(rendered.html.contains("<del>struck 210</del>"))
        #expect(rendered.html.contains("<td align=\"right\">210</td>"))
        #expect(rendered.html.contains("<a href=\"http://www.example.org/210\">www.example.org/210</a>"))
        #expect(rendered.html.contains("<a href=\"#fn-n210\" id=\"fnref-n210\" data-footnote-ref>1</a>"))
        #expect(rendered.html.contains("<input type=\"checkbox\" checked=\"\" disabled=\"\" /> done <del>210</del>"))
        #expect(rendered.html.contains("<code>code ~~not struck~~</code>"))
        #expect(rendered.html.contains("<pre><code>~~in a code block~~\n</code></pre>"))
        #expect(rendered.html.contains("<h2 id=\"section-2\">Section 2</h2>"))
        #expect(rendered.hasFootnotes)
    }

    @Test func concurrentRenderingMatchesSerial() async {
        let renderer = MarkdownRenderer()
        let documents = (0..<Self.documentCount).map(Self.document)
        let serial = documents.map(renderer.render)
        for round in 1...Self.rounds {
            let concurrent = await Self.renderConcurrently(documents, renderer: renderer)
            var mismatches: [Int] = []
            for index in documents.indices where concurrent[index] != serial[index] {
                mismatches.append(index)
            }
            #expect(mismatches == [], "round \(round): documents rendered differently in parallel")
        }
    }

    @Test func concurrentRenderingWithMixedOptionsMatchesSerial() async {
        let safe = MarkdownRenderer()
        let unsafe = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true, smartPunctuation: false))
        let documents = (0..<Self.documentCount).map { Self.document($0) + "\n<b>raw</b> <script>x</script>\n" }
        let serialSafe = documents.map(safe.render)
        let serialUnsafe = documents.map(unsafe.render)
        for _ in 1...3 {
            async let safeResults = Self.renderConcurrently(documents, renderer: safe)
            async let unsafeResults = Self.renderConcurrently(documents, renderer: unsafe)
            let (safeRendered, unsafeRendered) = await (safeResults, unsafeResults)
            #expect(safeRendered.compactMap { $0 } == serialSafe)
            #expect(unsafeRendered.compactMap { $0 } == serialUnsafe)
        }
    }
}
