import Foundation

/// Appends values to a byte buffer in a compact little-endian form that `BinaryReader` reads
/// back: fixed 8-byte integers, length-prefixed UTF-8 strings, counted arrays, flagged optionals.
/// Hand-written because Foundation's coders took longer to read the parsed posts back than
/// cmark took to parse them.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    mutating func write(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            write(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func write(_ value: Double) {
        write(value.bitPattern)
    }

    /// A flag, then the value when there is one.
    mutating func write<Value>(_ value: Value?, _ body: (inout BinaryWriter, Value) -> Void) {
        write(value != nil)
        if let value { body(&self, value) }
    }

    /// The count, then each element.
    mutating func write<Element>(_ values: [Element], _ body: (inout BinaryWriter, Element) -> Void) {
        write(values.count)
        for value in values { body(&self, value) }
    }
}

/// Reads what `BinaryWriter` wrote; any read past the end or any impossible count throws, so a
/// truncated or damaged file is rejected, never half-trusted.
struct BinaryReader {
    struct Damaged: Error {}

    private let bytes: [UInt8]
    private(set) var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    var isAtEnd: Bool { offset == bytes.count }

    /// The bytes of the file at `path`, read with one `read` call into the array (no copy
    /// through `Data`); nil when it cannot be read.
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let read = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
                if read < 0, errno == EINTR { continue }
                if read <= 0 { break }
                count += read
            }
            failed = count != size
        }
        return failed ? nil : bytes
    }

    /// `Fingerprint.checksum` of the bytes from `start` up to `end`.
    func checksum(from start: Int, to end: Int) -> Fingerprint {
        bytes.withUnsafeBytes { Fingerprint.checksum(of: UnsafeRawBufferPointer(rebasing: $0[start..<end])) }
    }

    mutating func readUInt64() throws -> UInt64 {
        guard bytes.count - offset >= 8 else { throw Damaged() }
        let value = bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: UInt64.self) }
        offset += 8
        return UInt64(littleEndian: value)
    }

    mutating func readInt() throws -> Int {
        Int(Int64(bitPattern: try readUInt64()))
    }

    mutating func readBool() throws -> Bool {
        guard offset < bytes.count else { throw Damaged() }
        offset += 1
        switch bytes[offset - 1] {
        case 0: return false
        case 1: return true
        default: throw Damaged()
        }
    }

    mutating func readDouble() throws -> Double {
        Double(bitPattern: try readUInt64())
    }

    /// A count of at most the bytes left: nothing this reader reads takes less than one byte.
    mutating func readCount() throws -> Int {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        return count
    }

    mutating func readString() throws -> String {
        let count = try readCount()
        defer { offset += count }
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[offset..<offset + count]), as: UTF8.self)
        }
    }

    mutating func readOptional<Value>(_ body: (inout BinaryReader) throws -> Value) throws -> Value? {
        try readBool() ? try body(&self) : nil
    }

    mutating func readArray<Element>(_ body: (inout BinaryReader) throws -> Element) throws -> [Element] {
        let count = try readCount()
        var values: [Element] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try body(&self)) }
        return values
    }
}

extension Fingerprint {
    /// A fast checksum of many bytes, for the stores `BinaryWriter` writes: four independent
    /// multiply-rotate lanes over 32 bytes at a time (the scheme of xxHash64, with its published
    /// primes), then `StableHasher` over the lanes and the length. It detects damage; it is not
    /// meant to tell apart inputs made to collide.
    static func checksum(of bytes: UnsafeRawBufferPointer) -> Fingerprint {
        let prime1: UInt64 = 0x9E37_79B1_85EB_CA87
        let prime2: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (prime1 &+ prime2, prime2, 0, 0 &- prime1)
        func round(_ lane: UInt64, _ word: UInt64) -> UInt64 {
            let mixed = lane &+ word &* prime2
            return ((mixed << 31) | (mixed >> 33)) &* prime1
        }
        var offset = 0
        let count = bytes.count
        func word(_ at: Int) -> UInt64 {
            UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: at, as: UInt64.self))
        }
        while offset + 32 <= count {
            lanes.0 = round(lanes.0, word(offset))
            lanes.1 = round(lanes.1, word(offset + 8))
            lanes.2 = round(lanes.2, word(offset + 16))
            lanes.3 = round(lanes.3, word(offset + 24))
            offset += 32
        }
        var hasher = StableHasher()
        hasher.combine(lanes.0)
        hasher.combine(lanes.1)
        hasher.combine(lanes.2)
        hasher.combine(lanes.3)
        hasher.combine(buffer: UnsafeRawBufferPointer(rebasing: bytes[offset...]))
        hasher.combine(count)
        return hasher.finalize()
    }
}
