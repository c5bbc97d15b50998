/// Where each key and value of a TOML document was written. The TOML parser gives no positions, so
/// this walks the text once, following tables (`[a]`, `[[a]]`), dotted and quoted keys, strings,
/// arrays and inline tables, and records the 1-based line and column of each key and each value
/// by its path (keys and array indexes).
///
/// It runs only on text the TOML parser accepted, so it can be lenient: it never fails, and a
/// construct it does not follow only costs the positions inside it.
struct TOMLPositions {
    struct Place: Equatable {
        var line: Int
        var column: Int
    }

    private(set) var values: [[String]: Place] = [:]
    private(set) var keys: [[String]: Place] = [:]

    private let bytes: [UInt8]
    private var index = 0
    private var line: Int
    private var lineStart = 0
    private var arrayTableCounts: [[String]: Int] = [:]

    /// `firstLine` is the file line the TOML text starts on.
    init(_ text: String, firstLine: Int) {
        bytes = Array(text.utf8)
        line = firstLine
        var table: [String] = []
        while skipBlankAndComments() {
            if peek == UInt8(ascii: "[") {
                table = readHeader()
            } else {
                readKeyValue(in: table)
            }
            skipToLineEnd()
        }
    }

    // MARK: - Structure

    /// `[a.b]` or `[[a.b]]`; returns the path that following keys belong to.
    private mutating func readHeader() -> [String] {
        let place = here
        advance()
        let isArray = peek == UInt8(ascii: "[")
        if isArray { advance() }
        skipSpaces()
        let keyPlace = here
        var path = readKey()
        if isArray {
            let count = arrayTableCounts[path, default: 0]
            arrayTableCounts[path] = count + 1
            if count == 0 {
                record(path, key: keyPlace, value: place)
            }
            path.append(String(count))
            values[path] = place
        } else {
            record(path, key: keyPlace, value: place)
        }
        return path
    }

    /// `key = value` at a line start or inside an inline table.
    private mutating func readKeyValue(in table: [String]) {
        let keyPlace = here
        let key = readKey()
        guard !key.isEmpty else { return }
        skipSpaces()
        guard peek == UInt8(ascii: "=") else { return }
        advance()
        skipSpaces()
        let path = table + key
        record(path, key: keyPlace, value: here)
        readValue(at: path)
    }

    private mutating func record(_ path: [String], key: Place, value: Place) {
        if keys[path] == nil { keys[path] = key }
        if values[path] == nil { values[path] = value }
    }

    private mutating func readValue(at path: [String]) {
        guard let byte = peek else { return }
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            skipString()
        case UInt8(ascii: "["):
            advance()
            var item = 0
            while skipBlankAndComments(), let next = peek, next != UInt8(ascii: "]") {
                if next == UInt8(ascii: ",") {
                    advance()
                    continue
                }
                values[path + [String(item)]] = here
                let before = index
                readValue(at: path + [String(item)])
                // Text the parser accepted never stalls here, but this scan must end on any text.
                if index == before { advance() }
                item += 1
            }
            advance()
        case UInt8(ascii: "{"):
            advance()
            while skipBlankAndComments(), let next = peek, next != UInt8(ascii: "}") {
                if next == UInt8(ascii: ",") {
                    advance()
                    continue
                }
                let before = index
                readKeyValue(in: path)
                if index == before { advance() }
            }
            advance()
        default:
            // A number, boolean or date: up to the next separator (dates may hold a space).
            while let next = peek, !Self.valueEnds.contains(next) { advance() }
        }
    }

    private static let valueEnds: Set<UInt8> = [
        UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "\n"),
        UInt8(ascii: "\r"),
    ]

    /// A dotted key of bare and quoted parts: `a`, `"a b".c`, `'x'`.
    private mutating func readKey() -> [String] {
        var parts: [String] = []
        while let byte = peek {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                let start = index + 1
                skipString()
                parts.append(unquoted(from: start, quote: byte))
            } else if Self.isBare(byte) {
                let start = index
                while let next = peek, Self.isBare(next) { advance() }
                parts.append(String(decoding: bytes[start..<index], as: UTF8.self))
            } else {
                break
            }
            skipSpaces()
            guard peek == UInt8(ascii: ".") else { break }
            advance()
            skipSpaces()
        }
        return parts
    }

    /// The text of a one-line quoted key (escapes other than `\"` and `\\` are kept as written:
    /// keys with escapes are rare, and only their positions are at stake).
    private func unquoted(from start: Int, quote: UInt8) -> String {
        let end = max(start, index - 1)
        let raw = String(decoding: bytes[start..<end], as: UTF8.self)
        guard quote == UInt8(ascii: "\"") else { return raw }
        return raw.replacingOccurrences(of: "\\\"", with: "\"").replacingOccurrences(of: "\\\\", with: "\\")
    }

    private static func isBare(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"):
            true
        default: false
        }
    }

    // MARK: - Strings

    /// Skips a basic, literal or multi-line string starting at the quote.
    private mutating func skipString() {
        guard let quote = peek else { return }
        let multiline = peek(at: 1) == quote && peek(at: 2) == quote
        advance(multiline ? 3 : 1)
        let escapes = quote == UInt8(ascii: "\"")
        while let byte = peek {
            if escapes, byte == UInt8(ascii: "\\") {
                advance(2)
            } else if byte == quote, !multiline || (peek(at: 1) == quote && peek(at: 2) == quote) {
                // A multi-line string may end with up to two extra quotes (`""""" `).
                advance(multiline ? 3 : 1)
                while multiline, peek == quote { advance() }
                return
            } else if byte == UInt8(ascii: "\n"), !multiline {
                return
            } else {
                advance()
            }
        }
    }

    // MARK: - Cursor

    private var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    private func peek(at offset: Int) -> UInt8? {
        index + offset < bytes.count ? bytes[index + offset] : nil
    }

    /// The current place; the column counts characters, not bytes.
    private var here: Place {
        let column = bytes[lineStart..<index].reduce(1) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return Place(line: line, column: column)
    }

    private mutating func advance(_ count: Int = 1) {
        for _ in 0..<count where index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
    }

    private mutating func skipSpaces() {
        while let byte = peek, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") { advance() }
    }

    /// Skips white space, line breaks and comments; false at the end of the text.
    private mutating func skipBlankAndComments() -> Bool {
        while let byte = peek {
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), UInt8(ascii: "\n"):
                advance()
            case UInt8(ascii: "#"):
                while let next = peek, next != UInt8(ascii: "\n") { advance() }
            default:
                return true
            }
        }
        return false
    }

    private mutating func skipToLineEnd() {
        while let byte = peek, byte != UInt8(ascii: "\n") { advance() }
    }
}
