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
