import Foundation
import Testing

@testable import SitegenCore

/// TOML (`+++`) and JSON (`{`) front matter, as Hugo sites write them: the same fields as YAML,
/// with positions in the file and located errors.
@Suite("Front matter formats")
struct FrontMatterFormatsTests: FrontMatterSuite {

    private static func utc(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute))!
    }

    // MARK: TOML

    @Test func tomlKeysReadLikeYAML() throws {
        let result = parse(
            """
            +++
            title = "Reading Article 4"
            date = 2024-06-20T10:30:00+09:00
            lastmod = 2024-06-21
            description = 'What the clause says.'
            tags = ["alliance", "mutual aid"]
            draft = false
            weight = 3
            region = "East Asia"
            +++
            Body text.

            """)
        #expect(result.diagnostics == [])
        let matter = try #require(result.matter)
        #expect(matter.title == "Reading Article 4")
        #expect(matter.date == Self.utc(2024, 6, 20, 1, 30))
        #expect(matter.updated == Self.utc(2024, 6, 20, 15))
        #expect(matter.description == "What the clause says.")
        #expect(
            matter.tags == [
                NameMention(name: "alliance", line: 6, column: 9), NameMention(name: "mutual aid", line: 6, column: 21),
            ])
        #expect(matter.draft == false)
        #expect(matter.params["region"] == .text("East Asia"))
        #expect(matter.params["weight"] == .text("3"))
        #expect(matter.bodyLine == 11)
        #expect(result.body == "Body text.\n")
    }

    @Test func tomlTablesArraysOfTablesAndMultilineArrays() throws {
        let result = parse(
            """
            +++
            title = "Corrected"
            date = 2024-06-20
            tags = [
              "sanctions", # the main topic
              "munitions",
            ]
            summary = \"\"\"
            Two lines \\
            of summary.\"\"\"

            [[corrections]]
            date = 2024-06-22
            text = "Fixed the date of the vote."

            [[corrections]]
            date = 2024-06-23T08:00:00
            text = "Added the vote count."

            [params.map]
            zoom = 4.5
            +++
            """)
        #expect(result.diagnostics == [])
        let matter = try #require(result.matter)
        #expect(
            matter.tags == [
                NameMention(name: "sanctions", line: 5, column: 3), NameMention(name: "munitions", line: 6, column: 3),
            ])
        #expect(matter.description == "Two lines of summary.")
        #expect(matter.corrections.map(\.text) == ["Fixed the date of the vote.", "Added the vote count."])
        #expect(matter.corrections.last?.date == Self.utc(2024, 6, 22, 23))
        #expect(matter.params["params"] == .map(["map": .map(["zoom": .text("4.5")])]))
    }

    @Test func tomlProblemsAreLocatedInTheFile() {
        let syntax = parse("+++\ntitle = \"A\"\ndate = \n+++\n")
        #expect(syntax.matter == nil)
        #expect(syntax.diagnostics.count == 1)
        #expect(syntax.diagnostics.first?.hasPrefix("content/posts/x.md:3:") == true)
        #expect(syntax.diagnostics.first?.contains("error: invalid TOML:") == true)

        let wrongType = parse("+++\ntitle = \"A\"\n\n  draft = \"maybe\"\n+++\n")
        #expect(
            wrongType.diagnostics == [#"content/posts/x.md:4:11: error: 'draft' must be true or false, found "maybe""#])

        let badDate = parse("+++\ntitle = \"A\"\ntags = [\"a\",\n  { name = \"b\" }]\n+++\n")
        #expect(
            badDate.diagnostics == ["content/posts/x.md:4:3: error: each entry of 'tags' must be text, found a mapping"]
        )

        let unclosed = parse("+++\ntitle = \"A\"\n")
        #expect(
            unclosed.diagnostics == [
                "content/posts/x.md:1:1: error: front matter opened with '+++' on line 1 is never closed by a '+++' line"
            ])
    }

    @Test func tomlKeysAreReportedInTheOrderWritten() {
        // The TOML parser lists keys alphabetically; the second of two aliases is the one reported.
        let result = parse("+++\ntitle = \"A\"\nsummary = \"first\"\ndescription = \"second\"\n+++\n")
        #expect(
            result.diagnostics == [
                "content/posts/x.md:4:1: error: 'description' sets the same field as 'summary' above; keep one of them"
            ])
    }

    // MARK: JSON

    @Test func jsonObjectAtTheTopIsFrontMatter() throws {
        let result = parse(
            """
            {
              "title": "Reading \\"Article 4\\" \\u00e9",
              "date": "2024-06-20T10:30:00+09:00",
              "tags": ["alliance", "mutual aid"],
              "draft": false,
              "seriesPart": 2,
              "series": "Treaty",
              "aliases": null,
              "region": {"name": "East Asia", "codes": [1, 2.5e1]}
            }
            Body text.
            """)
        #expect(result.diagnostics == [])
        let matter = try #require(result.matter)
        #expect(matter.title == "Reading \"Article 4\" é")
        #expect(matter.date == Self.utc(2024, 6, 20, 1, 30))
        #expect(
            matter.tags == [
                NameMention(name: "alliance", line: 4, column: 12),
                NameMention(name: "mutual aid", line: 4, column: 24),
            ])
        #expect(matter.seriesPart == 2)
        #expect(matter.aliases == [])
        #expect(
            matter.params["region"]
                == .map(["name": .text("East Asia"), "codes": .list([.text("1"), .text("2.5e1")])]))
        #expect(matter.bodyLine == 11)
        #expect(result.body == "Body text.")
    }

    @Test func jsonProblemsAreLocated() {
        let missingComma = parse("{\n  \"title\": \"A\"\n  \"date\": \"2024-06-19\"\n}\n")
        #expect(missingComma.matter == nil)
        #expect(
            missingComma.diagnostics == [
                "content/posts/x.md:3:3: error: invalid JSON: expected ',' or '}' after a value"
            ])

        let unclosed = parse("{\"title\": \"A\",\n")
        #expect(
            unclosed.diagnostics == ["content/posts/x.md:2:1: error: invalid JSON: expected a key in double quotes"])

        let draft = parse("{\"title\": \"A\", \"draft\": \"maybe\"}\n")
        #expect(draft.diagnostics == [#"content/posts/x.md:1:25: error: 'draft' must be true or false, found "maybe""#])
    }

    @Test func bodyOpeningWithATemplateCallIsNotJSON() {
        let result = parse("{{< figure src=\"a.png\" >}}\n\nText.\n")
        #expect(result.diagnostics == [])
        #expect(result.matter == FrontMatter())
        #expect(result.body.hasPrefix("{{<"))
    }
}
