extension MatterValue {
    /// Parses TOML front matter (Hugo's `+++` block) whose first line is file line `firstLine`:
    /// TOML 1.0 (tables, arrays of tables, dotted and quoted keys, inline tables, every string,
    /// number and date form), keys in the order written, every value at its line and column.
    /// Numbers and booleans are kept as text (hexadecimal, octal and binary integers in decimal),
    /// dates and times in RFC 3339 form.
    ///
    /// sitegen reads TOML itself: toml++ (through TOMLKit), which it used before, only asserted
    /// on some malformed input that `make fuzz` found (`[` with no key, `x = [}`), which aborts a
    /// debug build and is undefined behaviour in a release one, and a NUL byte ended the text it saw.
    static func parseTOML(_ text: String, firstLine: Int, file: String) throws(FrontMatterFailure) -> MatterValue {
        var parser = TOMLMatterParser(scalars: Array(text.unicodeScalars), firstLine: firstLine, file: file)
        return try parser.document()
    }
}

/// A table while the document is read: keys in the order written, and how it came to be.
private final class TOMLTable {
    enum Origin {
        /// `[a.b]` made `a` on the way to `b`: a later `[a]` may still define it.
        case implied
        /// A `[header]` of its own.
        case header
        /// `a.b = 1` made `a`: only more dotted keys of the same table may add to it.
        case dottedKey
        /// `{ ... }`: closed once written.
        case inline
    }

    enum Item {
        case value(MatterValue)
        case table(TOMLTable)
        case tables([TOMLTable])
    }

    struct Entry {
        var key: MatterValue
        var item: Item
    }

    var origin: Origin
    var line: Int
    var column: Int
    var order: [String] = []
    var entries: [String: Entry] = [:]

    init(origin: Origin, line: Int, column: Int) {
        self.origin = origin
        self.line = line
        self.column = column
    }

    func set(_ key: String, _ entry: Entry) {
        if entries[key] == nil { order.append(key) }
        entries[key] = entry
    }

    var value: MatterValue {
        let mapped = order.compactMap { key -> MatterEntry? in
            guard let entry = entries[key] else { return nil }
            let value: MatterValue
            switch entry.item {
            case .value(let item): value = item
            case .table(let table): value = table.value
            case .tables(let tables):
                value = MatterValue(.list(tables.map(\.value)), line: tables.first?.line, column: tables.first?.column)
            }
            return MatterEntry(key: entry.key, value: value)
        }
        return MatterValue(.mapping(mapped), line: line, column: column)
    }
}

private struct TOMLMatterParser {
    let scalars: [Unicode.Scalar]
    let file: String
    var index = 0
    var line: Int
    var lineStart = 0

    /// Arrays and inline tables nested deeper than this are not front matter.
    static let maximumDepth = 64

    init(scalars: [Unicode.Scalar], firstLine: Int, file: String) {
        self.scalars = scalars
        self.file = file
        line = firstLine
    }

