import Foundation
import SitegenMarkdown
import SitegenText
import Yams

/// A name or path as written (a tag, an author, a `url`, an alias), with where it was written.
public struct NameMention: Sendable, Equatable {
    public var name: String
    public var line: Int?
    public var column: Int?
    /// The front-matter key it was written under (`permalink`, `redirect_from`), for messages.
    public var key: String?

    public init(name: String, line: Int? = nil, column: Int? = nil, key: String? = nil) {
        self.name = name
        self.line = line
        self.column = column
        self.key = key
    }
}

/// A link on an author profile.
public struct ProfileLink: Sendable, Equatable {
    public var title: String
    public var url: String
}

/// One entry of `corrections:`: when, and what was corrected (inline Markdown).
public struct CorrectionNotice: Sendable, Equatable {
    public var date: Date
    public var text: String
}

/// The front matter of one content file, with Hugo and Jekyll aliases already folded in.
public struct FrontMatter: Sendable, Equatable {
    public var title: String?
    public var date: Date?
    public var updated: Date?
    public var description: String?
    public var tags: [NameMention] = []
    public var authors: [String] = []
    public var draft = false
    /// Hugo's `publishDate` (not published before it, like a future-dated post), `expiryDate`
    /// (left out from then on) and `sitemap: false`.
    public var visibility = Visibility()
    public var publishDate: Date? {
        get { visibility.publishDate }
        set { visibility.publishDate = newValue }
    }
    public var slug: String?
    public var params: [String: ParamValue] = [:]
    /// Key points, each a line of inline Markdown.
    public var takeaways: [String] = []
    /// Dated correction notices, oldest or newest first as written.
    public var corrections: [CorrectionNotice] = []
    /// The series the post belongs to, and its place in it.
    public var series: String?
    public var seriesPart: Int?
    /// Author profiles (`content/authors/*.md`): display name, role and links.
    public var name: String?
    public var role: String?
    public var links: [ProfileLink] = []
    /// `url:` (Hugo) or `permalink:` (Jekyll).
    public var url: NameMention?
    /// `aliases:` (Hugo) and `redirect_from:` (Jekyll), merged.
    public var aliases: [NameMention] = []
    /// The 1-based line where the Markdown body starts.
    public var bodyLine = 1
    /// Every key as written, with its place: for checks that depend on the kind of document
    /// (a profile uses few of them) or on keys together (`seriesPart` needs `series`).
    public var keys: [NameMention] = []

    public init() {}
}

