/// A section heading found in a Markdown document.
public struct Heading: Sendable, Equatable {
    /// 1 to 6.
    public var level: Int
    /// The heading as plain text (smart punctuation applied).
    public var text: String
    /// The unique `id` attribute given to the heading element.
    public var id: String
    /// The 1-based line of the heading in the Markdown source.
    public var line: Int

    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}

/// One entry of a table of contents, with the entries nested below it.
public struct TableOfContentsEntry: Sendable, Equatable {
    public var heading: Heading
    public var children: [TableOfContentsEntry]

    public init(heading: Heading, children: [TableOfContentsEntry] = []) {
        self.heading = heading
        self.children = children
    }

    /// Nests `headings` of levels `minLevel...maxLevel` into a tree; deeper headings attach to the
    /// nearest shallower one before them, and a heading with no such parent stays at the top.
    public static func tree(
        from headings: [Heading], minLevel: Int = 2, maxLevel: Int = 3
    ) -> [TableOfContentsEntry] {
        var roots: [TableOfContentsEntry] = []
        // Path of indices from the roots to the last inserted entry.
        var levels: [Int] = []
        for heading in headings where (minLevel...maxLevel).contains(heading.level) {
            while let last = levels.last, last >= heading.level { levels.removeLast() }
            let entry = TableOfContentsEntry(heading: heading)
            insert(entry, depth: levels.count, into: &roots)
            levels.append(heading.level)
        }
        return roots
    }

    private static func insert(
        _ entry: TableOfContentsEntry, depth: Int, into entries: inout [TableOfContentsEntry]
    ) {
        if depth == 0 || entries.isEmpty {
            entries.append(entry)
        } else {
            insert(entry, depth: depth - 1, into: &entries[entries.count - 1].children)
        }
    }
}
