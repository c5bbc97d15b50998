import Foundation
import Testing

@testable import SitegenCore

/// sitegen's own TOML reader, value by value and error by error (TOML 1.0).
@Suite struct TOMLReaderTests {
    func read(_ toml: String) throws(FrontMatterFailure) -> MatterValue {
        try MatterValue.parseTOML(toml, firstLine: 2, file: "f.md")
    }

    func error(_ toml: String) -> String? {
        do {
            _ = try read(toml)
            return nil
        } catch {
            return error.diagnostic.description
        }
    }

    @Test(arguments: [
        (#"x = "tab\tquote\" \u00e9 \U0001F4CE""#, "tab\tquote\" é 📎"),
        ("x = 'C:\\path\\no escapes'", "C:\\path\\no escapes"),
        ("x = \"\"\"\nfirst\n  second\"\"\"", "first\n  second"),
        ("x = \"\"\"one \\\n     two\"\"\"", "one two"),
        ("x = '''\nraw \\n '' quotes'''", "raw \\n '' quotes"),
        ("x = \"\"\"two quotes at the end\"\"\"\"\"", "two quotes at the end\"\""),
        ("x = 1_000", "1000"), ("x = -17", "-17"), ("x = +0", "0"), ("x = 0xDEAD_beef", "3735928559"),
        ("x = 0o755", "493"), ("x = 0b1101", "13"), ("x = 3.14", "3.14"), ("x = -2E-2", "-0.02"),
        ("x = 5e+22", "5e+22"), ("x = 1_000.5", "1000.5"), ("x = inf", "inf"), ("x = -inf", "-inf"),
        ("x = nan", "nan"), ("x = true", "true"), ("x = false", "false"),
        ("x = 1979-05-27", "1979-05-27"), ("x = 07:32:00.999", "07:32:00.999"),
        ("x = 1979-05-27T07:32:00Z", "1979-05-27T07:32:00Z"), ("x = 1979-05-27t07:32:00z", "1979-05-27T07:32:00Z"),
        ("x = 1979-05-27 07:32:00-07:00", "1979-05-27T07:32:00-07:00"),
        ("x = 1979-05-27T00:32:00.999999+00:00", "1979-05-27T00:32:00.999999Z"),
        ("x = 2024-02-29", "2024-02-29"),
    ])
    func valuesReadAsText(_ toml: String, _ expected: String) throws {
        let value = try read(toml)
        #expect(value["x"]?.scalarText == expected)
    }

    @Test func tablesDottedKeysInlineTablesAndArraysOfTables() throws {
        let value = try read(
            """
            site.name = "Desk"
            "quoted key" = 1
            'lit.eral' = 2
            point = { x = 1, y = { z = "deep" } }
            [a.b]
            c = [1, [2, 3], { d = 4 }, ]
            [[items]]
            n = 1
            [[items]]
            n = 2
            [a]
            e = 5
            """)
        #expect(value["site"]?["name"]?.scalarText == "Desk")
        #expect(value["quoted key"]?.scalarText == "1" && value["lit.eral"]?.scalarText == "2")
        #expect(value["point"]?["y"]?["z"]?.scalarText == "deep")
        #expect(value["a"]?["e"]?.scalarText == "5")
        guard case .list(let c)? = value["a"]?["b"]?["c"]?.content, case .list(let inner) = c[1].content else {
            Issue.record("a.b.c is not a list of a list")
            return
        }
        #expect(c.count == 3 && inner.map(\.scalarText) == ["2", "3"] && c[2]["d"]?.scalarText == "4")
        guard case .list(let items)? = value["items"]?.content else {
            Issue.record("items is not a list")
            return
        }
        #expect(items.map { $0["n"]?.scalarText } == ["1", "2"])
        #expect(value.entries?.map(\.key.scalarText) == ["site", "quoted key", "lit.eral", "point", "a", "items"])
        #expect(value["point"]?.line == 5 && value["point"]?.column == 9)
        #expect(value.entries?[3].key.line == 5 && value.entries?[3].key.column == 1)
    }

    @Test(arguments: [
        ("x = ", "f.md:2:5: error: invalid TOML: expected a value"),
        ("x = 1\nx = 2", "f.md:3:1: error: invalid TOML: key 'x' is given more than once"),
        ("[a]\n[a]", "f.md:3:2: error: invalid TOML: table 'a' is defined more than once"),
        ("a = 1\n[a]", "f.md:3:2: error: invalid TOML: 'a' already holds a value"),
        ("p = { x = 1 }\n[p.q]", "f.md:3:2: error: invalid TOML: table 'p' was written inline and cannot be added to"),
        ("x = \"open", "f.md:2:5: error: invalid TOML: the string is never closed by '\"'"),
        ("x = \"\"\"never", "f.md:2:5: error: invalid TOML: the string is never closed by \"\"\""),
        ("x = [1, 2", "f.md:2:5: error: invalid TOML: the array is never closed by ']'"),
        ("x = [1 2]", "f.md:2:8: error: invalid TOML: expected ',' or ']' in the array"),
        ("x = { a = 1 b = 2 }", "f.md:2:13: error: invalid TOML: expected ',' or '}' in the inline table"),
        ("x = 1 y = 2", "f.md:2:7: error: invalid TOML: expected the end of the line, found 'y'"),
        ("x = hello", "f.md:2:5: error: invalid TOML: 'hello' is not a TOML value (a string needs quotes)"),
        ("x = 012", "f.md:2:5: error: invalid TOML: '012' is not a TOML value (a string needs quotes)"),
        ("x = 1__0", "f.md:2:5: error: invalid TOML: '1__0' is not a TOML value (a string needs quotes)"),
        ("x = 2023-02-29", "f.md:2:5: error: invalid TOML: '2023-02-29' is not a TOML value (a string needs quotes)"),
        ("x = \"\\q\"", "f.md:2:6: error: invalid TOML: unknown escape \\'q'"),
        ("x = \"\\uD800\"", "f.md:2:12: error: invalid TOML: \\u names no Unicode character"),
        ("= 1", "f.md:2:1: error: invalid TOML: expected a key, found '='"),
        ("[[a]\n", "f.md:2:4: error: invalid TOML: expected ']]' to close the table header"),
    ])
    func errorsAreLocated(_ toml: String, _ expected: String) {
        #expect(error(toml) == expected)
    }
}
