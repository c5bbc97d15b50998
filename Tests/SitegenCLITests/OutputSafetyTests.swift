import Foundation
import Testing

/// What a build does to the output folder beyond the pages: the files a publisher keeps there,
/// the files nobody asked to keep, and a second build that would race the first.
@Suite struct OutputSafetyTests {
    func site() throws -> URL {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-output-\(UUID())")
        try FileManager.default.copyItem(at: EndToEndTests.goldenSite, to: site)
        return site
    }

    func write(_ text: String, to path: String, in root: URL) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func read(_ path: String, in root: URL) -> String? {
        try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func filesAPublisherKeepsSurviveEveryBuildAndOthersAreReported() throws {
        let site = try site()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try SitegenProcess.run(["build"], in: site).status == 0)
        let output = site.appendingPathComponent("public")
        let kept = [
            "CNAME": "analysis.example.org\n", ".nojekyll": "", ".well-known/security.txt": "Contact: x\n",
            ".git/HEAD": "ref: refs/heads/main\n", ".git/objects/ab/cdef": "object\n", "press/kit.pdf": "%PDF\n",
        ]
        for (path, text) in kept { try write(text, to: path, in: output) }
        try write("mine\n", to: "notes.txt", in: output)
        try write("draft\n", to: "drafts/one.html", in: output)
        let config = try #require(read("sitegen.yaml", in: site))
        try write(config + "output:\n  keep: [press/]\n", to: "sitegen.yaml", in: site)

        for arguments in [["build"], ["build"], ["build", "--clean"]] {
            let result = try SitegenProcess.run(arguments, in: site)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            for (path, text) in kept { #expect(read(path, in: output) == text, "\(arguments): \(path) kept") }
            #expect(read("index.html", in: output)?.contains("</html>") == true)
            if result.stderr.contains("notes.txt") {
                let reported = result.stderr.split(separator: "\n").map(String.init).filter { $0.hasPrefix("public/") }
                let message =
                    ": warning: sitegen did not write this, so the new output leaves it out; list it under "
                    + "'output.keep' in sitegen.yaml to keep it"
                #expect(reported.sorted() == ["public/drafts/" + message, "public/notes.txt" + message])
            }
        }
        #expect(read("notes.txt", in: output) == nil && read("drafts/one.html", in: output) == nil)
        // A kept file that changes is carried over as it is now, and an unchanged site stays unchanged.
        try write("new.example.org\n", to: "CNAME", in: output)
        let again = try SitegenProcess.run(["build"], in: site)
        #expect(again.status == 0 && !again.stderr.contains("public/"), "\(again.stderr)")
        #expect(read("CNAME", in: output) == "new.example.org\n")
    }

    @Test func theFirstBuildToReportForeignFilesNamesThemOnce() throws {
        let site = try site()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try SitegenProcess.run(["build"], in: site).status == 0)
        try write("mine\n", to: "public/notes.txt", in: site)
        let result = try SitegenProcess.run(["build"], in: site)
        #expect(result.status == 0)
        #expect(result.stderr.contains("public/notes.txt: warning: sitegen did not write this"))
        let next = try SitegenProcess.run(["build"], in: site)
        #expect(!next.stderr.contains("notes.txt"))
    }

    @Test func aSecondBuildWhileOneRunsStopsAndChangesNothing() throws {
        let site = try site()
        defer { try? FileManager.default.removeItem(at: site) }
        #expect(try SitegenProcess.run(["build"], in: site).status == 0)
        let output = site.appendingPathComponent("public")
        let before = try InvalidInputFixtureTests.snapshot(output)
        try write(
            "---\ntitle: New\ndate: 2024-07-01\ndescription: D.\n---\nText.\n", to: "content/posts/new.md", in: site)

        // Another build holds the lock as `sitegen build` does: an exclusive flock on the file.
        let descriptor = open(site.appendingPathComponent(".sitegen/build.lock").path, O_RDWR | O_CREAT, 0o644)
        #expect(descriptor >= 0)
        #expect(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        _ = ftruncate(descriptor, 0)
        _ = pwrite(descriptor, "4242\n", 5, 0)
        let blocked = try SitegenProcess.run(["build"], in: site)
        #expect(blocked.status == 1)
        #expect(
            blocked.stderr == ".sitegen/build.lock: error: another sitegen build (process 4242) is writing this "
                + "site; nothing was changed: try again when it has finished\n"
                + "build failed with 1 error; the previous output is unchanged\n")
        #expect(try InvalidInputFixtureTests.snapshot(output) == before)

        close(descriptor)
        let after = try SitegenProcess.run(["build"], in: site)
        #expect(after.status == 0, "\(after.stderr)")
        #expect(read("posts/new/index.html", in: output) != nil)
    }

    /// A mount point (a container volume, a RAM disk) cannot be swapped out: said before building.
    /// A tmpfs mounted for the test where the test may mount one, else /dev/shm.
    @Test func aMountPointAsOutputIsAClearErrorBeforeBuilding() throws {
        let site = try site()
        defer { try? FileManager.default.removeItem(at: site) }
        let mount = site.appendingPathComponent("volume")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        let mounted = try SitegenProcess.shell("mount -t tmpfs sitegen-test '\(mount.path)' 2>/dev/null") == 0
        defer { if mounted { _ = try? SitegenProcess.shell("umount '\(mount.path)'") } }
        let output = mounted ? "volume" : "/dev/shm"
        let result = try SitegenProcess.run(["build", "--quiet", "--output", output], in: site)
        #expect(result.status == 1)
        #expect(
            result.stderr.hasPrefix(
                "\(output): error: refusing to write the site here: it is a mount point, and a build replaces the "
                    + "output folder as a whole"), "\(result.stderr)")
        if mounted { #expect(try FileManager.default.contentsOfDirectory(atPath: mount.path) == []) }
        let inside = try SitegenProcess.run(["build", "--output", mounted ? "volume/site" : "public"], in: site)
        #expect(inside.status == 0, "\(inside.stderr)")
    }
}
