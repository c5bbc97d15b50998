import Foundation
import ServiceLifecycle

/// Notices changes to a site's sources by polling: `content/`, `templates/` and `sitegen.yaml`.
/// A poll lists the folders and compares size and modification time of every file, so edits,
/// additions, removals and renames all count; hidden files (editor swap files) do not.
struct SiteWatcher: Sendable {
    let siteRoot: URL

    struct Stamp: Equatable, Sendable {
        var size: Int64
        var modified: TimeInterval
    }

    func snapshot() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for folder in [ContentFolders.content, ContentFolders.templates] {
            let root = siteRoot.appendingPathComponent(folder)
            guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let name = (relative as NSString).lastPathComponent
                guard let attributes = enumerator.fileAttributes else { continue }
                if name.hasPrefix(".") {
                    if attributes[.type] as? FileAttributeType == .typeDirectory { enumerator.skipDescendants() }
                    continue
                }
                stamps[folder + "/" + relative] = Self.stamp(attributes)
            }
        }
        let config = siteRoot.appendingPathComponent(ContentFolders.config)
        if let attributes = try? FileManager.default.attributesOfItem(atPath: config.path) {
            stamps[ContentFolders.config] = Self.stamp(attributes)
        }
        return stamps
    }

    private static func stamp(_ attributes: [FileAttributeKey: Any]) -> Stamp {
        Stamp(
            size: (attributes[.size] as? NSNumber)?.int64Value ?? -1,
            modified: (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)
    }
}

/// The names the watcher looks at.
enum ContentFolders {
    static let content = "content"
    static let templates = "templates"
    static let config = "sitegen.yaml"
}

/// Polls for changes and asks for a rebuild after each; on shutdown it ends the event streams
/// first, so open browser connections never hold the server up.
struct WatchService: Service {
    let watcher: SiteWatcher
    let rebuilder: Rebuilder
    let state: PreviewState
    let interval: Duration

    func run() async throws {
        try? await cancelWhenGracefulShutdown {
            var last = watcher.snapshot()
            var ticks = 0
            while !Task.isCancelled {
                try await Task.sleep(for: interval)
                let current = watcher.snapshot()
                if current != last {
                    last = current
                    await rebuilder.rebuild()
                }
                ticks += 1
                if ticks % 150 == 0 { await state.heartbeat() }
            }
        }
        await state.close()
    }
}
