import Testing

@testable import SitegenCore

/// sitegen's Mustache engine on its own: values, sections, partials, layouts, whitespace, errors.
struct TemplateEngineTests {
    indirect enum V: TemplateRepresentable {
        case text(String)
        case flag(Bool)
        case number(Int)
        case list([V])
        case map([String: V])

        var templateValue: TemplateValue {
            switch self {
            case .text(let text): .text(text)
            case .flag(let flag): .bool(flag)
            case .number(let number): .number(number)
            case .list(let items): .list(items)
            case .map(let values): .object(values)
            }
        }
    }

    func render(_ templates: [String: String], _ data: [String: V] = [:], name: String = "main") throws -> String {
        var library = TemplateLibrary()
        for (templateName, text) in templates {
            library.register(try TemplateParser.parse(text), named: templateName)
        }
        return library.render(data, withTemplate: name) ?? "(nothing)"
    }

    func render(_ text: String, _ data: [String: V] = [:]) throws -> String {
        try render(["main": text], data)
    }

    func syntaxError(_ text: String) -> TemplateSyntaxError? {
        do {
            _ = try TemplateParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    static let people: [String: V] = [
        "site": .map(["title": .text("Notes")]),
        "people": .list([.map(["name": .text("Ann")]), .map(["name": .text("Bo")]), .map(["name": .text("Cy")])]),
    ]

    @Test func valuesAreEscapedUnlessTripled() throws {
        let data: [String: V] = ["t": .text(#"<a href="x">&'"#), "n": .number(3), "f": .flag(true)]
        #expect(
            try render("{{t}}|{{{t}}}|{{&t}}|{{n}}|{{f}}|{{missing}}.", data)
                == #"&lt;a href=&quot;x&quot;&gt;&amp;&#39;|<a href="x">&'|<a href="x">&'|3|true|."#)
    }

    @Test func sectionsOpenForTrueTextObjectsAndEachListElement() throws {
        let data: [String: V] = [
            "yes": .flag(true), "no": .flag(false), "empty": .list([]), "word": .text(""),
            "post": .map(["title": .text("T"), "date": .map(["iso": .text("2026")])]),
        ]
        #expect(try render("{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}n{{/no}}{{^empty}}e{{/empty}}", data) == "Yne")
        #expect(
            try render("[{{#word}}w{{.}}{{/word}}][{{#missing}}m{{/missing}}{{^missing}}!{{/missing}}]", data)
                == "[w][!]")
        #expect(try render("{{#post}}{{title}} {{date.iso}}{{/post}} {{post.date.iso}}", data) == "T 2026 2026")
        #expect(try render("{{#people}}{{name}}{{^last()}}, {{/last()}}{{/people}}", Self.people) == "Ann, Bo, Cy")
        #expect(
            try render("{{#people}}{{index()}}{{#first()}}^{{/first()}}{{#odd()}}o{{/odd()}}{{/people}}", Self.people)
                == "0^1o2")
    }

    @Test func namesClimbTheStackUnlessAnchored() throws {
        let data: [String: V] = [
            "title": .text("outer"), "inner": .map(["other": .text("x")]), "site": .map(["title": .text("S")]),
        ]
        #expect(try render("{{#inner}}{{title}}|{{.title}}|{{site.title}}|{{other}}{{/inner}}", data) == "outer||S|x")
    }

    @Test func transformsApplyInnermostFirst() throws {
        let data: [String: V] = ["name": .text("north korea"), "n": .number(0), "people": Self.people["people"]!]
        #expect(
            try render("{{uppercased(name)}} {{capitalized(name)}} {{count(people)}}", data)
                == "NORTH KOREA North Korea 3")
        #expect(try render("{{#equalzero(n)}}zero{{/equalzero(n)}} {{plusone(n)}}", data) == "zero 1")
        #expect(try render("{{#first(reversed(people))}}{{name}}{{/first(reversed(people))}}", data) == "Cy")
    }

    @Test func standaloneTagsRemoveTheirLine() throws {
        let text = "<ul>\n  {{#people}}\n  <li>{{name}}</li>\n  {{/people}}\n  {{! a comment }}\n</ul>\n"
        #expect(try render(text, Self.people) == "<ul>\n  <li>Ann</li>\n  <li>Bo</li>\n  <li>Cy</li>\n</ul>\n")
        #expect(try render("a {{#yes}}b{{/yes}} c\n", ["yes": .flag(true)]) == "a b c\n")
    }

    @Test func aStandalonePartialIndentsEveryLineItWrites() throws {
        let templates = [
            "main": "<nav>\n  {{> partials/list}}\n</nav>\n",
            "partials/list": "<ul>\n{{#people}}\n<li>{{name}}</li>\n{{/people}}\n</ul>\n",
        ]
        #expect(
            try render(templates, Self.people)
                == "<nav>\n  <ul>\n  <li>Ann</li>\n  <li>Bo</li>\n  <li>Cy</li>\n  </ul>\n</nav>\n")
        #expect(try render(["main": "[{{> p}}]", "p": "x\ny"]) == "[x\ny]")
    }

