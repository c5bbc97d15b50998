import Foundation
import SitegenMarkdown
import SitegenText

/// The stages `make fuzz` feeds with generated input (one libFuzzer run per stage), and what must
/// hold for any input: no crash, no hang, and the stage's own promise. The inputs the fuzzer
/// found interesting are kept under `Tests/SitegenCoreTests/Fixtures/fuzz/<stage>/` and replayed
/// by the tests.
public enum FuzzStage: String, CaseIterable, Sendable {
    case frontMatter = "front-matter"
    case dates
    case slugs
    case permalinks
    case markdown

    /// Runs `bytes` through the stage; what broken promise it found, or nil.
    public func run(_ bytes: [UInt8]) -> String? {
        guard case .success(let text) = UTF8Text.decode(bytes) else { return nil }
        switch self {
        case .frontMatter: return Self.frontMatter(text)
        case .dates: return Self.dates(text)
        case .slugs: return Self.slugs(text)
        case .permalinks: return Self.permalinks(text)
        case .markdown: return Self.markdown(text)
        }
    }

    /// Every diagnostic is located inside the file.
    private static func frontMatter(_ text: String) -> String? {
        let (_, _, diagnostics) = FrontMatterParser(timeZone: TimeZone(identifier: "UTC")!).parse(text, file: "f.md")
        // Counted in bytes: a parser may take `\r`, `\n` and `\r\n` each for a line break.
        let lines = text.utf8.count { $0 == 0x0A || $0 == 0x0D } + 1
        for diagnostic in diagnostics {
            if let line = diagnostic.line, !(1...lines + 1).contains(line) {
                return "line \(line) of a \(lines)-line file: \(diagnostic)"
            }
            if let column = diagnostic.column, column < 1 { return "column \(column): \(diagnostic)" }
        }
        return nil
    }

    /// A date that parses is a real date of years 1 to 9999, and its ISO form parses back to it.
    private static func dates(_ text: String) -> String? {
        let utc = TimeZone(identifier: "UTC")!
        guard let date = DateParser.parse(text, timeZone: utc) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = utc
        let year = calendar.component(.year, from: date)
        guard (1...9999).contains(year), calendar.component(.era, from: date) == 1 else {
            return "\"\(text)\" gave year \(year)"
        }
        let iso = ISO8601DateFormatter().string(from: date)
        guard let again = DateParser.parse(iso, timeZone: utc),
            Int(again.timeIntervalSince1970) == Int(date.timeIntervalSince1970.rounded(.down))
        else { return "\"\(text)\" gave \(iso), which does not parse back" }
        return nil
    }

    /// A slug is stable (the slug of a slug is itself) and a safe path segment.
    private static func slugs(_ text: String) -> String? {
        let slug = Slug.make(text)
        if Slug.make(slug) != slug { return "slug of \"\(text)\" is \"\(slug)\", whose slug differs" }
        // Every character is a whole letter or digit (with its marks) or a single `-`: a mark at the
        // start or after a dash would fuse with the `/` or `-` before it.
        let fused = slug.split(separator: "-", omittingEmptySubsequences: false).contains {
            $0.unicodeScalars.first.map { !$0.isASCII && $0.properties.generalCategory.isMark } ?? true
        }
        if slug.contains("/") || slug.contains("\\") || slug.hasPrefix(".") || (!slug.isEmpty && fused) {
            return "slug of \"\(text)\" is \"\(slug)\""
        }
        return nil
    }

    /// A pattern that parses, expanded with values made as the site makes them (slugs, dates,
    /// folders of content/), names a place inside the output folder, or is refused as the
    /// resolver refuses it. The first line is the pattern, the rest the title and the source folder.
    private static func permalinks(_ text: String) -> String? {
        let parts = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        let title = parts.count > 1 ? parts[1] : "Pact"
        let folder = (parts.count > 2 ? parts[2] : "").split(separator: "/").map { Slug.make(String($0)) }
            .filter { !$0.isEmpty }.joined(separator: "/")
        for kind in Permalinks.Kind.allCases {
            guard
                case .success(let pattern) = PathPattern.parse(
                    parts[0], allowed: kind.tokens, distinguishing: kind.distinguishing, allowsFile: kind.allowsFile)
            else { continue }
            let slug = Slug.make(title).isEmpty ? "untitled" : Slug.make(title)
            let values: [PathPattern.Token: String] = [
                .year: "2024", .month: "06", .day: "19", .slug: slug, .title: slug, .filename: slug,
                .section: folder, .path: folder.isEmpty ? slug : folder + "/" + slug,
            ]
            let path = pattern.expand(values)
            // The resolver reports a path that values made invalid (`:section..` with no section
            // gives `..`) as an error at the source; every path it lets through must stay inside.
            guard SitePath.problem(inExpanded: path) == nil else { continue }
            let file = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
            if !OutputDirectory.staysInside(file) { return "\(kind) pattern \"\(parts[0])\" gave \"\(file)\"" }
        }
        return nil
    }

    /// Safe mode lets no script through: no script, frame or object element, no event handler
    /// attribute, no script URL. Text is escaped, so every `<` in the output opens a real tag.
    private static func markdown(_ text: String) -> String? {
        let html = MarkdownRenderer().render(text).html.lowercased()
        for tag in html.split(separator: "<").dropFirst() {
            let inside = tag.prefix { $0 != ">" }
            for element in ["script", "iframe", "object", "embed", "style"] where inside.hasPrefix(element) {
                return "safe mode published <\(inside)>"
            }
            let attributes = inside.split(whereSeparator: \.isWhitespace).dropFirst()
            for attribute in attributes {
                if attribute.hasPrefix("on") { return "safe mode published the attribute \(attribute)" }
                let value = attribute.drop { $0 != "=" }.dropFirst().trimmingCharacters(
                    in: CharacterSet(charactersIn: "\"' "))
                for scheme in ["javascript:", "vbscript:", "data:text"] where value.hasPrefix(scheme) {
                    return "safe mode published the URL \(value)"
                }
            }
        }
        return nil
    }
}

extension Unicode.GeneralCategory {
    fileprivate var isMark: Bool { self == .nonspacingMark || self == .spacingMark || self == .enclosingMark }
}
