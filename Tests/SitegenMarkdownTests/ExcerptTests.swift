import Testing

@testable import SitegenMarkdown

/// The summary separator of Hugo and many Jekyll sites: a `<!--more-->` line.
@Suite("MarkdownRenderer: <!--more--> excerpts")
struct ExcerptTests {
    let renderer = MarkdownRenderer()

    @Test(arguments: [
        ("First *one*.\n\nSecond [two](x).\n\n<!--more-->\n\nAfter.\n", "First one. Second two."),
        ("Before.\n\n<!-- more -->\n\nAfter.\n", "Before."),
        ("Before.\n<!--more-->\n\nAfter.\n", "Before."),
        ("# Heading\n\n- a list\n\nText.\n\n<!--more-->\n", "Text."),
        ("<!--more-->\n\nAfter.\n", ""),
    ])
    func textBeforeTheSeparator(markdown: String, excerpt: String) {
        #expect(renderer.render(markdown).excerpt == excerpt)
    }

    @Test(arguments: [
        "No separator.\n", "> <!--more-->\n\nQuoted.\n", "Text <!--more--> inline.\n", "<!-- a comment -->\n\nText.\n",
    ])
    func noSeparatorNoExcerpt(markdown: String) {
        #expect(renderer.render(markdown).excerpt == nil)
    }

    @Test func separatorIsNotShown() {
        let html = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true)).render("A.\n\n<!--more-->\n\nB.\n").html
        #expect(html == "<p>A.</p>\n<!--more-->\n<p>B.</p>\n")
    }
}
