import Foundation

/// An output file as the build left it: a file whose stamp differs was changed since (by hand, or
/// by another program) and is never reused.
public struct OutputStamp: Sendable, Equatable {
    public var size: Int64
    public var modified: Int64
    public var inode: UInt64

    /// The stamp of the file at `path` (not following a final symbolic link), or nil.
    public static func of(_ path: String) -> OutputStamp? {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return OutputStamp(info)
    }

    public static func of(descriptor: Int32) -> OutputStamp? {
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return OutputStamp(info)
    }

    init(size: Int64, modified: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.inode = inode
    }

    init(_ info: stat) {
        self.init(size: Int64(info.st_size), modified: FileStamp(info).modified, inode: UInt64(info.st_ino))
    }
}
