import Foundation
import SitegenMarkdown

@testable import SitegenCore

/// Paths and folders shared by the core tests.
enum TestSupport {
    /// `Tests/SitegenCoreTests/Fixtures`.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The repository root.
    static let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// A fresh empty folder, removed by the caller with `remove`.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitegen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    /// Copies a fixture site into a fresh temporary folder and returns the copy.
    static func copyOfFixture(_ name: String) throws -> URL {
        let folder = try temporaryFolder()
        let site = folder.appendingPathComponent("site")
        try FileManager.default.copyItem(at: fixtures.appendingPathComponent(name), to: site)
        return site
    }

    /// Every regular file under `root` (hidden ones included) with its contents.
    static func snapshot(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return files }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            let path = root.appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: path)
            }
        }
        return files
    }

    static func write(_ text: String, to relative: String, in root: URL) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    static func read(_ relative: String, in root: URL) -> String {
        (try? String(contentsOf: root.appendingPathComponent(relative), encoding: .utf8)) ?? ""
    }

    /// A fixed moment for reproducible publication decisions: 2025-01-01T00:00:00Z.
    static let now = Date(timeIntervalSince1970: 1_735_689_600)

    /// A post document as `ContentFileReader` would load it, with defaults for what a test leaves out.
    static func document(
        source: String, slug: String, title: String? = nil, date: FormattedDate, description: String? = nil,
        summary: String = "", tags: [NameMention] = [], authors: [String] = [], draft: Bool = false,
        html: String = "", headings: [Heading] = [], wordCount: Int = 0, fileName: String? = nil, section: String = "",
        textBlocks: [TextBlock] = []
    ) -> PostDocument {
        PostDocument(
            source: source, fileName: fileName ?? slug, section: section, slug: slug, title: title ?? slug, date: date,
            updated: nil,
            description: description, summary: summary, tagMentions: tags, authorNames: authors, draft: draft,
            params: [:], html: html, headings: headings, wordCount: wordCount, textBlocks: textBlocks)
    }

    /// A page document for `content/<relativePath>.md`.
    static func pageDocument(_ relativePath: String, title: String = "T", draft: Bool = false) -> PageDocument {
        PageDocument(
            source: "content/\(relativePath).md", relativePath: relativePath, title: title, description: nil, html: "",
            params: [:], draft: draft)
    }
}
