import SitegenMarkdown
import Testing

@testable import SitegenCore

/// Raw HTML left out and template calls of other generators are reported once per file, at the
/// first place, with the file's line.
@Suite struct LostContentTests {
    func warnings(_ body: String, unsafe: Bool = false, bodyLine: Int = 5) -> [String] {
        let (text, blocks) = JekyllRawMarkers.strip(Substring(body))
        let rendered = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: unsafe)).render(text)
        let lost = LostContent(file: "p.md", bodyLine: bodyLine, unsafeHTML: unsafe)
        return lost.diagnostics(for: rendered, body: text, rawBlocks: blocks).map(\.description)
    }

    @Test func rawHTMLIsReportedAtItsFirstPlaceWithTheCount() {
        let found = warnings("Text.\n\n<iframe src=\"https://x.example/embed\"></iframe>\n\nA<br>B and <sup>1</sup>.\n")
        #expect(
            found == [
                "p.md:7:1: warning: raw HTML left out because 'markdown.unsafe' is off; set 'markdown: {unsafe: true}' "
                    + "in sitegen.yaml to keep it\n    note: first: '<iframe src=\"https://x.example/embed\"></...' "
                    + "(and 3 more in this file)"
            ])
    }

    @Test(arguments: [
        "Text.\n\n<!-- a note to self -->\n\nMore.\n", "Before.\n\n<!--more-->\n\nAfter.\n",
        "```html\n<div>code</div>\n{{ site.title }}\n```\n", "Inline `<b>` and `{% tag %}` code.\n",
        "Plain {braces} and a } alone.\n",
    ])
    func nothingIsLost(body: String) {
        #expect(warnings(body) == [])
    }

    @Test func unsafeModeKeepsRawHTMLWithoutAWord() {
        #expect(warnings("<div align=\"center\">x</div>\n", unsafe: true) == [])
    }

    @Test(arguments: [
        ("{{< plotly json=\"x.json\" >}}\n", "Hugo shortcode", "{{< plotly json=\"x.json\" >}}"),
        ("Intro.\n\n{{% notice tip %}}\n", "Hugo shortcode", "{{% notice tip %}}"),
        ("See [it]({{ site.baseurl }}/x/).\n", "Liquid template call", "{{ site.baseurl }}"),
        ("{% include image.html %}\n", "Liquid template call", "{% include image.html %}"),
    ])
    func templateCallsAreNamed(body: String, kind: String, call: String) throws {
        let found = warnings(body)
        #expect(found.count == 1)
        let message = try #require(found.first)
        #expect(message.contains("warning: \(kind) published as text"))
        #expect(message.hasSuffix("\n    note: first: '\(call)'"))
    }

    @Test func templateCallLineCountsFromTheFile() {
        #expect(warnings("One.\n\nTwo {{ x }}.\n", bodyLine: 10).first?.hasPrefix("p.md:12:1: warning:") == true)
    }

    @Test func rawMarkersAreStrippedAndTheirTextKept() {
        let (text, blocks) = JekyllRawMarkers.strip(
            "A {% raw %}{{ x }}{% endraw %} B\n\n{%- raw -%}\n{% y %}\n{%- endraw -%}\n")
        #expect(text == "A {{ x }} B\n\n\n{% y %}\n\n")
        #expect(blocks == [1...1, 3...5])
        #expect(warnings("A {% raw %}{{ x }}{% endraw %} B\n") == [])
        #expect(JekyllRawMarkers.strip("No markers {% if x %}.").blocks == [])
    }
}
