import SitegenMarkdown

/// What a reader would not see as the author wrote it, found while loading a file: raw HTML left
/// out in safe mode, and template calls of another generator published as text. One warning per
/// kind and file, at the first place, with the count of the others.
struct LostContent {
    let file: String
    /// The file line of the body's first line.
    let bodyLine: Int
    let unsafeHTML: Bool

    func diagnostics(for rendered: RenderedMarkdown, body: String, rawBlocks: [ClosedRange<Int>]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        if !unsafeHTML, let first = rendered.rawHTML.first {
            let kind = Diagnostic.ContentProblem.rawHTMLOmitted(
                Self.snippet(first.text), others: rendered.rawHTML.count - 1)
            diagnostics.append(at(first, .content(kind)))
        }
        // Text between Jekyll's `{% raw %}` markers is meant to be shown as written.
        let calls = rendered.templateCalls.filter { spot in !rawBlocks.contains { $0.contains(spot.line) } }
        let lines = body.split(separator: "\n", omittingEmptySubsequences: false)
        let found = calls.compactMap { spot in Self.call(in: lines, from: spot).map { (spot, $0) } }
        if let (spot, call) = found.first {
            diagnostics.append(at(spot, .content(.templateCall(call, others: found.count - 1))))
        }
        return diagnostics
    }

    private func at(_ spot: SourceSpot, _ kind: Diagnostic.Kind) -> Diagnostic {
        Diagnostic(kind, file: file, line: spot.line + bodyLine - 1, column: spot.column)
    }

    /// The first line of an HTML fragment, shortened for a message.
    static func snippet(_ text: String) -> String {
        let line = text.split(separator: "\n").first.map(String.init) ?? text
        let trimmed = line.trimmingWhitespace()
        return trimmed.count > 40 ? String(trimmed.prefix(40)) + "..." : trimmed
    }

    /// The template call on the spot's line: from `{{` or `{%` to its closing `}}` or `%}`.
    static func call(in lines: [Substring], from spot: SourceSpot) -> String? {
        guard spot.line >= 1, spot.line <= lines.count else { return nil }
        let line = lines[spot.line - 1]
        guard let open = line.firstRange(of: "{{") ?? line.firstRange(of: "{%") else { return nil }
        let closing = line[open.lowerBound...].hasPrefix("{%") ? "%}" : "}}"
        let rest = line[open.lowerBound...]
        let end = rest.firstRange(of: closing)?.upperBound ?? rest.endIndex
        return snippet(String(rest[..<end]))
    }
}

/// Jekyll's `{% raw %}` ... `{% endraw %}` markers, which keep Liquid from running on what is
/// between them. sitegen runs no Liquid, so the markers go and the text between stays as written.
enum JekyllRawMarkers {
    /// The body without its markers, and the lines (of the body) each raw block spans.
    static func strip(_ body: Substring) -> (body: String, blocks: [ClosedRange<Int>]) {
        guard body.contains("{%") else { return (String(body), []) }
        var output = ""
        var blocks: [ClosedRange<Int>] = []
        var openLine: Int?
        var lineNumber = 1
        var rest = body[...]
        while let open = rest.firstRange(of: "{%") {
            let before = rest[..<open.lowerBound]
            lineNumber += before.count { $0 == "\n" }
            guard let close = rest[open.upperBound...].firstRange(of: "%}") else { break }
            let inner = rest[open.upperBound..<close.lowerBound].filter { $0 != "-" }.trimmingWhitespace()
            output += before
            if inner == "raw" || inner == "endraw" {
                if inner == "raw" {
                    openLine = lineNumber
                } else {
                    blocks.append((openLine ?? 1)...lineNumber)
                    openLine = nil
                }
            } else {
                output += rest[open.lowerBound..<close.upperBound]
            }
            lineNumber += rest[open.lowerBound..<close.upperBound].count { $0 == "\n" }
            rest = rest[close.upperBound...]
        }
        if let openLine { blocks.append(openLine...lineNumber + rest.count { $0 == "\n" }) }
        output += rest
        return blocks.isEmpty ? (String(body), []) : (output, blocks)
    }
}
