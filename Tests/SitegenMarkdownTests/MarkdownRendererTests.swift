import Testing

@testable import SitegenMarkdown

@Suite("MarkdownRenderer: GFM extensions")
struct MarkdownExtensionTests {
    let renderer = MarkdownRenderer()

    @Test func tableWithAlignment() {
        let html = renderer.render(
            """
            | Left | Centre | Right |
            |:-----|:------:|------:|
            | a    | b      | c     |
            """
        ).html
        #expect(
            html == """
                <table>
                <thead>
                <tr>
                <th align="left">Left</th>
                <th align="center">Centre</th>
                <th align="right">Right</th>
                </tr>
                </thead>
                <tbody>
                <tr>
                <td align="left">a</td>
                <td align="center">b</td>
                <td align="right">c</td>
                </tr>
                </tbody>
                </table>

                """)
    }

    @Test func tableWithoutAlignmentHasNoAlignAttribute() {
        let html = renderer.render("| a | b |\n|---|---|\n| 1 | 2 |\n").html
        #expect(html.contains("<th>a</th>\n<th>b</th>"))
        #expect(html.contains("<td>1</td>\n<td>2</td>"))
        #expect(!html.contains("align="))
    }

    @Test func strikethrough() {
        #expect(renderer.render("~~gone~~ and ~also~ gone").html == "<p><del>gone</del> and <del>also</del> gone</p>\n")
    }

    @Test func autolinkForWWWAndHTTPS() {
        let html = renderer.render("See www.example.org and https://example.org/report?id=7.").html
        #expect(
            html
                == "<p>See <a href=\"http://www.example.org\">www.example.org</a> and "
                + "<a href=\"https://example.org/report?id=7\">https://example.org/report?id=7</a>.</p>\n")
    }

    @Test func angleBracketAutolink() {
        #expect(
            renderer.render("<https://example.org>").html
                == "<p><a href=\"https://example.org\">https://example.org</a></p>\n")
    }

    @Test func tagFilterEscapesScriptInUnsafeMode() {
        let unsafe = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true))
        #expect(
            unsafe.render("<script>alert(1)</script>\n").html == "&lt;script>alert(1)&lt;/script>\n")
        #expect(
            unsafe.render("Inline <b>bold</b> and <script>x()</script>").html
                == "<p>Inline <b>bold</b> and &lt;script>x()&lt;/script></p>\n")
    }

    @Test(arguments: ["iframe", "style", "textarea", "title", "xmp", "noembed", "noframes", "plaintext"])
    func tagFilterCoversEveryFilteredTag(tag: String) {
        let unsafe = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true))
        #expect(unsafe.render("x <\(tag)> y").html == "<p>x &lt;\(tag)> y</p>\n")
    }

    @Test func taskList() {
        #expect(
            renderer.render("- [ ] todo\n- [x] done\n").html == """
                <ul>
                <li><input type="checkbox" disabled="" /> todo</li>
                <li><input type="checkbox" checked="" disabled="" /> done</li>
                </ul>

                """)
    }

    @Test func footnotes() {
        let rendered = renderer.render("Text[^1].\n\n[^1]: The note.\n")
        let html = rendered.html
        #expect(
            html.hasPrefix(
                "<p>Text<sup class=\"footnote-ref\">"
                    + "<a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a></sup>.</p>\n"
                    + "<section class=\"footnotes\" data-footnotes>\n<ol>\n<li id=\"fn-1\">\n<p>The note. "
                    + "<a href=\"#fnref-1\" class=\"footnote-backref\""))
        #expect(html.hasSuffix("</p>\n</li>\n</ol>\n</section>\n"))
        #expect(rendered.hasFootnotes)
    }

    @Test func namedFootnoteUsesItsLabel() {
        let html = renderer.render("Claim[^src].\n\n[^src]: Source.\n").html
        #expect(html.contains("<a href=\"#fn-src\" id=\"fnref-src\" data-footnote-ref>1</a>"))
        #expect(html.contains("<li id=\"fn-src\">"))
    }
}

@Suite("MarkdownRenderer: smart punctuation and raw HTML")
struct MarkdownOptionsTests {
    static let punctuated = "\"Quoted\" it's -- and --- and..."

    @Test func defaults() {
        let options = MarkdownOptions()
        #expect(options.unsafeHTML == false)
        #expect(options.smartPunctuation == true)
        #expect(MarkdownRenderer().options == options)
    }