    @Test func layoutsTakeTheBlocksTheirPagesOverride() throws {
        let templates = [
            "base": "<title>{{$title}}Site{{/title}}</title>\n<main>\n  {{$main}}\n  empty\n  {{/main}}\n</main>\n",
            "main": "{{<base}}\n{{$main}}\n<p>{{site.title}}</p>\n<p>two</p>\n{{/main}}\n{{/base}}\n",
            "partials/layout": "[{{$x}}default{{/x}}]",
            "slash": "{{<partials/layout}}{{$x}}mine{{/x}}{{/partials/layout}}",
        ]
        #expect(
            try render(templates, Self.people)
                == "<title>Site</title>\n<main>\n  <p>Notes</p>\n  <p>two</p>\n</main>\n")
        #expect(try render(templates, [:], name: "slash") == "[mine]")
    }

    @Test func delimitersAndContentTypesCanChange() throws {
        #expect(try render("{{=<% %>=}}\n<% t %> {{t}}", ["t": .text("&")]) == "&amp; {{t}}")
        #expect(try render("{{% CONTENT_TYPE: TEXT}}\n{{t}}", ["t": .text("<b>")]) == "<b>")
        #expect(
            try render(["main": "{{% CONTENT_TYPE: TEXT}}\n{{t}}{{> p}}", "p": "{{t}}"], ["t": .text("<")])
                == "<&lt;")
    }

    @Test func syntaxErrorsSayWhereTheyAre() {
        #expect(
            syntaxError("<h1>{{#post}}{{title}}{{/pots}}</h1>")
                == TemplateSyntaxError(
                    message: "a closing tag does not match the section it closes", line: 1, column: 26))
        #expect(
            syntaxError("a\n  {{#post}}\n{{title}}\n")
                == TemplateSyntaxError(message: "a section is never closed", line: 2, column: 3))
        #expect(
            syntaxError("x {{title")
                == TemplateSyntaxError(message: "a tag is not closed with '}}'", line: 1, column: 10))
        #expect(
            syntaxError("\n{{shout(title)}}")
                == TemplateSyntaxError(message: "unknown transform 'shout()'", line: 2, column: 3))
        #expect(
            syntaxError("{{<base}}{{title}}{{/base}}")
                == TemplateSyntaxError(
                    message: "only {{$block}} definitions may stand inside {{<layout}}", line: 1, column: 1))
        #expect(syntaxError("{{! never closed") != nil)
        #expect(syntaxError("{{= | =}}") != nil)
    }

    @Test func aPartialThatIncludesItselfStopsInsteadOfCrashing() throws {
        #expect(try render(["main": "{{> loop}}", "loop": "x{{> loop}}"]) == "(nothing)")
        // Twice per level is 2^100 calls unless the first one too deep stops everything.
        #expect(try render(["main": "{{> loop}}", "loop": "x{{> loop}}{{> loop}}"]) == "(nothing)")
        // Recursion that ends (a tree of headings) renders.
        let tree: [String: V] = [
            "children": .list([
                .map(["t": .text("a"), "children": .list([.map(["t": .text("b"), "children": .list([])])])])
            ])
        ]
        let templates = ["main": "{{> node}}", "node": "{{#children}}({{t}}{{> node}}){{/children}}"]
        #expect(try render(templates, tree) == "(a(b))")
    }

    @Test func mapsCanBeCountedAndListedByKey() throws {
        let data: [String: V] = ["links": .map(["mastodon": .text("https://m"), "github": .text("https://g")])]
        #expect(
            try render("{{count(links)}}:{{#sorted(links)}}<a href=\"{{value}}\">{{key}}</a>{{/sorted(links)}}", data)
                == #"2:<a href="https://g">github</a><a href="https://m">mastodon</a>"#)
        #expect(
            try render("{{#empty(links)}}none{{/empty(links)}}{{^empty(links)}}some{{/empty(links)}}", data) == "some")
        #expect(try render("{{capitalized(t)}}", ["t": .text("open-source (draft)")]) == "Open-Source (Draft)")
    }

    @Test func anInvertedEmptyListIsTheCurrentValueAndLeavesTheListPosition() throws {
        let data: [String: V] = [
            "posts": .list([
                .map(["title": .text("A"), "tags": .list([])]), .map(["title": .text("B"), "tags": .list([])]),
            ])
        ]
        #expect(
            try render("{{#posts}}{{^tags}}[{{.title}}]{{^last()}},{{/last()}}{{/tags}}{{/posts}}", data) == "[],[],")
    }

    @Test func onlyLineFeedsEndLines() throws {
        #expect(try render("{{#a}}\rX\r{{/a}}\r", ["a": .flag(true)]) == "X\r\r")
        #expect(try render("{{#a}}\r\nX\r\n{{/a}}\r\n", ["a": .flag(true)]) == "X\r\n")
    }

    @Test func sectionsNestedTooDeepAreASyntaxError() {
        let deep = String(repeating: "{{#a}}", count: 250) + String(repeating: "{{/a}}", count: 250)
        #expect(syntaxError(deep)?.message == "sections nest more than 200 deep")
    }
}
