import Foundation
import Synchronization

/// Removes a folder tree with one `unlinkat` per entry, relative to open folder descriptors: no
/// path is resolved twice and nothing is stat'ed that the directory entry already tells. The old
/// output of a large site has thousands of entries, and every build removes one.
enum FolderRemoval {
    /// Removes `path` and everything below it; a missing `path` is not an error.
    static func remove(_ path: String) throws {
        var info = stat()
        guard lstat(path, &info) == 0 else {
            if errno == ENOENT { return }
            throw OutputError(path: path, operation: "remove", code: errno)
        }
        guard (info.st_mode & S_IFMT) == S_IFDIR else {
            guard unlink(path) == 0 else { throw OutputError(path: path, operation: "remove", code: errno) }
            return
        }
        let folder = open(path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard folder >= 0 else { throw OutputError(path: path, operation: "open", code: errno) }
        try empty(folder, path: path)
        guard rmdir(path) == 0 else { throw OutputError(path: path, operation: "remove", code: errno) }
    }

    /// Removes every entry of the open folder `descriptor` (which it closes).
    private static func empty(_ descriptor: Int32, path: String) throws {
        guard let directory = fdopendir(descriptor) else {
            close(descriptor)
            throw OutputError(path: path, operation: "read", code: errno)
        }
        defer { closedir(directory) }
        var folders: [String] = []
        for entry in DirectoryEntry.read(directory) {
            let name = entry.name
            if entry.isFolder {
                folders.append(name)
            } else if unlinkat(descriptor, name, 0) != 0 {
                // An unknown entry type (some file systems report none) may be a folder.
                guard errno == EISDIR || errno == EPERM else {
                    throw OutputError(path: path + "/" + name, operation: "remove", code: errno)
                }
                folders.append(name)
            }
        }
        // Many folders (a post's each) are removed by several threads: the calls wait on the disk.
        let names = folders
        let workers = folders.count >= 64 ? max(2, ProcessInfo.processInfo.activeProcessorCount) : 1
        let failure = Mutex<OutputError?>(nil)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: names.count, by: workers) {
                let name = names[index]
                do {
                    try removeFolder(name, in: descriptor, path: path)
                } catch let error as OutputError {
                    failure.withLock { $0 = $0 ?? error }
                    return
                } catch {
                    return
                }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
    }

    private static func removeFolder(_ name: String, in descriptor: Int32, path: String) throws {
        let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
        guard child >= 0 else { throw OutputError(path: path + "/" + name, operation: "open", code: errno) }
        try empty(child, path: path + "/" + name)
        guard unlinkat(descriptor, name, AT_REMOVEDIR) == 0 else {
            throw OutputError(path: path + "/" + name, operation: "remove", code: errno)
        }
    }
}
