import Foundation
import SitegenText
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

    @Test func aKilledIncrementalBuildLeavesTheOldSiteOrTheNewOne() async throws {
        let test = self
        try await SitegenProcess.offload { try test.killBuildsAtRandomMoments() }
    }

    func killBuildsAtRandomMoments() throws {
        let folder = try e2e.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        let output = site.appendingPathComponent("public")
        let posts = 1_000
        try writeSite(in: site, posts: posts, revision: 0)
        #expect(try SitegenProcess.run(["build", "--source", site.path]).status == 0)
        let old = e2e.snapshot(output)
        try writeSite(in: site, posts: posts, revision: 1)
        let reference = folder.appendingPathComponent("reference")
        #expect(try SitegenProcess.run(["build", "--source", site.path, "--output", reference.path]).status == 0)
        let new = e2e.snapshot(reference)
        #expect(old != new)
        // How long the incremental build from one to the other takes, left undone again after.
        let started = Date()
        #expect(try SitegenProcess.run(["build", "--source", site.path]).status == 0)
        let buildTime = Date().timeIntervalSince(started)
        try writeSite(in: site, posts: posts, revision: 0)
        #expect(try SitegenProcess.run(["build", "--source", site.path]).status == 0)
        #expect(e2e.snapshot(output) == old)

        // A reader polls the output all along, as a web server would: it must never be missing.
        let index = output.appendingPathComponent("index.html").path
        let reading = ManagedAtomicFlag()
        let missing = ManagedCounter()
        let reader = Thread {
            while !reading.isSet {
                if access(index, R_OK) != 0 { missing.increment() }
            }
        }
        reader.start()
        var moments = SeededGenerator(state: 20_261_204)
        var seen: [String: Int] = [:]
        var current = old
        // Kill moments span a little more than the measured build. On a machine where builds then
        // run faster or slower than that one (sanitizers, load), the range moves towards the side
        // of the swap no kill has reached yet, for up to 24 more kills.
        var scale = 1.2
        var kills = 0
        while kills < 24 || ((seen["unchanged"] == nil || seen["swapped"] == nil) && kills < 48) {
            if kills >= 24 { scale *= seen["unchanged"] == nil ? 0.7 : 1.4 }
            kills += 1
            // Each build goes the other way: from the old site to the new one or back.
            try writeSite(in: site, posts: posts, revision: current == old ? 1 : 0)
            let delay = Double.random(in: 0...(buildTime * scale), using: &moments)
            let process = Process()
            process.executableURL = SitegenProcess.executable
            process.arguments = ["build", "--source", site.path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(useconds_t(delay * 1_000_000))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let now = e2e.snapshot(output)
            #expect(now == old || now == new, "killed after \(delay) s: a mixture of two sites")
            seen[now == current ? "unchanged" : now == old || now == new ? "swapped" : "mixed", default: 0] += 1
            current = now
        }
        try writeSite(in: site, posts: posts, revision: 1)
        reading.set()
        while !reader.isFinished { usleep(1_000) }
        #expect(missing.value == 0, "the output was missing \(missing.value) times")
        #expect(seen["unchanged"] != nil && seen["swapped"] != nil, "kills all on one side of the swap: \(seen)")
        let finished = try SitegenProcess.run(["build", "--source", site.path])
        #expect(finished.status == 0, "\(finished.stderr)")
        #expect(e2e.snapshot(output) == new)
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent(".public.sitegen-staging").path))
        let again = try SitegenProcess.run(["build", "--source", site.path])
        #expect(again.stdout.contains("(0 of "), "\(again.stdout)")
        #expect(e2e.snapshot(output) == new)
    }
}

/// A flag and a counter the polling thread and the test share.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var flag = false
    var isSet: Bool { lock.withLock { flag } }
    func set() { lock.withLock { flag = true } }
}

final class ManagedCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    var value: Int { lock.withLock { count } }
    func increment() { lock.withLock { count += 1 } }
}
