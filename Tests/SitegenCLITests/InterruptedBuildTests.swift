import Foundation
import Testing

/// `sitegen build` killed at any moment: the output is the previous site or the new one, never a
/// mixture, and the next build finishes the job. Run through the real binary, with SIGKILL.
@Suite struct InterruptedBuildTests {
    let e2e = EndToEndTests()

    func writeSite(in root: URL, posts: Int, revision: Int) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: root.appendingPathComponent("content/posts"), withIntermediateDirectories: true)
        try Data("title: Kill test\nbaseURL: https://example.org/\ntimeZone: UTC\n".utf8)
            .write(to: root.appendingPathComponent("sitegen.yaml"))
        for index in 0..<posts {
            // A revision rewrites a few posts: their pages, the lists and feeds that show them.
            let revised = index % 40 == 0 ? revision : 0
            let text = """
                ---
                title: Note \(index), revision \(revised)
                date: 2024-01-\(String(format: "%02d", index % 28 + 1))
                description: Short note \(index).
                tags: [topic \(index % 9), sanctions]
                ---

                Paragraph \(index) on sanctions and alliances, revision \(revised).

                """
            let file = root.appendingPathComponent("content/posts/note-\(index).md")
            if (try? String(contentsOf: file, encoding: .utf8)) != text { try Data(text.utf8).write(to: file) }
        }
    }

    @Test func aKilledIncrementalBuildLeavesTheOldSiteOrTheNewOne() throws {
        let folder = try e2e.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let output = site.appendingPathComponent("public")
        try writeSite(in: site, posts: 240, revision: 0)
        #expect(try SitegenProcess.run(["build", "--source", site.path]).status == 0)
        let old = e2e.snapshot(output)
        try writeSite(in: site, posts: 240, revision: 1)
        let reference = folder.appendingPathComponent("reference")
        #expect(try SitegenProcess.run(["build", "--source", site.path, "--output", reference.path]).status == 0)
        let new = e2e.snapshot(reference)
        #expect(old != new)

        var seen: Set<String> = []
        for delay in [0, 2, 5, 10, 20, 30, 45, 60, 80, 100, 130, 160, 200, 250, 300, 400] {
            let process = Process()
            process.executableURL = SitegenProcess.executable
            process.arguments = ["build", "--source", site.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay * 1000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = e2e.snapshot(output)
            #expect(now == old || now == new, "killed after \(delay) ms: a mixture of two sites")
            seen.insert(now == old ? "old" : now == new ? "new" : "mixed")
        }
        #expect(seen.contains("old"), "no kill landed before the swap: \(seen)")
        let finished = try SitegenProcess.run(["build", "--source", site.path])
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(e2e.snapshot(output) == new)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(".public.sitegen-staging").path))
        let again = try SitegenProcess.run(["build", "--source", site.path])
        #expect(again.stdout.contains("(0 of "), "\(again.stdout)")
        #expect(e2e.snapshot(output) == new)
    }
}
