extension MatterValue {
    /// Parses JSON front matter, Hugo's form: a file that starts with `{` holds one JSON object,
    /// and the Markdown body follows its closing `}`. Returns the object and the UTF-8 offset just
    /// past it. Numbers are kept as written, `null` as empty text.
    static func parseJSON(_ bytes: [UInt8], from start: Int, file: String) throws(FrontMatterFailure)
        -> (MatterValue, end: Int)
    {
        var parser = JSONMatterParser(bytes: bytes, index: start, file: file)
        let value = try parser.value(depth: 0)
        return (value, parser.index)
    }
}

private struct JSONMatterParser {
    let bytes: [UInt8]
    var index: Int
    let file: String
    var line = 1
    var lineStart = 0

    init(bytes: [UInt8], index: Int, file: String) {
        self.bytes = bytes
        self.index = index
        self.file = file
        lineStart = index
    }

    /// Deeper than this is not front matter; stopping keeps the recursion bounded.
    static let maximumDepth = 64

    mutating func value(depth: Int) throws(FrontMatterFailure) -> MatterValue {
        skipSpace()
        guard depth < Self.maximumDepth else { throw failure("values nested more than \(Self.maximumDepth) deep") }
        let (line, column) = (line, column)
        guard let byte = peek else { throw failure("the object is never closed by '}'") }
        switch byte {
        case UInt8(ascii: "{"):
            return MatterValue(.mapping(try members(depth: depth)), line: line, column: column)
        case UInt8(ascii: "["):
            return MatterValue(.list(try elements(depth: depth)), line: line, column: column)
        case UInt8(ascii: "\""):
            return MatterValue(.scalar(try string()), line: line, column: column)
        case UInt8(ascii: "t"), UInt8(ascii: "f"), UInt8(ascii: "n"):
            for word in ["true", "false", "null"] where matches(word) {
                index += word.utf8.count
                return MatterValue(.scalar(word == "null" ? "" : word), line: line, column: column)
            }
            throw failure("expected a value")
        default:
            return MatterValue(.scalar(try number()), line: line, column: column)
        }
    }

    private mutating func members(depth: Int) throws(FrontMatterFailure) -> [MatterEntry] {
        var entries: [MatterEntry] = []
        guard !opensEmpty(closing: "}") else { return entries }
        repeat {
            skipSpace()
            guard peek == UInt8(ascii: "\"") else { throw failure("expected a key in double quotes") }
            let (keyLine, keyColumn) = (line, column)
            let key = MatterValue(.scalar(try string()), line: keyLine, column: keyColumn)
            skipSpace()
            guard peek == UInt8(ascii: ":") else { throw failure("expected ':' after the key") }
            index += 1
            entries.append(MatterEntry(key: key, value: try value(depth: depth + 1)))
        } while try continues(closing: "}", after: "a value")
        return entries
    }

    private mutating func elements(depth: Int) throws(FrontMatterFailure) -> [MatterValue] {
        var items: [MatterValue] = []
        guard !opensEmpty(closing: "]") else { return items }
        repeat {
            items.append(try value(depth: depth + 1))
        } while try continues(closing: "]", after: "a list entry")
        return items
    }

    /// Steps over an opening bracket and the space after it; true (and past it) when `closing`
    /// follows at once.
    private mutating func opensEmpty(closing: Unicode.Scalar) -> Bool {
        index += 1
        skipSpace()
        guard peek == UInt8(ascii: closing) else { return false }
        index += 1
        return true
    }

    /// After a member or entry: true past a `,`, false past `closing`, else an error.
    private mutating func continues(closing: Unicode.Scalar, after what: String) throws(FrontMatterFailure) -> Bool {
        skipSpace()
        switch peek {
        case UInt8(ascii: ","):
            index += 1
            return true
        case UInt8(ascii: closing):
            index += 1
            return false
        default: throw failure("expected ',' or '\(closing)' after \(what)")
        }
    }

    private mutating func string() throws(FrontMatterFailure) -> String {
        index += 1
        var scalars: [UInt8] = []
        while let byte = peek {
            index += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: scalars, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try escape(into: &scalars)
            case 0..<0x20:
                index -= 1
                throw failure("a line break or control character inside a string; write it as an escape like \\n")
            default:
                scalars.append(byte)
            }
        }
        throw failure("a string is never closed by '\"'")
    }

    private mutating func escape(into scalars: inout [UInt8]) throws(FrontMatterFailure) {
        guard let byte = peek else { throw failure("a string is never closed by '\"'") }
        index += 1
        let simple: [UInt8: String] = [
            UInt8(ascii: "\""): "\"", UInt8(ascii: "\\"): "\\", UInt8(ascii: "/"): "/", UInt8(ascii: "b"): "\u{8}",
            UInt8(ascii: "f"): "\u{C}", UInt8(ascii: "n"): "\n", UInt8(ascii: "r"): "\r", UInt8(ascii: "t"): "\t",
        ]
        if let text = simple[byte] {
            scalars += Array(text.utf8)
            return
        }
        guard byte == UInt8(ascii: "u") else { throw failure("unknown escape '\\\(Character(Unicode.Scalar(byte)))'") }
        var code = try hexQuad()
        if (0xD800..<0xDC00).contains(code), matches("\\u") {
            index += 2
            let low = try hexQuad()
            if (0xDC00..<0xE000).contains(low) { code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00) }
        }
        let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
        scalars += Array(String(Character(scalar)).utf8)
    }

    private mutating func hexQuad() throws(FrontMatterFailure) -> UInt32 {
        guard index + 4 <= bytes.count,
            let code = UInt32(String(decoding: bytes[index..<index + 4], as: UTF8.self), radix: 16)
        else { throw failure("'\\u' needs four hex digits") }
        index += 4
        return code
    }

    /// A number, kept as written after checking its shape.
    private mutating func number() throws(FrontMatterFailure) -> String {
        let start = index
        if peek == UInt8(ascii: "-") { index += 1 }
        let digitsStart = index
        while let byte = peek, Self.isNumberByte(byte) { index += 1 }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard index > digitsStart, Double(text) != nil else {
            index = start
            throw failure("expected a value (text in double quotes, a number, true, false, null, a list or an object)")
        }
        return text
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") || byte == UInt8(ascii: "+")
            || byte == UInt8(ascii: "-")
    }

    // MARK: - Cursor

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func matches(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        return index + utf8.count <= bytes.count && Array(bytes[index..<index + utf8.count]) == utf8
    }

    private var column: Int {
        bytes[lineStart..<index].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

    private mutating func skipSpace() {
        while let byte = peek {
            switch byte {
            case UInt8(ascii: "\n"):
                index += 1
                line += 1
                lineStart = index
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                index += 1
            default:
                return
            }
        }
    }

    private func failure(_ problem: String) -> FrontMatterFailure {
        FrontMatterFailure(Diagnostic(.invalidJSON(problem), file: file, line: line, column: column))
    }
}
