import Foundation
import SitegenText
import Testing

@testable import SitegenCore

/// A small analysis site written from a model, so that a test can edit it the way a writer does.
struct EditableSite {
    struct PostSpec {
        var title: String
        var date: String
        var tags: [String]
        var body: String
        var series: String?
        var part: Int?
        var author: String?
        var correction: String?
    }

    let root: URL
    var posts: [String: PostSpec] = [:]
    var siteTitle = "Incremental Brief"
    var paginate = 3
    /// `permalinks.posts` in `sitegen.yaml`, when not the default.
    var postPattern: String?
    var profiles: [String: String] = ["Ada Brandt": "Ada Brandt covers alliances."]
    var topics: [String: String] = ["sanctions": "Economic restrictions.", "NATO": "The alliance."]
    var counter = 0

    static let tagPool = ["sanctions", "NATO", "alliance", "munitions", "Export Controls", "Cold War", "treaty"]
    static let words = [
        "alliance", "sanctions", "treaty", "the", "ministers", "signed", "munitions", "shipping", "a", "clause",
        "Cold War", "export controls", "parliament", "ratified", "mutual aid",
    ]

    init(root: URL) throws {
        self.root = root
        try FileManager.default.copyItem(
            at: TestSupport.repositoryRoot.appendingPathComponent("templates"),
            to: root.appendingPathComponent("templates"))
        try TestSupport.write("PNG-bytes-1", to: "content/images/map.png", in: root)
        try TestSupport.write("---\ntitle: About\n---\n\nAbout this brief.\n", to: "content/about.md", in: root)
    }

    /// Writes `text` to the file unless it holds it already, as an editor saves only what changed.
    func changing(_ file: String, to text: String) throws {
        guard TestSupport.read(file, in: root) != text else { return }
        try TestSupport.write(text, to: file, in: root)
    }

    mutating func nextName() -> String {
        counter += 1
        return "post-\(counter)"
    }

    func write() throws {
        let config = """
            title: \(siteTitle)
            baseURL: https://brief.example.org/
            timeZone: UTC
            paginate: \(paginate)
            index:
              terms: [alliance, sanctions, treaty, mutual aid]

            """ + (postPattern.map { "permalinks:\n  posts: \"\($0)\"\n" } ?? "")
        try changing("sitegen.yaml", to: config)
        let vocabulary = topics.keys.sorted().map { "\($0):\n  description: \(topics[$0]!)\n" }.joined()
        try changing("content/_topics.yaml", to: vocabulary)
        for (name, bio) in profiles {
            try changing(
                "content/authors/\(name.lowercased().replacingOccurrences(of: " ", with: "-")).md",
                to: "---\nname: \(name)\nrole: Analyst\n---\n\n\(bio)\n")
        }
        let folder = root.appendingPathComponent("content/posts")
        for file in (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        where posts[(file as NSString).deletingPathExtension] == nil {
            try FileManager.default.removeItem(at: folder.appendingPathComponent(file))
        }
        for (name, post) in posts {
            var text =
                "---\ntitle: \"\(post.title)\"\ndate: \(post.date)\ntags: [\(post.tags.joined(separator: ", "))]\n"
            if let author = post.author { text += "authors: [\(author)]\n" }
            if let series = post.series { text += "series: \(series)\nseriesPart: \(post.part ?? 1)\n" }
            if let correction = post.correction {
                text += "corrections:\n  - date: 2024-12-01\n    text: \(correction)\n"
            }
            text += "---\n\n\(post.body)\n"
            try changing("content/posts/\(name).md", to: text)
        }
    }
}

@Suite struct IncrementalBuildTests {
    func options(_ root: URL, output: String, clean: Bool = false) -> BuildOptions {
        var options = BuildOptions(siteRoot: root, output: root.appendingPathComponent(output))
        options.now = TestSupport.now
        options.clean = clean
        return options
    }

    /// A site with `posts` random posts in a fresh temporary folder (the caller removes the
    /// folder that holds `site.root`), and the generator to edit it with.
    func makeSite(seed: UInt64, posts: Int) throws -> (EditableSite, SeededGenerator) {
        var site = try EditableSite(root: try TestSupport.temporaryFolder().appendingPathComponent("site"))
        var random = SeededGenerator(state: seed)
        for _ in 0..<posts { site.posts[site.nextName()] = newPost(&random) }
        return (site, random)
    }

