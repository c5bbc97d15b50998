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
final class TOMLTable {
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
