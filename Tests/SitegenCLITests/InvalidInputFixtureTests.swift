import Foundation
import Testing

/// The invalid-input collection: each folder under `Fixtures/invalid/` is one bad input. The
/// base site (`_base/`) is built first; then the case's `site/` files are written over it (and
/// the paths listed in its `remove` file deleted), and `sitegen build` runs again. The case's
/// `expected` file holds the exit status (`exit: 1`) and then exactly what the build printed on
/// standard error. A build that fails must leave the previous output byte for byte as it was.
///
/// `SITEGEN_RECORD=1` writes the `expected` files from what the build printed: read each diff.
struct InvalidInputFixtureTests {
    static let collection = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/invalid")

    static let cases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: collection.path)) ?? []
        return names.filter { !$0.hasPrefix("_") && !$0.hasPrefix(".") }.sorted()
    }()

    @Test func theCollectionHoldsEveryClassOfBadInput() {
        #expect(Self.cases.count >= 60, "the collection has \(Self.cases.count) cases")
    }

    @Test(arguments: cases)
    func invalidInput(_ name: String) async throws {
        try await SitegenProcess.offload { try Self.check(name) }
    }

    static func check(_ name: String) throws {
        let folder = collection.appendingPathComponent(name)
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("invalid-\(name)-\(UUID())")
        defer { try? FileManager.default.removeItem(at: site) }
        try FileManager.default.copyItem(at: collection.appendingPathComponent("_base"), to: site)
        let first = try SitegenProcess.run(["build", "--quiet"], in: site)
        try #require(first.status == 0, "the base site builds: \(first.stderr)")
        let before = try snapshot(site.appendingPathComponent("public"))

        try apply(folder, to: site)
        let arguments = lines(folder.appendingPathComponent("arguments")) ?? []
        let result = try SitegenProcess.run(["build"] + arguments, in: site)
        let shown = "exit: \(result.status)\n" + result.stderr

        let expectedFile = folder.appendingPathComponent("expected")
        if ProcessInfo.processInfo.environment["SITEGEN_RECORD"] == "1" {
            try Data(shown.utf8).write(to: expectedFile)
        }
        let expected = try String(contentsOf: expectedFile, encoding: .utf8)
        #expect(shown == expected)
        if result.status != 0 {
            #expect(try snapshot(site.appendingPathComponent("public")) == before, "the old output is kept")
        }
    }

    /// Writes the case's `site/` files over the base site and deletes what its `remove` lists.
    static func apply(_ folder: URL, to site: URL) throws {
        let files = folder.appendingPathComponent("site")
        let manager = FileManager.default
        if let enumerator = manager.enumerator(atPath: files.path) {
            while let relative = enumerator.nextObject() as? String {
                let source = files.appendingPathComponent(relative)
                let target = site.appendingPathComponent(relative)
                var isFolder: ObjCBool = false
                _ = manager.fileExists(atPath: source.path, isDirectory: &isFolder)
                if isFolder.boolValue {
                    try manager.createDirectory(at: target, withIntermediateDirectories: true)
                } else {
                    try? manager.removeItem(at: target)
                    try manager.copyItem(at: source, to: target)
                }
            }
        }
        for relative in lines(folder.appendingPathComponent("remove")) ?? [] {
            try manager.removeItem(at: site.appendingPathComponent(relative))
        }
    }

    static func lines(_ file: URL) -> [String]? {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return nil }
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    /// Every path under `root` with its bytes (nil for a folder).
    static func snapshot(_ root: URL) throws -> [String: Data?] {
        var tree: [String: Data?] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root.path)
        while let relative = enumerator?.nextObject() as? String {
            tree[relative] = FileManager.default.contents(atPath: root.appendingPathComponent(relative).path)
        }
        return tree
    }
}
