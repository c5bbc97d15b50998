import TOMLKit

extension MatterValue {
    /// Parses TOML front matter (Hugo's `+++` block) whose first line is file line `firstLine`.
    static func parseTOML(_ text: String, firstLine: Int, file: String) throws(FrontMatterFailure) -> MatterValue {
        let table: TOMLTable
        // TOMLKit hands toml++ a C string, which would end at a NUL byte and hide the rest.
        if let nul = text.utf8.firstIndex(of: 0) {
            let before = text[..<nul]
            let line = before.utf8.count { $0 == 0x0A }
            let column = before.distance(
                from: before.lastIndex(of: "\n").map(before.index(after:)) ?? before.startIndex, to: before.endIndex)
            throw FrontMatterFailure(
                Diagnostic(
                    .invalidTOML("a NUL character is not allowed"), file: file, line: line + firstLine,
                    column: column + 1))
        }
        if let (line, column) = tableHeaderWithoutKey(in: text) {
            throw FrontMatterFailure(
                Diagnostic(
                    .invalidTOML("a table header needs a key after '['"), file: file, line: line + firstLine - 1,
                    column: column))
        }
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw FrontMatterFailure(
                Diagnostic(
                    .invalidTOML(error.description), file: file, line: error.source.begin.line + firstLine - 1,
                    column: error.source.begin.column))
        } catch {
            throw FrontMatterFailure(Diagnostic(.invalidTOML("\(error)"), file: file, line: firstLine, column: 1))
        }
        let positions = TOMLPositions(text, firstLine: firstLine)
        return MatterValue(table: table, path: [], positions: positions, line: firstLine, column: 1)
    }

    private init(table: TOMLTable, path: [String], positions: TOMLPositions, line: Int?, column: Int?) {
        var entries: [MatterEntry] = []
        for (key, value) in table {
            let keyPath = path + [key]
            let keyPlace = positions.keys[keyPath]
            entries.append(
                MatterEntry(
                    key: MatterValue(.scalar(key), line: keyPlace?.line, column: keyPlace?.column),
                    value: MatterValue(toml: value.tomlValue, path: keyPath, positions: positions)))
        }
        // The parser lists keys in alphabetical order; messages read better in the order written.
        entries.sort { ($0.key.line ?? .max, $0.key.column ?? 0) < ($1.key.line ?? .max, $1.key.column ?? 0) }
        self.init(.mapping(entries), line: line, column: column)
    }

    private init(toml value: TOMLValue, path: [String], positions: TOMLPositions) {
        let place = positions.values[path]
        switch value.type {
        case .table:
            self.init(
                table: value.table ?? TOMLTable(), path: path, positions: positions, line: place?.line,
                column: place?.column)
            return
        case .array:
            let items = (value.array ?? TOMLArray()).enumerated().map { index, item in
                MatterValue(toml: item.tomlValue, path: path + [String(index)], positions: positions)
            }
            self.init(.list(items), line: place?.line, column: place?.column)
            return
        default:
            self.init(.scalar(Self.text(of: value)), line: place?.line, column: place?.column)
        }
    }

    /// A TOML scalar as text: strings as they are, dates and times in RFC 3339.
    private static func text(of value: TOMLValue) -> String {
        switch value.type {
        case .string: value.string ?? ""
        case .int: value.int.map(String.init) ?? ""
        case .double: value.double.map { String($0) } ?? ""
        case .bool: value.bool.map { $0 ? "true" : "false" } ?? ""
        case .date: value.date.map(text(of:)) ?? ""
        case .time: value.time.map(text(of:)) ?? ""
        case .dateTime:
            value.dateTime.map { dateTime in
                text(of: dateTime.date) + "T" + text(of: dateTime.time) + (dateTime.offset.map(text(of:)) ?? "")
            } ?? ""
        case .table, .array: ""
        }
    }

    private static func text(of date: TOMLDate) -> String {
        pad(date.year, 4) + "-" + pad(date.month, 2) + "-" + pad(date.day, 2)
    }

    private static func text(of time: TOMLTime) -> String {
        let base = pad(time.hour, 2) + ":" + pad(time.minute, 2) + ":" + pad(time.second, 2)
        return time.nanoSecond == 0 ? base : base + "." + pad(time.nanoSecond, 9)
    }

    private static func text(of offset: TOMLTimeOffset) -> String {
        if offset.offset == 0 { return "Z" }
        let minutes = abs(offset.offset)
        return (offset.offset < 0 ? "-" : "+") + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
    }

    private static func pad(_ number: Int, _ width: Int) -> String {
        let digits = String(number)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

extension MatterValue {
    /// The line and column of a table header (`[` or `[[` at the start of a line, outside
    /// multi-line strings) that is not followed by a key. toml++, under TOMLKit, only asserts that
    /// a key follows (found by `make fuzz` with `+++\n[\n+++`): in a debug build the assertion
    /// aborts the build, in a release build it is an assumption the optimiser relies on. So such
    /// input never reaches it.
    static func tableHeaderWithoutKey(in text: String) -> (Int, Int)? {
        var state = TOMLLineState()
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let scalars = Array(line.unicodeScalars)
            // A header starts a line outside any string, array or inline table.
            if state.openString == nil, state.depth == 0 {
                var position = 0
                while position < scalars.count, scalars[position] == " " || scalars[position] == "\t" { position += 1 }
                if position < scalars.count, scalars[position] == "[" {
                    var next = position + 1
                    if next < scalars.count, scalars[next] == "[" { next += 1 }
                    while next < scalars.count, scalars[next] == " " || scalars[next] == "\t" { next += 1 }
                    guard next < scalars.count, isKeyStart(scalars[next]) else { return (index + 1, next + 1) }
                }
            }
            state.read(scalars)
        }
        return nil
    }

    /// A character a bare or quoted TOML key may start with.
    private static func isKeyStart(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || "_-\"'".unicodeScalars.contains(scalar)
    }
}

/// What is open at the end of a line of TOML: a multi-line string (its quotes) and how deep in
/// arrays and inline tables the line ends. Strings, escapes and comments are read as TOML reads them.
struct TOMLLineState {
    var openString: String?
    var depth = 0

    mutating func read(_ line: [Unicode.Scalar]) {
        var index = 0
        func starts(_ quote: Unicode.Scalar) -> Bool {
            index + 2 < line.count && line[index] == quote && line[index + 1] == quote && line[index + 2] == quote
        }
        while index < line.count {
            let scalar = line[index]
            if let quote = openString {
                if scalar == "\\", quote == "\"\"\"" {
                    index += 2
                } else if starts(quote.unicodeScalars.first!) {
                    openString = nil
                    index += 3
                } else {
                    index += 1
                }
                continue
            }
            switch scalar {
            case "#":
                return
            case "[", "{":
                depth += 1
                index += 1
            case "]", "}":
                depth = max(depth - 1, 0)
                index += 1
            case "\"", "'":
                if starts(scalar) {
                    openString = String(repeating: String(scalar), count: 3)
                    index += 3
                } else {
                    // A one-line string: to its closing quote (a basic one has escapes).
                    index += 1
                    while index < line.count, line[index] != scalar {
                        index += scalar == "\"" && line[index] == "\\" ? 2 : 1
                    }
                    index += 1
                }
            default:
                index += 1
            }
        }
    }
}
