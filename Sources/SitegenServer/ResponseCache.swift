import Synchronization

/// A response body with its entity tag.
struct CachedBody: Sendable {
    let bytes: [UInt8]
    let etag: String

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        // FNV-1a: a strong validator that changes whenever a byte does.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        etag = "\"\(String(hash, radix: 16))-\(bytes.count)\""
    }
}

/// Rendered responses of one generation, so repeated requests do not render again.
final class ResponseCache: Sendable {
    private let entries = Mutex<[String: CachedBody]>([:])

    func body(for file: String, make: () -> [UInt8]?) -> CachedBody? {
        if let cached = entries.withLock({ $0[file] }) { return cached }
        guard let bytes = make() else { return nil }
        let body = CachedBody(bytes)
        entries.withLock { $0[file] = body }
        return body
    }
}
