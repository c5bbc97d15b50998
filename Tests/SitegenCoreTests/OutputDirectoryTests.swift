import Foundation
import Testing

@testable import SitegenCore

@Suite struct OutputDirectoryTests {
    @Test func onlyPathsInsideTheOutputAreWritten() {
        for inside in ["index.html", "posts/pact/index.html", "a/.../b", ".well-known/x", "..x/y", "x.."] {
            #expect(OutputDirectory.staysInside(inside), "\(inside)")
        }
        for outside in ["", "/etc/passwd", "../x", "a/../../x", "a/./b", "a//b", "a/", ".", "..", "a/.."] {
            #expect(!OutputDirectory.staysInside(outside), "\(outside)")
        }
    }

    @Test func stagingIsSwappedInAndStaleFilesDisappear() throws {
        let root = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(root) }
        let output = OutputDirectory(root.appendingPathComponent("public"))
        try output.prepareStaging()
        try output.createFolders(for: ["old/index.html"])
        try output.write("old", to: "old/index.html")
        try output.commit()
        #expect(TestSupport.read("public/old/index.html", in: root) == "old")

        try output.prepareStaging()
        try output.createFolders(for: ["new/index.html"])
        try output.write("new", to: "new/index.html")
        #expect(TestSupport.read("public/old/index.html", in: root) == "old", "output untouched until commit")
        try output.commit()
        #expect(
            TestSupport.snapshot(root.appendingPathComponent("public")).keys.sorted() == [
                ".sitegen-output", "new/index.html",
            ])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["public"])
    }

    @Test func writesCopiesAndLinksMakeTheFoldersTheyNeed() throws {
        let root = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(root) }
        try TestSupport.write("image", to: "content/a.png", in: root)
        let output = OutputDirectory(root.appendingPathComponent("public"))
        try output.prepareStaging()
        let stamp = try #require(try output.write("kept", to: "posts/kept/index.html"))
        try output.write("deep", to: "a/b/c/index.html")
        try output.copy(from: root.appendingPathComponent("content/a.png").path, to: "images/2024/a.png")
        try output.commit()
        #expect(
            TestSupport.snapshot(root.appendingPathComponent("public")).keys.sorted() == [
                ".sitegen-output", "a/b/c/index.html", "images/2024/a.png", "posts/kept/index.html",
            ])
        try output.prepareStaging()
        #expect(try output.linkPrevious("archive/posts/kept/index.html", stamp: stamp) == false, "not in the output")
        #expect(try output.linkPrevious("posts/kept/index.html", stamp: stamp))
        try output.commit()
        let files = TestSupport.snapshot(root.appendingPathComponent("public"))
        #expect(files.keys.sorted() == [".sitegen-output", "posts/kept/index.html"])
        #expect(files["posts/kept/index.html"] == Data("kept".utf8))
    }

    @Test func nothingIsWrittenOutsideTheOutputFolder() throws {
        let root = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(root) }
        let output = OutputDirectory(root.appendingPathComponent("public"))
        try output.prepareStaging()
        for file in ["../escape.html", "a/../../escape.html", "/tmp/escape.html", "./x.html", "a//b.html"] {
            #expect(throws: OutputError.self, "\(file)") { try output.write("x", to: file) }
            #expect(throws: OutputError.self, "\(file)") { try output.createFolders(for: [file + "/index.html"]) }
        }
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("escape.html").path))
        output.discardStaging()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == [])
    }

    @Test func leftoversOfAnInterruptedBuildAreCleanedUp() throws {
        let root = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(root) }
        let output = OutputDirectory(root.appendingPathComponent("public"))
        try output.prepareStaging()
        try output.write("half", to: "half.html")
        // The process dies here: the staging folder stays behind, the output was never touched.
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("public").path))
        try output.prepareStaging()
        #expect(TestSupport.snapshot(output.staging).keys.sorted() == [".sitegen-output"])
        output.discardStaging()
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == [])
    }

    @Test func checksWhereItMayWrite() throws {
        let root = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(root) }
        let site = root.appendingPathComponent("site")
        try TestSupport.write("x", to: "site/content/a.md", in: root)
        #expect(OutputDirectory(site.appendingPathComponent("public")).check(siteRoot: site) == [])
        #expect(
            OutputDirectory(site).check(siteRoot: site).first?.message.contains("contains the site's sources") == true)
        #expect(
            OutputDirectory(root).check(siteRoot: site).first?.message.contains("contains the site's sources") == true)
        #expect(
            OutputDirectory(site.appendingPathComponent("templates/out")).check(siteRoot: site).first?.message
                .contains("inside the site's templates/ folder") == true)
        try TestSupport.write("mine", to: "site/elsewhere/notes.txt", in: root)
        #expect(
            OutputDirectory(site.appendingPathComponent("elsewhere")).check(siteRoot: site).first?.message
                .contains("was not written by sitegen") == true)
        try TestSupport.write("", to: "site/previous/.sitegen-output", in: root)
        try TestSupport.write("old", to: "site/previous/index.html", in: root)
        #expect(OutputDirectory(site.appendingPathComponent("previous")).check(siteRoot: site) == [])
    }
}
