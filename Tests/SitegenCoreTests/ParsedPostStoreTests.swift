import Foundation
import SitegenMarkdown
import Testing

@testable import SitegenCore

/// The parsed posts a build keeps in `.sitegen/posts.cache` for the next one.
@Suite struct ParsedPostStoreTests {
    func encoded(_ stored: ContentCache.Stored) -> [UInt8] {
        var writer = BinaryWriter()
        writer.write(stored.post)
        writer.write(stored.diagnostics) { $0.write($1) }
        return writer.bytes
    }

    @Test func everyFieldOfEveryPostSurvivesTheStore() async throws {
        let site = try TestSupport.copyOfFixture("golden/site")
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let config = ConfigLoader().load(siteRoot: site).0
        let cache = ContentCache()
        _ = await ContentLoader(siteRoot: site, config: config, cache: cache).load()
        var stored = cache.storedPosts(changedBefore: .max)
        #expect(stored.count >= 5)
        #expect(stored.contains { !$0.post.takeaways.isEmpty } && stored.contains { !$0.post.corrections.isEmpty })
        #expect(stored.contains { !$0.post.aliases.isEmpty })
        // Loading gives posts few warnings today; the store keeps any, with their places.
        stored[0].diagnostics.append(
            Diagnostic(.content(.linkOutsideContent), file: stored[0].post.source, line: 3, column: 7))
        let url = site.appendingPathComponent(".sitegen/posts.cache")
        let key = Fingerprint.of(Array("key".utf8).withUnsafeBytes { $0 })
        try ParsedPostStore.save(stored, to: url, key: key)
        let loaded = try #require(try ParsedPostStore.load(from: url, key: key)).posts
        #expect(loaded.map(\.path) == stored.map(\.path))
        #expect(loaded.map(\.stamp) == stored.map(\.stamp))
        for (before, after) in zip(stored, loaded) {
            #expect(after.post.body.stored != nil, "a stored body is decoded on first use, not on load")
            #expect(encoded(before) == encoded(after), "\(before.path): saved again as its stored bytes")
            #expect(after.post.html == before.post.html && after.post.textBlocks == before.post.textBlocks)
            #expect(after.post.body.stored == nil, "decoded once")
            #expect(encoded(before) == encoded(after), "\(before.path): saved again from its decoded fields")
            #expect(before.diagnostics.map(\.description) == after.diagnostics.map(\.description))
            #expect(before.post.date == after.post.date && before.post.params == after.post.params)
        }
        #expect(try ParsedPostStore.load(from: url, key: .zero) == nil, "another configuration's store")

        // Appends replace and forget posts by path.
        var replacement = stored[1]
        replacement.stamp.size += 1
        try ParsedPostStore.append([replacement], removed: [stored[2].path, "posts/never-stored.md"], to: url)
        let appended = try #require(try ParsedPostStore.load(from: url, key: key))
        #expect(appended.segments == 2)
        #expect(appended.posts.map(\.path) == stored.map(\.path).filter { $0 != stored[2].path })
        #expect(appended.posts.first { $0.path == stored[1].path }?.stamp == replacement.stamp)

        let bytes = try Data(contentsOf: url)
        for damaged in [
            bytes.prefix(bytes.count - 1), bytes.prefix(40), flipped(bytes, at: bytes.count / 2),
            flipped(bytes, at: bytes.count - 40),
        ] {
            try damaged.write(to: url)
            #expect(throws: BinaryReader.Damaged.self) { try ParsedPostStore.load(from: url, key: key) }
        }
    }

    /// A stored post `content/posts/<slug>.md` whose stamp's size is `index`.
    func storedPost(_ slug: String, index: Int, html: String, textBlocks: [TextBlock] = []) -> ContentCache.Stored {
        let date = FormattedDate(date: TestSupport.now, iso: "2025-01-01T00:00:00Z", day: "2025-01-01", display: "x")
        return ContentCache.Stored(
            path: "posts/\(slug).md", stamp: FileStamp(size: Int64(index), modified: 1),
            post: TestSupport.document(
                source: "content/posts/\(slug).md", slug: slug, date: date, html: html, textBlocks: textBlocks),
            diagnostics: [])
    }

