import Foundation

/// Reads what `BinaryWriter` wrote; any read past the end or any impossible count throws, so a
/// truncated or damaged file is rejected, never half-trusted.
struct BinaryReader {
    struct Damaged: Error {}

    private let storage: StoreBytes
    private let bytes: UnsafeRawBufferPointer
    private(set) var offset: Int
    private let end: Int

    init(_ bytes: [UInt8]) {
        self.init(StoreBytes(bytes), range: 0..<bytes.count)
    }

    /// Reads `range` of `storage`, which it keeps alive.
    init(_ storage: StoreBytes, range: Range<Int>) {
        self.storage = storage
        bytes = storage.buffer
        offset = range.lowerBound
        end = range.upperBound
    }

    var isAtEnd: Bool { offset == end }

    /// The bytes the reader reads.
    var source: StoreBytes { storage }

    /// `Fingerprint.checksum` of the bytes from `start` up to `end`.
    func checksum(from start: Int, to end: Int) -> Fingerprint {
        Fingerprint.checksum(of: UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
    }

    mutating func readUInt64() throws -> UInt64 {
        guard end - offset >= 8 else { throw Damaged() }
        let value = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        offset += 8
        return UInt64(littleEndian: value)
    }

    mutating func readInt() throws -> Int {
        Int(Int64(bitPattern: try readUInt64()))
    }

    mutating func readBool() throws -> Bool {
        guard offset < end else { throw Damaged() }
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
        guard count >= 0, count <= end - offset else { throw Damaged() }
        return count
    }

    mutating func readString() throws -> String {
        let count = try readCount()
        defer { offset += count }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + count]), as: UTF8.self)
    }

    /// Skips `count` bytes (checked by the caller with `readCount`) and gives their range.
    mutating func skip(_ count: Int) -> Range<Int> {
        offset += count
        return offset - count..<offset
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

/// The bytes of a store file: mapped read-only from the file (the load's checksum still passes over
/// every page, but the bodies of most stored posts are never copied or decoded), or owned when made
/// from an array. Shared, immutable, and unmapped when the last reader and the last stored body let
/// go of it.
///
/// sitegen only ever replaces a store by renaming a new file over it or appends to it, so the
/// mapping stays valid while it is held. Another program rewriting the file in place while a build
/// runs is not guarded against (a shorter file ends the build with SIGBUS).
final class StoreBytes: @unchecked Sendable {
    let buffer: UnsafeRawBufferPointer
    private let isMapped: Bool

    init(_ bytes: [UInt8]) {
        let memory = UnsafeMutableRawBufferPointer.allocate(byteCount: max(bytes.count, 1), alignment: 8)
        bytes.withUnsafeBytes { memory.copyMemory(from: $0) }
        buffer = UnsafeRawBufferPointer(rebasing: memory[..<bytes.count])
        isMapped = false
    }

    private init(mapped: UnsafeRawBufferPointer) {
        buffer = mapped
        isMapped = true
    }

    /// The file at `path`, mapped; nil when it cannot be opened or mapped.
    static func map(_ path: String) -> StoreBytes? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        guard size > 0 else { return StoreBytes([]) }
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        return StoreBytes(mapped: UnsafeRawBufferPointer(start: address, count: size))
    }

    deinit {
        if isMapped {
            munmap(UnsafeMutableRawPointer(mutating: buffer.baseAddress), buffer.count)
        } else {
            buffer.deallocate()
        }
    }
}