    @Test func smartPunctuationOnByDefault() {
        #expect(MarkdownRenderer().render(Self.punctuated).html == "<p>“Quoted” it’s – and — and…</p>\n")
    }

    @Test func smartPunctuationOff() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(smartPunctuation: false))
        #expect(renderer.render(Self.punctuated).html == "<p>&quot;Quoted&quot; it's -- and --- and...</p>\n")
    }

    @Test func rawHTMLOmittedByDefault() {
        let renderer = MarkdownRenderer()
        #expect(renderer.render("<div>\n*hi*\n</div>\n").html == "<!-- raw HTML omitted -->\n")
        #expect(
            renderer.render("Some <b>bold</b> text").html
                == "<p>Some <!-- raw HTML omitted -->bold<!-- raw HTML omitted --> text</p>\n")
        #expect(renderer.render("<script>alert(1)</script>\n").html == "<!-- raw HTML omitted -->\n")
    }

    @Test func rawHTMLPassedThroughWhenUnsafe() {
        let renderer = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true))
        #expect(renderer.render("<div>\n*hi*\n</div>\n").html == "<div>\n*hi*\n</div>\n")
        #expect(renderer.render("Some <b>bold</b> text").html == "<p>Some <b>bold</b> text</p>\n")
        #expect(renderer.render("<!-- note -->\n").html == "<!-- note -->\n")
    }

    @Test func unsafeLinkURLsAreDroppedInSafeMode() {
        #expect(
            MarkdownRenderer().render("[x](javascript:alert(1))").html == "<p><a href=\"\">x</a></p>\n")
    }
}

@Suite("MarkdownRenderer: headings")
struct MarkdownHeadingTests {
    let renderer = MarkdownRenderer()

    @Test func headingGetsSlugID() {
        let rendered = renderer.render("## Hello World\n")
        #expect(rendered.html == "<h2 id=\"hello-world\">Hello World</h2>\n")
        #expect(rendered.headings == [Heading(level: 2, text: "Hello World", id: "hello-world", line: 1)])
    }

    @Test func repeatedHeadingsGetUniqueIDs() {
        let rendered = renderer.render("## x\n\n## x\n\n## x\n")
        #expect(rendered.headings.map(\.id) == ["x", "x-1", "x-2"])
        #expect(
            rendered.html == "<h2 id=\"x\">x</h2>\n<h2 id=\"x-1\">x</h2>\n<h2 id=\"x-2\">x</h2>\n")
    }

    @Test func uniqueIDsSkipAnIDAlreadyTakenByAnotherHeading() {
        let rendered = renderer.render("## x\n\n## x-1\n\n## x\n\n## x\n")
        #expect(rendered.headings.map(\.id) == ["x", "x-1", "x-2", "x-3"])
    }

    @Test func headingNeverTakesAFootnoteAnchor() {
        let rendered = renderer.render("## fn-1\n\n## fnref 1\n\n## FN\n\nText[^1].\n\n[^1]: Note.\n")
        let ids = rendered.headings.map(\.id)
        #expect(ids == ["section-fn-1", "section-fnref-1", "section-fn"])
        #expect(rendered.html.ranges(of: "id=\"fn-1\"").count == 1)
        #expect(rendered.html.ranges(of: "id=\"fnref-1\"").count == 1)
    }

    @Test func inlineMarkupInHeadingIsKept() {
        let rendered = renderer.render("## Hello `code` *em* & **strong**\n")
        #expect(
            rendered.html
                == "<h2 id=\"hello-code-em-strong\">"
                + "Hello <code>code</code> <em>em</em> &amp; <strong>strong</strong></h2>\n"
        )
        #expect(rendered.headings.first?.text == "Hello code em & strong")
    }

    @Test func headingWithLinkAndStrikethrough() {
        let html = renderer.render("### ~~Old~~ [New](https://example.org/new)\n").html
        #expect(html == "<h3 id=\"old-new\"><del>Old</del> <a href=\"https://example.org/new\">New</a></h3>\n")
    }

    @Test func headingInUnsafeModeStillRunsTheTagFilter() {
        let unsafe = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: true))
        #expect(
            unsafe.render("## <script>x</script> Title\n").html
                == "<h2 id=\"x-title\">&lt;script>x&lt;/script> Title</h2>\n")
        #expect(
            MarkdownRenderer().render("## <script>x</script> Title\n").html
                == "<h2 id=\"x-title\"><!-- raw HTML omitted -->x<!-- raw HTML omitted --> Title</h2>\n")
    }

    @Test func emptyOrPunctuationOnlyHeadingGetsSection() {
        let rendered = renderer.render("#\n\n## ???\n\n## Section\n")
        #expect(rendered.headings.map(\.id) == ["section", "section-1", "section-2"])
        #expect(rendered.html.hasPrefix("<h1 id=\"section\"></h1>\n<h2 id=\"section-1\">???</h2>\n"))
    }

    @Test func unicodeHeadingID() {
        let rendered = renderer.render("## Zürich & Привет\n")
        #expect(rendered.html == "<h2 id=\"zürich-привет\">Zürich &amp; Привет</h2>\n")
    }

    @Test func smartPunctuationAppliesToHeadingText() {
        let rendered = renderer.render("## Don't panic\n")
        #expect(rendered.headings == [Heading(level: 2, text: "Don’t panic", id: "don-t-panic", line: 1)])
    }

    @Test func headingLinesAndLevels() {
        let rendered = renderer.render(
            """
            # Title

            Intro.

            ## First

            Text.

            Setext two
            ----------

            > ### Quoted
            """)
        #expect(
            rendered.headings == [
                Heading(level: 1, text: "Title", id: "title", line: 1),
                Heading(level: 2, text: "First", id: "first", line: 5),
                Heading(level: 2, text: "Setext two", id: "setext-two", line: 9),
                Heading(level: 3, text: "Quoted", id: "quoted", line: 12),
            ])
        #expect(rendered.html.hasSuffix("<blockquote>\n<h3 id=\"quoted\">Quoted</h3>\n</blockquote>\n"))
    }
}