    func paragraph(_ random: inout SeededGenerator) -> String {
        (0..<Int.random(in: 8...20, using: &random)).map { _ in EditableSite.words.randomElement(using: &random)! }
            .joined(separator: " ") + "."
    }

    func body(_ random: inout SeededGenerator) -> String {
        "\(paragraph(&random))\n\n## Context\n\n\(paragraph(&random))\n\n## Outlook\n\n\(paragraph(&random))"
    }

    func newPost(_ random: inout SeededGenerator) -> EditableSite.PostSpec {
        let month = Int.random(in: 1...12, using: &random)
        let day = Int.random(in: 1...28, using: &random)
        let tags = Array(EditableSite.tagPool.shuffled(using: &random).prefix(Int.random(in: 1...3, using: &random)))
        let inSeries = Int.random(in: 0..<4, using: &random) == 0
        return EditableSite.PostSpec(
            title: "Note \(Int.random(in: 1...999, using: &random)) on \(tags[0])",
            date: String(format: "2024-%02d-%02d", month, day), tags: tags, body: body(&random),
            series: inSeries ? "Treaty watch" : nil, part: inSeries ? Int.random(in: 1...9, using: &random) : nil,
            author: Bool.random(using: &random) ? "Ada Brandt" : nil,
            correction: Int.random(in: 0..<5, using: &random) == 0 ? "An earlier version misdated the vote." : nil)
    }

    /// Applies one random edit and names it.
    func edit(_ site: inout EditableSite, _ random: inout SeededGenerator) throws -> String {
        let names = site.posts.keys.sorted()
        let name = names.randomElement(using: &random)!
        switch Int.random(in: 0..<16, using: &random) {
        case 15:
            // A file beside one that stays: its folder is kept, the file must go.
            let extra = site.root.appendingPathComponent("content/images/extra.png")
            if FileManager.default.fileExists(atPath: extra.path) {
                try FileManager.default.removeItem(at: extra)
                return "delete a static file"
            }
            try TestSupport.write("extra", to: "content/images/extra.png", in: site.root)
            return "add a static file"
        case 13:
            return "nothing"
        case 14:
            let file = site.root.appendingPathComponent("content/posts/\(name).md")
            try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: file.path)
            return "touch \(name)"
        case 0:
            site.posts[site.nextName()] = newPost(&random)
            return "add a post"
        case 1 where names.count > 4:
            site.posts[name] = nil
            return "delete \(name)"
        case 2:
            site.posts[site.nextName()] = site.posts.removeValue(forKey: name)
            return "rename \(name)"
        case 3:
            site.posts[name]!.body = body(&random)
            return "change the body of \(name)"
        case 4:
            site.posts[name]!.body += "\n\nA further paragraph on the treaty."
            return "add a paragraph to \(name)"
        case 5:
            site.posts[name]!.title += " (revised)"
            return "change the title of \(name)"
        case 6:
            site.posts[name]!.date = String(format: "2024-%02d-15", Int.random(in: 1...12, using: &random))
            return "change the date of \(name)"
        case 7:
            site.posts[name]!.tags = Array(EditableSite.tagPool.shuffled(using: &random).prefix(2))
            return "change the tags of \(name)"
        case 8:
            let template = site.root.appendingPathComponent("templates/post.mustache")
            try (String(contentsOf: template, encoding: .utf8) + "<!-- edit \(site.counter) -->\n")
                .write(to: template, atomically: false, encoding: .utf8)
            site.counter += 1
            return "change a template"
        case 9:
            if Bool.random(using: &random) { site.siteTitle += " Weekly" } else { site.paginate += 1 }
            return "change sitegen.yaml"
        case 10:
            site.profiles["Ada Brandt"]! += " She reads treaty texts."
            return "change an author profile"
        case 11:
            site.topics["treaty"] = "Agreements between states, version \(site.counter)."
            site.counter += 1
            return "change the vocabulary"
        default:
            try TestSupport.write("PNG-bytes-\(site.counter)", to: "content/images/map.png", in: site.root)
            site.counter += 1
            return "change a static file"
        }
    }

