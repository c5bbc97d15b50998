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
    static let header = "sitegen parsed posts 2"
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
        guard let bytes = BinaryReader.contents(of: url.path) else { return nil }
        var reader = BinaryReader(bytes)
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

extension BinaryWriter {
    mutating func write(_ value: Fingerprint) {
        write(value.high)
        write(value.low)
    }

    mutating func write(_ stamp: FileStamp) {
        write(Int(stamp.size))
        write(Int(stamp.modified))
        write(Int(stamp.changed))
        write(stamp.inode)
    }

    mutating func write(_ diagnostic: Diagnostic) {
        write(diagnostic.severity.rawValue)
        write(diagnostic.message)
        write(diagnostic.notes) { $0.write($1) }
        write(diagnostic.file) { $0.write($1) }
        write(diagnostic.line) { $0.write($1) }
        write(diagnostic.column) { $0.write($1) }
    }

    mutating func write(_ date: FormattedDate) {
        write(date.date.timeIntervalSinceReferenceDate)
        write(date.iso)
        write(date.day)
        write(date.display)
        write(date.monthName)
    }

    mutating func write(_ mention: NameMention) {
        write(mention.name)
        write(mention.line) { $0.write($1) }
        write(mention.column) { $0.write($1) }
        write(mention.key) { $0.write($1) }
    }

    mutating func write(_ param: ParamValue) {
        switch param {
        case .text(let text):
            write(0)
            write(text)
        case .list(let values):
            write(1)
            write(values) { $0.write($1) }
        case .map(let values):
            write(2)
            write(values.keys.sorted()) { writer, key in
                writer.write(key)
                writer.write(values[key]!)
            }
        }
    }

    mutating func write(_ post: PostDocument) {
        write(post.source)
        write(post.fileName)
        write(post.section)
        write(post.slug)
        write(post.title)
        write(post.date)
        write(post.updated) { $0.write($1) }
        write(post.description) { $0.write($1) }
        write(post.summary)
        write(post.tagMentions) { $0.write($1) }
        write(post.authorNames) { $0.write($1) }
        write(post.draft)
        write(.map(post.params))
        write(post.html)
        write(post.headings) { writer, heading in
            writer.write(heading.level)
            writer.write(heading.text)
            writer.write(heading.id)
            writer.write(heading.line)
        }
        write(post.wordCount)
        write(post.takeaways) { writer, line in
            writer.write(line.html)
            writer.write(line.text)
        }
        write(post.corrections) { writer, correction in
            writer.write(correction.date)
            writer.write(correction.html)
            writer.write(correction.text)
        }
        write(post.seriesName) { $0.write($1) }
        write(post.seriesPart) { $0.write($1) }
        write(post.textBlocks) { writer, block in
            writer.write(block.text)
            writer.write(block.headingID) { $0.write($1) }
        }
        write(post.url) { $0.write($1) }
        write(post.aliases) { $0.write($1) }
        write(post.sourceHash)
    }
}

extension BinaryReader {
    mutating func readFingerprint() throws -> Fingerprint {
        Fingerprint(high: try readUInt64(), low: try readUInt64())
    }

    mutating func readStamp() throws -> FileStamp {
        FileStamp(
            size: Int64(try readInt()), modified: Int64(try readInt()), changed: Int64(try readInt()),
            inode: try readUInt64())
    }

    /// A stored warning, repeated word for word.
    mutating func readDiagnostic() throws -> Diagnostic {
        guard let severity = Diagnostic.Severity(rawValue: try readString()) else { throw Damaged() }
        let kind = Diagnostic.Kind.repeated(
            severity: severity, message: try readString(), notes: try readArray { try $0.readString() })
        return Diagnostic(
            kind, file: try readOptional { try $0.readString() }, line: try readOptional { try $0.readInt() },
            column: try readOptional { try $0.readInt() })
    }

    mutating func readDate() throws -> FormattedDate {
        FormattedDate(
            date: Date(timeIntervalSinceReferenceDate: try readDouble()), iso: try readString(), day: try readString(),
            display: try readString(), monthName: try readString())
    }

    mutating func readMention() throws -> NameMention {
        NameMention(
            name: try readString(), line: try readOptional { try $0.readInt() },
            column: try readOptional { try $0.readInt() }, key: try readOptional { try $0.readString() })
    }

    mutating func readParam() throws -> ParamValue {
        switch try readInt() {
        case 0: return .text(try readString())
        case 1: return .list(try readArray { try $0.readParam() })
        case 2:
            var values: [String: ParamValue] = [:]
            for _ in 0..<(try readCount()) {
                values[try readString()] = try readParam()
            }
            return .map(values)
        default: throw Damaged()
        }
    }

    mutating func readPost() throws -> PostDocument {
        let source = try readString()
        let fileName = try readString()
        let section = try readString()
        let slug = try readString()
        let title = try readString()
        let date = try readDate()
        let updated = try readOptional { try $0.readDate() }
        let description = try readOptional { try $0.readString() }
        let summary = try readString()
        let tags = try readArray { try $0.readMention() }
        let authors = try readArray { try $0.readString() }
        let draft = try readBool()
        guard case .map(let params) = try readParam() else { throw Damaged() }
        let html = try readString()
        let headings = try readArray { reader in
            Heading(
                level: try reader.readInt(), text: try reader.readString(), id: try reader.readString(),
                line: try reader.readInt())
        }
        let wordCount = try readInt()
        let takeaways = try readArray { InlineText(html: try $0.readString(), text: try $0.readString()) }
        let corrections = try readArray {
            Correction(date: try $0.readDate(), html: try $0.readString(), text: try $0.readString())
        }
        let seriesName = try readOptional { try $0.readString() }
        let seriesPart = try readOptional { try $0.readInt() }
        let textBlocks = try readArray {
            TextBlock(text: try $0.readString(), headingID: try $0.readOptional { try $0.readString() })
        }
        return PostDocument(
            source: source, fileName: fileName, section: section, slug: slug, title: title, date: date,
            updated: updated, description: description, summary: summary, tagMentions: tags, authorNames: authors,
            draft: draft, params: params, html: html, headings: headings, wordCount: wordCount,
            takeaways: takeaways, corrections: corrections, seriesName: seriesName, seriesPart: seriesPart,
            textBlocks: textBlocks, url: try readOptional { try $0.readMention() },
            aliases: try readArray { try $0.readMention() }, sourceHash: try readFingerprint())
    }
}
