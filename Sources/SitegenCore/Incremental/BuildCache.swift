import Foundation

/// What the last successful build wrote, kept in `.sitegen/` in the site folder (one file per
/// output folder, so building to two folders keeps both incremental): the
/// fingerprint of the settings it ran with and, for every output file, the fingerprint of what it
/// was made from and the size, modification time and inode the file had when it was written. A
/// build that plans an output with the same fingerprint, and finds the previous file unchanged,
/// links that file into the new output instead of rendering it again.
///
/// The file is plain text, one record a line, and ends with the fingerprint of everything before
/// that line, so a truncated or damaged cache is detected and never trusted.
public struct BuildCache: Sendable, Equatable {
    /// The first line; a cache with any other first line is not read.
    static let header = "sitegen build cache 1"
    public static let folder = ".sitegen"

    /// The output folder the cache describes (absolute).
    public var output: String
    public var settings: Fingerprint
    public var sitegenVersion: String
    public var files: [String: Entry] = [:]
    /// The paths the build carried over from the previous output (`OutputKeep.paths`).
    public var kept: [String] = []
    /// The stamps of the sources, read before the build loaded them.
    public var inputs = BuildInputs()
    /// What the build reported, kept only when it had no warnings: a build that finds nothing
    /// changed prints it again instead of building.
    public var summary: Summary?

    public struct Summary: Sendable, Equatable {
        public var posts: Int
        public var tags: Int
        public var pages: Int
        public var skipped: [SkippedItem] = []
        /// `Site.nextPublication` in nanoseconds since 1970.
        public var nextPublication: Int64?
        /// The build's warnings, as they are printed.
        public var warnings: [Diagnostic] = []
    }

    public struct Entry: Sendable, Equatable {
        public var fingerprint: Fingerprint
        public var stamp: OutputStamp
    }

    public init(output: String, settings: Fingerprint, sitegenVersion: String = SitegenVersion.current) {
        self.output = output
        self.settings = settings
        self.sitegenVersion = sitegenVersion
    }

    /// The cache of builds into `output`: `.sitegen/build-<16 hex digits of the output path>.cache`.
    public static func url(siteRoot: URL, output: URL) -> URL {
        siteRoot.appendingPathComponent(folder).appendingPathComponent("build-" + key(of: output) + ".cache")
    }

    /// Where the previous output of builds into `output` is kept, to be brought up to date by the
    /// next build (`.sitegen/output-<the same digits>`); nil when `.sitegen/` is on another file
    /// system than the output, where neither an exchange nor a hard link can cross.
    public static func spareURL(siteRoot: URL, output: URL) -> URL? {
        var root = stat()
        var parent = stat()
        guard stat(siteRoot.path, &root) == 0,
            stat(output.standardizedFileURL.deletingLastPathComponent().path, &parent) == 0,
            root.st_dev == parent.st_dev
        else { return nil }
        return siteRoot.appendingPathComponent(folder).appendingPathComponent("output-" + key(of: output))
    }

    private static func key(of output: URL) -> String {
        let path = output.standardizedFileURL.path
        return String(path.utf8CString.withUnsafeBytes { Fingerprint.of($0) }.description.prefix(16))
    }

    /// Why a cache was not used.
    public enum Rejection: Error, Equatable, Sendable {
        case unreadable(String)
        case notACache
        case otherVersion(String)
        case damaged(line: Int)

        public var reason: String {
            switch self {
            case .unreadable(let problem): "it cannot be read (\(problem))"
            case .notACache: "it is not a sitegen build cache"
            case .otherVersion(let version): "it was written by sitegen \(version)"
            case .damaged(let line): "it is damaged or truncated (line \(line))"
            }
        }
    }

