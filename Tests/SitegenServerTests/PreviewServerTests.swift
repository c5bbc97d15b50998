import Foundation
import SitegenServer
import Synchronization
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Starts the preview server in-process on a free port, for one test.
final class PreviewHarness: Sendable {
    let site: URL
    let port: Int
    let client: RawHTTPClient
    private let task: Task<Void, Error>
    private let logLines: LogLines

    var logs: [String] { logLines.lines.withLock { $0 } }

    private init(site: URL, port: Int, task: Task<Void, Error>, logLines: LogLines) {
        self.site = site
        self.port = port
        self.client = RawHTTPClient(port: port)
        self.task = task
        self.logLines = logLines
    }

    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("SitegenCoreTests/Fixtures/golden/site")

    /// Copies the golden fixture site into a temporary folder and serves it.
    static func start(
        drafts: Bool = false, polling: Bool = false, before: (URL) throws -> Void = { _ in }
    ) async throws -> PreviewHarness {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: fixture, to: site)
        try before(site)
        var options = PreviewOptions(siteRoot: site)
        options.port = 0
        options.includeDrafts = drafts
        options.forcePolling = polling
        options.pollInterval = .milliseconds(50)
        let (addresses, continuation) = AsyncStream<String>.makeStream()
        let logs = LogLines()
        let server = PreviewServer(options: options)
        let task = Task {
            try await server.run(
                onReady: { continuation.yield($0) }, log: { line in logs.lines.withLock { $0.append(line) } })
        }
        var iterator = addresses.makeAsyncIterator()
        let address = try #require(await iterator.next())
        let port = try #require(Int(address.split(separator: ":").last?.dropLast() ?? ""))
        return PreviewHarness(site: site, port: port, task: task, logLines: logs)
    }

    func stop() async {
        task.cancel()
        _ = try? await task.value
        try? FileManager.default.removeItem(at: site.deletingLastPathComponent())
    }

    func write(_ text: String, to relative: String) throws {
        let url = site.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    /// Makes `change`, then waits for the reload event that follows it.
    func changeAndWaitForReload(_ change: () throws -> Void) throws -> String {
        let stream = try client.openStream("/_sitegen/events")
        defer { close(stream) }
        let opened = RawHTTPClient.read(stream, until: "retry: 1000", timeout: 10)
        #expect(opened?.contains("text/event-stream") == true)
        try change()
        return RawHTTPClient.read(stream, until: "event: reload\ndata:", timeout: 10) ?? ""
    }
}

/// Lines the server logged.
final class LogLines: Sendable {
    let lines = Mutex<[String]>([])
}

@Suite(.serialized) struct PreviewServerTests {
    @Test func servesTheSiteAsBuiltWithCorrectHTTP() async throws {
        let preview = try await PreviewHarness.start()
        defer { Task { await preview.stop() } }
        let client = preview.client

        let home = try client.send("/")
        #expect(home.status == 200)
        #expect(home.header("Content-Type") == "text/html; charset=utf-8")
        #expect(home.header("Cache-Control") == "no-cache")
        #expect(home.body.contains("<a href=\"/posts/pact/\">The &quot;pact&quot; &amp; its clause</a>"))
        #expect(home.body.contains("<link rel=\"canonical\" href=\"http://127.0.0.1:\(preview.port)/\">"))
        #expect(home.body.contains("new EventSource(\"/_sitegen/events\")"))
        #expect(!FileManager.default.fileExists(atPath: preview.site.appendingPathComponent("public").path))

        let post = try client.send("/posts/pact/")
        #expect(post.status == 200)
        #expect(
            post.body.contains("<h2 id=\"what-it-says\">What it says<a class=\"heading-anchor\" href=\"#what-it-says\"")
        )

        let redirect = try client.send("/posts/pact?from=feed")
        #expect(redirect.status == 301)
        #expect(redirect.header("Location") == "/posts/pact/?from=feed")

