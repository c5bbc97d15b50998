import Foundation

extension OutputDirectory {
    /// Files (with inodes) and folders below `root`, from the directory entries alone; nil when
    /// `root` is not a folder.
    static func list(_ root: String) -> Contents? {
        var contents = Contents()
        func walk(_ folder: String, prefix: String) -> Bool {
            guard let entries = DirectoryEntry.list(folder) else { return false }
            for entry in entries {
                var isFolder = entry.isFolder
                if entry.type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    isFolder = lstat(folder + "/" + entry.name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
                }
                if isFolder {
                    contents.folders.insert(prefix + entry.name)
                    guard walk(folder + "/" + entry.name, prefix: prefix + entry.name + "/") else { return false }
                } else {
                    contents.files[prefix + entry.name] = entry.inode
                }
            }
            return true
        }
        return walk(root, prefix: "") ? contents : nil
    }

    /// Runs `call`, a system call on the staging path of `file` that sets `errno` when it fails,
    /// and once more after making the folders `file` needs when it failed for a missing one.
    /// Folders are made as the tasks that write the files need them, not all before writing
    /// begins: one after another, the 15,000 folders of a 10,000-post site held rendering up for
    /// seconds on a disk with many recently deleted files (ext4 scans past them for each new inode).
    func creatingFolders(for file: String, _ call: () -> Int32) throws -> Int32 {
        let result = call()
        guard result < 0, errno == ENOENT else { return result }
        try createFolders(for: [file])
        return call()
    }

    /// Every folder the given files need, with their parents.
    static func folders(for files: some Sequence<String>) -> Set<String> {
        var folders: Set<String> = []
        func parent(_ path: Substring) -> Substring {
            path.utf8.lastIndex(of: UInt8(ascii: "/")).map { path[..<$0] } ?? ""
        }
        for file in files {
            var folder = parent(file[...])
            while !folder.isEmpty, folders.insert(String(folder)).inserted {
                folder = parent(folder)
            }
        }
        return folders
    }

    /// Whether a relative path names a place inside its folder: not absolute, and no segment
    /// empty, `.` or `..`.
    static func staysInside(_ file: String) -> Bool {
        var length = 0
        var dots = 0
        for byte in file.utf8 {
            if byte == UInt8(ascii: "/") {
                guard length > 0, dots != length || dots > 2 else { return false }
                length = 0
                dots = 0
            } else {
                length += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
        }
        return length > 0 && (dots != length || dots > 2)
    }
}
