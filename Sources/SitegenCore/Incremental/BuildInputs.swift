import Foundation

/// The stamp of every file a build can read (`sitegen.yaml`, everything below `content/` and
/// `templates/`), read with one `stat` each before anything is loaded. When the next build finds the
/// same stamps, the same settings, no post due for publication, and the output exactly as it was
/// left, nothing can have changed and it stops there.
///
/// A file changed within `racyWindow` of the reading could be changed again within the same tick
/// of the file system's clock without its stamp moving; such a file also gets the fingerprint of
/// its bytes, which the next build compares too (as git does for its index).
public struct BuildInputs: Sendable, Equatable {
    public struct Input: Sendable, Equatable {
        public var stamp: FileStamp
        /// Only for files changed just before they were read.
        public var contents: Fingerprint?
    }

    public var files: [String: Input] = [:]

    static let racyWindow: Int64 = 2_000_000_000

    public init(files: [String: Input] = [:]) {
        self.files = files
    }

    /// Reads the stamps under `siteRoot` now.
    public static func read(siteRoot: URL) -> BuildInputs {
        let root = siteRoot.path
        let stamps = stamps(root: root)
        let now = Int64(Date().timeIntervalSince1970 * 1e9)
        var inputs = BuildInputs()
        for (file, stamp) in stamps {
            var input = Input(stamp: stamp)
            if max(stamp.modified, stamp.changed) > now - racyWindow {
                input.contents = contents(of: root + "/" + file)
            }
            inputs.files[file] = input
        }
        return inputs
    }

    /// True when these stamps, read now, show the files `previous` describes, unchanged.
    public func match(_ previous: BuildInputs, siteRoot: URL) -> Bool {
        guard files.count == previous.files.count else { return false }
        for (file, input) in files {
            guard let old = previous.files[file], old.stamp == input.stamp else { return false }
            if let contents = old.contents,
                (input.contents ?? Self.contents(of: siteRoot.path + "/" + file)) != contents
            {
                return false
            }
        }
        return true
    }

    /// `sitegen.yaml` and every file below `content/` and `templates/`, by path from the site root.
    static func stamps(root: String) -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        if let config = FileStamp.of(root + "/" + ConfigLoader.fileName) { stamps[ConfigLoader.fileName] = config }
        for folder in [ContentLoader.contentDirectory, ThemeLoader.directory] {
            for (file, stamp) in FileStamp.tree(root + "/" + folder).files { stamps[folder + "/" + file] = stamp }
        }
        return stamps
    }

    static func contents(of path: String) -> Fingerprint? {
        FileManager.default.contents(atPath: path).map { data in data.withUnsafeBytes { Fingerprint.of($0) } }
    }
}

extension OutputDirectory {
    /// True when the output folder holds exactly `files` with these stamps, and the marker: no file
    /// missing, changed or added, nothing but regular files and folders.
    func holdsExactly(_ files: [String: BuildCache.Entry], keeping keep: OutputKeep = OutputKeep()) -> Bool {
        var seen = 0
        func walk(_ folder: String, prefix: String) -> Bool {
            // Stated relative to the open folder; an entry that cannot be stated means not up to date.
            guard let entries = DirectoryEntry.stated(folder, strict: true, skip: { _ in false }) else { return false }
            for (entry, info) in entries {
                let name = entry.name
                if keep.keeps(prefix + name), files[prefix + name] == nil { continue }
                switch info.st_mode & S_IFMT {
                case S_IFDIR:
                    guard walk(folder + "/" + name, prefix: prefix + name + "/") else { return false }
                case S_IFREG:
                    if prefix.isEmpty, name == Self.markerName { continue }
                    guard files[prefix + name]?.stamp == OutputStamp(info) else { return false }
                    seen += 1
                default:
                    return false
                }
            }
            return true
        }
        return walk(url.path, prefix: "") && seen == files.count
    }
}
