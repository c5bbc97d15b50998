import Foundation
import SitegenMarkdown

/// The posts the last build parsed, kept in `.sitegen/posts.cache` so that the next build parses
/// only the files that changed: each post with the stamp its file had, its warnings and every
/// field loading gave it. Pages and author profiles, few on any site, are parsed every time.
///
/// The file holds a key (the fingerprint of `sitegen.yaml`, the topics file, the base URL option
/// and the sitegen program: all that shapes parsing) and ends with the fingerprint of everything
/// before it, so a store of another configuration, a truncated or a damaged one is not used.
enum ParsedPostStore {
    static let header = "sitegen parsed posts 3"
    static let fileName = "posts.cache"

    static func url(siteRoot: URL) -> URL {
        siteRoot.appendingPathComponent(BuildCache.folder).appendingPathComponent(fileName)
    }

    /// What the parsed posts depend on besides their own files.
    static func key(siteRoot: URL, options: BuildOptions) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(header)
        hasher.combine(SitegenVersion.current)
        hasher.combine(BuildSettings.executableIdentity())
        hasher.combine(options.baseURL)
        for file in [ConfigLoader.fileName, TopicVocabulary.fileName] {
            hasher.combine(file)
            if let data = FileManager.default.contents(atPath: siteRoot.appendingPathComponent(file).path) {
                hasher.combine(true)
                data.withUnsafeBytes { hasher.combine(buffer: $0) }
            } else {
                hasher.combine(false)
            }
        }
        return hasher.finalize()
    }

    /// What `load` read: the posts, and how many segments held them.
    struct Loaded {
        var posts: [ContentCache.Stored]
        var segments: Int
    }

    /// The posts stored at `url` under `key`: nil when there is no store or it is of another key
    /// (a change of configuration: nothing to say), an error when it is damaged or truncated.
    static func load(from url: URL, key: Fingerprint) throws(BinaryReader.Damaged) -> Loaded? {
        guard let bytes = StoreBytes.map(url.path) else { return nil }
        var reader = BinaryReader(bytes, range: 0..<bytes.buffer.count)
        do {
            guard try reader.readString() == header else { throw BinaryReader.Damaged() }
            guard try reader.readFingerprint() == key else { return nil }
            var posts: [String: ContentCache.Stored] = [:]
            var segments = 0
            repeat {
                let start = reader.offset
                let records = try reader.readArray { reader in
                    let path = try reader.readString()
                    let stored = try reader.readOptional { reader in
                        ContentCache.Stored(
                            path: path, stamp: try reader.readStamp(), post: try reader.readPost(),
                            diagnostics: try reader.readArray { try $0.readDiagnostic() })
                    }
                    return (path: path, stored: stored)
                }
                let end = reader.offset
                let checksum = try reader.readFingerprint()
                guard checksum == reader.checksum(from: start, to: end) else {
                    throw BinaryReader.Damaged()
                }
                for record in records { posts[record.path] = record.stored }
                segments += 1
            } while !reader.isAtEnd
            return Loaded(posts: posts.values.sorted { $0.path < $1.path }, segments: segments)
        } catch {
            throw BinaryReader.Damaged()
        }
    }

    /// Writes a store holding `stored` alone, atomically (a temporary file renamed over the old
    /// one). The posts are written a megabyte at a time, so the store never sits in memory whole.
    static func save(_ stored: [ContentCache.Stored], to url: URL, key: Fingerprint) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        // A build killed while saving leaves its temporary file; the next save removes it.
        let folder = url.deletingLastPathComponent().path
        for entry in DirectoryEntry.list(folder) ?? []
        where entry.name.hasPrefix(fileName + ".") && entry.name.hasSuffix(".tmp") {
            unlink(folder + "/" + entry.name)
        }
        let temporary = url.path + ".\(getpid()).tmp"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw OutputError(path: temporary, operation: "create", code: errno) }
        do {
            defer { close(descriptor) }
            var writer = BinaryWriter()
            writer.write(header)
            writer.write(key)
            try writer.flush(to: descriptor, path: temporary)
            try writeSegment(stored, removed: [], to: descriptor, path: temporary)
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, url.path) == 0 else {
            let code = errno
            unlink(temporary)
            throw OutputError(path: url.path, operation: "replace", code: code)
        }
    }

    /// Adds a segment to the store at `url`: `stored` replace the posts at their paths and the
    /// posts at `removed` are forgotten. An append cut short leaves a store that `load` rejects,
    /// so the next build parses everything once and writes the store anew.
    static func append(_ stored: [ContentCache.Stored], removed: [String], to url: URL) throws {
        let descriptor = open(url.path, O_WRONLY | O_APPEND | O_CLOEXEC)
        guard descriptor >= 0 else { throw OutputError(path: url.path, operation: "open", code: errno) }
        defer { close(descriptor) }
        try writeSegment(stored, removed: removed, to: descriptor, path: url.path)
    }

    /// A count, the records (a path, then the post or nothing), and the checksum of both.
    private static func writeSegment(
        _ stored: [ContentCache.Stored], removed: [String], to descriptor: Int32, path: String
    ) throws {
        var writer = BinaryWriter()
        var checksum = StoreChecksum()
        /// Writes out the whole 32-byte blocks gathered so far, through the checksum.
        func drain() throws {
            let whole = writer.bytes.count / 32 * 32
            writer.bytes.withUnsafeBytes { checksum.consume(UnsafeRawBufferPointer(rebasing: $0[..<whole])) }
            try writer.flush(to: descriptor, path: path, count: whole)
        }
        writer.write(stored.count + removed.count)
        for entry in stored {
            writer.write(entry.path)
            writer.write(true)
            writer.write(entry.stamp)
            writer.write(entry.post)
            writer.write(entry.diagnostics) { $0.write($1) }
            if writer.bytes.count >= 1 << 20 { try drain() }
        }
        for path in removed {
            writer.write(path)
            writer.write(false)
        }
        try drain()
        let sum = writer.bytes.withUnsafeBytes { checksum.finalize(tail: $0) }
        writer.write(sum)
        try writer.flush(to: descriptor, path: path)
    }
}

extension BinaryWriter {
    /// Writes the first `count` bytes (all by default) to the file and drops them.
    mutating func flush(to descriptor: Int32, path: String, count: Int? = nil) throws {
        let count = count ?? bytes.count
        try bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OutputError(path: path, operation: "write", code: errno)
                }
                offset += written
            }
        }
        bytes.removeFirst(count)
    }
}
