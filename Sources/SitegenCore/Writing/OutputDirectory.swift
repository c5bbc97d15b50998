import Foundation

/// The output folder and its staging twin: a build writes into a staging folder and swaps it in
/// only when every file is written, so a failed or interrupted build leaves the previous output
/// exactly as it was, and a successful one leaves nothing stale.
///
/// With a `spare` folder (in the site's `.sitegen/`, on the output's file system), the swap is an
/// exchange that leaves the previous output there, and the next build brings that folder up to
/// date in place: it keeps the folders and the files that are still right, instead of making and
/// removing a folder per page every time. Without one, the staging folder sits beside the output
/// and the previous output is removed after the swap.
public struct OutputDirectory: Sendable {
    /// The file that marks a folder as written by sitegen; only such folders are ever replaced.
    public static let markerName = ".sitegen-output"

    public let url: URL
    public let staging: URL
    private let previous: URL
    /// Whether `staging` is a spare kept between builds.
    public let keepsSpare: Bool
    /// The paths of `url` and `staging`: files inside are named by appending to them, far
    /// cheaper than `URL` path arithmetic once per output file.
    private let outputPath: String
    private let stagingPath: String

    public init(_ url: URL, spare: URL? = nil) {
        self.url = url.standardizedFileURL
        let parent = self.url.deletingLastPathComponent()
        let name = self.url.lastPathComponent
        staging = spare?.standardizedFileURL ?? parent.appendingPathComponent(".\(name).sitegen-staging")
        previous = parent.appendingPathComponent(".\(name).sitegen-previous")
        keepsSpare = spare != nil
        outputPath = self.url.path
        stagingPath = staging.path
    }

    /// What a kept spare folder holds when a build starts: files (with their inodes) and folders.
    public struct Contents: Sendable {
        public var files: [String: UInt64] = [:]
        public var folders: Set<String> = []
    }