        // An alias is a real 301, as the host's `_redirects` would answer it.
        for alias in ["/2024/06/19/pact.html", "/posts/old-pact/"] {
            let moved = try client.send(alias)
            #expect(moved.status == 301, "\(alias)")
            #expect(moved.header("Location") == "/posts/pact/", "\(alias)")
        }
        #expect(try client.send("/about-us/?ref=x").header("Location") == "/about/?ref=x")

        for (path, type) in [
            ("/feed.xml", "application/xml; charset=utf-8"), ("/sitemap.xml", "application/xml; charset=utf-8"),
            ("/robots.txt", "text/plain; charset=utf-8"), ("/assets/site.css", "text/css; charset=utf-8"),
            ("/images/map.gif", "image/gif"), ("/tags/z%C3%BCrich/", "text/html; charset=utf-8"),
        ] {
            let response = try client.send(path)
            #expect(response.status == 200, "\(path)")
            #expect(response.header("Content-Type") == type, "\(path)")
        }
        let feed = try client.send("/feed.xml")
        #expect(!feed.body.contains("EventSource"), "the script goes into HTML only")
        #expect(feed.body.contains("<id>http://127.0.0.1:\(preview.port)/feed.xml</id>"))

        let missing = try client.send("/no/such/page/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("<h1>Page not found</h1>"), "the site's own 404 page")

        let head = try client.send("/posts/pact/", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.header("Content-Length") == post.header("Content-Length"))
        #expect(head.body.isEmpty)

        let etag = try #require(post.header("ETag"))
        let cached = try client.send("/posts/pact/", headers: ["If-None-Match": etag])
        #expect(cached.status == 304)
        #expect(cached.body.isEmpty)
        let lastModified = try #require(post.header("Last-Modified"))
        #expect(try client.send("/posts/pact/", headers: ["If-Modified-Since": lastModified]).status == 304)
        #expect(try client.send("/posts/pact/", headers: ["If-None-Match": "\"other\""]).status == 200)

        let post405 = try client.send("/", method: "POST")
        #expect(post405.status == 405)
        #expect(post405.header("Allow") == "GET, HEAD")
        #expect(try client.sendRaw("GARBAGE\r\n\r\n").status == 400)
        #expect(try client.send("/").status == 200, "still serving after a malformed request")
        await preview.stop()
    }

    /// A page of another site whose name resolves to 127.0.0.1 (DNS rebinding) sends its own
    /// `Host`; the preview, drafts and all, answers it 421. A target in absolute form is 400.
    @Test func onlyItsOwnHostIsAnsweredAndTargetsArePaths() async throws {
        let preview = try await PreviewHarness.start(drafts: true)
        defer { Task { await preview.stop() } }
        let port = preview.port
        func request(_ target: String, host: String?) throws -> RawHTTPClient.Response {
            let hostLine = host.map { "Host: \($0)\r\n" } ?? ""
            return try preview.client.sendRaw("GET \(target) HTTP/1.1\r\n\(hostLine)Connection: close\r\n\r\n")
        }
        for host in [
            "127.0.0.1:\(port)", "localhost:\(port)", "LOCALHOST", "app.localhost:\(port)", "[::1]:\(port)",
            "192.168.1.20:\(port)", "127.0.0.1",
        ] {
            #expect(try request("/", host: host).status == 200, "\(host)")
        }
        for host in ["attacker.example:\(port)", "127.0.0.1.attacker.example", "localhost.attacker.example", "1.2.3"] {
            let response = try request("/", host: host)
            #expect(response.status == 421, "\(host) answered \(response.status)")
            #expect(!response.body.contains("<html"), "\(host) got a page")
        }
        for target in ["http://127.0.0.1:\(port)/", "http://attacker.example/index.html", "*"] {
            #expect(try request(target, host: "127.0.0.1:\(port)").status == 400, "\(target)")
        }
        // A client cannot set the mark itself to get 400s, nor clear it to get pages.
        let marked = try preview.client.send("/", headers: ["Sitegen-Not-Origin-Form": "1"])
        #expect(marked.status == 200)
        await preview.stop()
    }

