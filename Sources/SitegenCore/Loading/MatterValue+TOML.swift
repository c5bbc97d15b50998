import TOMLKit

extension MatterValue {
    /// Parses TOML front matter (Hugo's `+++` block) whose first line is file line `firstLine`.
    static func parseTOML(_ text: String, firstLine: Int, file: String) throws(FrontMatterFailure) -> MatterValue {
        let table: TOMLTable
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
