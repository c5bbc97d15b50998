import Foundation

/// Writes a new site: `sitegen.yaml`, one sample post, the default theme to customise, and a
/// `.gitignore` that keeps the output and the build cache out of git.
public struct SiteInitializer: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// Writes the files and returns their paths relative to `root`; refuses to overwrite anything.
    @discardableResult
    public func run() throws -> [String] {
        var files: [String: String] = [
            ConfigLoader.fileName: Self.config,
            "content/posts/first-analysis.md": Self.samplePost,
            "content/about.md": Self.aboutPage,
        ]
        for (path, text) in DefaultTheme.files {
            files["\(ThemeLoader.directory)/\(path)"] = text
        }
        let manager = FileManager.default
        let existing = files.keys.filter { manager.fileExists(atPath: root.appendingPathComponent($0).path) }
        guard existing.isEmpty else {
            throw BuildFailure(existing.sorted().map { Diagnostic(.output(.fileExists), file: $0) })
        }
        for path in files.keys.sorted() {
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((files[path] ?? "").utf8).write(to: url)
        }
        try ignoreGenerated()
        return (Array(files.keys) + [Self.gitignore]).sorted()
    }

    static let gitignore = ".gitignore"
    /// What git should not track: the output and the build cache.
    static let ignored = ["public/", BuildCache.folder + "/"]

    /// Adds the ignored folders to `.gitignore`, creating it, or appending the lines it lacks.
    func ignoreGenerated() throws {
        let url = root.appendingPathComponent(Self.gitignore)
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        let lines = Set(existing.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) })
        let missing = Self.ignored.filter { !lines.contains($0) && !lines.contains("/" + $0) }
        guard !missing.isEmpty else { return }
        let separator = existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n"
        try Data((existing + separator + missing.joined(separator: "\n") + "\n").utf8).write(to: url)
    }

    static let config = """
        title: My Analysis
        baseURL: https://example.org/
        language: en
        timeZone: UTC
        author: Your Name
        description: Independent analysis of security and foreign policy.
        paginate: 10
        dateFormat: MMMM d, yyyy
        markdown:
          unsafe: false

        """

    static let samplePost = """
        ---
        title: A first analysis
        date: 2024-01-15
        description: What this site will cover, and how to write a post.
        tags: [method]
        authors: [Your Name]
        ---

        Every post is a Markdown file under `content/posts/` with front matter at the top.

        ## Key points

        - Give each post a `title` and a `date`.
        - Add `tags` so readers can follow a topic, each with its own page and feed.

        ## Sources

        List the documents the analysis rests on.

        """

    static let aboutPage = """
        ---
        title: About
        description: Who writes this site.
        ---

        Describe the publication here. Pages outside `content/posts/` become pages such as `/about/`.

        """
}