/// Splits a content file into front matter and Markdown body. The front matter is YAML between
/// `---` lines, TOML between `+++` lines (Hugo), or a JSON object at the top of the file (Hugo).
public struct FrontMatterParser: Sendable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// Parses `text` (the whole file); `file` names it in diagnostics. Returns nil front matter only
    /// when it could not be read at all.
    public func parse(_ text: String, file: String) -> (FrontMatter?, body: Substring, [Diagnostic]) {
        var start = text.startIndex
        if text.hasPrefix("\u{FEFF}") { start = text.index(after: start) }
        if FrontMatterSplit.opensJSON(text[start...]) { return parseJSON(text, from: start, file: file) }
        guard let split = FrontMatterSplit(text, start: start) else {
            return (FrontMatter(), Substring(text), [])
        }
        guard let matterEnd = split.matterEnd else {
            let diagnostic = Diagnostic(.frontMatter(.unclosed(fence: split.fence)), file: file, line: 1, column: 1)
            return (nil, Substring(""), [diagnostic])
        }
        let block = String(text[split.matterStart..<matterEnd])
        let body = text[split.bodyStart...]
        let value: MatterValue?
        do {
            value =
                split.fence == FrontMatterSplit.tomlFence
                ? try MatterValue.parseTOML(block, firstLine: 2, file: file) : try yaml(block, file: file)
        } catch {
            return (nil, body, [error.diagnostic])
        }
        return read(value, bodyLine: split.bodyLine, body: body, file: file)
    }

    private func yaml(_ block: String, file: String) throws(FrontMatterFailure) -> MatterValue? {
        do {
            return try YAMLDiagnostics.compose(block, file: file, lineOffset: 1).map { MatterValue($0, lineOffset: 1) }
        } catch {
            throw FrontMatterFailure(error)
        }
    }

    private func parseJSON(_ text: String, from start: String.Index, file: String)
        -> (FrontMatter?, body: Substring, [Diagnostic])
    {
        let bytes = Array(text.utf8)
        let offset = text.utf8.distance(from: text.startIndex, to: start)
        let value: MatterValue
        var end: Int
        do {
            (value, end) = try MatterValue.parseJSON(bytes, from: offset, file: file)
        } catch {
            return (nil, Substring(""), [error.diagnostic])
        }
        // The body starts on the line after the closing brace when nothing else is on that line.
        var rest = end
        while rest < bytes.count, bytes[rest] == UInt8(ascii: " ") || bytes[rest] == UInt8(ascii: "\t") { rest += 1 }
        if rest < bytes.count, bytes[rest] == UInt8(ascii: "\r") { rest += 1 }
        if rest == bytes.count || bytes[rest] == UInt8(ascii: "\n") { end = min(rest + 1, bytes.count) }
        let bodyLine = 1 + bytes[..<end].reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
        let bodyStart = text.utf8.index(text.utf8.startIndex, offsetBy: end)
        return read(value, bodyLine: bodyLine, body: text[bodyStart...], file: file)
    }

    private func read(_ value: MatterValue?, bodyLine: Int, body: Substring, file: String)
        -> (FrontMatter?, body: Substring, [Diagnostic])
    {
        var reader = FrontMatterReader(file: file, timeZone: timeZone)
        reader.matter.bodyLine = bodyLine
        if let value {
            guard let entries = value.entries else {
                let diagnostic = Diagnostic(
                    .frontMatter(.notMapping), file: file, line: value.line, column: value.column)
                return (nil, body, [diagnostic])
            }
            reader.read(entries)
        }
        return (reader.matter, body, reader.diagnostics)
    }
}

/// Where a fenced front matter block (`---` or `+++` lines) starts and ends in a file's text.
struct FrontMatterSplit {
    static let yamlFence = "---"
    static let tomlFence = "+++"

    var fence: String
    var matterStart: String.Index
    var matterEnd: String.Index?
    var bodyStart: String.Index
    var bodyLine: Int

    /// Whether the text opens with a JSON object: `{` and then a quoted key or `}` (so a body that
    /// opens with a template call such as `{{< figure >}}` is not taken for front matter).
    static func opensJSON(_ text: Substring) -> Bool {
        guard text.first == "{" else { return false }
        let next = text.dropFirst().first { !$0.isWhitespace }
        return next == "\"" || next == "}"
    }

    /// Nil when the text has no front matter (does not open with a `---` or `+++` line).
    init?(_ text: String, start: String.Index) {
        let lines = LineCursor(text: text, start: start)
        guard let first = lines.line(at: start) else { return nil }
        let opening = first.content.trimmingWhitespace()
        guard opening == Self.yamlFence || opening == Self.tomlFence else { return nil }
        fence = opening
        matterStart = first.next
        bodyStart = text.endIndex
        bodyLine = 1
        var lineNumber = 1
        var position = first.next
        while let line = lines.line(at: position) {
            lineNumber += 1
            let trimmed = line.content.trimmingWhitespace()
            if trimmed == fence || (fence == Self.yamlFence && trimmed == "...") {
                matterEnd = line.start
                bodyStart = line.next
                bodyLine = lineNumber + 1
                return
            }
            position = line.next
        }
        matterEnd = nil
    }
}

/// Iterates the lines of a string without copying it.
struct LineCursor {
    let text: String
    let start: String.Index

    /// The line starting at `index`: its content (without the line break), where it starts, and
    /// where the next one starts; nil at the end of the text.
    func line(at index: String.Index) -> (content: Substring, start: String.Index, next: String.Index)? {
        guard index < text.endIndex else { return nil }
        if let newline = text[index...].firstIndex(where: { $0 == "\n" || $0 == "\r\n" }) {
            return (text[index..<newline], index, text.index(after: newline))
        }
        return (text[index...], index, text.endIndex)
    }
}
