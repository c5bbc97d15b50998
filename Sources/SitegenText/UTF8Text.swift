/// Strict UTF-8 decoding of a file's bytes, with the place of the first byte that is not UTF-8:
/// one rule for every file sitegen reads as text (content, config, vocabulary, templates), so a
/// stray Latin-1 byte is a located error and never replaced or read as nothing.
public enum UTF8Text {
    /// Where decoding stopped: 1-based line and column (in characters of the valid text before
    /// it), the byte offset, and the byte itself.
    public struct Invalid: Error, Equatable, Sendable {
        public var line: Int
        public var column: Int
        public var offset: Int
        public var byte: UInt8

        /// `byte 0xA9`, for messages.
        public var byteDescription: String {
            let hex = String(byte, radix: 16, uppercase: true)
            return "byte 0x\(hex.count == 1 ? "0" : "")\(hex)"
        }
    }

    /// The text of `bytes`, or where the first byte that is not UTF-8 stands.
    public static func decode(_ bytes: some Collection<UInt8>) -> Result<String, Invalid> {
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .failure(firstInvalid(in: bytes))
    }

    private static func firstInvalid(in bytes: some Collection<UInt8>) -> Invalid {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var line = 1
        var column = 1
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                offset += UTF8.width(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput, .error:
                let index = bytes.index(bytes.startIndex, offsetBy: min(offset, bytes.count - 1))
                return Invalid(line: line, column: column, offset: offset, byte: bytes[index])
            }
        }
    }
}