    @Test func noRequestReadsOutsideThePreview() async throws {
        let preview = try await PreviewHarness.start()
        defer { Task { await preview.stop() } }
        let secret = preview.site.deletingLastPathComponent().appendingPathComponent("secret.txt")
        try Data("TOP-SECRET-VALUE".utf8).write(to: secret)
        try FileManager.default.createSymbolicLink(
            atPath: preview.site.appendingPathComponent("content/leak.txt").path, withDestinationPath: secret.path)
        _ = try preview.changeAndWaitForReload {}
        let targets = [
            "/../secret.txt", "/../../etc/passwd", "/%2e%2e/secret.txt", "/%2E%2E/%2E%2E/etc/passwd",
            "/%252e%252e/secret.txt", "/images/..%2f..%2fsecret.txt", "/..\\secret.txt", "/%5c..%5csecret.txt",
            "/leak.txt", "/a%00.html", "//etc/passwd", "/etc/passwd", "/sitegen.yaml", "/content/about.md",
            "/.sitegen-output", "http://127.0.0.1/../secret.txt",
        ]
        for target in targets {
            let response = try preview.client.send(target)
            #expect([400, 404].contains(response.status), "\(target) answered \(response.status)")
            #expect(!response.body.contains("TOP-SECRET-VALUE"), "\(target) leaked the secret")
            #expect(!response.body.contains("root:"), "\(target) leaked /etc/passwd")
        }
        await preview.stop()
    }

    @Test(arguments: [false, true])
    func editsReloadAndFailuresShowAnOverlayUntilFixed(polling: Bool) async throws {
        let preview = try await PreviewHarness.start(polling: polling)
        defer { Task { await preview.stop() } }
        let client = preview.client
        let postFile = "content/posts/2023/munitions.md"
        let original = try String(contentsOf: preview.site.appendingPathComponent(postFile), encoding: .utf8)

        let event = try preview.changeAndWaitForReload {
            try preview.write(original.replacingOccurrences(of: "Body text", with: "Freshly edited text"), to: postFile)
        }
        #expect(event.contains("event: reload"))
        #expect(try client.send("/posts/munitions/").body.contains("Freshly edited text"))

        _ = try preview.changeAndWaitForReload {
            try preview.write("---\ntitle: Added\ndate: 2024-08-01\n---\n\nA new post.\n", to: "content/posts/added.md")
        }
        #expect(try client.send("/posts/added/").status == 200)
        #expect(try client.send("/").body.contains("/posts/added/"))

        _ = try preview.changeAndWaitForReload {
            try FileManager.default.moveItem(
                at: preview.site.appendingPathComponent("content/posts/added.md"),
                to: preview.site.appendingPathComponent("content/posts/renamed.md"))
        }
        #expect(try client.send("/posts/added/").status == 404)
        #expect(try client.send("/posts/renamed/").status == 200)

        _ = try preview.changeAndWaitForReload {
            try preview.write(
                original.replacingOccurrences(of: "title: Munitions output", with: "title: [broken"), to: postFile)
        }
        let failing = try client.send("/posts/munitions/")
        #expect(failing.status == 200)
        #expect(failing.body.contains("Freshly edited text"), "the last good build is still served")
        #expect(failing.body.contains("id=\"sitegen-error\""))
        #expect(failing.body.contains("content/posts/2023/munitions.md:"))
        #expect(preview.logs.contains { $0.contains("content/posts/2023/munitions.md:") && $0.contains("error:") })

        _ = try preview.changeAndWaitForReload { try preview.write(original, to: postFile) }
        let fixed = try client.send("/posts/munitions/")
        #expect(!fixed.body.contains("sitegen-error"))
        #expect(fixed.body.contains("Body text"))

        _ = try preview.changeAndWaitForReload {
            let config = try String(contentsOf: preview.site.appendingPathComponent("sitegen.yaml"), encoding: .utf8)
            try preview.write(config.replacingOccurrences(of: "Golden Desk", with: "Renamed Desk"), to: "sitegen.yaml")
        }
        #expect(try client.send("/").body.contains("<title>Renamed Desk</title>"))
        await preview.stop()
    }