    @Test func everyIncrementalBuildEqualsACleanBuild() async throws {
        var (site, random) = try makeSite(seed: 20_261_201, posts: 8)
        defer { TestSupport.remove(site.root.deletingLastPathComponent()) }
        try site.write()
        _ = try await SiteBuilder(options: options(site.root, output: "public")).build()
        var reusedSomewhere = false
        var stoppedEarly = 0
        for step in 1...40 {
            let change = try edit(&site, &random)
            try site.write()
            let incremental = try await SiteBuilder(options: options(site.root, output: "public")).build()
            _ = try await SiteBuilder(options: options(site.root, output: "clean", clean: true)).build()
            let built = TestSupport.snapshot(site.root.appendingPathComponent("public"))
            let expected = TestSupport.snapshot(site.root.appendingPathComponent("clean"))
            #expect(built.keys.sorted() == expected.keys.sorted(), "step \(step): \(change)")
            #expect(
                folders(in: site.root.appendingPathComponent("public"))
                    == folders(in: site.root.appendingPathComponent("clean")), "step \(step): \(change): folders")
            for (file, data) in expected where built[file] != data {
                Issue.record("step \(step) (\(change)): \(file) differs from a clean build")
            }
            if incremental.writtenCount < incremental.fileCount { reusedSomewhere = true }
            if incremental.timings.stages.map(\.name).contains(Self.fastPath) {
                stoppedEarly += 1
                #expect(change == "nothing", "step \(step): \(change) cannot leave the site as it was")
            }
        }
        #expect(reusedSomewhere, "the incremental builds reused no file at all")
        #expect(stoppedEarly > 0, "no step found the site up to date")
    }

    /// Every folder below `root`, empty ones included.
    func folders(in root: URL) -> Set<String> {
        let manager = FileManager.default
        let paths = (try? manager.subpathsOfDirectory(atPath: root.path)) ?? []
        return Set(
            paths.filter { path in
                var isFolder: ObjCBool = false
                return manager.fileExists(atPath: root.appendingPathComponent(path).path, isDirectory: &isFolder)
                    && isFolder.boolValue
            })
    }

    @Test func aBodyEditRewritesOnlyWhatShowsTheBody() async throws {
        var (site, _) = try makeSite(seed: 7, posts: 10)
        defer { TestSupport.remove(site.root.deletingLastPathComponent()) }
        site.posts["post-3"]!.series = nil
        try site.write()
        let first = try await SiteBuilder(options: options(site.root, output: "public")).build()
        let public_ = site.root.appendingPathComponent("public")
        let path = "posts/post-1/index.html"
        let before = try FileManager.default.attributesOfItem(atPath: public_.appendingPathComponent(path).path)

        // The summary is the first paragraph: a paragraph added at the end leaves every list alone.
        site.posts["post-3"]!.body += "\n\nA closing paragraph that no list shows."
        try site.write()
        let second = try await SiteBuilder(options: options(site.root, output: "public")).build()
        #expect(second.fileCount == first.fileCount)
        let changed = second.writtenCount
        // The post page, the site feed (full content) and the term pages whose snippets it holds.
        #expect(changed >= 2 && changed <= 8, "\(changed) files rewritten")

        let third = try await SiteBuilder(options: options(site.root, output: "public")).build()
        #expect(third.writtenCount == 0, "nothing changed: nothing is rewritten")
        let after = try FileManager.default.attributesOfItem(atPath: public_.appendingPathComponent(path).path)
        #expect(before[.modificationDate] as? Date == after[.modificationDate] as? Date)
        #expect(before[.systemFileNumber] as? Int == after[.systemFileNumber] as? Int)
    }

    @Test func aFileChangedInTheOutputIsWrittenAgain() async throws {
        let (site, _) = try makeSite(seed: 11, posts: 4)
        defer { TestSupport.remove(site.root.deletingLastPathComponent()) }
        try site.write()
        _ = try await SiteBuilder(options: options(site.root, output: "public")).build()
        let page = site.root.appendingPathComponent("public/about/index.html")
        let original = try Data(contentsOf: page)
        // Same size, other bytes, written in place: the hard link must not carry the edit over.
        var edited = original
        edited[edited.count - 2] = UInt8(ascii: "#")
        let handle = try FileHandle(forWritingTo: page)
        try handle.write(contentsOf: edited)
        try handle.close()
        let report = try await SiteBuilder(options: options(site.root, output: "public")).build()
        #expect(report.writtenCount == 1)
        #expect(try Data(contentsOf: page) == original)
    }

    @Test func aDamagedOrForeignCacheIsIgnoredWithANote() async throws {
        let (site, _) = try makeSite(seed: 3, posts: 4)
        defer { TestSupport.remove(site.root.deletingLastPathComponent()) }
        try site.write()
        let buildOptions = options(site.root, output: "public")
        let first = try await SiteBuilder(options: buildOptions).build()
        let cacheURL = BuildCache.url(siteRoot: site.root, output: buildOptions.output)
        let cache = try Data(contentsOf: cacheURL)
        let expected = TestSupport.snapshot(site.root.appendingPathComponent("public"))
        let cases: [(String, Data, String)] = [
            ("truncated", cache.prefix(cache.count / 2), "damaged or truncated"),
            ("garbage", Data((0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37) }), "not a sitegen build cache"),
            ("one byte changed", flipped(cache, at: cache.count / 2), "damaged"),
            ("empty", Data(), "not a sitegen build cache"),
        ]
        for (name, bytes, reason) in cases {
            try bytes.write(to: cacheURL)
            let report = try await SiteBuilder(options: buildOptions).build()
            let notes = report.diagnostics.filter { $0.severity == .note }.map(\.description)
            #expect(
                notes.contains { $0.contains("ignoring the build cache") && $0.contains(reason) }, "\(name): \(notes)")
            #expect(report.writtenCount == first.fileCount, "\(name): nothing is trusted")
            #expect(TestSupport.snapshot(site.root.appendingPathComponent("public")) == expected, "\(name)")
        }
        let report = try await SiteBuilder(options: buildOptions).build()
        #expect(report.diagnostics.filter { $0.severity == .note }.isEmpty, "\(report.diagnostics)")
        #expect(report.writtenCount == 0, "the cache saved after a rejection is used")

        let older = BuildCache(output: buildOptions.output.path, settings: .zero, sitegenVersion: "0.0.1")
        #expect(throws: BuildCache.Rejection.otherVersion("0.0.1")) { try BuildCache.parse(older.serialized()) }
    }

    /// `data` with the byte at `index` changed to another digit or letter of a fingerprint.
    func flipped(_ data: Data, at index: Int) -> Data {
        var data = data
        var index = index
        while !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(data[index]) { index += 1 }
        data[index] = data[index] == UInt8(ascii: "1") ? UInt8(ascii: "2") : UInt8(ascii: "1")
        return data
    }

    static let fastPath = "compare the sources and the output with the build cache"

    @Test func aBuildWithNothingChangedStopsAfterComparing() async throws {
        let (site, _) = try makeSite(seed: 9, posts: 5)
        defer { TestSupport.remove(site.root.deletingLastPathComponent()) }
        try site.write()
        let first = try await SiteBuilder(options: options(site.root, output: "public")).build()
        let second = try await SiteBuilder(options: options(site.root, output: "public")).build()
        #expect(second.timings.stages.map(\.name).contains(Self.fastPath))
        #expect(second.writtenCount == 0 && second.fileCount == first.fileCount)
        #expect(second.postCount == first.postCount && second.tagCount == first.tagCount)
        #expect(second.pageCount == first.pageCount && second.skipped == first.skipped)

        // A file a publisher keeps in the output changes nothing; one added by hand that is not
        // kept is reported, and a clean build would not have it.
        try TestSupport.write("analysis.example.org", to: "public/CNAME", in: site.root)
        let kept = try await SiteBuilder(options: options(site.root, output: "public")).build()
        #expect(kept.timings.stages.map(\.name).contains(Self.fastPath))
        try TestSupport.write("mine", to: "public/notes.txt", in: site.root)
        let third = try await SiteBuilder(options: options(site.root, output: "public")).build()
        #expect(!third.timings.stages.map(\.name).contains(Self.fastPath))
        #expect(third.diagnostics.filter { $0.file?.hasPrefix("public/") == true }.map(\.file) == ["public/notes.txt"])
        #expect(!FileManager.default.fileExists(atPath: site.root.appendingPathComponent("public/notes.txt").path))
        #expect(TestSupport.read("public/CNAME", in: site.root) == "analysis.example.org")

        // A file rewritten with the same bytes is compared, not trusted by its time.
        let post = site.root.appendingPathComponent("content/posts/post-1.md")
        try Data(contentsOf: post).write(to: post)
        let fourth = try await SiteBuilder(options: options(site.root, output: "public")).build()
        #expect(!fourth.timings.stages.map(\.name).contains(Self.fastPath))
        #expect(fourth.writtenCount == 0)
    }

    @Test func aScheduledPostIsPublishedWhenItsDateComes() async throws {
        var (site, random) = try makeSite(seed: 13, posts: 3)
        defer { TestSupport.remove(site.root.deletingLastPathComponent()) }
        site.posts["scheduled"] = newPost(&random)
        site.posts["scheduled"]!.date = "2025-03-01"
        try site.write()
        let before = try await SiteBuilder(options: options(site.root, output: "public")).build()
        #expect(before.skipped.map(\.source) == ["content/posts/scheduled.md"])
        var later = options(site.root, output: "public")
        later.now = TestSupport.now.addingTimeInterval(90 * 86_400)
        let after = try await SiteBuilder(options: later).build()
        #expect(after.skipped.isEmpty && after.postCount == before.postCount + 1)
        #expect(
            FileManager.default.fileExists(
                atPath: site.root.appendingPathComponent("public/posts/scheduled/index.html").path))
    }

    @Test func warningsAreRepeatedByEveryBuild() async throws {
        var (site, _) = try makeSite(seed: 17, posts: 3)
        defer { TestSupport.remove(site.root.deletingLastPathComponent()) }
        site.posts["post-1"]!.tags = ["sanctions", "Sanctions"]
        try site.write()
        let first = try await SiteBuilder(options: options(site.root, output: "public")).build()
        try #require(!first.diagnostics.isEmpty, "the site needs a warning for this test")
        let second = try await SiteBuilder(options: options(site.root, output: "public")).build()
        #expect(second.timings.stages.map(\.name).contains(Self.fastPath))
        #expect(second.diagnostics.map(\.description) == first.diagnostics.map(\.description))
        #expect(second.diagnostics.map(\.severity) == first.diagnostics.map(\.severity))
        #expect(second.writtenCount == 0)
    }

    @Test func cleanWritesEverythingAndKeepsTheCacheUsable() async throws {
        let (site, _) = try makeSite(seed: 5, posts: 4)
        defer { TestSupport.remove(site.root.deletingLastPathComponent()) }
        try site.write()
        _ = try await SiteBuilder(options: options(site.root, output: "public")).build()
        let clean = try await SiteBuilder(options: options(site.root, output: "public", clean: true)).build()
        #expect(clean.writtenCount == clean.fileCount)
        let again = try await SiteBuilder(options: options(site.root, output: "public")).build()
        #expect(again.writtenCount == 0)
    }

    @Test func cacheRoundTripsPathsWithAnyCharacter() throws {
        var cache = BuildCache(
            output: "/srv/my site/public", settings: Fingerprint.of(UnsafeRawBufferPointer(start: nil, count: 0)))
        let stamp = OutputStamp(size: 10, modified: 1_700_000_000_123_456_789, inode: 42)
        for file in ["a b/index.html", "100%/index.html", "line\nbreak.html", "end %0A.html"] {
            cache.files[file] = BuildCache.Entry(
                fingerprint: Fingerprint(high: 1, low: UInt64(file.count)), stamp: stamp)
        }
        #expect(try BuildCache.parse(cache.serialized()) == cache)
    }

    @Test func fingerprintsAreStableAcrossRuns() {
        // Pinned values: a change to the hasher must change the cache header too.
        var hasher = StableHasher()
        hasher.combine("sitegen")
        hasher.combine(42)
        #expect(hasher.finalize().description == "4db3168aa6569b5c66a035120e236b47")
        let empty = "".withCString { Fingerprint.of(UnsafeRawBufferPointer(start: $0, count: 0)) }
        let short = "ab".withCString { Fingerprint.of(UnsafeRawBufferPointer(start: $0, count: 2)) }
        let other = "ba".withCString { Fingerprint.of(UnsafeRawBufferPointer(start: $0, count: 2)) }
        #expect(empty != short && short != other)
        #expect(Fingerprint(Substring(short.description)) == short)
    }
}