    /// Refuses an output folder that holds the sources, lies inside them, or that exists with
    /// files in it but was not written by sitegen.
    public func check(siteRoot: URL) -> [Diagnostic] {
        let output = Self.resolved(url)
        let root = Self.resolved(siteRoot)
        // Located at the output folder: relative to the site folder when inside it, else absolute.
        let shown = Self.displayed(url, siteRoot: siteRoot)
        if output == root || root.hasPrefix(output + "/") || output == "/" {
            return [Diagnostic(.output(.containsSources), file: shown)]
        }
        for source in [ContentLoader.contentDirectory, ThemeLoader.directory] {
            let folder = root + "/" + source
            if output == folder || output.hasPrefix(folder + "/") {
                return [Diagnostic(.output(.insideSources(folder: source)), file: shown)]
            }
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else {
            return [Diagnostic(.output(.notAFolder), file: shown)]
        }
        // A mount point cannot be renamed or exchanged: the swap would fail after the whole build.
        var own = stat()
        var parent = stat()
        if stat(url.path, &own) == 0, stat(url.deletingLastPathComponent().path, &parent) == 0,
            own.st_dev != parent.st_dev
        {
            return [Diagnostic(.output(.mountPoint), file: shown)]
        }
        let entries = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
        if !entries.isEmpty, !entries.contains(Self.markerName) {
            return [Diagnostic(.output(.notWrittenBySitegen), file: shown)]
        }
        return []
    }

    /// Creates an empty staging folder, removing one left by an interrupted build; with `reuse`
    /// and a spare folder, keeps the spare and returns what it holds.
    @discardableResult
    public func prepareStaging(reuse: Bool = false) throws -> Contents {
        let manager = FileManager.default
        if manager.fileExists(atPath: previous.path) { try FolderRemoval.remove(previous.path) }
        var contents = Contents()
        if keepsSpare, reuse, let listed = Self.list(staging.path) {
            contents = listed
        } else {
            try FolderRemoval.remove(staging.path)
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        }
        contents.files[Self.markerName] = nil
        try write("This folder was written by sitegen; the next build replaces it.\n", to: Self.markerName)
        return contents
    }

    /// Makes the staging folder hold what the plan needs and nothing else it had: checks that
    /// every planned path stays inside, removes files that are not planned and folders where a
    /// planned file must go. Files that are planned stay until the writer keeps or replaces them;
    /// missing folders are made as the writer needs them.
    public func reconcile(_ contents: Contents, planned files: [String]) throws {
        for file in files { _ = try stagingPath(for: file) }
        let planned = Set(files)
        for file in contents.files.keys where !planned.contains(file) {
            let path = try stagingPath(for: file)
            if unlink(path) != 0 && errno != ENOENT {
                throw OutputError(path: path, operation: "remove", code: errno)
            }
        }
        for folder in contents.folders where planned.contains(folder) {
            try FolderRemoval.remove(try stagingPath(for: folder))
        }
    }

    /// Creates every folder the given files need inside the staging folder, parents first, but
    /// for those in `existing` (listed in a kept spare: asking for them again cost a system call each).
    public func createFolders(for files: some Sequence<String>, existing: Set<String> = []) throws {
        for file in files { _ = try stagingPath(for: file) }
        // Sorted, a parent comes before its children; plain mkdir avoids a stat of every ancestor.
        for folder in Self.folders(for: files).subtracting(existing).sorted() {
            let path = try stagingPath(for: folder)
            if mkdir(path, 0o755) != 0 && errno != EEXIST {
                throw OutputError(path: path, operation: "create folder", code: errno)
            }
        }
    }

    /// Removes folders of the staging folder that no planned file needs (made early, from the
    /// previous build's files, or kept in the spare), with anything left in them.
    func removeUnneededFolders(_ folders: Set<String>) throws {
        for folder in folders.sorted(by: >) { try FolderRemoval.remove(try stagingPath(for: folder)) }
    }

    /// Writes one file into the staging folder (no fsync: the swap is what makes output visible);
    /// returns the new file's stamp for the build cache.
    @discardableResult
    public func write(_ text: String, to file: String) throws -> OutputStamp? {
        let path = try stagingPath(for: file)
        // A kept spare may hold this path as a hard link of a live file: never write into it.
        if unlink(path) != 0 && errno != ENOENT { throw OutputError(path: path, operation: "replace", code: errno) }
        let descriptor = try creatingFolders(for: file) { open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644) }
        guard descriptor >= 0 else { throw OutputError(path: path, operation: "create", code: errno) }
        defer { close(descriptor) }
        var text = text
        try text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw OutputError(path: path, operation: "write", code: errno)
                }
                offset += written
            }
        }
        return OutputStamp.of(descriptor: descriptor)
    }

    /// Copies one file into the staging folder; returns the copy's stamp.
    @discardableResult
    public func copy(from source: String, to file: String) throws -> OutputStamp? {
        let path = try stagingPath(for: file)
        if unlink(path) != 0 && errno != ENOENT { throw OutputError(path: path, operation: "replace", code: errno) }
        try createFolders(for: [file])
        try FileManager.default.copyItem(atPath: source, toPath: path)
        return OutputStamp.of(path)
    }

    /// Links the file the previous build left at `file` into the staging folder, when it still has
    /// the stamp the build cache recorded: the page is reused with its bytes and its modification
    /// time, and the swap stays atomic. False when the file is gone or was changed since, or the
    /// file system cannot link; the caller then writes the file anew.
    public func linkPrevious(_ file: String, stamp: OutputStamp, staged inode: UInt64? = nil) throws -> Bool {
        let target = try stagingPath(for: file)
        let source = outputPath + "/" + file
        guard OutputStamp.of(source) == stamp else { return false }
        // The spare already holds this very file: nothing to do. Stated again, since a listing's
        // inode number is not always the file's (overlay and network file systems).
        if inode == stamp.inode, OutputStamp.of(target) == stamp { return true }
        if inode != nil, unlink(target) != 0, errno != ENOENT { return false }
        guard try creatingFolders(for: file, { link(source, target) }) == 0 else { return false }
        // Checked again through the link: a file written to between the check and the link is not reused.
        if OutputStamp.of(target) == stamp { return true }
        unlink(target)
        return false
    }

    /// Swaps the staging folder in as the output; the previous output is removed.
    public func commit() throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: url.path) {
            // One atomic exchange where the system has it: the output path never stands empty.
            if Self.exchange(staging.path, url.path) {
                // The previous output now sits in the spare, to be brought up to date next time.
                if !keepsSpare { try FolderRemoval.remove(staging.path) }
                return
            }
            try manager.moveItem(at: url, to: previous)
            do {
                try manager.moveItem(at: staging, to: url)
            } catch {
                try? manager.moveItem(at: previous, to: url)
                throw error
            }
            try FolderRemoval.remove(previous.path)
        } else {
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.moveItem(at: staging, to: url)
        }
    }

    /// Removes the staging folder after a failed build; a spare stays, for the next build to
    /// bring up to date.
    public func discardStaging() {
        guard !keepsSpare else { return }
        try? FolderRemoval.remove(staging.path)
    }

    /// The place of an output file in the staging folder. Planning never makes a path that leaves
    /// the output; this is the last check that nothing ever does.
    func stagingPath(for file: String) throws -> String {
        guard Self.staysInside(file) else {
            throw OutputError(path: file, operation: "write outside the output folder", code: EINVAL)
        }
        return stagingPath + "/" + file
    }
}

/// A file-system call that failed while writing the output.
public struct OutputError: Error, LocalizedError, Sendable {
    public var path: String
    public var operation: String
    public var code: Int32

    public var errorDescription: String? {
        "cannot \(operation) '\(path)': \(String(cString: strerror(code)))"
    }
}

#if os(Linux)
    /// glibc's `renameat2`, which Swift's Glibc module does not export.
    @_silgen_name("renameat2")
    private func renameat2(
        _ oldFolder: Int32, _ oldPath: UnsafePointer<CChar>, _ newFolder: Int32, _ newPath: UnsafePointer<CChar>,
        _ flags: UInt32
    ) -> Int32
#endif

extension OutputDirectory {
    /// Swaps two paths in one step (Linux's `RENAME_EXCHANGE`); false where the system or the file
    /// system cannot, and the caller falls back to two renames.
    static func exchange(_ first: String, _ second: String) -> Bool {
        #if os(Linux)
            let renameExchange: UInt32 = 2
            return renameat2(AT_FDCWD, first, AT_FDCWD, second, renameExchange) == 0
        #else
            return false
        #endif
    }

    /// The output folder as diagnostics name it: relative to the site folder when inside it
    /// (`public`), `.` for the site folder itself, absolute otherwise.
    static func displayed(_ url: URL, siteRoot: URL) -> String {
        let output = resolved(url)
        let root = resolved(siteRoot)
        if output == root { return "." }
        return output.hasPrefix(root + "/") ? String(output.dropFirst(root.count + 1)) : output
    }

    /// The absolute path with symbolic links resolved and no trailing slash.
    static func resolved(_ url: URL) -> String {
        var path = url.standardizedFileURL.resolvingSymlinksInPath().path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
