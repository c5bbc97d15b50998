extension Substring {
    /// The text without leading and trailing white space (no Foundation needed).
    ///
    /// ASCII white space is trimmed byte by byte; when the text after it starts or ends with a
    /// non-ASCII character (a no-break space, an ideographic space), characters are compared
    /// instead. Both give the same result: prose is trimmed once per paragraph, and comparing
    /// characters throughout cost a twentieth of loading 100,000 posts.
    public func trimmingWhitespace() -> String {
        let bytes = utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, Self.isASCIIWhitespace(bytes[start]) { start = bytes.index(after: start) }
        while end > start, Self.isASCIIWhitespace(bytes[bytes.index(before: end)]) {
            end = bytes.index(before: end)
        }
        guard start < end, bytes[start] >= 0x80 || bytes[bytes.index(before: end)] >= 0x80 else {
            return String(self[start..<end])
        }
        var slice = self
        while let first = slice.first, first.isWhitespace { slice.removeFirst() }
        while let last = slice.last, last.isWhitespace { slice.removeLast() }
        return String(slice)
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (0x09...0x0D).contains(byte)
    }
}

extension String {
    /// The text without leading and trailing white space (see `Substring.trimmingWhitespace`).
    public func trimmingWhitespace() -> String {
        self[...].trimmingWhitespace()
    }
}