    var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }
    var column: Int { index - lineStart + 1 }

    func failure(_ problem: String, line: Int? = nil, column: Int? = nil) -> FrontMatterFailure {
        FrontMatterFailure(
            Diagnostic(.invalidTOML(problem), file: file, line: line ?? self.line, column: column ?? self.column))
    }

    // MARK: Document

    mutating func document() throws(FrontMatterFailure) -> MatterValue {
        let root = TOMLTable(origin: .header, line: line, column: 1)
        var current = root
        while true {
            skipBlanks()
            guard let scalar = peek else { break }
            if scalar == "#" || scalar == "\n" || scalar == "\r" {
                try endOfLine()
            } else if scalar == "[" {
                current = try header(in: root)
                try endOfLine()
            } else {
                try keyValue(into: current)
                try endOfLine()
            }
        }
        return root.value
    }

    /// `[a.b]` or `[[a.b]]`: the table that the following keys go into.
    private mutating func header(in root: TOMLTable) throws(FrontMatterFailure) -> TOMLTable {
        let (headerLine, headerColumn) = (line, column)
        index += 1
        let isArray = peek == "["
        if isArray { index += 1 }
        skipBlanks()
        let path = try key()
        skipBlanks()
        guard peek == "]", !isArray || (index + 1 < scalars.count && scalars[index + 1] == "]") else {
            throw failure(
                isArray ? "expected ']]' to close the table header" : "expected ']' to close the table header")
        }
        index += isArray ? 2 : 1
        var table = root
        for (position, part) in path.enumerated() {
            let name = part.scalarText ?? ""
            let isLast = position == path.count - 1
            let keyPlace = (part.line ?? headerLine, part.column ?? headerColumn)
            switch table.entries[name]?.item {
            case nil:
                let made = TOMLTable(origin: isLast ? .header : .implied, line: headerLine, column: headerColumn)
                table.set(name, .init(key: part, item: isLast && isArray ? .tables([made]) : .table(made)))
                table = made
            case .table(let existing):
                if isLast {
                    guard !isArray, existing.origin == .implied else {
                        throw failure("table '\(name)' is defined more than once", line: keyPlace.0, column: keyPlace.1)
                    }
                    existing.origin = .header
                } else if existing.origin == .inline {
                    throw failure(
                        "table '\(name)' was written inline and cannot be added to", line: keyPlace.0,
                        column: keyPlace.1)
                }
                table = existing
            case .tables(let tables):
                if isLast {
                    guard isArray else {
                        throw failure(
                            "'\(name)' is an array of tables, not a table", line: keyPlace.0, column: keyPlace.1)
                    }
                    let made = TOMLTable(origin: .header, line: headerLine, column: headerColumn)
                    table.set(name, .init(key: table.entries[name]?.key ?? part, item: .tables(tables + [made])))
                    table = made
                } else if let last = tables.last {
                    table = last
                }
            case .value:
                throw failure("'\(name)' already holds a value", line: keyPlace.0, column: keyPlace.1)
            }
        }
        return table
    }

    /// `key = value` into `table`; dotted keys make tables on the way. `depth` counts the arrays
    /// and inline tables around it.
    private mutating func keyValue(into table: TOMLTable, depth: Int = 0) throws(FrontMatterFailure) {
        let path = try key()
        skipBlanks()
        guard peek == "=" else { throw failure("expected '=' after the key") }
        index += 1
        skipBlanks()
        let parsed = try value(depth: depth)
        var target = table
        for part in path.dropLast() {
            let name = part.scalarText ?? ""
            switch target.entries[name]?.item {
            case nil:
                let made = TOMLTable(origin: .dottedKey, line: part.line ?? line, column: part.column ?? 1)
                target.set(name, .init(key: part, item: .table(made)))
                target = made
            case .table(let existing) where existing.origin == .dottedKey || existing.origin == .implied:
                target = existing
            default:
                throw failure("'\(name)' cannot be added to here", line: part.line, column: part.column)
            }
        }
        guard let last = path.last else { return }
        let name = last.scalarText ?? ""
        guard target.entries[name] == nil else {
            throw failure("key '\(name)' is given more than once", line: last.line, column: last.column)
        }
        switch parsed {
        case .plain(let value): target.set(name, .init(key: last, item: .value(value)))
        case .inline(let inline): target.set(name, .init(key: last, item: .table(inline)))
        }
    }

    /// A value as read: an inline table stays a table, closed to later keys.
    private enum Parsed {
        case plain(MatterValue)
        case inline(TOMLTable)

        var value: MatterValue {
            switch self {
            case .plain(let value): value
            case .inline(let table): table.value
            }
        }
    }

    /// Nothing but blanks and a comment before the line ends (or the text does).
    private mutating func endOfLine() throws(FrontMatterFailure) {
        skipBlanks()
        if peek == "#" {
            while let scalar = peek, scalar != "\n" {
                if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { break }
                index += 1
            }
        }
        guard let scalar = peek else { return }
        if scalar == "\n" {
            newline()
        } else if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
            index += 1
            newline()
        } else {
            throw failure("expected the end of the line, found \(Self.described(scalar))")
        }
    }

    private mutating func newline() {
        index += 1
        line += 1
        lineStart = index
    }

    private mutating func skipBlanks() {
        while let scalar = peek, scalar == " " || scalar == "\t" { index += 1 }
    }

    /// Blanks, line breaks and comments, as arrays allow between their values.
    private mutating func skipBlanksAndComments() throws(FrontMatterFailure) {
        while true {
            skipBlanks()
            guard let scalar = peek else { return }
            if scalar == "#" || scalar == "\n" || scalar == "\r" {
                try endOfLine()
            } else {
                return
            }
        }
    }

    /// A character for messages: quoted, or said in words for a line end.
    private static func described(_ scalar: Unicode.Scalar) -> String {
        if scalar == "\n" || scalar == "\r" { return "the end of the line" }
        return "'"
            + (scalar.value < 0x20 || scalar.value == 0x7F ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar))
            + "'"
    }

    // MARK: Keys

    /// A bare, quoted or dotted key: each part with its place.
    private mutating func key() throws(FrontMatterFailure) -> [MatterValue] {
        var parts: [MatterValue] = []
        while true {
            let (partLine, partColumn) = (line, column)
            guard let scalar = peek else { throw failure("expected a key") }
            let name: String
            if scalar == "\"" {
                name = try basicString()
            } else if scalar == "'" {
                name = try literalString()
            } else {
                var bare = ""
                while let next = peek, Self.isBareKey(next) {
                    bare.unicodeScalars.append(next)
                    index += 1
                }
                guard !bare.isEmpty else { throw failure("expected a key, found \(Self.described(scalar))") }
                name = bare
            }
            parts.append(MatterValue(.scalar(name), line: partLine, column: partColumn))
            skipBlanks()
            guard peek == "." else { return parts }
            index += 1
            skipBlanks()
        }
    }

    private static func isBareKey(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || scalar == "_" || scalar == "-"
    }

    // MARK: Values

    private mutating func value(depth: Int) throws(FrontMatterFailure) -> Parsed {
        guard depth < Self.maximumDepth else { throw failure("values nested more than \(Self.maximumDepth) deep") }
        let (valueLine, valueColumn) = (line, column)
        guard let scalar = peek else { throw failure("expected a value") }
        switch scalar {
        case "\"":
            return .plain(MatterValue(.scalar(try basicString()), line: valueLine, column: valueColumn))
        case "'":
            return .plain(MatterValue(.scalar(try literalString()), line: valueLine, column: valueColumn))
        case "[":
            return .plain(try array(depth: depth))
        case "{":
            return .inline(try inlineTable(depth: depth))
        default:
            return .plain(MatterValue(.scalar(try bareValue()), line: valueLine, column: valueColumn))
        }
    }

    private mutating func array(depth: Int) throws(FrontMatterFailure) -> MatterValue {
        let (arrayLine, arrayColumn) = (line, column)
        index += 1
        var items: [MatterValue] = []
        while true {
            try skipBlanksAndComments()
            guard let scalar = peek else {
                throw failure("the array is never closed by ']'", line: arrayLine, column: arrayColumn)
            }
            if scalar == "]" {
                index += 1
                break
            }
            items.append(try value(depth: depth + 1).value)
            try skipBlanksAndComments()
            if peek == nil {
                throw failure("the array is never closed by ']'", line: arrayLine, column: arrayColumn)
            } else if peek == "," {
                index += 1
            } else if peek != "]" {
                throw failure("expected ',' or ']' in the array")
            }
        }
        return MatterValue(.list(items), line: arrayLine, column: arrayColumn)
    }

    private mutating func inlineTable(depth: Int) throws(FrontMatterFailure) -> TOMLTable {
        let (tableLine, tableColumn) = (line, column)
        index += 1
        let table = TOMLTable(origin: .dottedKey, line: tableLine, column: tableColumn)
        skipBlanks()
        if peek == "}" {
            index += 1
        } else {
            while true {
                skipBlanks()
                try keyValue(into: table, depth: depth + 1)
                skipBlanks()
                if peek == "," {
                    index += 1
                } else if peek == "}" {
                    index += 1
                    break
                } else {
                    throw failure("expected ',' or '}' in the inline table")
                }
            }
        }
        table.origin = .inline
        return table
    }

    // MARK: Strings

    private mutating func basicString() throws(FrontMatterFailure) -> String {
        try string(quote: "\"", escapes: true)
    }

    private mutating func literalString() throws(FrontMatterFailure) -> String {
        try string(quote: "'", escapes: false)
    }

    /// A one-line string (a basic one has escapes), or a multi-line one.
    private mutating func string(quote: Unicode.Scalar, escapes: Bool) throws(FrontMatterFailure) -> String {
        let (startLine, startColumn) = (line, column)
        let closing = String(quote)
        if starts(with: String(repeating: closing, count: 3)) {
            return try multilineString(quote: quote, escapes: escapes)
        }
        index += 1
        var text = ""
        while true {
            guard let scalar = peek, scalar != "\n", scalar != "\r" else {
                let shown = quote == "'" ? "\"'\"" : "'\"'"
                throw failure("the string is never closed by \(shown)", line: startLine, column: startColumn)
            }
            index += 1
            if scalar == quote { return text }
            if escapes, scalar == "\\" {
                text.unicodeScalars.append(try escape())
            } else {
                guard !Self.isControl(scalar) else {
                    throw failure("control character in a string", column: column - 1)
                }
                text.unicodeScalars.append(scalar)
            }
        }
    }

    /// `"""..."""` or `'''...'''`: a line break right after the opening quotes is dropped; in a
    /// basic one, a backslash at a line's end joins it to the next non-blank text.
    private mutating func multilineString(quote: Unicode.Scalar, escapes: Bool) throws(FrontMatterFailure) -> String {
        let (startLine, startColumn) = (line, column)
        index += 3
        if peek == "\n" {
            newline()
        } else if peek == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
            index += 1
            newline()
        }
        var text = ""
        let closing = String(repeating: String(quote), count: 3)
        while true {
            guard let scalar = peek else {
                throw failure("the string is never closed by \(closing)", line: startLine, column: startColumn)
            }
            if starts(with: closing) {
                // Up to two more quotes right before the closing three belong to the string.
                var extra = 0
                while extra < 2, index + 3 + extra < scalars.count, scalars[index + 3 + extra] == quote { extra += 1 }
                for _ in 0..<extra { text.unicodeScalars.append(quote) }
                index += 3 + extra
                return text
            }
            if scalar == "\n" {
                text.append("\n")
                newline()
            } else if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                text.append("\n")
                index += 1
                newline()
            } else if escapes, scalar == "\\" {
                index += 1
                if try joinsLines() { continue }
                text.unicodeScalars.append(try escape())
            } else {
                guard !Self.isControl(scalar) || scalar == "\t" else {
                    throw failure("control character in a string")
                }
                text.unicodeScalars.append(scalar)
                index += 1
            }
        }
    }

    /// After a backslash in a multi-line basic string: when only blanks follow on the line, skips
    /// them, the line breaks and the blanks after, and says so.
    private mutating func joinsLines() throws(FrontMatterFailure) -> Bool {
        var probe = index
        while probe < scalars.count, scalars[probe] == " " || scalars[probe] == "\t" { probe += 1 }
        guard probe < scalars.count, scalars[probe] == "\n" || scalars[probe] == "\r" else { return false }
        index = probe
        while let scalar = peek {
            if scalar == " " || scalar == "\t" {
                index += 1
            } else if scalar == "\n" {
                newline()
            } else if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
                index += 1
                newline()
            } else {
                break
            }
        }
        return true
    }

    /// The character a `\` escape stands for; the backslash is already read.
    private mutating func escape() throws(FrontMatterFailure) -> Unicode.Scalar {
        guard let scalar = peek else { throw failure("the string ends inside an escape") }
        index += 1
        switch scalar {
        case "b": return "\u{8}"
        case "t": return "\t"
        case "n": return "\n"
        case "f": return "\u{C}"
        case "r": return "\r"
        case "\"": return "\""
        case "\\": return "\\"
        case "u", "U":
            let count = scalar == "u" ? 4 : 8
            var value: UInt32 = 0
            for _ in 0..<count {
                guard let digit = peek, digit.isASCII, let number = UInt32(String(digit), radix: 16) else {
                    throw failure("\\\(scalar) needs \(count) hexadecimal digits")
                }
                value = value * 16 + number
                index += 1
            }
            guard let unicode = Unicode.Scalar(value) else {
                throw failure("\\\(scalar) names no Unicode character")
            }
            return unicode
        default:
            throw failure("unknown escape \\\(Self.described(scalar))", column: column - 2)
        }
    }

    private func starts(with text: String) -> Bool {
        var position = index
        for scalar in text.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    // MARK: Numbers, booleans, dates

    /// A boolean, number, date or time, as sitegen keeps it: text.
    private mutating func bareValue() throws(FrontMatterFailure) -> String {
        let startColumn = column
        var token = ""
        while let scalar = peek, !Self.endsValue(scalar) {
            token.unicodeScalars.append(scalar)
            index += 1
        }
        // A date and a time may be separated by one space: `2024-06-19 10:30:00`.
        if TOMLScalar.isDate(token), peek == " ", index + 3 < scalars.count, ("0"..."9").contains(scalars[index + 1]),
            ("0"..."9").contains(scalars[index + 2]), scalars[index + 3] == ":"
        {
            index += 1
            token += "T"
            while let scalar = peek, !Self.endsValue(scalar) {
                token.unicodeScalars.append(scalar)
                index += 1
            }
        }
        guard !token.isEmpty else {
            throw failure(peek.map { "expected a value, found \(Self.described($0))" } ?? "expected a value")
        }
        guard let text = TOMLScalar.text(of: token) else {
            throw failure("'\(token)' is not a TOML value (a string needs quotes)", column: startColumn)
        }
        return text
    }

    private static func endsValue(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", ",", "]", "}", "#": true
        default: false
        }
    }
}

