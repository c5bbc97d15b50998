/// A dictionary that is cheap to revise a few entries at a time when other copies of it live on:
/// revisions go to a small overlay over a shared base, so a revision copies the overlay, not the
/// base (the preview keeps the previous renderer while it makes the next one).
struct LayeredTable<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private var base: [Key: Value]
    private var overlay: [Key: Value] = [:]

    init(_ base: [Key: Value]) {
        self.base = base
    }

    subscript(key: Key) -> Value? {
        overlay[key] ?? base[key]
    }

    /// Sets the value of `key`; the overlay is folded into the base once it is no longer small.
    mutating func revise(_ key: Key, to value: Value) {
        overlay[key] = value
        if overlay.count > 64, overlay.count * 8 > base.count {
            base.merge(overlay) { _, revised in revised }
            overlay = [:]
        }
    }
}
