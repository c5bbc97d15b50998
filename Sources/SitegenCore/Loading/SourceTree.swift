import Foundation

/// Lists the files of a folder tree, skipping hidden files and those starting with `_`.
enum SourceTree {
    /// A regular file found by `scan`, with its stamp (of the target, for a symbolic link).
    struct File: Equatable {
        var path: String
        var stamp: FileStamp
    }

    struct Listing: Equatable {
        /// Sorted by path.
        var files: [File] = []
        /// Symbolic links that lead outside the root, sorted.
        var outsideLinks: [String] = []
    }

    /// Regular files under `root` by relative path, sorted, read with `readdir` and one `stat`
    /// each. Symbolic links are followed only to files inside `root`: links leading outside are
    /// listed in `outsideLinks` and not read; links to folders are not descended into.
    static func scan(under root: URL) -> Listing {
        var walk = Walk(resolvedRoot: OutputDirectory.resolved(root))
        walk.visit(root.path, prefix: "")
        return Listing(files: walk.files.sorted { $0.path < $1.path }, outsideLinks: walk.outsideLinks.sorted())
    }

    static func files(under root: URL) -> [String] {
        scan(under: root).files.map(\.path)
    }

    static func isHidden(_ name: some StringProtocol) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("_")
    }

    /// `previous` with the files at the relative paths `changed` looked at again: what `scan`
    /// would list, provided nothing else changed. Nil when a changed path is a folder: then only
    /// a whole scan can tell.
    static func revised(_ previous: Listing, under root: URL, changed: Set<String>) -> Listing? {
        var listing = previous
        var walk = Walk(resolvedRoot: OutputDirectory.resolved(root))
        for relative in changed.sorted() {
            let position = firstIndex(in: listing.files, notBefore: relative)
            if position < listing.files.count, listing.files[position].path == relative {
                listing.files.remove(at: position)
            }
            listing.outsideLinks.removeAll { $0 == relative }
            guard !relative.split(separator: "/").contains(where: isHidden) else { continue }
            var info = stat()
            guard lstat(root.path + "/" + relative, &info) == 0 else { continue }
            walk.files = []
            walk.outsideLinks = []
            guard walk.add(relative, path: root.path + "/" + relative, info: info) else { return nil }
            listing.files.insert(contentsOf: walk.files, at: position)
            if !walk.outsideLinks.isEmpty { listing.outsideLinks = (listing.outsideLinks + walk.outsideLinks).sorted() }
        }
        return listing
    }

    /// The position of the first file whose path is not before `path` (binary search).
    private static func firstIndex(in files: [File], notBefore path: String) -> Int {
        var low = 0
        var high = files.count
        while low < high {
            let middle = (low + high) / 2
            if files[middle].path < path { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private struct Walk {
        let resolvedRoot: String
        var files: [File] = []
        var outsideLinks: [String] = []

        mutating func visit(_ folder: String, prefix: String) {
            guard let entries = DirectoryEntry.stated(folder, skip: { isHidden($0) }) else { return }
            for (entry, info) in entries where !add(prefix + entry.name, path: folder + "/" + entry.name, info: info) {
                visit(folder + "/" + entry.name, prefix: prefix + entry.name + "/")
            }
        }

        /// Lists the entry at `path` from its `lstat` information; false for a folder, which the
        /// caller walks (or not).
        mutating func add(_ relative: String, path: String, info: stat) -> Bool {
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                return false
            case S_IFREG:
                files.append(File(path: relative, stamp: FileStamp(info)))
            case S_IFLNK:
                let target = OutputDirectory.resolved(URL(fileURLWithPath: path))
                guard target.hasPrefix(resolvedRoot + "/") else {
                    outsideLinks.append(relative)
                    return true
                }
                var info = stat()
                if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
                    files.append(File(path: relative, stamp: FileStamp(info)))
                }
            default:
                break
            }
            return true
        }
    }
}
