import Foundation

/// The output folder and its staging twin: a build writes into a fresh staging folder beside the
/// output and swaps it in only when every file is written, so a failed or interrupted build leaves
/// the previous output exactly as it was, and a successful one leaves nothing stale.
public struct OutputDirectory: Sendable {
    /// The file that marks a folder as written by sitegen; only such folders are ever replaced.
    public static let markerName = ".sitegen-output"

    public let url: URL
    public let staging: URL
    private let previous: URL

    public init(_ url: URL) {
        self.url = url.standardizedFileURL
        let parent = self.url.deletingLastPathComponent()
        let name = self.url.lastPathComponent
        staging = parent.appendingPathComponent(".\(name).sitegen-staging")
        previous = parent.appendingPathComponent(".\(name).sitegen-previous")
    }

    /// Refuses an output folder that holds the sources, lies inside them, or that exists with
    /// files in it but was not written by sitegen.
    public func check(siteRoot: URL) -> [Diagnostic] {
        let output = Self.resolved(url)
        let root = Self.resolved(siteRoot)
        if output == root || root.hasPrefix(output + "/") || output == "/" {
            return [.error("refusing to write to '\(url.path)': it contains the site's sources")]
        }
        for source in [ContentLoader.contentDirectory, ThemeLoader.directory] {
            let folder = root + "/" + source
            if output == folder || output.hasPrefix(folder + "/") {
                return [.error("refusing to write to '\(url.path)': it is inside the site's \(source)/ folder")]
            }
        }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else {
            return [.error("refusing to write to '\(url.path)': it is a file, not a folder")]
        }
        let entries = (try? manager.contentsOfDirectory(atPath: url.path)) ?? []
        if !entries.isEmpty, !entries.contains(Self.markerName) {
            return [
                .error(
                    "refusing to replace '\(url.path)': it is not empty and was not written by sitegen",
                    notes: ["choose another --output, or empty that folder yourself"])
            ]
        }
        return []
    }

    /// Creates an empty staging folder, removing one left by an interrupted build.
    public func prepareStaging() throws {
        let manager = FileManager.default
        for leftover in [staging, previous] where manager.fileExists(atPath: leftover.path) {
            try manager.removeItem(at: leftover)
        }
        try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        try Data("This folder was written by sitegen; the next build replaces it.\n".utf8)
            .write(to: staging.appendingPathComponent(Self.markerName))
    }

    /// Creates every folder the given files need inside the staging folder.
    public func createFolders(for files: [String]) throws {
        var folders: Set<String> = []
        for file in files {
            let folder = (file as NSString).deletingLastPathComponent
            if !folder.isEmpty { folders.insert(folder) }
        }
        for folder in folders.sorted() {
            try FileManager.default.createDirectory(
                at: staging.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
    }

    /// Writes one file into the staging folder.
    public func write(_ text: String, to file: String) throws {
        try Data(text.utf8).write(to: stagingURL(for: file))
    }

    /// Copies one file into the staging folder.
    public func copy(from source: String, to file: String) throws {
        try FileManager.default.copyItem(atPath: source, toPath: stagingURL(for: file).path)
    }

    /// Swaps the staging folder in as the output; the previous output is removed.
    public func commit() throws {
        let manager = FileManager.default
        if manager.fileExists(atPath: url.path) {
            try manager.moveItem(at: url, to: previous)
            do {
                try manager.moveItem(at: staging, to: url)
            } catch {
                try? manager.moveItem(at: previous, to: url)
                throw error
            }
            try manager.removeItem(at: previous)
        } else {
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try manager.moveItem(at: staging, to: url)
        }
    }

    /// Removes the staging folder after a failed build.
    public func discardStaging() {
        try? FileManager.default.removeItem(at: staging)
    }

    private func stagingURL(for file: String) -> URL {
        staging.appendingPathComponent(file)
    }

    static func resolved(_ url: URL) -> String {
        var path = url.standardizedFileURL.resolvingSymlinksInPath().path
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        return path
    }
}