@Suite("MarkdownRenderer: summary data")
struct MarkdownSummaryTests {
    let renderer = MarkdownRenderer()

    @Test func firstParagraphIsPlainTextOfFirstTopLevelParagraph() {
        let rendered = renderer.render(
            """
            # Title

            > A quoted paragraph comes first.

            - a list item

            First *line* with **bold**
            second `code` and [a link](https://example.org).

            Second paragraph.
            """)
        #expect(rendered.firstParagraph == "First line with bold second code and a link.")
    }

    @Test func firstParagraphHardBreakBecomesSpace() {
        #expect(renderer.render("One  \ntwo\\\nthree").firstParagraph == "One two three")
    }

    @Test func firstParagraphAppliesSmartPunctuation() {
        #expect(renderer.render("\"Hi\" -- there").firstParagraph == "“Hi” – there")
    }

    @Test func firstParagraphEmptyWithoutParagraph() {
        #expect(renderer.render("# Only a heading\n\n```\ncode\n```\n").firstParagraph == "")
        #expect(renderer.render("").firstParagraph == "")
    }

    @Test func wordCountExcludesCodeBlocks() {
        let rendered = renderer.render(
            """
            # Heading here

            One two three, `inline code` counts.

            ```swift
            let a = 1
            let b = 2
            ```

                indented code is excluded too
            """)
        #expect(rendered.wordCount == 8)
    }

    @Test(arguments: [
        ("See the [report](https://example.org).", 3),
        ("Read *this*, then stop.", 4),
        ("It *really* matters.", 3),
        ("Text[^1].\n\n[^1]: Note.\n", 2),
        ("A na\u{00EF}ve caf\u{00E9} order.", 4),
        ("Ten\u{00A0}000 shells\u{3000}sent.", 4),
        ("Mixed ASCII then \u{00E9}t\u{00E9} words", 5),
    ])
    func wordCountCountsWordsNotInlineNodes(markdown: String, words: Int) {
        #expect(renderer.render(markdown).wordCount == words)
    }

    @Test(arguments: [
        ("| a | b |\n|---|---|\n| one | two |\n", 4),
        ("- one\n- two\n", 2),
        ("# Title\nBody\n", 2),
        ("> quoted\n\nplain\n", 2),
        ("line\nbreak", 2),
        ("hard  \nbreak", 2),
    ])
    func wordsNeverRunAcrossBlocksOrLineBreaks(markdown: String, words: Int) {
        #expect(renderer.render(markdown).wordCount == words)
    }

    @Test func hasFootnotes() {
        #expect(renderer.render("Text[^a].\n\n[^a]: Note.\n").hasFootnotes)
        #expect(!renderer.render("Text without notes.").hasFootnotes)
        // A reference without a definition stays literal text and defines nothing.
        let undefined = renderer.render("Text[^missing].")
        #expect(!undefined.hasFootnotes)
        #expect(undefined.html == "<p>Text[^missing].</p>\n")
    }
}
