import Foundation

/// Writes a new site: `sitegen.yaml`, sample content that shows the analysis features, and a
/// `.gitignore` that keeps the output and the build cache out of git. The built-in theme is used
/// as it is unless `theme` asks for a copy of it in `templates/` to change.
public struct SiteInitializer: Sendable {
    public let root: URL
    /// Also copy the default theme into `templates/`.
    public let theme: Bool

    public init(root: URL, theme: Bool = false) {
        self.root = root.standardizedFileURL
        self.theme = theme
    }

    /// What `run` did.
    public enum Outcome: Equatable, Sendable {
        /// A new site, with the paths written relative to `root`.
        case created([String])
        /// The theme copied into an existing site: the paths written, and those it had already.
        case themeCopied(written: [String], kept: [String])
    }

    /// Writes the files; refuses to overwrite anything. In a folder that is already a site (it has
    /// `content/`), `theme` copies only the theme files its `templates/` lacks and keeps the others.
    public func run() throws -> Outcome {
        let manager = FileManager.default
        let themeFiles = Dictionary(
            uniqueKeysWithValues: DefaultTheme.files.map { ("\(ThemeLoader.directory)/\($0.key)", $0.value) })
        if theme, manager.fileExists(atPath: root.appendingPathComponent("content").path) {
            let kept = themeFiles.keys.filter { manager.fileExists(atPath: root.appendingPathComponent($0).path) }
            let written = try write(themeFiles.filter { !kept.contains($0.key) })
            return .themeCopied(written: written, kept: kept.sorted())
        }
        var files = Self.sampleFiles
        if theme { files.merge(themeFiles) { sample, _ in sample } }
        let existing = files.keys.filter { manager.fileExists(atPath: root.appendingPathComponent($0).path) }
        guard existing.isEmpty else {
            throw BuildFailure(existing.sorted().map { Diagnostic(.output(.fileExists), file: $0) })
        }
        let written = try write(files)
        try ignoreGenerated()
        return .created((written + [Self.gitignore]).sorted())
    }

    /// Writes `files` (path relative to `root` -> text) and returns their paths, sorted.
    private func write(_ files: [String: String]) throws -> [String] {
        for path in files.keys.sorted() {
            let url = root.appendingPathComponent(path)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data((files[path] ?? "").utf8).write(to: url)
        }
        return files.keys.sorted()
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

    static let sampleFiles: [String: String] = [
        ConfigLoader.fileName: config,
        "content/posts/2024-01-15-reading-a-treaty-clause.md": firstPost,
        "content/posts/2024-02-05-weighing-the-sources.md": secondPost,
        "content/authors/your-name.md": authorProfile,
        "content/about.md": aboutPage,
    ]

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
        # The back-of-the-book index at /index/: every post that mentions each term.
        index:
          terms: [treaty, sanctions, sources]

        """

    static let firstPost = """
        ---
        title: Reading a treaty clause
        date: 2024-01-15
        description: How to read what a security treaty commits its parties to, one clause at a time.
        tags: [method, treaties]
        authors: [Your Name]
        series: Method notes
        takeaways:
          - "Read the **trigger** first: what has to happen before anyone owes anything."
          - "Then the *obligation*: what each party must do, and who decides that it is due."
          - A treaty leaves sanctions regimes in place unless it says otherwise.
        corrections:
          - date: 2024-01-20
            text: An earlier version said the clause has two parts; it has three.
        ---

        Every post is a Markdown file under `content/posts/`, with front matter between the two `---`
        lines at the top. This one shows what sitegen does with an analysis post: the `takeaways` above
        become the key points box, the `corrections` a dated notice at the top, and the `series` puts it
        beside the next post in a "Part 1 of 2" navigation.

        ## The trigger

        A mutual defence clause usually begins with the event that sets it off, such as an armed attack on
        one of the parties.[^text] Who decides that the event has happened matters as much as the event.

        ## The obligation

        Next comes what the parties promise. "Shall provide assistance" is stronger than "shall consult",
        and the means are often left to each party.[^commentary]

        ## What it leaves alone

        Treaties rarely mention sanctions, and a treaty between two states does not lift sanctions that
        others imposed. Words such as *treaty*, *sanctions* and *sources* are in the term index set in
        `sitegen.yaml`: see `/index/` once the site is built.

        [^text]: The treaty text as published by the parties' foreign ministries.
        [^commentary]: A commentary on the drafting of similar clauses. Footnotes are listed as the post's sources.

        """

    static let secondPost = """
        ---
        title: Weighing the sources
        date: 2024-02-05
        description: Official texts, reporting and commentary carry different weight; say which is which.
        tags: [method]
        authors: [Your Name]
        series: Method notes
        ---

        The second part of the series. An analysis is only as strong as its sources, so name them in
        footnotes[^kinds] and tell the reader which ones are official texts.

        ## Primary and secondary

        A treaty text is a primary source; a news report about it is secondary. When they disagree, say
        so and give both.

        [^kinds]: Each footnote becomes an entry in the post's sources.

        """

    static let authorProfile = """
        ---
        name: Your Name
        role: Analyst
        links:
          - title: Website
            url: https://example.org/
        ---

        A short biography, shown on the author page at `/authors/your-name/`. Rename this file to the slug
        of your name (`mara-lindqvist.md` for "Mara Lindqvist").

        """

    static let aboutPage = """
        ---
        title: About
        description: Who writes this site.
        ---

        Describe the publication here. Pages outside `content/posts/` become pages such as `/about/`.

        """
}