/// TOML's unquoted values, checked and written as sitegen keeps them.
enum TOMLScalar {
    /// The text of a boolean, number, date or time token; nil when it is none of them.
    static func text(of token: String) -> String? {
        if token == "true" || token == "false" { return token }
        if let date = dateTime(token) { return date }
        if let integer = integer(token) { return integer }
        return float(token)
    }

    static func isDate(_ token: String) -> Bool {
        let digits = Array(token.utf8)
        guard digits.count == 10, digits[4] == UInt8(ascii: "-"), digits[7] == UInt8(ascii: "-") else { return false }
        return [0, 1, 2, 3, 5, 6, 8, 9].allSatisfy { (0x30...0x39).contains(digits[$0]) }
    }

    /// `1979-05-27`, `07:32:00`, `1979-05-27T07:32:00.999+09:00` (`t` and `z` too), in RFC 3339 form
    /// with `T`, `Z` and the fraction as written.
    private static func dateTime(_ token: String) -> String? {
        let upper = token.uppercased()
        if isDate(upper) { return validDate(upper) ? upper : nil }
        if let time = time(upper[...]) { return time }
        guard upper.count > 11, isDate(String(upper.prefix(10))), upper.dropFirst(10).first == "T",
            validDate(String(upper.prefix(10)))
        else { return nil }
        var rest = upper.dropFirst(11)
        var offset = ""
        if rest.hasSuffix("Z") {
            offset = "Z"
            rest = rest.dropLast()
        } else if rest.count > 6, let sign = rest.dropLast(5).last, sign == "+" || sign == "-" {
            let zone = Array(rest.suffix(5).utf8)
            guard zone[2] == UInt8(ascii: ":"), [0, 1, 3, 4].allSatisfy({ (0x30...0x39).contains(zone[$0]) }),
                let hours = Int(String(rest.suffix(5).prefix(2))), hours < 24,
                let minutes = Int(String(rest.suffix(2))), minutes < 60
            else { return nil }
            offset = String(rest.suffix(6))
            rest = rest.dropLast(6)
        }
        guard let time = time(rest) else { return nil }
        return String(upper.prefix(10)) + "T" + time + (offset == "+00:00" || offset == "-00:00" ? "Z" : offset)
    }

