import Foundation
import Synchronization

extension SiteBuilder {
    /// The store a build's content cache was filled from, when new posts can be appended to it.
    struct ParsedPostAppend: Sendable {
        var segments: Int
    }

    /// The content cache a build loads with: this builder's own (the preview's), or one filled
    /// from the posts the last build stored (none with `--clean`); whether the store can take an
    /// append; and a note when it was damaged and is not used.
    func contentCacheForBuild() -> (ContentCache, ParsedPostAppend?, [Diagnostic]) {
        if let cache { return (cache, nil, []) }
        let cache = ContentCache()
        guard !options.clean else { return (cache, nil, []) }
        let url = ParsedPostStore.url(siteRoot: options.siteRoot)
        do {
            let key = ParsedPostStore.key(siteRoot: options.siteRoot, options: options)
            guard let loaded = try ParsedPostStore.load(from: url, key: key) else { return (cache, nil, []) }
            cache.preload(loaded.posts)
            return (cache, ParsedPostAppend(segments: loaded.segments), [])
        } catch {
            let file = BuildCache.folder + "/" + ParsedPostStore.fileName
            return (cache, nil, [Diagnostic(.output(.parsedPostsIgnored), file: file)])
        }
    }

    /// Stores the posts of `cache` for the next build: only those this build parsed or dropped,
    /// appended, when the store it loaded can take them; else all of them in a new store.
    /// `started` is when the build began (nanoseconds since 1970); posts whose files changed in
    /// the two seconds before are left out, as the content cache explains.
    func saveParsedPosts(_ cache: ContentCache, into store: ParsedPostAppend?, started: Int64) -> [Diagnostic] {
        guard self.cache == nil else { return [] }
        let url = ParsedPostStore.url(siteRoot: options.siteRoot)
        let moment = started - 2_000_000_000
        do {
            if let store, store.segments < Self.segmentsBeforeRewrite, let changed = cache.changesSincePreload {
                guard !changed.isEmpty else { return [] }
                let stored = cache.storedPosts(changedBefore: moment, at: changed)
                let kept = Set(stored.map(\.path))
                try ParsedPostStore.append(stored, removed: changed.filter { !kept.contains($0) }.sorted(), to: url)
            } else {
                try ParsedPostStore.save(
                    cache.storedPosts(changedBefore: moment), to: url,
                    key: ParsedPostStore.key(siteRoot: options.siteRoot, options: options))
            }
            return []
        } catch {
            return [Diagnostic(.output(.parsedPostsNotSaved(error.localizedDescription)))]
        }
    }

    /// Appends after which the store is written anew, dropping what later segments replaced.
    static let segmentsBeforeRewrite = 16
}

/// The parsed-post store's save, run on a thread of its own (it is mostly blocking writes) from
/// the moment the content is loaded, beside assembly, planning and rendering.
final class ParsedPostSave: Sendable {
    private let group = DispatchGroup()
    private let diagnostics = Mutex<[Diagnostic]>([])

    func start(_ save: @escaping @Sendable () -> [Diagnostic]) {
        group.enter()
        DispatchQueue.global(qos: .utility).async {
            let result = save()
            self.diagnostics.withLock { $0 = result }
            self.group.leave()
        }
    }

    /// Waits for the save, if one started; what it reported.
    func finish() async -> [Diagnostic] {
        await withCheckedContinuation { continuation in
            group.notify(queue: .global()) { continuation.resume() }
        }
        return diagnostics.withLock { $0 }
    }
}
