import Foundation
import Testing

@testable import SitegenCore

@Suite("FrontMatterParser")
struct FrontMatterTests: FrontMatterSuite {

    private static func date(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, zone: TimeZone = seoul
    ) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    // MARK: keys

    @Test func everyKey() throws {
        let result = parse(
            """
            ---
            title: Russia and North Korea Sign New Defense Pact
            date: 2024-06-19
            updated: 2024-06-20T09:30:00+09:00
            description: A historic breakthrough.
            tags: [Russia, North Korea, "U.S.-led sanctions"]
            authors: [Jane Doe, John Roe]
            draft: true
            slug: pact
            region: East Asia
            ---
            Body

            """)
        #expect(result.diagnostics == [])
        var expected = FrontMatter()
        expected.title = "Russia and North Korea Sign New Defense Pact"
        expected.date = Self.date(2024, 6, 19)
        expected.updated = Self.date(2024, 6, 20, 9, 30)
        expected.description = "A historic breakthrough."
        expected.tags = [
            NameMention(name: "Russia", line: 6, column: 8),
            NameMention(name: "North Korea", line: 6, column: 16),
            NameMention(name: "U.S.-led sanctions", line: 6, column: 29),
        ]
        expected.authors = ["Jane Doe", "John Roe"]
        expected.draft = true
        expected.slug = "pact"
        expected.params = ["region": .text("East Asia")]
        expected.bodyLine = 12
        expected.keys = ["title", "date", "updated", "description", "tags", "authors", "draft", "slug", "region"]
            .enumerated().map { NameMention(name: $1, line: $0 + 2, column: 1, key: $1) }
        #expect(try #require(result.matter) == expected)
        #expect(result.body == "Body\n")
    }

    @Test func defaultsWhenKeysAreMissing() throws {
        let matter = try #require(parse("---\ntitle: Only a title\n---\nBody\n").matter)
        #expect(matter.date == nil)
        #expect(matter.updated == nil)
        #expect(matter.description == nil)
        #expect(matter.tags == [])
        #expect(matter.authors == [])
        #expect(matter.draft == false)
        #expect(matter.slug == nil)
        #expect(matter.params == [:])
    }

