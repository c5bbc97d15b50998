import Foundation
import Testing

@testable import SitegenCore

/// How templates render values: escaping, JSON inside `<script>`, and list entries rendered once.
@Suite struct TemplateRenderingTests {
    func prepare(_ files: [String: String]) async throws -> PreparedSite {
        let root = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(root) }
        for (path, text) in files { try TestSupport.write(text, to: path, in: root) }
        var options = BuildOptions(siteRoot: root)
        options.now = TestSupport.now
        return try await SiteBuilder(options: options).prepare()
    }

    func page(_ path: String, of prepared: PreparedSite) throws -> String {
        try #require(prepared.output(at: path).flatMap(prepared.render), "\(path)")
    }

    static func post(_ title: String, tags: String = "[alliance]", date: String = "2024-01-01") -> String {
        "---\ntitle: '\(title)'\ndescription: D.\ntags: \(tags)\ndate: \(date)\n---\n\nBody.\n"
    }

    /// A site theme: every page template a line of text, `post` and the partial as given.
    static func theme(post: String, summary: String? = nil) -> [String: String] {
        var files: [String: String] = [:]
        for name in Theme.pageTemplates { files["templates/\(name).mustache"] = "\(name)\n" }
        files["templates/post.mustache"] = post
        files["templates/home.mustache"] = "{{#posts}}[{{{entryHTML}}}]{{/posts}}\n"
        files["templates/tag.mustache"] = "{{tag.name}}: {{#posts}}[{{{entryHTML}}}]{{/posts}}\n"
        if let summary { files["templates/partials/post-summary.mustache"] = summary }
        return files
    }

    @Test func valuesEscapeTheFiveMarkupCharactersAndNothingElse() async throws {
        let prepared = try await prepare(["content/posts/a.md": Self.post(#"Zürich <b> & "q" ''x'' 📎"#)])
        let html = try page("posts/a/index.html", of: prepared)
        #expect(html.contains(#"<h1 class="post-title">Zürich &lt;b&gt; &amp; &quot;q&quot; &#39;x&#39; 📎</h1>"#))
    }

    @Test func aTemplatesOwnContentTypePragmaStillApplies() async throws {
        var files = Self.theme(post: "{{% CONTENT_TYPE: TEXT}}\n{{post.title}}|{{{post.title}}}\n")
        files["content/posts/a.md"] = Self.post("a < b")
        let prepared = try await prepare(files)
        #expect(try page("posts/a/index.html", of: prepared) == "a < b|a < b\n")
    }

    /// A partial that includes itself inside a section whose value is always there: only the
    /// depth limit can stop it (one outside any section is a cycle found when the theme loads).
    @Test func aPartialThatIncludesItselfFailsTheBuildAndNamesThePage() async throws {
        let root = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(root) }
        var files = Self.theme(post: "<h1>{{post.title}}</h1>{{> partials/loop}}\n")
        files["templates/partials/loop.mustache"] = "[{{#post}}{{> partials/loop}}{{> partials/loop}}{{/post}}]"
        files["content/posts/a.md"] = Self.post("A")
        for (path, text) in files { try TestSupport.write(text, to: path, in: root) }
        var options = BuildOptions(siteRoot: root)
        options.now = TestSupport.now
        do {
            _ = try await SiteBuilder(options: options).build()
            Issue.record("the build should fail")
        } catch let failure as BuildFailure {
            #expect(
                failure.errors.map(\.description) == [
                    "templates/post.mustache:1:1: error: cannot render 'posts/a/index.html' with template 'post': "
                        + "its partials or layouts "
                        + "include each other more than 100 levels deep"
                ])
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
    }

    @Test func aSyntaxErrorOnTheFirstLineIsReportedOnTheFirstLine() async throws {
        var files = Self.theme(post: "<h1>{{#post}}{{title}}{{/pots}}</h1>\n")
        files["content/posts/a.md"] = Self.post("A")
        do {
            _ = try await prepare(files)
            Issue.record("the build should fail")
        } catch let failure as BuildFailure {
            #expect(
                failure.errors.map(\.description) == [
                    "templates/post.mustache:1:26: error: template syntax: a closing tag does not match the section it closes"
                ])
        }
    }

    @Test func jsonLDCannotCloseTheScriptElementOrOpenAComment() async throws {
        let title = "<!--<script> A </script> & B"
        let prepared = try await prepare(["content/posts/a.md": Self.post(title)])
        let html = try page("posts/a/index.html", of: prepared)
        let start = try #require(html.range(of: #"<script type="application/ld+json">"#))
        let end = try #require(html.range(of: "</script>", range: start.upperBound..<html.endIndex))
        let json = String(html[start.upperBound..<end.lowerBound])
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(object?["headline"] as? String == title)
        #expect(!html.contains("<!--"), "the title is escaped everywhere else too")
    }

    @Test func aListEntryIsThePartialRenderedWithThePostAndTheSite() async throws {
        var files = Self.theme(
            post: "{{post.title}}\n", summary: "{{title}} at {{url}} on {{site.title}}{{meta.title}}\n")
        files["sitegen.yaml"] = "title: The Desk\n"
        files["content/posts/a.md"] = Self.post("A <1>", tags: "[alliance, sanctions]", date: "2024-01-02")
        files["content/posts/b.md"] = Self.post("B", tags: "[alliance]")
        let prepared = try await prepare(files)
        let entryA = "A &lt;1&gt; at /posts/a/ on The Desk"
        let entryB = "B at /posts/b/ on The Desk"
        #expect(try page("index.html", of: prepared) == "[\(entryA)][\(entryB)]\n")
        #expect(try page("tags/alliance/index.html", of: prepared) == "alliance: [\(entryA)][\(entryB)]\n")
        #expect(try page("tags/sanctions/index.html", of: prepared) == "sanctions: [\(entryA)]\n")
    }

    @Test func aThemeWithoutTheSummaryPartialGetsTheBuiltInOne() async throws {
        var files = Self.theme(post: "{{post.title}}\n")
        files["content/posts/a.md"] = Self.post("A")
        let prepared = try await prepare(files)
        let home = try page("index.html", of: prepared)
        #expect(home.hasPrefix("[<article class=\"summary\">"))
        #expect(home.contains("<h2 class=\"summary__title\"><a href=\"/posts/a/\">A</a></h2>"))
    }
}
