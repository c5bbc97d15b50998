import Foundation
import Testing

@testable import SitegenCore

/// The preview prepares the site again after every save, from the site it prepared last: what it
/// serves must always equal a site prepared from scratch.
@Suite struct PreviewRevisionTests {
    let incremental = IncrementalBuildTests()

    func options(_ root: URL) -> BuildOptions {
        var options = BuildOptions(siteRoot: root)
        options.now = TestSupport.now
        return options
    }

    /// The files below `content/` and the other sources a watcher sees, with their stamps.
    func sources(_ root: URL) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for folder in ["content", "templates"] {
            for (path, stamp) in FileStamp.tree(root.appendingPathComponent(folder).path).files {
                stamps[folder + "/" + path] = stamp
            }
        }
        stamps["sitegen.yaml"] = FileStamp.of(root.appendingPathComponent("sitegen.yaml").path)
        return stamps
    }

    /// What inotify would name between two snapshots: nil when a folder came or went.
    func changes(from before: [String: FileStamp], to after: [String: FileStamp]) -> Set<String>? {
        let paths = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }
        let folders = { (stamps: [String: FileStamp]) in
            Set(stamps.keys.map { ($0 as NSString).deletingLastPathComponent })
        }
        return folders(before) == folders(after) ? paths : nil
    }

    func expectSameSite(_ revised: PreparedSite, _ fresh: PreparedSite, _ step: String) {
        #expect(revised.plan.files == fresh.plan.files, "\(step): planned files")
        #expect(revised.diagnostics == fresh.diagnostics, "\(step): diagnostics")
        for output in fresh.plan.planned where revised.bytes(of: output) != fresh.bytes(of: output) {
            Issue.record("\(step): \(output.file) differs from a site prepared from scratch")
        }
    }

    @Test func everyRevisionEqualsASitePreparedFromScratch() async throws {
        var (site, random) = try incremental.makeSite(seed: 20_261_201, posts: 8)
        defer { TestSupport.remove(site.root.deletingLastPathComponent()) }
        try site.write()
        let cache = ContentCache()
        var previous = try await SiteBuilder(options: options(site.root), cache: cache).prepare()
        var revisions = 0
        var unchanged = 0
        for step in 1...36 {
            let before = sources(site.root)
            let name = site.posts.keys.sorted().randomElement(using: &random)!
            let change: String
            switch step % 4 {
            case 0:
                change = try incremental.edit(&site, &random)
            case 1:
                site.posts[name]!.body = incremental.body(&random)
                change = "rewrite the body of \(name)"
            case 2:
                site.posts[name]!.body += "\n\nAnother paragraph: \(incremental.paragraph(&random))"
                change = "add a paragraph to \(name)"
            default:
                let file = site.root.appendingPathComponent("content/posts/\(name).md")
                try FileManager.default.setAttributes(
                    [.modificationDate: Date(timeIntervalSinceNow: Double(step))], ofItemAtPath: file.path)
                change = "touch \(name)"
            }
            try site.write()
            let named = changes(from: before, to: sources(site.root))
            let fresh: PreparedSite
            do {
                fresh = try await SiteBuilder(options: options(site.root)).prepare()
            } catch let failure as BuildFailure {
                // An edit can break the site (two posts claim a series part): the revision fails alike.
                do {
                    _ = try await SiteBuilder(options: options(site.root), cache: cache).prepare(
                        after: previous, changed: step % 2 == 0 ? named : nil)
                    Issue.record("step \(step) (\(change)): the revision built a site that does not build")
                } catch let revisionFailure as BuildFailure {
                    #expect(
                        Diagnostic.sorted(revisionFailure.diagnostics) == Diagnostic.sorted(failure.diagnostics),
                        "step \(step) (\(change))")
                }
                continue
            }
            let revised = try await SiteBuilder(options: options(site.root), cache: cache).prepare(
                after: previous, changed: step % 2 == 0 ? named : nil)
            expectSameSite(revised, fresh, "step \(step) (\(change))")
            if step % 4 != 0, revised.isRevision { revisions += 1 }
            if revised.isUnchanged {
                unchanged += 1
                #expect(["nothing", "touch"].contains { change.hasPrefix($0) }, "step \(step): \(change)")
            }
            previous = revised
        }
        // Only a step after one that broke the site may need more than a revision.
        #expect(revisions >= 24, "body edits must not assemble and plan the site again")
        #expect(unchanged >= 8, "touching a file changes nothing")
    }

    @Test func aTitleOrTagEditIsPlannedAgain() async throws {
        var (site, _) = try incremental.makeSite(seed: 7, posts: 4)
        defer { TestSupport.remove(site.root.deletingLastPathComponent()) }
        try site.write()
        let cache = ContentCache()
        let first = try await SiteBuilder(options: options(site.root), cache: cache).prepare()
        let name = site.posts.keys.sorted()[0]
        site.posts[name]!.tags = ["A brand new tag"]
        try site.write()
        let second = try await SiteBuilder(options: options(site.root), cache: cache).prepare(after: first)
        #expect(second.isRevision == false)
        #expect(second.plan.files.contains("tags/a-brand-new-tag/index.html"))
        site.posts[name]!.body += "\n\nOne more sentence on the alliance."
        try site.write()
        let third = try await SiteBuilder(options: options(site.root), cache: cache).prepare(after: second)
        #expect(third.isRevision == true)
        let page = try #require(third.plan.planned.first { $0.file.hasSuffix("\(name)/index.html") })
        #expect(third.render(page)?.contains("One more sentence on the alliance.") == true)
    }

    @Test func aTitleEditIsARevisionUnlessThePathUsesTheTitle() async throws {
        for pattern in [nil, "/:year/:title/"] {
            var (site, _) = try incremental.makeSite(seed: 5, posts: 5)
            defer { TestSupport.remove(site.root.deletingLastPathComponent()) }
            site.postPattern = pattern
            try site.write()
            let cache = ContentCache()
            let first = try await SiteBuilder(options: options(site.root), cache: cache).prepare()
            let name = site.posts.keys.sorted()[1]
            site.posts[name]!.title = "Shipping insurance after the embargo"
            try site.write()
            let second = try await SiteBuilder(options: options(site.root), cache: cache).prepare(
                after: first, changed: ["content/posts/\(name).md"])
            let fresh = try await SiteBuilder(options: options(site.root)).prepare()
            expectSameSite(second, fresh, "title edit with pattern \(pattern ?? "default")")
            #expect(second.isRevision == (pattern == nil), "\(pattern ?? "default")")
            #expect(
                second.plan.files.contains { $0.contains("shipping-insurance-after-the-embargo") } == (pattern != nil))
            let page = try #require(second.plan.planned.first { $0.job == .post(Post.ID("content/posts/\(name).md")) })
            #expect(second.render(page)?.contains("<title>Shipping insurance after the embargo") == true)
        }
    }

    @Test func aChangedImageIsNotUnchanged() async throws {
        let (site, _) = try incremental.makeSite(seed: 3, posts: 2)
        defer { TestSupport.remove(site.root.deletingLastPathComponent()) }
        try site.write()
        let cache = ContentCache()
        let first = try await SiteBuilder(options: options(site.root), cache: cache).prepare()
        let touched = try await SiteBuilder(options: options(site.root), cache: cache).prepare(after: first)
        #expect(touched.isUnchanged == true, "nothing changed")
        try TestSupport.write("PNG-bytes-2, longer", to: "content/images/map.png", in: site.root)
        let second = try await SiteBuilder(options: options(site.root), cache: cache).prepare(
            after: touched, changed: ["content/images/map.png"])
        #expect(second.isRevision == true)
        #expect(second.isUnchanged == false, "the preview must reload to show the new image")
        let image = try #require(second.output(at: "images/map.png"))
        #expect(second.bytes(of: image) == Array("PNG-bytes-2, longer".utf8))
    }

    @Test func aRevisedListingEqualsAScan() throws {
        let folder = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(folder) }
        let root = folder.appendingPathComponent("content")
        for file in ["posts/a.md", "posts/b.md", "images/map.png", "_drafts/x.md", "posts/.a.md.swp"] {
            try TestSupport.write(file, to: file, in: root)
        }
        try TestSupport.write("outside", to: "secret.txt", in: folder)
        let before = SourceTree.scan(under: root)
        #expect(before.files.map(\.path) == ["images/map.png", "posts/a.md", "posts/b.md"])

        try TestSupport.write("a, longer now", to: "posts/a.md", in: root)
        try FileManager.default.removeItem(at: root.appendingPathComponent("posts/b.md"))
        try TestSupport.write("new", to: "posts/0-new.md", in: root)
        try TestSupport.write("hidden", to: "posts/.c.md.swp", in: root)
        try TestSupport.write("underscore", to: "_drafts/y.md", in: root)
        let manager = FileManager.default
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("posts/leak.md").path, withDestinationPath: folder.path + "/secret.txt")
        try manager.createSymbolicLink(
            atPath: root.appendingPathComponent("posts/same.md").path, withDestinationPath: root.path + "/posts/a.md")
        let changed: Set<String> = [
            "posts/a.md", "posts/b.md", "posts/0-new.md", "posts/.c.md.swp", "_drafts/y.md", "posts/leak.md",
            "posts/same.md", "posts/never-there.md",
        ]
        let after = SourceTree.scan(under: root)
        #expect(SourceTree.revised(before, under: root, changed: changed) == after)
        #expect(after.outsideLinks == ["posts/leak.md"])
        #expect(after.files.map(\.path) == ["images/map.png", "posts/0-new.md", "posts/a.md", "posts/same.md"])

        try manager.createDirectory(at: root.appendingPathComponent("posts/2024"), withIntermediateDirectories: true)
        #expect(SourceTree.revised(after, under: root, changed: ["posts/2024"]) == nil, "a folder needs a scan")
    }
}
