import Foundation
import SitegenMarkdown

/// Everything read from `content/`.
public struct LoadedContent: Sendable {
    public var posts: [PostDocument] = []
    public var pages: [PageDocument] = []
    public var authors: [AuthorProfile] = []
    public var staticFiles: [StaticFile] = []
    /// The stamps of `staticFiles`, in the same order: the preview tells a changed image by them.
    var staticFileStamps: [FileStamp] = []
    public var diagnostics: [Diagnostic] = []
}

/// Reads `content/`: posts under `posts/`, standalone pages elsewhere, every other file copied.
/// Files are parsed and rendered in parallel; the result does not depend on the order of work.
public struct ContentLoader: Sendable {
    public static let contentDirectory = "content"
    public static let postsDirectory = "posts"
    public static let authorsDirectory = "authors"
    static let markdownExtensions: Set<String> = ["md", "markdown"]

    /// Whether the file name ends in `.md` or `.markdown`, in any case.
    static func isMarkdown(_ path: String) -> Bool {
        guard let dot = path.utf8.lastIndex(of: UInt8(ascii: ".")),
            !path.utf8[path.utf8.index(after: dot)...].contains(UInt8(ascii: "/"))
        else { return false }
        return markdownExtensions.contains(String(path[path.index(after: dot)...]).lowercased())
    }

    public let siteRoot: URL
    public let config: SiteConfig
    public let cache: ContentCache?
    /// The files below `content/` that changed since the cache's last listing (relative paths),
    /// when a watcher knows them: only those are looked at again. Nil lists every file.
    public let changed: Set<String>?

    public init(siteRoot: URL, config: SiteConfig, cache: ContentCache? = nil, changed: Set<String>? = nil) {
        self.siteRoot = siteRoot
        self.config = config
        self.cache = cache
        self.changed = changed
    }

    public func load() async -> LoadedContent {
        let contentRoot = siteRoot.appendingPathComponent(Self.contentDirectory)
        var content = LoadedContent()
        let listing = cache?.listing(under: contentRoot, changed: changed) ?? SourceTree.scan(under: contentRoot)
        cache?.keep(listing)
        let (files, outsideLinks) = (listing.files, listing.outsideLinks)
        for link in outsideLinks {
            content.diagnostics.append(
                Diagnostic(.content(.linkOutsideContent), file: Self.contentDirectory + "/" + link))
        }
        var markdown: [SourceTree.File] = []
        for file in files {
            let relative = file.path
            if Self.isMarkdown(relative) {
                markdown.append(file)
            } else {
                content.staticFiles.append(
                    StaticFile(sourcePath: contentRoot.appendingPathComponent(relative).path, outputPath: relative))
                content.staticFileStamps.append(file.stamp)
            }
        }
        let results = await loadInParallel(markdown, contentRoot: contentRoot)
        for result in results {
            content.diagnostics += result.diagnostics
            if let post = result.post { content.posts.append(post) }
            if let page = result.page { content.pages.append(page) }
            if let author = result.author { content.authors.append(author) }
        }
        return content
    }

    private func loadInParallel(_ files: [SourceTree.File], contentRoot: URL) async -> [FileLoadResult] {
        guard let cache else { return await parse(files.map(\.path), contentRoot: contentRoot) }
        let keys = files.map { ContentCache.Key(path: $0.path, stamp: $0.stamp) }
        cache.begin(config: config)
        var results = cache.results(for: keys)
        let missing = results.indices.filter { results[$0] == nil }
        let parsed = await parse(missing.map { files[$0].path }, contentRoot: contentRoot)
        for (offset, index) in missing.enumerated() { results[index] = parsed[offset] }
        cache.store(missing.indices.map { (keys[missing[$0]], parsed[$0]) }, keeping: keys)
        return results.compactMap { $0 }
    }

    private func parse(_ files: [String], contentRoot: URL) async -> [FileLoadResult] {
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunkSize = max(1, (files.count + workers * 4 - 1) / (workers * 4))
        let chunks = stride(from: 0, to: files.count, by: chunkSize).map {
            Array(files[$0..<min($0 + chunkSize, files.count)])
        }
        return await withTaskGroup(of: (Int, [FileLoadResult]).self) { group in
            for (index, chunk) in chunks.enumerated() {
                group.addTask {
                    let reader = ContentFileReader(config: config, contentRoot: contentRoot)
                    return (index, chunk.map { reader.load(relativePath: $0) })
                }
            }
            var ordered = [[FileLoadResult]](repeating: [], count: chunks.count)
            for await (index, results) in group { ordered[index] = results }
            return ordered.flatMap { $0 }
        }
    }
}

/// The outcome of loading one Markdown file.
struct FileLoadResult: Sendable {
    var post: PostDocument?
    var page: PageDocument?
    var author: AuthorProfile?
    var diagnostics: [Diagnostic] = []
}
