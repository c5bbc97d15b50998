import Foundation
import Synchronization

/// Parsed content files kept between builds in `.sitegen/sources/`, one JSON file per source, so a
/// build after one edit parses one file: the others are decoded, which costs a fraction of parsing
/// Markdown and front matter. An entry is used only for the same file stamp (size, times, inode),
/// the same `sitegen.yaml` and the same sitegen binary; results with diagnostics are never kept, and
/// neither are files changed within two seconds of the build (their stamp may not have moved yet).
struct ParsedSources: Sendable {
    let folder: URL
    /// The fingerprint of what parsing depends on besides the file.
    let settings: String

    struct Stored: Codable {
        var settings: String
        var path: String
        var size: Int64
        var modified: Int64
        var changed: Int64
        var inode: UInt64
        var post: PostDocument?
        var page: PageDocument?
        var author: AuthorProfile?

        var stamp: FileStamp { FileStamp(size: size, modified: modified, changed: changed, inode: inode) }
    }

    init(siteRoot: URL) {
        folder = siteRoot.appendingPathComponent(BuildCache.folder).appendingPathComponent("sources")
        var hasher = StableHasher()
        hasher.combine(BuildSettings.executableIdentity())
        if let config = FileManager.default.contents(
            atPath: siteRoot.appendingPathComponent(ConfigLoader.fileName).path)
        {
            config.withUnsafeBytes { hasher.combine(buffer: $0) }
        }
        settings = hasher.finalize().description
    }

    static func fileName(for path: String) -> String {
        String(path.utf8CString.withUnsafeBytes { Fingerprint.of($0) }.description.prefix(20)) + ".json"
    }

    /// Fills `cache` with every stored result of these settings; returns the stamps stored per path.
    func load(into cache: ContentCache) -> [String: FileStamp] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let found = Mutex<[ContentCache.Key: FileLoadResult]>([:])
        let folder = folder
        let settings = settings
        DispatchQueue.concurrentPerform(iterations: max(1, ProcessInfo.processInfo.activeProcessorCount)) { worker in
            let decoder = JSONDecoder()
            var local: [ContentCache.Key: FileLoadResult] = [:]
            for index in stride(from: worker, to: names.count, by: ProcessInfo.processInfo.activeProcessorCount) {
                guard names[index].hasSuffix(".json"),
                    let data = FileManager.default.contents(atPath: folder.appendingPathComponent(names[index]).path),
                    let stored = try? decoder.decode(Stored.self, from: data), stored.settings == settings,
                    Self.fileName(for: stored.path) == names[index]
                else { continue }
                local[ContentCache.Key(path: stored.path, stamp: stored.stamp)] = FileLoadResult(
                    post: stored.post, page: stored.page, author: stored.author)
            }
            found.withLock { $0.merge(local) { first, _ in first } }
        }
        let entries = found.withLock { $0 }
        cache.preload(entries)
        return Dictionary(entries.keys.map { ($0.path, $0.stamp) }, uniquingKeysWith: { first, _ in first })
    }

    /// Writes the entries of `cache` that are not stored yet and removes stored files of sources
    /// that are gone. Best effort: a file that cannot be written is parsed again next time.
    func save(from cache: ContentCache, stored: [String: FileStamp], started: Int64) {
        let manager = FileManager.default
        try? manager.createDirectory(at: folder, withIntermediateDirectories: true)
        let entries = cache.entries
        let encoder = JSONEncoder()
        var current: Set<String> = []
        for (key, result) in entries {
            current.insert(Self.fileName(for: key.path))
            guard stored[key.path] != key.stamp, result.diagnostics.isEmpty,
                max(key.stamp.modified, key.stamp.changed) < started - BuildInputs.racyWindow
            else { continue }
            let entry = Stored(
                settings: settings, path: key.path, size: key.stamp.size, modified: key.stamp.modified,
                changed: key.stamp.changed, inode: key.stamp.inode, post: result.post, page: result.page,
                author: result.author)
            guard let data = try? encoder.encode(entry) else { continue }
            try? data.write(to: folder.appendingPathComponent(Self.fileName(for: key.path)), options: .atomic)
        }
        for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? [] where !current.contains(name) {
            try? manager.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
