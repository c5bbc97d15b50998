import Foundation

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
