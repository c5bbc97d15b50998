import SitegenText
import Testing

@testable import SitegenMarkdown

@Suite("TableOfContentsEntry.tree")
struct TableOfContentsTests {
    private func heading(_ level: Int, _ text: String, line: Int = 1) -> Heading {
        Heading(level: level, text: text, id: Slug.make(text), line: line)
    }

    private func entry(_ heading: Heading, _ children: [TableOfContentsEntry] = []) -> TableOfContentsEntry {
        TableOfContentsEntry(heading: heading, children: children)
    }

    @Test func nestsLevelThreeUnderLevelTwo() {
        let a = heading(2, "A")
        let b = heading(3, "B")
        let c = heading(3, "C")
        let d = heading(2, "D")
        let e = heading(3, "E")
        #expect(
            TableOfContentsEntry.tree(from: [a, b, c, d, e]) == [
                entry(a, [entry(b), entry(c)]),
                entry(d, [entry(e)]),
            ])
    }

    @Test func levelFourIsIgnored() {
        let a = heading(2, "A")
        let deep = heading(4, "Deep")
        let b = heading(3, "B")
        #expect(TableOfContentsEntry.tree(from: [a, deep, b]) == [entry(a, [entry(b)])])
    }

    @Test func levelOneIsIgnored() {
        let title = heading(1, "Title")
        let a = heading(2, "A")
        let b = heading(3, "B")
        #expect(TableOfContentsEntry.tree(from: [title, a, b]) == [entry(a, [entry(b)])])
    }

    @Test func levelThreeBeforeAnyLevelTwoStaysAtTop() {
        let early = heading(3, "Early")
        let earlier = heading(3, "Also early")
        let a = heading(2, "A")
        let b = heading(3, "B")
        #expect(
            TableOfContentsEntry.tree(from: [early, earlier, a, b]) == [
                entry(early), entry(earlier), entry(a, [entry(b)]),
            ])
    }

    @Test func emptyAndFlat() {
        #expect(TableOfContentsEntry.tree(from: []) == [])
        let a = heading(2, "A")
        let b = heading(2, "B")
        #expect(TableOfContentsEntry.tree(from: [a, b]) == [entry(a), entry(b)])
        #expect(TableOfContentsEntry.tree(from: [heading(1, "T"), heading(5, "x"), heading(6, "y")]) == [])
    }

    @Test func customLevelRange() {
        let a = heading(2, "A")
        let d = heading(4, "D")
        let c = heading(3, "C")
        #expect(
            TableOfContentsEntry.tree(from: [a, d, c], minLevel: 2, maxLevel: 4) == [
                entry(a, [entry(d), entry(c)])
            ])
    }

    @Test func treeFromRenderedDocument() {
        let rendered = MarkdownRenderer().render(
            """
            # Title

            ## Background

            ### Sanctions

            #### Detail

            ### Trade

            ## Outlook
            """)
        let toc = TableOfContentsEntry.tree(from: rendered.headings)
        #expect(toc.map(\.heading.id) == ["background", "outlook"])
        #expect(toc[0].children.map(\.heading.id) == ["sanctions", "trade"])
        #expect(toc[0].children.map(\.heading.line) == [5, 9])
        #expect(toc[0].children.allSatisfy { $0.children.isEmpty })
        #expect(toc[1].children.isEmpty)
    }
}
