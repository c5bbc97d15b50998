/// What the file-system events since the last look say about a site's sources.
enum SourceEvents: Equatable {
    /// Nothing that can change the site (hidden files, the output folder, nothing at all).
    case none
    /// Files of the site were written, added or removed (paths relative to the site folder):
    /// rebuilding is enough.
    case files(Set<String>)
    /// Folders were added, removed or moved, or events were lost: the watcher must look at the
    /// whole tree again (and watch new folders) before rebuilding.
    case folders
}

#if canImport(Glibc)
    import Glibc

    /// Linux inotify on every watched folder: says which names changed, and the watcher decides
    /// from that whether to rebuild. Owned by one task; not shared.
    final class ChangeNotifier {
        private let descriptor: Int32
        /// The site folder: of its own entries only these matter.
        private let root: String
        private static let rootEntries: Set<String> = ["sitegen.yaml"]
        private static let rootFolders: Set<String> = ["content", "templates"]
        private var folders: [Int32: String] = [:]
        private static let mask = UInt32(
            IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                | IN_DELETE_SELF | IN_MOVE_SELF)

        init?(root: String) {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            if descriptor < 0 { return nil }
            self.root = root
        }

        deinit {
            close(descriptor)
        }

        /// Watches `folders`; folders already watched are left as they are, new ones are added.
        func watch(_ folders: [String]) {
            for folder in folders {
                let watch = inotify_add_watch(descriptor, folder, Self.mask)
                if watch >= 0 { self.folders[watch] = folder }
            }
        }

        /// Reads every pending event and says what they amount to.
        func drain() -> SourceEvents {
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var lost = false
            var files: Set<String> = []
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { return lost ? .folders : files.isEmpty ? .none : .files(files) }
                var offset = 0
                let header = MemoryLayout<inotify_event>.size
                while offset + header <= count {
                    let (watch, mask, length) = buffer.withUnsafeBytes { raw in
                        let event = raw.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
                        return (event.wd, event.mask, Int(event.len))
                    }
                    let nameBytes = buffer[(offset + header)..<min(count, offset + header + length)]
                    let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                    offset += header + length
                    switch classify(watch: watch, mask: mask, name: name) {
                    case .none: break
                    case .folders: lost = true
                    case .files(let paths): files.formUnion(paths)
                    }
                }
            }
        }

        private func classify(watch: Int32, mask: UInt32, name: String) -> SourceEvents {
            if mask & UInt32(IN_Q_OVERFLOW) != 0 { return .folders }
            if mask & UInt32(IN_IGNORED) != 0 {
                folders[watch] = nil
                return .none
            }
            // An event of the watched folder itself (deleted, moved, its mode changed).
            if name.isEmpty { return .folders }
            if name.hasPrefix(".") { return .none }
            guard let folder = folders[watch] else { return .folders }
            if folder == root {
                if Self.rootFolders.contains(name) { return .folders }
                return Self.rootEntries.contains(name) ? .files([name]) : .none
            }
            guard mask & UInt32(IN_ISDIR) == 0, folder.hasPrefix(root + "/") else { return .folders }
            return .files([String(folder.dropFirst(root.count + 1)) + "/" + name])
        }
    }
#else
    /// Without inotify the watcher polls.
    final class ChangeNotifier {
        init?(root: String) { return nil }
        func watch(_ folders: [String]) {}
        func drain() -> SourceEvents { .folders }
    }
#endif
