import Foundation

/// Files a publisher keeps in the output folder that sitegen does not write: a build carries them
/// from the live output into the new one (hard links where it can, copies elsewhere), so they
/// survive every build. Always kept: GitHub Pages' `CNAME` and `.nojekyll`, `.well-known/`
/// (domain verification, security.txt) and `.git/` (a publishing repository); any more are named
/// under `output.keep:` in `sitegen.yaml`. A path is kept when it is an entry or lies below one.
public struct OutputKeep: Sendable, Equatable {
    public static let alwaysKept = ["CNAME", ".nojekyll", ".well-known", ".git"]

    public var paths: [String]

    public init(_ configured: [String] = []) {
        paths = Self.alwaysKept + configured.filter { !Self.alwaysKept.contains($0) }
    }

    public func keeps(_ path: String) -> Bool {
        paths.contains { path == $0 || (path.hasPrefix($0) && path.dropFirst($0.count).first == "/") }
    }

    /// An `output.keep` entry as a path relative to the output folder (`/CNAME`, `./CNAME` and
    /// `CNAME` alike; a trailing `/` dropped); nil for one that would leave it.
    static func normalized(_ text: String) -> String? {
        var path = text.trimmingCharacters(in: .whitespaces)
        while path.hasPrefix("./") { path.removeFirst(2) }
        while path.hasPrefix("/") { path.removeFirst() }
        while path.hasSuffix("/") { path.removeLast() }
        return OutputDirectory.staysInside(path) ? path : nil
    }
}

extension OutputDirectory {
    /// What the live output holds besides the files sitegen plans: the kept paths carried over
    /// into the staging folder, and the paths sitegen did not write, which the swap removes.
    public struct CarriedOver: Sendable, Equatable {
        public var kept: [String] = []
        public var foreign: [String] = []
    }

    /// Carries the kept files and folders of the live output into the staging folder, where the
    /// plan has nothing of the same name, and lists the files that are neither kept, planned nor
    /// written by the previous build (`previous`, nil when unknown: then every unplanned file is
    /// listed). A folder of foreign files is listed once, as the folder.
    public func carryOver(keep: OutputKeep, planned: Set<String>, previous: Set<String>?) throws -> CarriedOver {
        var result = CarriedOver()
        guard FileManager.default.fileExists(atPath: url.path) else { return result }
        let plannedFolders = Self.folders(for: planned)
        let previousFolders = previous.map { Self.folders(for: $0) } ?? []
        func walk(_ prefix: String) throws {
            guard let entries = DirectoryEntry.list(url.path + (prefix.isEmpty ? "" : "/" + prefix)) else { return }
            for entry in entries.sorted(by: { $0.name < $1.name }) {
                let path = prefix.isEmpty ? entry.name : prefix + "/" + entry.name
                if path == Self.markerName || planned.contains(path) { continue }
                // The directory entry's type saves a stat per folder of the output (thousands).
                var isFolder = entry.isFolder
                if entry.type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    guard lstat(url.path + "/" + path, &info) == 0 else { continue }
                    isFolder = (info.st_mode & S_IFMT) == S_IFDIR
                }
                if keep.keeps(path), !plannedFolders.contains(path) {
                    try carry(path)
                    result.kept.append(path)
                } else if isFolder, plannedFolders.contains(path) || previousFolders.contains(path) {
                    try walk(path)
                } else if previous?.contains(path) != true {
                    result.foreign.append(path + (isFolder ? "/" : ""))
                }
            }
        }
        try walk("")
        return result
    }

    /// Puts `path` of the live output, with all below it, into the staging folder: hard links of
    /// its files (copies where links cannot be made), its folders and symbolic links made anew.
    private func carry(_ path: String) throws {
        let source = url.path + "/" + path
        let target = try stagingPath(for: path)
        var info = stat()
        guard lstat(source, &info) == 0 else { return }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            if mkdir(target, 0o755) != 0, errno != EEXIST {
                throw OutputError(path: target, operation: "create folder", code: errno)
            }
            for entry in DirectoryEntry.list(source) ?? [] { try carry(path + "/" + entry.name) }
        case S_IFLNK:
            let destination = try FileManager.default.destinationOfSymbolicLink(atPath: source)
            unlink(target)
            try FileManager.default.createSymbolicLink(atPath: target, withDestinationPath: destination)
        default:
            unlink(target)
            if link(source, target) != 0 {
                try FileManager.default.copyItem(atPath: source, toPath: target)
            }
        }
    }
}
