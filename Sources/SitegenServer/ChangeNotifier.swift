#if canImport(Glibc)
    import Glibc

    /// Linux inotify on every watched folder: tells that something changed, not what (the
    /// watcher's snapshot says what). Owned by one task; not shared.
    final class ChangeNotifier {
        private let descriptor: Int32
        private static let mask = UInt32(
            IN_MODIFY | IN_ATTRIB | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO
                | IN_DELETE_SELF | IN_MOVE_SELF)

        init?() {
            descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
            if descriptor < 0 { return nil }
        }

        deinit {
            close(descriptor)
        }

        /// Watches `folders`; folders already watched are left as they are, new ones are added.
        func watch(_ folders: [String]) {
            for folder in folders {
                _ = inotify_add_watch(descriptor, folder, Self.mask)
            }
        }

        /// Reads every pending event; true when there was at least one.
        func drain() -> Bool {
            var buffer = [UInt8](repeating: 0, count: 16 * 1024)
            var changed = false
            while true {
                let count = read(descriptor, &buffer, buffer.count)
                if count <= 0 { return changed }
                changed = true
            }
        }
    }
#else
    /// Without inotify the watcher polls.
    final class ChangeNotifier {
        init?() { return nil }
        func watch(_ folders: [String]) {}
        func drain() -> Bool { true }
    }
#endif
