import Foundation
import Testing

/// Mistakes in where a command runs get one clear line and create nothing; a command run inside a
/// site finds the site folder above it.
@Suite struct SiteFolderTests {
    func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-where-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func entries(_ url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    @Test func aSourceThatIsNotASiteIsAnErrorAndNothingIsCreated() throws {
        let here = try folder()
        defer { try? FileManager.default.removeItem(at: here) }
        try FileManager.default.createDirectory(
            at: here.appendingPathComponent("empty"), withIntermediateDirectories: true)
        try Data("x".utf8).write(to: here.appendingPathComponent("notes.txt"))
        let cases: [([String], String)] = [
            (["build", "--source", "missing"], "error: --source 'missing': no such folder\n"),
            (["build", "-s", "notes.txt"], "error: --source 'notes.txt' is a file, not a site folder\n"),
            (
                ["build", "--source", "empty"],
                "error: --source 'empty' has no content/ folder, so it is not a site; run 'sitegen init empty' "
                    + "to make one there\n"
            ),
            (["list", "--source", "missing"], "error: --source 'missing': no such folder\n"),
            (["serve", "--source", "missing"], "error: --source 'missing': no such folder\n"),
            (
                ["build"],
                "error: no site in \(here.standardizedFileURL.path) or any folder above it (a site folder holds "
                    + "content/); run 'sitegen init' to make one, or name one with --source\n"
            ),
        ]
        for (arguments, message) in cases {
            let result = try SitegenProcess.run(arguments, in: here)
            #expect(result.status == 1, "\(arguments)")
            #expect(result.stderr == message, "\(arguments)")
            #expect(result.stdout == "", "\(arguments)")
        }
        #expect(entries(here) == ["empty", "notes.txt"])
        #expect(entries(here.appendingPathComponent("empty")) == [])
    }

    @Test func aConfigWithoutContentIsNamed() throws {
        let site = try folder()
        defer { try? FileManager.default.removeItem(at: site) }
        try Data("title: Desk\n".utf8).write(to: site.appendingPathComponent("sitegen.yaml"))
        let result = try SitegenProcess.run(["build"], in: site)
        #expect(result.status == 1)
        #expect(
            result.stderr
                == "error: \(site.standardizedFileURL.path) has sitegen.yaml but no content/ folder; make content/ "
                + "(posts go in content/posts/)\n")
        #expect(entries(site) == ["sitegen.yaml"])
    }

    @Test func aBuildInsideContentFindsTheSiteAbove() throws {
        let site = try folder()
        defer { try? FileManager.default.removeItem(at: site) }
        let posts = site.appendingPathComponent("content/posts/2024")
        try FileManager.default.createDirectory(at: posts, withIntermediateDirectories: true)
        try Data("title: Desk\n".utf8).write(to: site.appendingPathComponent("sitegen.yaml"))
        try Data("---\ntitle: Pact\ndescription: D.\n---\n\nText.\n".utf8).write(
            to: posts.appendingPathComponent("2024-06-19-pact.md"))
        let result = try SitegenProcess.run(["build"], in: posts)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("Built 1 post, "))
        #expect(
            FileManager.default.fileExists(atPath: site.appendingPathComponent("public/posts/pact/index.html").path))
        #expect(entries(posts) == ["2024-06-19-pact.md"], "nothing is written inside content/")
        let listed = try SitegenProcess.run(["list", "--kind", "page"], in: site.appendingPathComponent("content"))
        #expect(listed.stdout.contains("/posts/pact/"))
    }

    @Test func servingOnAPortInUseSaysSo() throws {
        let site = try folder()
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.createDirectory(
            at: site.appendingPathComponent("content"), withIntermediateDirectories: true)
        // Hold a port the way another server would.
        let holder = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(holder) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { pointer in
                bind(holder, pointer, length) == 0 && listen(holder, 1) == 0
                    && getsockname(holder, pointer, &length) == 0
            }
        }
        try #require(bound)
        let port = Int(UInt16(bigEndian: address.sin_port))
        let result = try SitegenProcess.run(["serve", "--port", "\(port)"], in: site)
        #expect(result.status == 1)
        #expect(result.stderr == "error: port \(port) is already in use; try --port 0 for a free one\n")
        #expect(!result.stdout.contains("Serving"))
        #expect(entries(site) == ["content"], "nothing is built before the port is known to be free")
    }
}
