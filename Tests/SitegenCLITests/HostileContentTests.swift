import Foundation
import Testing

/// Content written to attack readers, built with the default theme through the binary: nothing
/// of it may run in a browser or cut the page short.
@Suite struct HostileContentTests {
    static let hostile = "<!--<script>alert(1)</script>"

    func build(_ files: [String: String]) throws -> (URL, SitegenProcess.Result) {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-hostile-\(UUID())")
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
        return (site, try SitegenProcess.run(["build"], in: site))
    }

    /// The JSON inside each `<script type="application/ld+json">` of `html`.
    func scriptJSON(_ html: String) -> [String] {
        html.components(separatedBy: #"<script type="application/ld+json">"#).dropFirst().map {
            $0.components(separatedBy: "</script>")[0]
        }
    }

    @Test func aCommentOpenerInTitleTagAuthorOrSummaryCannotSwallowThePage() throws {
        let quoted = "'\(Self.hostile)'"
        let (site, result) = try build([
            "sitegen.yaml": "title: Desk\nbaseURL: https://desk.example.org/\n",
            "content/authors/mallory.md": "---\nname: \(quoted)\n---\nBio.\n",
            "content/posts/2024-06-19-pact.md":
                "---\ntitle: \(quoted)\ndescription: \(quoted)\ntags: [\(quoted)]\nauthors: [mallory]\n---\n"
                + "Text.\n",
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(result.status == 0, "\(result.stderr)")
        let output = OutputInspector(root: site.appendingPathComponent("public"), rootPath: "/")
        let posts = output.files.filter { $0.hasPrefix("posts/") && $0.hasSuffix("index.html") }
        let html = output.text(try #require(posts.first))
        let blocks = scriptJSON(html)
        #expect(!blocks.isEmpty)
        for json in blocks {
            #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"), "\(json)")
            let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            #expect(object != nil, "the block is still JSON")
        }
        #expect(blocks.joined().contains(#"\u003c!--\u003cscript\u003e"#), "the values are all there, escaped")
        // Anywhere else on the page the value is text, and the page runs to its end.
        #expect(!html.contains("<!--<script>") && !html.contains("<script>alert"))
        #expect(html.contains("</footer>") && html.hasSuffix("</html>\n"))
    }

    @Test func scriptInMarkdownAndScriptLinksAreNotPublished() throws {
        let (site, result) = try build([
            "content/posts/2024-06-19-pact.md":
                "---\ntitle: Pact\ndescription: D.\n---\n<script>alert(1)</script>\n\n"
                + "[one](javascript:alert(1)) [two](JaVaScRiPt:alert(2)) [three](data:text/html,x)\n\n"
                + "<img src=x onerror=alert(3)>\n"
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(result.status == 0)
        let html = OutputInspector(root: site.appendingPathComponent("public"), rootPath: "/").text(
            "posts/pact/index.html")
        #expect(html.contains("one") && html.contains("two") && html.contains("three"))
        for attack in ["alert(1)", "alert(2)", "data:text", "onerror", "<script>alert"] {
            #expect(!html.contains(attack), "\(attack) published")
        }
    }
}
