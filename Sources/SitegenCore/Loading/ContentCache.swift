import Foundation
import Synchronization

/// Parsed content files kept between builds in one process, keyed by path, size and modification
/// time, so a rebuild after one edit parses one file. Cleared whenever the site config changes,
/// since the config shapes parsing (time zone, date format, raw HTML).
public final class ContentCache: Sendable {
    struct Key: Hashable {
        var path: String
        var stamp: FileStamp
    }

    private struct State {
        var config: SiteConfig?
        var entries: [Key: FileLoadResult] = [:]
    }

    private let state = Mutex(State())
    /// Term-index results per post, reused while a post's prose is unchanged.
    public let termMentions = TermMentionCache()

    public init() {}

    /// The number of cached files.
    public var count: Int { state.withLock { $0.entries.count } }

    static func key(for url: URL, relativePath: String) -> Key? {
        FileStamp.of(url.path).map { Key(path: relativePath, stamp: $0) }
    }

    /// Forgets everything when `config` differs from the one the cache was filled with, and drops
    /// entries for files that are gone or changed.
    func begin(config: SiteConfig, keys: Set<Key>) {
        state.withLock { state in
            if state.config != config {
                state.entries = [:]
                state.config = config
            }
            state.entries = state.entries.filter { keys.contains($0.key) }
        }
    }

    func result(for key: Key) -> FileLoadResult? {
        state.withLock { $0.entries[key] }
    }

    func store(_ result: FileLoadResult, for key: Key) {
        state.withLock { $0.entries[key] = result }
    }
}
