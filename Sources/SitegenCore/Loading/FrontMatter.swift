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

    public init() {}
}

/// Splits a content file into YAML front matter and Markdown body.
public struct FrontMatterParser: Sendable {
    public let timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    /// Parses `text` (the whole file); `file` names it in diagnostics. Returns nil front matter only
    /// when it could not be read at all.
    public func parse(_ text: String, file: String) -> (FrontMatter?, body: Substring, [Diagnostic]) {
        guard let split = FrontMatterSplit(text) else {
            return (FrontMatter(), Substring(text), [])
        }
        guard let yamlEnd = split.yamlEnd else {
            return (nil, Substring(""), [Diagnostic(.frontMatter(.unclosed), file: file, line: 1, column: 1)])
        }
        let yaml = String(text[split.yamlStart..<yamlEnd])
        var reader = FrontMatterReader(file: file, timeZone: timeZone)
        reader.matter.bodyLine = split.bodyLine
        let node: Node?
        do {
            // Yams' default encoding reads the whole environment on every call: 5% of loading.
            node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
        } catch {
            return (nil, text[split.bodyStart...], [YAMLDiagnostics.diagnostic(for: error, file: file, lineOffset: 1)])
        }
        if let node {
            guard case .mapping(let mapping) = node else {
                let position = node.position(lineOffset: 1)
                let diagnostic = Diagnostic(
                    .frontMatter(.notMapping), file: file, line: position.line, column: position.column)
                return (nil, text[split.bodyStart...], [diagnostic])
            }
            reader.read(mapping)
        }
        return (reader.matter, text[split.bodyStart...], reader.diagnostics)
    }
}

/// Where the front matter block starts and ends in a file's text.
struct FrontMatterSplit {
    var yamlStart: String.Index
    var yamlEnd: String.Index?
    var bodyStart: String.Index
    var bodyLine: Int

    /// Nil when the text has no front matter (does not open with a `---` line).
    init?(_ text: String) {
        var start = text.startIndex
        if text.hasPrefix("\u{FEFF}") { start = text.index(after: start) }
        let lines = LineCursor(text: text, start: start)
        guard let first = lines.line(at: start), first.content.trimmingWhitespace() == "---" else { return nil }
        yamlStart = first.next
        bodyStart = text.endIndex
        bodyLine = 1
        var lineNumber = 1
        var position = first.next
        while let line = lines.line(at: position) {
            lineNumber += 1
            let trimmed = line.content.trimmingWhitespace()
            if trimmed == "---" || trimmed == "..." {
                yamlEnd = line.start
                bodyStart = line.next
                bodyLine = lineNumber + 1
                return
            }
            position = line.next
        }
        yamlEnd = nil
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
