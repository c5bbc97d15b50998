import Foundation
import ServiceLifecycle
import SitegenCore

/// Notices changes to a site's sources by polling: `content/`, `templates/` and `sitegen.yaml`.
/// A poll lists the folders and compares size and modification time of every file, so edits,
/// additions, removals and renames all count; hidden files (editor swap files) do not.
struct SiteWatcher: Sendable {
    let siteRoot: URL

    func snapshot() -> [String: FileStamp] {
        var stamps: [String: FileStamp] = [:]
        for folder in [ContentFolders.content, ContentFolders.templates] {
            for (path, stamp) in FileStamp.tree(siteRoot.appendingPathComponent(folder).path) {
                stamps[folder + "/" + path] = stamp
            }
        }
        stamps[ContentFolders.config] = FileStamp.of(siteRoot.appendingPathComponent(ContentFolders.config).path)
        return stamps
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
