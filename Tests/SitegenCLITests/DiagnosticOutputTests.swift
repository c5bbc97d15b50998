import Foundation
import Testing

/// How `sitegen build` prints warnings, through the binary: folded when many files share one,
/// all with `--verbose`, none with `--quiet`, in colour only on a terminal and without `NO_COLOR`.
@Suite struct DiagnosticOutputTests {
    static let escape = "\u{1B}["

    /// A site of six posts with raw HTML (one warning each, the same words) and one typo'd key.
    func siteWithWarnings() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-warn-\(UUID().uuidString)")
        let posts = root.appendingPathComponent("content/posts")
        try FileManager.default.createDirectory(at: posts, withIntermediateDirectories: true)
        for day in 1...6 {
            let text =
                "---\ntitle: Brief \(day)\ndescription: A brief.\ntags: [sanctions]\n---\n\nText.\n\n"
                + "<div align=\"center\">map</div>\n"
            try Data(text.utf8).write(to: posts.appendingPathComponent("2024-06-0\(day)-brief-\(day).md"))
        }
        try Data("---\ntitle: Typo\ndescription: A typo.\ntgas: [alliance]\n---\n\nText.\n".utf8).write(
            to: posts.appendingPathComponent("2024-07-01-typo.md"))
        return root
    }

    static let rawHTML =
        "warning: raw HTML left out because 'markdown.unsafe' is off; set 'markdown: {unsafe: true}' in "
        + "sitegen.yaml to keep it"

    @Test func manyFilesWithOneWarningFoldIntoOneLine() throws {
        let site = try siteWithWarnings()
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SitegenProcess.run(["build", "--color", "never"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n").map(String.init)
        #expect(
            lines == [
                Self.rawHTML
                    + " (6 files: content/posts/2024-06-01-brief-1.md:9:1, content/posts/2024-06-02-brief-2.md:9:1, "
                    + "content/posts/2024-06-03-brief-3.md:9:1, ...; --verbose lists all)",
                "content/posts/2024-07-01-typo.md:4:1: warning: unknown key 'tgas' (did you mean 'tags'?); it is kept "
                    + "as 'params.tgas'",
            ])
        #expect(result.stdout.contains(" s, 7 warnings\n"))
        #expect(
            result.stdout.contains(
                "Raw HTML was left out of 6 files; set 'markdown: {unsafe: true}' in sitegen.yaml to keep it"))
        #expect(!result.stderr.contains(Self.escape))
    }

    @Test func verboseListsEveryFileAndQuietNone() throws {
        let site = try siteWithWarnings()
        defer { try? FileManager.default.removeItem(at: site) }
        let verbose = try SitegenProcess.run(["build", "--verbose"], in: site)
        #expect(verbose.status == 0)
        for day in 1...6 {
            #expect(
                verbose.stderr.contains("content/posts/2024-06-0\(day)-brief-\(day).md:9:1: " + Self.rawHTML + "\n"))
        }
        #expect(verbose.stderr.contains("    note: first: '<div align=\"center\">map</div>'"))
        // The second build keeps every file (cached) and still reports the same warnings.
        let quiet = try SitegenProcess.run(["build", "--quiet"], in: site)
        #expect(quiet.status == 0)
        #expect(quiet.stderr == "")
        #expect(quiet.stdout.contains(", 7 warnings"))
        let both = try SitegenProcess.run(["build", "--quiet", "--verbose"], in: site)
        #expect(both.status != 0)
        #expect(both.stderr.contains("--quiet and --verbose cannot be used together"))
    }

    @Test func colourOnATerminalUnlessNoColorOrNever() throws {
        let site = try siteWithWarnings()
        defer { try? FileManager.default.removeItem(at: site) }
        let coloured = try SitegenProcess.runOnTerminal(["build"], in: site, environment: ["NO_COLOR": ""])
        #expect(coloured.status == 0)
        #expect(coloured.stderr.contains("\(Self.escape)1;33mwarning\(Self.escape)0m: unknown key 'tgas'"))
        #expect(coloured.stderr.contains("\(Self.escape)1mcontent/posts/2024-07-01-typo.md:4:1\(Self.escape)0m: "))
        let noColor = try SitegenProcess.runOnTerminal(["build"], in: site, environment: ["NO_COLOR": "1"])
        #expect(noColor.status == 0)
        #expect(noColor.stderr.contains("content/posts/2024-07-01-typo.md:4:1: warning: unknown key 'tgas'"))
        #expect(!noColor.stderr.contains(Self.escape))
        let never = try SitegenProcess.runOnTerminal(["build", "--color", "never"], in: site)
        #expect(!never.stderr.contains(Self.escape))
        let always = try SitegenProcess.run(["build", "--color", "always"], in: site)
        #expect(always.stderr.contains("\(Self.escape)1;33mwarning\(Self.escape)0m"))
    }

    @Test func errorsAreRedAndNeverFolded() throws {
        let site = try siteWithWarnings()
        defer { try? FileManager.default.removeItem(at: site) }
        let posts = site.appendingPathComponent("content/posts")
        for day in 1...5 {
            try Data("---\ntitle: [\n---\n".utf8).write(
                to: posts.appendingPathComponent("2024-08-0\(day)-bad-\(day).md"))
        }
        let result = try SitegenProcess.run(["build", "--color", "always"], in: site)
        #expect(result.status == 1)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains("\(Self.escape)1;31merror") }
        #expect(errors.count == 5)
        #expect(result.stderr.contains("build failed with 5 errors"))
    }

    /// Paths are shown from where the command runs, so a terminal or editor there opens them.
    @Test func pathsAreShownFromTheCurrentFolder() throws {
        let site = try siteWithWarnings()
        defer { try? FileManager.default.removeItem(at: site) }
        try Data("title: Desk\nlanguage: en GB\n".utf8).write(to: site.appendingPathComponent("sitegen.yaml"))
        let message = "error: 'language' must be a language tag like en, en-GB or pt-BR, found \"en GB\""
        let posts = site.appendingPathComponent("content/posts")
        let fromPosts = try SitegenProcess.run(["build", "--quiet"], in: posts)
        #expect(fromPosts.stderr.hasPrefix("../../sitegen.yaml:2:11: " + message), "\(fromPosts.stderr)")
        let above = try SitegenProcess.run(
            ["build", "--quiet", "--source", site.lastPathComponent], in: site.deletingLastPathComponent())
        #expect(above.stderr.hasPrefix("\(site.lastPathComponent)/sitegen.yaml:2:11: " + message), "\(above.stderr)")
        let inside = try SitegenProcess.run(["build", "--quiet"], in: site)
        #expect(inside.stderr.hasPrefix("sitegen.yaml:2:11: " + message), "\(inside.stderr)")
    }
}
