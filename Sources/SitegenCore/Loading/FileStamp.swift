#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Size, modification time, change time and inode of a file, read with one `stat` call: cheap
/// enough to check every source file of a large site several times a second. The change time moves
/// on every write and cannot be set back by tools that restore modification times.
public struct FileStamp: Hashable, Sendable {
    public var size: Int64
    /// Nanoseconds since 1970.
    public var modified: Int64
    /// Nanoseconds since 1970.
    public var changed: Int64 = 0
    public var inode: UInt64 = 0

    /// The stamp of the file at `path` (symbolic links followed), or nil when it does not exist.
    public static func of(_ path: String) -> FileStamp? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileStamp(info)
    }

    public init(size: Int64, modified: Int64, changed: Int64 = 0, inode: UInt64 = 0) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        #if canImport(Darwin)
            modified = Int64(info.st_mtimespec.tv_sec) * 1_000_000_000 + Int64(info.st_mtimespec.tv_nsec)
            changed = Int64(info.st_ctimespec.tv_sec) * 1_000_000_000 + Int64(info.st_ctimespec.tv_nsec)
        #else
            modified = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
            changed = Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec)
        #endif
    }

    /// Stamps of every file below `root`, keyed by path relative to it, and every folder (absolute
    /// paths, `root` first); entries whose names start with `.` (editor swap files, the output
    /// marker) are skipped with everything below them.
    public static func tree(_ root: String) -> (files: [String: FileStamp], folders: [String]) {
        var stamps: [String: FileStamp] = [:]
        var folders: [String] = []
        walk(root, prefix: "", into: &stamps, folders: &folders)
        return (stamps, folders)
    }

    private static func walk(
        _ folder: String, prefix: String, into stamps: inout [String: FileStamp], folders: inout [String]
    ) {
        guard let entries = DirectoryEntry.stated(folder, skip: { $0.hasPrefix(".") }) else { return }
        folders.append(folder)
        for (entry, linkInfo) in entries {
            let name = entry.name
            var info = linkInfo
            if info.st_mode & S_IFMT == S_IFLNK, stat(folder + "/" + name, &info) != 0 { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(folder + "/" + name, prefix: prefix + name + "/", into: &stamps, folders: &folders)
            } else {
                stamps[prefix + name] = FileStamp(info)
            }
        }
    }
}
