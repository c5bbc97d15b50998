import Testing

@testable import SitegenMarkdown

@Test func scratchDump() {
    let samples = [
        "it's fine", "don't stop", "[link](x).", "**bold**text", "Hello, world!", "## Don't panic\n", "## fn-1\n\n## fnref-1\n\n## FN 2\n", "## x\n\n## x-1\n\n## x\n\n## x\n",
        "> Quote para\n\nReal first.", "Title\n=====\n\nText\n\n  ## Indented\n", "# Heading\n\n```swift\nlet a = 1\nlet b = 2\n```\n\nOne two three.\n\n    indented code here\n",
        "## Zürich & Привет\n", "Text[^note] here.\n\n[^note]: A note.\n", "A line  \nhard break\\\nand more.",
        "<div>\n*hi*\n</div>\n", "<!-- comment -->\n", "Look: <https://example.org>", "<iframe src=x></iframe> <xmp> <style> <textarea> <title> <noembed> <noframes> <plaintext>",
    ]
    for s in samples {
        for unsafe in [false, true] {
            let r = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: unsafe)).render(s)
            print("=====unsafe=\(unsafe)\n\(r.html)-----\n\(r.headings) fp=\(r.firstParagraph) wc=\(r.wordCount) fn=\(r.hasFootnotes)")
        }
    }
    let r = MarkdownRenderer(options: MarkdownOptions(smartPunctuation: false)).render("\"Quoted\" it's -- and --- and...")
    print(r.html, r.wordCount)
}
