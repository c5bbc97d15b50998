import Foundation
import SitegenMarkdown

/// Everything read from `content/`.
public struct LoadedContent: Sendable {
    public var posts: [PostDocument] = []
    public var pages: [PageDocument] = []
    public var authors: [AuthorProfile] = []
    public var staticFiles: [StaticFile] = []
    public var diagnostics: [Diagnostic] = []
}

/// Reads `content/`: posts under `posts/`, standalone pages elsewhere, every other file copied.
/// Files are parsed and rendered in parallel; the result does not depend on the order of work.
public struct ContentLoader: Sendable {
    public static let contentDirectory = "content"
    public static let postsDirectory = "posts"
    public static let authorsDirectory = "authors"
    static let markdownExtensions: Set<String> = ["md", "markdown"]

    public let siteRoot: URL
    public let config: SiteConfig
    public let cache: ContentCache?

    public init(siteRoot: URL, config: SiteConfig, cache: ContentCache? = nil) {
        self.siteRoot = siteRoot
        self.config = config
        self.cache = cache
    }

    public func load() async -> LoadedContent {
        let contentRoot = siteRoot.appendingPathComponent(Self.contentDirectory)
        var content = LoadedContent()
        let (files, outsideLinks) = SourceTree.scan(under: contentRoot)
        for link in outsideLinks {
            content.diagnostics.append(
                Diagnostic(.content(.linkOutsideContent), file: Self.contentDirectory + "/" + link))
        }
        var markdown: [String] = []
        for relative in files {
            let ext = (relative as NSString).pathExtension.lowercased()
            if Self.markdownExtensions.contains(ext) {
                markdown.append(relative)
            } else {
                content.staticFiles.append(
                    StaticFile(sourcePath: contentRoot.appendingPathComponent(relative).path, outputPath: relative))
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

    private func loadInParallel(_ files: [String], contentRoot: URL) async -> [FileLoadResult] {
        guard let cache else { return await parse(files, contentRoot: contentRoot) }
        let keys = files.map { ContentCache.key(for: contentRoot.appendingPathComponent($0), relativePath: $0) }
        cache.begin(config: config, keys: Set(keys.compactMap { $0 }))
        var results = [FileLoadResult?](repeating: nil, count: files.count)
        var missing: [Int] = []
        for index in files.indices {
            if let key = keys[index], let cached = cache.result(for: key) {
                results[index] = cached
            } else {
                missing.append(index)
            }
        }
        let parsed = await parse(missing.map { files[$0] }, contentRoot: contentRoot)
        for (offset, index) in missing.enumerated() {
            results[index] = parsed[offset]
            if let key = keys[index] { cache.store(parsed[offset], for: key) }
        }
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

/// Lists the files of a folder tree, skipping hidden files and those starting with `_`.
enum SourceTree {
    /// Relative paths of regular files under `root`, sorted. Symbolic links are followed only when
    /// they lead to a place inside `root`: the others are listed in `outsideLinks` and not read.
    static func scan(under root: URL) -> (files: [String], outsideLinks: [String]) {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: root.path) else { return ([], []) }
        let resolvedRoot = OutputDirectory.resolved(root)
        var files: [String] = []
        var outsideLinks: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let type = enumerator.fileAttributes?[.type] as? FileAttributeType
            if name.hasPrefix(".") || name.hasPrefix("_") {
                if type == .typeDirectory { enumerator.skipDescendants() }
                continue
            }
            let url = root.appendingPathComponent(relative)
            if type == .typeSymbolicLink {
                let target = OutputDirectory.resolved(url)
                guard target.hasPrefix(resolvedRoot + "/") else {
                    outsideLinks.append(relative)
                    continue
                }
            }
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return (files.sorted(), outsideLinks.sorted())
    }

    static func files(under root: URL) -> [String] {
        scan(under: root).files
    }
}