    /// Waits until a logged line satisfies `match`, and returns every line logged until then.
    func logs(of preview: PreviewHarness, until match: (String) -> Bool) -> [String] {
        let deadline = Date().addingTimeInterval(10)
        while !preview.logs.contains(where: match), Date() < deadline { usleep(20_000) }
        return preview.logs
    }

    @Test func aRebuildPrintsOnlyWarningsThatAreNew() async throws {
        let typo = "---\ntitle: Typo\ndate: 2024-08-01\ndescription: D.\ntgas: [alliance]\n---\n\nText.\n"
        let preview = try await PreviewHarness.start { site in
            try Data(typo.utf8).write(to: site.appendingPathComponent("content/posts/typo.md"))
        }
        defer { Task { await preview.stop() } }
        let warning = "content/posts/typo.md:5:1: warning: unknown key 'tgas' (did you mean 'tags'?)"
        let first = logs(of: preview) { $0.hasPrefix("Rebuilt ") }
        #expect(first.count { $0.hasPrefix(warning) } == 1, "the first build prints its warnings")

        // The golden site has 4 warnings of its own. A second typo: only its warning is printed, and the log line counts it as new.
        _ = try preview.changeAndWaitForReload {
            try preview.write(
                typo.replacingOccurrences(of: "tgas", with: "autors"), to: "content/posts/typo-2.md")
        }
        let second = logs(of: preview) { $0.contains("(1 new)") }
        let added = Array(second.dropFirst(first.count))
        #expect(added.count { $0.contains("warning:") } == 1, "\(added)")
        #expect(added.contains { $0.hasPrefix("content/posts/typo-2.md:5:1: warning: unknown key 'autors'") })
        #expect(added.contains { $0.hasPrefix("Rebuilt ") && $0.hasSuffix(", 6 warnings (1 new)") }, "\(second)")

        // An edit that brings no new warning prints none.
        _ = try preview.changeAndWaitForReload {
            try preview.write(typo.replacingOccurrences(of: "Text.", with: "Other text."), to: "content/posts/typo.md")
        }
        let third = logs(of: preview) { $0.contains("(0 new)") }
        let later = Array(third.dropFirst(second.count))
        #expect(!later.contains { $0.contains("warning:") }, "\(later)")
        await preview.stop()
    }

    @Test func aChangedImageIsServedAfterTheReload() async throws {
        let preview = try await PreviewHarness.start()
        defer { Task { await preview.stop() } }
        #expect(try preview.client.send("/images/map.gif").status == 200)
        let event = try preview.changeAndWaitForReload {
            try preview.write("GIF89a, redrawn", to: "content/images/map.gif")
        }
        #expect(event.contains("event: reload"))
        #expect(try preview.client.send("/images/map.gif").body == "GIF89a, redrawn")
        await preview.stop()
    }

    @Test func aSiteThatDoesNotBuildYetShowsItsErrorsUntilFixed() async throws {
        let config = "title: [broken\n"
        let preview = try await PreviewHarness.start { site in
            try Data(config.utf8).write(to: site.appendingPathComponent("sitegen.yaml"))
        }
        defer { Task { await preview.stop() } }
        let failing = try preview.client.send("/")
        #expect(failing.status == 500)
        #expect(failing.body.contains("sitegen.yaml:"))
        #expect(failing.body.contains("new EventSource"), "the error page reloads itself when fixed")
        _ = try preview.changeAndWaitForReload { try preview.write("title: Fixed Desk\n", to: "sitegen.yaml") }
        let fixed = try preview.client.send("/")
        #expect(fixed.status == 200)
        #expect(fixed.body.contains("<title>Fixed Desk</title>"))
        await preview.stop()
    }

    @Test func draftsAreIncludedOnlyWhenAsked() async throws {
        let plain = try await PreviewHarness.start()
        #expect(try plain.client.send("/posts/draft/").status == 404)
        await plain.stop()
        let drafts = try await PreviewHarness.start(drafts: true)
        #expect(try drafts.client.send("/posts/draft/").status == 200)
        await drafts.stop()
    }
}