    private static func validDate(_ date: String) -> Bool {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), parts[2] >= 1 else { return false }
        let days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][parts[1] - 1]
        let leap = parts[0] % 4 == 0 && (parts[0] % 100 != 0 || parts[0] % 400 == 0)
        return parts[2] <= (parts[1] == 2 && !leap ? 28 : days)
    }

    /// `HH:MM:SS` with an optional fraction.
    private static func time(_ text: Substring) -> String? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 8, bytes[2] == UInt8(ascii: ":"), bytes[5] == UInt8(ascii: ":"),
            [0, 1, 3, 4, 6, 7].allSatisfy({ (0x30...0x39).contains(bytes[$0]) }),
            let hours = Int(String(text.prefix(2))), hours < 24,
            let minutes = Int(String(text.dropFirst(3).prefix(2))), minutes < 60,
            let seconds = Int(String(text.dropFirst(6).prefix(2))), seconds <= 60
        else { return nil }
        if bytes.count == 8 { return String(text) }
        guard bytes[8] == UInt8(ascii: "."), bytes.count > 9, bytes[9...].allSatisfy({ (0x30...0x39).contains($0) })
        else { return nil }
        return String(text)
    }

    /// Decimal with `_` between digits, or `0x`, `0o`, `0b`; written in decimal.
    private static func integer(_ token: String) -> String? {
        var text = token[...]
        for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] where text.hasPrefix(prefix) {
            let digits = text.dropFirst(2)
            guard let cleaned = underscored(digits), let value = Int(cleaned, radix: radix) else { return nil }
            return String(value)
        }
        var sign = ""
        if let first = text.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            text = text.dropFirst()
        }
        guard let cleaned = underscored(text), cleaned.allSatisfy(\.isASCIIDigit) else { return nil }
        guard cleaned == "0" || !cleaned.hasPrefix("0") else { return nil }
        guard let value = Int(sign + cleaned) else { return nil }
        return String(value)
    }

    /// `3.14`, `5e+22`, `-2E-2`, `6.626e-34`, `inf`, `nan`, with `_` between digits.
    private static func float(_ token: String) -> String? {
        var text = token[...]
        var sign = ""
        if let first = text.first, first == "+" || first == "-" {
            sign = first == "-" ? "-" : ""
            text = text.dropFirst()
        }
        if text == "inf" { return sign + "inf" }
        if text == "nan" { return "nan" }
        let lowered = text.lowercased()
        let parts = lowered.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
        guard let mantissa = parts.first, !mantissa.isEmpty else { return nil }
        let whole = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        guard let integerPart = underscored(whole[0]), integerPart.allSatisfy(\.isASCIIDigit),
            integerPart == "0" || !integerPart.hasPrefix("0")
        else { return nil }
        var number = integerPart
        if whole.count == 2 {
            guard let fraction = underscored(whole[1]), fraction.allSatisfy(\.isASCIIDigit) else { return nil }
            number += "." + fraction
        }
        if parts.count == 2 {
            var exponent = parts[1]
            var exponentSign = ""
            if let first = exponent.first, first == "+" || first == "-" {
                exponentSign = String(first)
                exponent = exponent.dropFirst()
            }
            guard let digits = underscored(exponent), digits.allSatisfy(\.isASCIIDigit) else { return nil }
            number += "e" + exponentSign + digits
        } else if whole.count == 1 {
            return nil  // an integer, which `integer` refused
        }
        guard let value = Double(sign + number) else { return nil }
        return String(value)
    }

    /// `digits` without its underscores, when each stands between two digits; nil otherwise.
    private static func underscored(_ digits: Substring) -> String? {
        guard !digits.isEmpty, digits.first != "_", digits.last != "_", !digits.contains("__") else { return nil }
        let cleaned = digits.filter { $0 != "_" }
        guard cleaned.allSatisfy({ $0.isHexDigit }) else { return nil }
        return String(cleaned)
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
