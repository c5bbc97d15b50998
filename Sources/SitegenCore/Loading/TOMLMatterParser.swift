/// Reads TOML front matter into a `MatterValue`: see `MatterValue.parseTOML`. The structure is
/// here; keys and strings are read in `TOMLMatterParser+Tokens.swift`, unquoted values are
/// classified in `TOMLScalar.swift`.
struct TOMLMatterParser {
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
    mutating func header(in root: TOMLTable) throws(FrontMatterFailure) -> TOMLTable {
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
    mutating func keyValue(into table: TOMLTable, depth: Int = 0) throws(FrontMatterFailure) {
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
    enum Parsed {
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
    mutating func endOfLine() throws(FrontMatterFailure) {
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

    mutating func newline() {
        index += 1
        line += 1
        lineStart = index
    }

    mutating func skipBlanks() {
        while let scalar = peek, scalar == " " || scalar == "\t" { index += 1 }
    }

    /// Blanks, line breaks and comments, as arrays allow between their values.
    mutating func skipBlanksAndComments() throws(FrontMatterFailure) {
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
    static func described(_ scalar: Unicode.Scalar) -> String {
        if scalar == "\n" || scalar == "\r" { return "the end of the line" }
        return "'"
            + (scalar.value < 0x20 || scalar.value == 0x7F ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar))
            + "'"
    }

    // MARK: Values

    mutating func value(depth: Int) throws(FrontMatterFailure) -> Parsed {
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

    mutating func array(depth: Int) throws(FrontMatterFailure) -> MatterValue {
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

    mutating func inlineTable(depth: Int) throws(FrontMatterFailure) -> TOMLTable {
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
}
