import Foundation

#if canImport(Darwin)
    typealias DirectoryStream = UnsafeMutablePointer<DIR>
#else
    typealias DirectoryStream = OpaquePointer
#endif

/// The entries of one folder, read with `readdir` alone (no `stat`): name, type and inode.
struct DirectoryEntry {
    var name: String
    /// `DT_DIR`, `DT_REG`, ..., or `DT_UNKNOWN` where the file system does not say.
    var type: Int32
    var inode: UInt64

    var isFolder: Bool { type == Int32(DT_DIR) }

    /// The entries of `folder` without `.` and `..`; nil when it cannot be opened.
    static func list(_ folder: String) -> [DirectoryEntry]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        return read(directory)
    }

    /// The entries of `folder` with their `lstat` information (read relative to the open folder,
    /// so the kernel resolves one name, not the whole path), leaving out those `skip` names and
    /// entries that vanish while being read; nil when the folder cannot be opened.
    /// With `strict`, an entry that cannot be stated makes the whole listing nil instead.
    static func stated(
        _ folder: String, strict: Bool = false, skip: (String) -> Bool
    ) -> [(entry: DirectoryEntry, info: stat)]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        let descriptor = dirfd(directory)
        var result: [(entry: DirectoryEntry, info: stat)] = []
        for entry in read(directory) where !skip(entry.name) {
            var info = stat()
            guard fstatat(descriptor, entry.name, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
                if strict { return nil }
                continue
            }
            result.append((entry, info))
        }
        return result
    }

    /// The entries of an open folder stream, from where it stands, without `.` and `..`.
    static func read(_ directory: DirectoryStream) -> [DirectoryEntry] {
        var entries: [DirectoryEntry] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name == "." || name == ".." { continue }
            entries.append(
                DirectoryEntry(name: name, type: Int32(entry.pointee.d_type), inode: UInt64(entry.pointee.d_ino)))
        }
        return entries
    }
}
