/// A 128-bit digest of a build input or of everything one output is made from. Unlike Swift's
/// `Hasher`, which is seeded anew in every process, the same input gives the same fingerprint in
/// every run, so fingerprints can be saved in the build cache and compared by the next build.
public struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public static let zero = Fingerprint(high: 0, low: 0)

    /// 32 lowercase hex digits, as the build cache stores it.
    public var description: String { Self.hex(high) + Self.hex(low) }

    /// Reads the form `description` writes.
    public init?(_ text: Substring) {
        guard text.utf8.count == 32, let high = UInt64(text.prefix(16), radix: 16),
            let low = UInt64(text.suffix(16), radix: 16)
        else { return nil }
        self.init(high: high, low: low)
    }

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    /// The fingerprint of some bytes.
    public static func of(_ bytes: UnsafeRawBufferPointer) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(buffer: bytes)
        return hasher.finalize()
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}

/// Builds a `Fingerprint` from a sequence of values. Two lanes with different constants each mix
/// every 64-bit word through a full-avalanche finalizer; every variable-length value is preceded
/// by its length, so `("ab", "c")` and `("a", "bc")` differ. Not cryptographic: it guards a cache
/// against accidental change, not against an attacker who controls the inputs.
public struct StableHasher: Sendable {
    private var first: UInt64 = 0x243F_6A88_85A3_08D3
    private var second: UInt64 = 0x1319_8A2E_0370_7344
    private var words: UInt64 = 0

    public init() {}

    private static func mix(_ value: UInt64) -> UInt64 {
        var value = value
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    public mutating func combine(_ word: UInt64) {
        words &+= 1
        first = (first ^ Self.mix(word &+ 0x9E37_79B9_7F4A_7C15)) &* 0x0000_0100_0000_01B3
        first = (first << 29) | (first >> 35)
        second = (second &+ Self.mix(word ^ 0xC2B2_AE3D_27D4_EB4F)) &* 0xFF51_AFD7_ED55_8CCD
        second = (second << 37) | (second >> 27)
    }

    public mutating func combine(_ value: Int) { combine(UInt64(bitPattern: Int64(value))) }

    public mutating func combine(_ value: Bool) { combine(value ? 1 : 2) }

    public mutating func combine(_ fingerprint: Fingerprint) {
        combine(fingerprint.high)
        combine(fingerprint.low)
    }

    /// Nil and `Fingerprint.zero` differ.
    public mutating func combine(_ fingerprint: Fingerprint?) {
        combine(fingerprint != nil)
        if let fingerprint { combine(fingerprint) }
    }

    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(buffer: UnsafeRawBufferPointer($0)) }
    }

    /// Nil and the empty string differ.
    public mutating func combine(_ text: String?) {
        if let text {
            combine(true)
            combine(text)
        } else {
            combine(false)
        }
    }

    public mutating func combine(bytes: some Sequence<UInt8>) {
        var count = 0
        var word: UInt64 = 0
        var filled: UInt64 = 0
        for byte in bytes {
            word |= UInt64(byte) << (filled * 8)
            filled += 1
            count += 1
            if filled == 8 {
                combine(word)
                word = 0
                filled = 0
            }
        }
        if filled > 0 { combine(word) }
        combine(count)
    }

    /// The same words as `combine(bytes:)` gives for these bytes, read eight at a time.
    public mutating func combine(buffer: UnsafeRawBufferPointer) {
        let count = buffer.count
        var offset = 0
        while offset + 8 <= count {
            combine(UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)))
            offset += 8
        }
        if offset < count {
            var word: UInt64 = 0
            for index in offset..<count { word |= UInt64(buffer[index]) << (UInt64(index - offset) * 8) }
            combine(word)
        }
        combine(count)
    }

    public func finalize() -> Fingerprint {
        Fingerprint(high: Self.mix(first ^ words), low: Self.mix(second &+ Self.mix(first)))
    }
}

extension Fingerprint {
    /// `StoreChecksum` of some bytes at once.
    static func checksum(of bytes: UnsafeRawBufferPointer) -> Fingerprint {
        var checksum = StoreChecksum()
        let whole = bytes.count / 32 * 32
        checksum.consume(UnsafeRawBufferPointer(rebasing: bytes[..<whole]))
        return checksum.finalize(tail: UnsafeRawBufferPointer(rebasing: bytes[whole...]))
    }
}

/// A fast checksum of many bytes, for the stores `BinaryWriter` writes, fed in pieces: four
/// independent multiply-rotate lanes over 32 bytes at a time (the scheme of xxHash64, with its
/// published primes), then `StableHasher` over the lanes, the last bytes and the length. It
/// detects damage; it is not meant to tell apart inputs made to collide.
struct StoreChecksum {
    private static let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
    private static let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (prime1 &+ prime2, prime2, 0, 0 &- prime1)
    private var count = 0

    private static func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
        let mixed = lane &+ word &* prime2
        return ((mixed << 31) | (mixed >> 33)) &* prime1
    }

    /// Feeds bytes whose count is a multiple of 32.
    mutating func consume(_ bytes: UnsafeRawBufferPointer) {
        precondition(bytes.count % 32 == 0)
        func word(_ at: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
        }
        var offset = 0
        while offset < bytes.count {
            lanes.0 = Self.round(lanes.0, word(offset))
            lanes.1 = Self.round(lanes.1, word(offset + 8))
            lanes.2 = Self.round(lanes.2, word(offset + 16))
            lanes.3 = Self.round(lanes.3, word(offset + 24))
            offset += 32
        }
        count += bytes.count
    }

    /// The checksum of everything consumed, then `tail` (fewer than 32 bytes).
    func finalize(tail: UnsafeRawBufferPointer) -> Fingerprint {
        var hasher = StableHasher()
        hasher.combine(lanes.0)
        hasher.combine(lanes.1)
        hasher.combine(lanes.2)
        hasher.combine(lanes.3)
        hasher.combine(buffer: tail)
        hasher.combine(count + tail.count)
        return hasher.finalize()
    }
}
