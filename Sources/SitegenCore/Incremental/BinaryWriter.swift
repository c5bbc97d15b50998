import Foundation

/// Appends values to a byte buffer in a compact little-endian form that `BinaryReader` reads
/// back: fixed 8-byte integers, length-prefixed UTF-8 strings, counted arrays, flagged optionals.
/// Hand-written because Foundation's coders took longer to read the parsed posts back than
/// cmark took to parse them.
struct BinaryWriter {
    var bytes: [UInt8] = []

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