    @Test func aStoreSavedFromUndecodedBodiesReadsBackTheSameBodies() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let stored = (1...4).map { index in
            storedPost(
                "p\(index)", index: index, html: "<p>Body \(index) ünï</p>",
                textBlocks: [TextBlock(text: "Prose \(index)", headingID: "h")])
        }
        let first = folder.appendingPathComponent("first.cache")
        let second = folder.appendingPathComponent("second.cache")
        try ParsedPostStore.save(stored, to: first, key: .zero)
        // The loaded store's bodies stay undecoded while they are written to a second store, and
        // the first file is replaced meanwhile: the mapping keeps the bytes they point into.
        let loaded = try #require(try ParsedPostStore.load(from: first, key: .zero)).posts
        try ParsedPostStore.save(Array(stored.prefix(1)), to: first, key: .zero)
        try ParsedPostStore.save(loaded, to: second, key: .zero)
        #expect(loaded.allSatisfy { $0.post.body.stored != nil })
        let again = try #require(try ParsedPostStore.load(from: second, key: .zero)).posts
        #expect(again.map(\.post.html) == stored.map(\.post.html))
        #expect(again.map(\.post.textBlocks) == stored.map(\.post.textBlocks))
        #expect(loaded.map(\.post.html) == stored.map(\.post.html))
    }

    @Test func aStoreLargerThanItsWriteBufferReadsBack() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        // Three posts of 700 kB each: the writer drains its buffer mid-segment, at odd offsets.
        let stored = (1...3).map { index in
            storedPost(
                "big-\(index)", index: index,
                html: String(repeating: "<p>Ünïcode \(index)</p>", count: 700_000 / 20 + index))
        }
        let url = folder.appendingPathComponent("posts.cache")
        let leftover = folder.appendingPathComponent("posts.cache.12345.tmp")
        try Data("left by a killed build".utf8).write(to: leftover)
        try ParsedPostStore.save(stored, to: url, key: .zero)
        #expect(!FileManager.default.fileExists(atPath: leftover.path), "the next save removes leftovers")
        let loaded = try #require(try ParsedPostStore.load(from: url, key: .zero))
        #expect(loaded.posts.map(\.post.html) == stored.map(\.post.html))
        let bytes = try Data(contentsOf: url)
        #expect(bytes.count > 1_500_000, "more than the 1 MB buffer")
        var pieces = StoreChecksum()
        bytes.withUnsafeBytes { buffer in
            let whole = buffer.count / 32 * 32
            pieces.consume(UnsafeRawBufferPointer(rebasing: buffer[..<64]))
            pieces.consume(UnsafeRawBufferPointer(rebasing: buffer[64..<whole]))
            #expect(
                pieces.finalize(tail: UnsafeRawBufferPointer(rebasing: buffer[whole...]))
                    == Fingerprint.checksum(of: buffer), "a checksum fed in pieces equals one fed at once")
        }
    }

    func flipped(_ data: Data, at index: Int) -> Data {
        var copy = data
        copy[copy.startIndex + index] ^= 0x5A
        return copy
    }

    @Test func aDamagedStoreIsIgnoredWithANoteAndTheBuildIsTheSame() async throws {
        let site = try TestSupport.copyOfFixture("golden/site")
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        var options = BuildOptions(siteRoot: site)
        options.now = TestSupport.now
        _ = try await SiteBuilder(options: options).build()
        let expected = TestSupport.snapshot(site.appendingPathComponent("public"))
        let store = site.appendingPathComponent(".sitegen/posts.cache")
        try Data("sitegen parsed posts 1 but not really".utf8).write(to: store)
        let post = "content/posts/cold-war.md"
        try TestSupport.write(TestSupport.read(post, in: site) + "\n", to: post, in: site)
        let report = try await SiteBuilder(options: options).build()
        #expect(report.diagnostics.contains { $0.file == ".sitegen/posts.cache" && $0.severity == .note })
        let rebuilt = TestSupport.snapshot(site.appendingPathComponent("public"))
        #expect(rebuilt == expected)
        #expect(FileManager.default.fileExists(atPath: store.path))
        let key = ParsedPostStore.key(siteRoot: site, options: options)
        #expect((try? ParsedPostStore.load(from: store, key: key)) != nil, "saved again, whole")
    }

    @Test func aFailedBuildStillStoresWhatItParsed() async throws {
        let site = try TestSupport.copyOfFixture("golden/site")
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        let posts = (FileManager.default.subpaths(atPath: site.appendingPathComponent("content/posts").path) ?? [])
            .filter { $0.hasSuffix(".md") }
        // Files changed in the two seconds before a build are not stored: let the copies age.
        try await Task.sleep(for: .milliseconds(2_100))
        try TestSupport.write("{{#post}}never closed\n", to: "templates/post.mustache", in: site)
        var options = BuildOptions(siteRoot: site)
        options.now = TestSupport.now
        await #expect(throws: BuildFailure.self) { try await SiteBuilder(options: options).build() }
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("public").path))
        let key = ParsedPostStore.key(siteRoot: site, options: options)
        let stored = try ParsedPostStore.load(from: ParsedPostStore.url(siteRoot: site), key: key)
        #expect(stored?.posts.count == posts.count)
    }

    @Test func rebuildsAppendWhatTheyParsedAndMatchTheirSources() async throws {
        let incremental = IncrementalBuildTests()
        var (site, random) = try incremental.makeSite(seed: 11, posts: 6)
        defer { TestSupport.remove(site.root.deletingLastPathComponent()) }
        try site.write()
        let store = ParsedPostStore.url(siteRoot: site.root)
        let key = ParsedPostStore.key(siteRoot: site.root, options: incremental.options(site.root, output: "public"))
        _ = try await SiteBuilder(options: incremental.options(site.root, output: "public")).build()
        #expect(try ParsedPostStore.load(from: store, key: key)?.posts.isEmpty == true, "every file is too new")
        for step in 1...2 {
            // Files changed in the two seconds before a build are parsed again by the next one.
            try await Task.sleep(for: .milliseconds(2_100))
            let name = site.posts.keys.sorted()[step]
            site.posts[name]!.body = incremental.body(&random)
            try site.write()
            _ = try await SiteBuilder(options: incremental.options(site.root, output: "public")).build()
            let fresh = try await SiteBuilder(options: incremental.options(site.root, output: "public")).prepare()
            let built = TestSupport.snapshot(site.root.appendingPathComponent("public"))
            #expect(built.keys.filter { $0 != ".sitegen-output" }.sorted() == fresh.plan.files, "step \(step)")
            for output in fresh.plan.planned where fresh.bytes(of: output).map({ Data($0) }) != built[output.file] {
                Issue.record("step \(step): \(output.file) differs from a site prepared from its sources")
            }
            // Each build appends what it parsed; the post edited just before it is left out.
            let loaded = try #require(try ParsedPostStore.load(from: store, key: key))
            #expect(loaded.segments == step + 1)
            #expect(loaded.posts.count == 5)
            #expect(!loaded.posts.contains { $0.path == "posts/\(name).md" })
        }
    }
}
