/// The pieces of TOML: keys, strings and the unquoted values `TOMLScalar` classifies.
extension TOMLMatterParser {
    // MARK: Keys

    /// A bare, quoted or dotted key: each part with its place.
    mutating func key() throws(FrontMatterFailure) -> [MatterValue] {
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

    static func isBareKey(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || scalar == "_" || scalar == "-"
    }

    // MARK: Strings

    mutating func basicString() throws(FrontMatterFailure) -> String {
        try string(quote: "\"", escapes: true)
    }

    mutating func literalString() throws(FrontMatterFailure) -> String {
        try string(quote: "'", escapes: false)
    }

    /// A one-line string (a basic one has escapes), or a multi-line one.
    mutating func string(quote: Unicode.Scalar, escapes: Bool) throws(FrontMatterFailure) -> String {
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
    mutating func multilineString(quote: Unicode.Scalar, escapes: Bool) throws(FrontMatterFailure) -> String {
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
    mutating func joinsLines() throws(FrontMatterFailure) -> Bool {
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
    mutating func escape() throws(FrontMatterFailure) -> Unicode.Scalar {
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

    func starts(with text: String) -> Bool {
        var position = index
        for scalar in text.unicodeScalars {
            guard position < scalars.count, scalars[position] == scalar else { return false }
            position += 1
        }
        return true
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F
    }

    // MARK: Numbers, booleans, dates

    /// A boolean, number, date or time, as sitegen keeps it: text.
    mutating func bareValue() throws(FrontMatterFailure) -> String {
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

    static func endsValue(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r", ",", "]", "}", "#": true
        default: false
        }
    }
}
