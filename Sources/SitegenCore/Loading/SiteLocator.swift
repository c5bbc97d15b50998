import Foundation

/// Finds the site folder a command works on: the one named by `--source`, or, without it, the
/// current folder or the nearest folder above it that is a site (as git finds its repository), so
/// `sitegen build` works from inside `content/posts/`.
public struct SiteLocator: Sendable {
    /// Why no site folder was found, in words for the terminal.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        public let description: String
    }

    let fileManager = FileManager.default

    public init() {}

    /// The site folder for `source` (as typed after `--source`, nil when not given), looking from
    /// `current` when not given. A site folder is one that holds `content/`; `sitegen.yaml` alone
    /// marks a folder whose `content/` is missing, which is reported rather than passed by.
    public func locate(source: String?, from current: URL) throws(Failure) -> URL {
        if let source {
            let folder = URL(fileURLWithPath: source, relativeTo: current).standardizedFileURL
            switch kind(folder) {
            case .none: throw Failure(description: "--source '\(source)': no such folder")
            case .file: throw Failure(description: "--source '\(source)' is a file, not a site folder")
            case .folder: break
            }
            guard kind(folder.appendingPathComponent("content")) == .folder else {
                throw Failure(
                    description: "--source '\(source)' has no content/ folder, so it is not a site; "
                        + "run 'sitegen init \(source)' to make one there")
            }
            return folder
        }
        var folder = current.standardizedFileURL
        while true {
            if kind(folder.appendingPathComponent("content")) == .folder { return folder }
            if kind(folder.appendingPathComponent("sitegen.yaml")) == .file {
                throw Failure(
                    description: "\(folder.path) has sitegen.yaml but no content/ folder; "
                        + "make content/ (posts go in content/posts/)")
            }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            if parent.path == folder.path { break }
            folder = parent
        }
        throw Failure(
            description: "no site in \(current.standardizedFileURL.path) or any folder above it (a site folder "
                + "holds content/); run 'sitegen init' to make one, or name one with --source")
    }

    private enum Kind { case none, file, folder }

    private func kind(_ url: URL) -> Kind {
        var isFolder: ObjCBool = false
        guard fileManager.fileExists(atPath: url.path, isDirectory: &isFolder) else { return .none }
        return isFolder.boolValue ? .folder : .file
    }
}