    @Test func tagsAsBlockListKeepTheirPositions() throws {
        let matter = try #require(parse("---\ntitle: T\ntags:\n  - NATO\n  - Sanctions\n---\n").matter)
        #expect(
            matter.tags == [
                NameMention(name: "NATO", line: 4, column: 5),
                NameMention(name: "Sanctions", line: 5, column: 5),
            ])
    }

    @Test func tagsAsCommaSeparatedString() throws {
        let matter = try #require(parse("---\ntitle: T\ntags: NATO, Sanctions ,  Ukraine,\n---\n").matter)
        #expect(
            matter.tags == [
                NameMention(name: "NATO", line: 3, column: 7),
                NameMention(name: "Sanctions", line: 3, column: 7),
                NameMention(name: "Ukraine", line: 3, column: 7),
            ])
    }

    @Test(arguments: [
        ("authors: [Jane Doe, John Roe]", ["Jane Doe", "John Roe"]),
        ("authors: Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
        ("authors: Jane Doe", ["Jane Doe"]),
        ("author: Jane Doe", ["Jane Doe"]),
        ("author: [Jane Doe]", ["Jane Doe"]),
    ])
    func authors(line: String, authors: [String]) throws {
        let matter = try #require(parse("---\ntitle: T\n\(line)\n---\n").matter)
        #expect(matter.authors == authors)
    }

    @Test(arguments: [
        ("true", true), ("false", false), ("yes", true), ("no", false), ("Yes", true), ("on", true),
        ("off", false), ("TRUE", true),
    ])
    func draftValues(value: String, draft: Bool) throws {
        let result = parse("---\ntitle: T\ndraft: \(value)\n---\n")
        #expect(result.diagnostics == [])
        #expect(try #require(result.matter).draft == draft)
    }

    @Test func unknownKeysBecomeParams() throws {
        let matter = try #require(
            parse(
                """
                ---
                title: T
                region: East Asia
                weight: 5
                sources: [Reuters, AP]
                hero: {image: map.png, alt: Map}
                ---
                """
            ).matter)
        #expect(
            matter.params == [
                "region": .text("East Asia"),
                "weight": .text("5"),
                "sources": .list([.text("Reuters"), .text("AP")]),
                "hero": .map(["image": .text("map.png"), "alt": .text("Map")]),
            ])
    }

    // MARK: aliases

    @Test func aliasesAreFoldedIn() throws {
        let result = parse(
            """
            ---
            title: T
            summary: The short version.
            lastmod: 2024-06-21
            author: Jane Doe
            tags: [NATO]
            keywords: Sanctions, Trade
            categories: [Asia]
            ---
            """)
        #expect(result.diagnostics == [])
        let matter = try #require(result.matter)
        #expect(matter.description == "The short version.")
        #expect(matter.updated == Self.date(2024, 6, 21))
        #expect(matter.authors == ["Jane Doe"])
        #expect(matter.tags.map(\.name) == ["NATO", "Sanctions", "Trade", "Asia"])
        #expect(matter.tags.map(\.line) == [6, 7, 7, 8])
        #expect(matter.params == [:])
    }

    @Test(arguments: [
        ("description: a", "summary: b", "'summary' sets the same field as 'description' above; keep one of them"),
        ("summary: a", "description: b", "'description' sets the same field as 'summary' above; keep one of them"),
        (
            "updated: 2024-06-20", "lastmod: 2024-06-21",
            "'lastmod' sets the same field as 'updated' above; keep one of them"
        ),
        ("authors: [A]", "author: B", "'author' sets the same field as 'authors' above; keep one of them"),
    ])
    func aliasGivenTwiceIsAnError(first: String, second: String, message: String) {
        let result = parse("---\ntitle: T\n\(first)\n\(second)\n---\n")
        #expect(result.diagnostics == ["content/posts/x.md:4:1: error: \(message)"])
    }

    @Test func firstAliasWinsWhenGivenTwice() throws {
        let matter = try #require(parse("---\nsummary: first\ndescription: second\n---\n").matter)
        #expect(matter.description == "first")
    }

    // MARK: errors

    @Test func badDate() {
        let result = parse("---\ntitle: Pact\ndate: June 19th\n---\nBody\n")
        #expect(
            result.diagnostics == [
                "content/posts/x.md:3:7: error: 'date' must be a date like 2024-06-19 or 2024-06-19T10:30:00+09:00, "
                    + "found \"June 19th\""
            ])
        #expect(result.matter?.date == nil)
        #expect(result.matter?.title == "Pact")
    }

    @Test func badDateUnderAliasNamesTheAlias() {
        let result = parse("---\ntitle: T\nlastmod: 2024-02-30\n---\n")
        #expect(
            result.diagnostics == [
                "content/posts/x.md:3:10: error: 'lastmod' must be a date like 2024-06-19 or "
                    + "2024-06-19T10:30:00+09:00, found \"2024-02-30\""
            ])
    }

    @Test func dateAsList() {
        let result = parse("---\ntitle: T\ndate: [2024-06-19]\n---\n")
        #expect(
            result.diagnostics == [
                "content/posts/x.md:3:7: error: 'date' must be a date like 2024-06-19 or 2024-06-19T10:30:00+09:00, "
                    + "found a list"
            ])
    }

    @Test func badDraft() {
        let result = parse("---\ntitle: Pact\ndraft: maybe\n---\n")
        #expect(result.diagnostics == ["content/posts/x.md:3:8: error: 'draft' must be true or false, found \"maybe\""])
        #expect(result.matter?.draft == false)
    }

    @Test func badSlugWithSuggestion() {
        let result = parse("---\nslug: Hello World\n---\n")
        #expect(
            result.diagnostics == [
                "content/posts/x.md:2:7: error: 'slug' may hold only lower-case letters, digits and '-', "
                    + "found \"Hello World\"; try 'hello-world'"
            ])
        #expect(result.matter?.slug == nil)
    }

    @Test func slugCannotLeaveTheOutputDirectory() {
        let result = parse("---\nslug: ../../etc\n---\n")
        #expect(
            result.diagnostics == [
                "content/posts/x.md:2:7: error: 'slug' may hold only lower-case letters, digits and '-', "
                    + "found \"../../etc\"; try 'etc'"
            ])
    }

    @Test func punctuationOnlySlugHasNoSuggestion() {
        let result = parse("---\nslug: '!!!'\n---\n")
        #expect(
            result.diagnostics == [
                "content/posts/x.md:2:7: error: 'slug' may hold only lower-case letters, digits and '-', found \"!!!\""
            ])
    }

    @Test func wrongValueKinds() {
        let result = parse(
            """
            ---
            title: ''
            tags: {a: 1}
            authors: [x, [y]]
            description: [a, b]
            ---
            """)
        #expect(
            result.diagnostics == [
                "content/posts/x.md:2:8: error: 'title' must not be empty",
                "content/posts/x.md:3:7: error: 'tags' must be a list or one comma-separated string, found a mapping",
                "content/posts/x.md:4:14: error: each entry of 'authors' must be text, found a list",
                "content/posts/x.md:5:14: error: 'description' must be text, found a list",
            ])
        #expect(result.matter?.authors == ["x"])
    }

    @Test func everyErrorIsCollected() {
        let result = parse("---\ntitle: T\ndate: soon\ndraft: perhaps\nslug: Not A Slug\n---\n")
        #expect(
            result.diagnostics == [
                "content/posts/x.md:3:7: error: 'date' must be a date like 2024-06-19 or 2024-06-19T10:30:00+09:00, "
                    + "found \"soon\"",
                "content/posts/x.md:4:8: error: 'draft' must be true or false, found \"perhaps\"",
                "content/posts/x.md:5:7: error: 'slug' may hold only lower-case letters, digits and '-', "
                    + "found \"Not A Slug\"; try 'not-a-slug'",
            ])
    }

    @Test func unclosedFrontMatter() {
        let result = parse("---\ntitle: x\n\nBody without a closing line\n")
        #expect(result.matter == nil)
        #expect(
            result.diagnostics == [
                "content/posts/x.md:1:1: error: front matter opened with '---' on line 1 "
                    + "is never closed by a '---' line"
            ])
    }

    @Test func yamlSyntaxErrorLineIsOffsetByTheOpeningLine() {
        let result = parse("---\ntitle: x\n  bad: [\n---\nBody\n")
        #expect(result.matter == nil)
        #expect(
            result.diagnostics == [
                "content/posts/x.md:3:6: error: invalid YAML: mapping values are not allowed in this context"
            ])
    }

    @Test func yamlSyntaxErrorFurtherDown() {
        let result = parse("---\ntitle: Pact\ndate: 2024-06-19\ndescription: Pact: signed\n---\n")
        #expect(
            result.diagnostics == [
                "content/posts/x.md:4:18: error: invalid YAML: mapping values are not allowed in this context"
            ])
    }

    @Test func duplicateKeyIsAnError() {
        let result = parse("---\ntitle: a\ntitle: b\n---\n")
        #expect(result.matter == nil)
        #expect(result.diagnostics.count == 1)
        #expect(result.diagnostics.first?.hasPrefix("content/posts/x.md:2:") == true)
        #expect(result.diagnostics.first?.hasSuffix("error: key 'title' appears more than once") == true)
    }

    @Test func frontMatterMustBeAMapping() {
        let result = parse("---\n- a\n- b\n---\nBody\n")
        #expect(result.matter == nil)
        #expect(
            result.diagnostics == ["content/posts/x.md:2:1: error: front matter must be a mapping of keys to values"])
    }

    // MARK: layout

    @Test func fileWithoutFrontMatter() throws {
        let text = "# Hello\n\nBody text.\n"
        let result = parse(text)
        #expect(try #require(result.matter) == FrontMatter())
        #expect(result.body == Substring(text))
        #expect(result.diagnostics == [])
    }

    @Test func thematicBreakLookalikeIsNotFrontMatter() throws {
        let text = "----\ntitle: x\n----\n"
        let result = parse(text)
        #expect(try #require(result.matter).title == nil)
        #expect(result.body == Substring(text))
    }

    @Test func emptyFrontMatter() throws {
        let result = parse("---\n---\nBody")
        #expect(try #require(result.matter).bodyLine == 3)
        #expect(result.body == "Body")
        #expect(result.diagnostics == [])
    }

    @Test func crlfLineEndings() throws {
        let result = parse("---\r\ntitle: CRLF\r\ndate: 2024-06-19\r\ntags: [A, B]\r\n---\r\nBody line\r\n")
        #expect(result.diagnostics == [])
        let matter = try #require(result.matter)
        #expect(matter.title == "CRLF")
        #expect(matter.date == Self.date(2024, 6, 19))
        #expect(
            matter.tags == [NameMention(name: "A", line: 4, column: 8), NameMention(name: "B", line: 4, column: 11)])
        #expect(matter.bodyLine == 6)
        #expect(result.body == "Body line\r\n")
    }

    @Test func crlfErrorLines() {
        let result = parse("---\r\ntitle: T\r\n\r\ndraft: maybe\r\n---\r\n")
        #expect(result.diagnostics == ["content/posts/x.md:4:8: error: 'draft' must be true or false, found \"maybe\""])
    }

    @Test func byteOrderMarkBeforeFrontMatter() throws {
        let result = parse("\u{FEFF}---\ntitle: BOM\n---\nBody\n")
        #expect(try #require(result.matter).title == "BOM")
        #expect(result.body == "Body\n")
    }

    @Test func dotsCloseFrontMatter() throws {
        let result = parse("---\ntitle: Dots\n...\nBody\n")
        #expect(try #require(result.matter).title == "Dots")
        #expect(result.body == "Body\n")
    }

    @Test(arguments: [
        ("---\ntitle: T\n---\nBody\n", 4),
        ("---\ntitle: T\n---\n", 4),
        ("---\ntitle: T\n---", 4),
        ("---\n# comment\n\ntitle: T\ntags: [a]\n---\n\nBody\n", 7),
        ("No front matter\n", 1),
    ])
    func bodyLine(text: String, line: Int) throws {
        #expect(try #require(parse(text).matter).bodyLine == line)
    }
}