    /// Reads the cache at `url`: nil when there is none, a rejection when it cannot be trusted.
    public static func load(from url: URL) -> Result<BuildCache, Rejection>? {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            return nil
        } catch {
            return .failure(.unreadable(error.localizedDescription))
        }
        return Result { try parse(data) }.mapError { $0 as? Rejection ?? .notACache }
    }

    static func parse(_ data: Data) throws -> BuildCache {
        guard let text = String(data: data, encoding: .utf8) else { throw Rejection.notACache }
        // Split on bytes: a cache has thousands of lines, and Character-wise splitting of them
        // cost more than the rest of a build that finds one page changed.
        var lines = Self.split(text[...], on: UInt8(ascii: "\n"))
        guard lines.first == Substring(header) else { throw Rejection.notACache }
        guard lines.last == "" else { throw Rejection.damaged(line: lines.count) }
        lines.removeLast()
        guard let last = lines.last, last.hasPrefix("end "), let sum = Fingerprint(last.dropFirst(4)) else {
            throw Rejection.damaged(line: lines.count)
        }
        let body = text.utf8.prefix(text.utf8.count - last.utf8.count - 1)
        guard Array(body).withUnsafeBytes({ Fingerprint.of($0) }) == sum else {
            throw Rejection.damaged(line: lines.count)
        }
        var cache = BuildCache(output: "", settings: .zero, sitegenVersion: "")
        for (index, line) in lines.enumerated().dropFirst().dropLast() {
            guard cache.read(line) else { throw Rejection.damaged(line: index + 1) }
        }
        guard cache.sitegenVersion == SitegenVersion.current else {
            throw Rejection.otherVersion(cache.sitegenVersion)
        }
        return cache
    }

    /// Reads one line of the body into the cache; false when it is not a line `serialized` writes.
    private mutating func read(_ line: Substring) -> Bool {
        if line.hasPrefix("diagnostic\t") { return readDiagnostic(line) }
        let bytes = line.utf8
        let keyword = Substring(bytes[..<(bytes.firstIndex(of: UInt8(ascii: " ")) ?? bytes.endIndex)])
        // A path is the last field and may hold spaces: the line is split only up to it.
        let pathField =
            switch keyword {
            case "output", "keep": 1
            case "skipped": 2
            case "file": 5
            case "input": 6
            default: Int.max - 1
            }
        let fields = Self.split(line, on: UInt8(ascii: " "), maxSplits: pathField)
        func path(after count: Int) -> String {
            Self.unescape(fields[count])
        }
        switch (keyword, fields.count) {
        case ("version", 2): sitegenVersion = String(fields[1])
        case ("output", 2...): output = path(after: 1)
        case ("keep", 2...): kept.append(path(after: 1))
        case ("settings", 2):
            guard let value = Fingerprint(fields[1]) else { return false }
            settings = value
        case ("file", 6...):
            guard let fingerprint = Fingerprint(fields[1]), let size = Int64(fields[2]),
                let modified = Int64(fields[3]), let inode = UInt64(fields[4])
            else { return false }
            files[path(after: 5)] = Entry(
                fingerprint: fingerprint, stamp: OutputStamp(size: size, modified: modified, inode: inode))
        case ("input", 7...):
            guard let size = Int64(fields[1]), let modified = Int64(fields[2]), let changed = Int64(fields[3]),
                let inode = UInt64(fields[4])
            else { return false }
            let contents = Fingerprint(fields[5])
            guard contents != nil || fields[5] == "-" else { return false }
            inputs.files[path(after: 6)] = BuildInputs.Input(
                stamp: FileStamp(size: size, modified: modified, changed: changed, inode: inode), contents: contents)
        case ("summary", 4):
            guard let posts = Int(fields[1]), let tags = Int(fields[2]), let pages = Int(fields[3]) else {
                return false
            }
            summary = Summary(posts: posts, tags: tags, pages: pages)
        case ("skipped", 3...):
            guard summary != nil, let reason = SkippedItem.Reason(rawValue: String(fields[1])) else { return false }
            summary?.skipped.append(SkippedItem(source: path(after: 2), reason: reason))
        case ("publishes", 2):
            guard summary != nil, let time = Int64(fields[1]) else { return false }
            summary?.nextPublication = time
        default: return false
        }
        return true
    }

    /// `diagnostic`, then tab-separated: severity, file, line, column, message, notes.
    private mutating func readDiagnostic(_ line: Substring) -> Bool {
        let fields = Self.split(line, on: UInt8(ascii: "\t")).map(Self.unescape)
        guard summary != nil, fields.count >= 6, let severity = Diagnostic.Severity(rawValue: fields[1]) else {
            return false
        }
        summary?.warnings.append(
            Diagnostic(
                .repeated(severity: severity, message: fields[5], notes: Array(fields[6...])),
                file: fields[2].isEmpty ? nil : fields[2], line: Int(fields[3]), column: Int(fields[4])))
        return true
    }

    static func serialized(_ diagnostic: Diagnostic) -> String {
        let fields =
            [
                "diagnostic", diagnostic.severity.rawValue, diagnostic.file ?? "",
                diagnostic.line.map(String.init) ?? "",
                diagnostic.column.map(String.init) ?? "", diagnostic.message,
            ] + diagnostic.notes
        return fields.map { escape($0, tabs: true) }.joined(separator: "\t") + "\n"
    }

    /// The text `parse` reads.
    func serialized() -> Data {
        var text = Self.header + "\n"
        text += "version \(sitegenVersion)\n"
        text += "output \(Self.escape(output))\n"
        text += "settings \(settings)\n"
        for path in kept { text += "keep \(Self.escape(path))\n" }
        for file in files.keys.sorted() {
            let entry = files[file]!
            let stamp = entry.stamp
            text += "file \(entry.fingerprint) \(stamp.size) \(stamp.modified) \(stamp.inode) \(Self.escape(file))\n"
        }
        for file in inputs.files.keys.sorted() {
            let input = inputs.files[file]!
            let stamp = input.stamp
            text +=
                "input \(stamp.size) \(stamp.modified) \(stamp.changed) \(stamp.inode) "
                + "\(input.contents?.description ?? "-") \(Self.escape(file))\n"
        }
        if let summary {
            text += "summary \(summary.posts) \(summary.tags) \(summary.pages)\n"
            for item in summary.skipped { text += "skipped \(item.reason.rawValue) \(Self.escape(item.source))\n" }
            if let time = summary.nextPublication { text += "publishes \(time)\n" }
            for warning in summary.warnings { text += Self.serialized(warning) }
        }
        var bytes = Array(text.utf8)
        let sum = bytes.withUnsafeBytes { Fingerprint.of($0) }
        bytes += Array("end \(sum)\n".utf8)
        return Data(bytes)
    }

    /// Writes the cache next to a temporary copy and renames it into place, so a reader finds
    /// the old cache or the new one.
    public func save(to url: URL) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).tmp")
        try serialized().write(to: temporary)
        if rename(temporary.path, url.path) != 0 {
            throw OutputError(path: url.path, operation: "save the build cache as", code: errno)
        }
        Self.prune(folder: url.deletingLastPathComponent(), keeping: url)
    }

    /// Removes the caches of output folders that no longer exist, so that building into many
    /// short-lived folders does not fill `.sitegen/`.
    static func prune(folder: URL, keeping kept: URL) {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix("build-") && name.hasSuffix(".cache") && name != kept.lastPathComponent {
            let url = folder.appendingPathComponent(name)
            guard let handle = try? FileHandle(forReadingFrom: url) else { continue }
            let head = (try? handle.read(upToCount: 4096)) ?? nil
            try? handle.close()
            let lines = head.map { String(decoding: $0, as: UTF8.self).split(separator: "\n") } ?? []
            guard let line = lines.first(where: { $0.hasPrefix("output ") }) else { continue }
            var isFolder: ObjCBool = false
            let output = unescape(line.dropFirst("output ".count))
            if !manager.fileExists(atPath: output, isDirectory: &isFolder) || !isFolder.boolValue {
                try? manager.removeItem(at: url)
                let spare = "output-" + name.dropFirst("build-".count).dropLast(".cache".count)
                try? FolderRemoval.remove(folder.appendingPathComponent(spare).path)
            }
        }
    }

    /// Paths go last on their line; only `%` and line breaks need escaping.
    static func escape(_ path: String, tabs: Bool = false) -> String {
        // Byte by byte: the cache writes tens of thousands of paths, nearly all with nothing to escape.
        guard path.utf8.contains(where: { $0 == 0x25 || $0 == 0x0A || $0 == 0x0D || (tabs && $0 == 0x09) }) else {
            return path
        }
        let escaped = path.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\n", with: "%0A")
            .replacingOccurrences(of: "\r", with: "%0D")
        return tabs ? escaped.replacingOccurrences(of: "\t", with: "%09") : escaped
    }

    /// The parts of `text` between the bytes `separator` (an ASCII byte), empty ones included.
    static func split(_ text: Substring, on separator: UInt8, maxSplits: Int = Int.max) -> [Substring] {
        text.utf8.split(separator: separator, maxSplits: maxSplits, omittingEmptySubsequences: false).map {
            Substring($0)
        }
    }

    static func unescape(_ text: Substring) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return String(text) }
        return text.replacingOccurrences(of: "%0A", with: "\n").replacingOccurrences(of: "%0D", with: "\r")
            .replacingOccurrences(of: "%09", with: "\t").replacingOccurrences(of: "%25", with: "%")
    }
}
