import Foundation
import SitegenMarkdown
import SitegenText

/// Reads the keys of a front-matter mapping into a `FrontMatter`, collecting diagnostics.
struct FrontMatterReader {
    let file: String
    let timeZone: TimeZone
    var matter = FrontMatter()
    var diagnostics: [Diagnostic] = []
    /// The key that set each field first, to report aliases given twice.
    private var seen: [String: String] = [:]

    init(file: String, timeZone: TimeZone) {
        self.file = file
        self.timeZone = timeZone
    }

    mutating func read(_ entries: [MatterEntry]) {
        for entry in entries {
            let keyNode = entry.key, value = entry.value
            guard let key = keyNode.scalarText else {
                report(.keyNotText, at: keyNode)
                continue
            }
            matter.keys.append(NameMention(name: key, line: keyNode.line, column: keyNode.column, key: key))
            read(key: key, keyNode: keyNode, value: value)
        }
    }

    private mutating func read(key: String, keyNode: MatterValue, value: MatterValue) {
        switch key {
        case "title":
            if let text = text(key, value) {
                if text.trimmingWhitespace().isEmpty {
                    report(.emptyTitle, at: value)
                } else {
                    matter.title = text
                }
            }
        case "date":
            if claim("date", by: key, at: keyNode) { matter.date = date(key, value) }
        case "publishDate", "publishdate":
            if claim("publishDate", by: key, at: keyNode) { matter.publishDate = date(key, value) }
        case "expiryDate", "expirydate":
            if claim("expiryDate", by: key, at: keyNode) { matter.visibility.expiryDate = date(key, value) }
        case "sitemap":
            readSitemap(value)
        case "updated", "lastmod":
            if claim("updated", by: key, at: keyNode) { matter.updated = date(key, value) }
        case "description", "summary", "excerpt":
            // An empty description counts as none, so the first paragraph stands in for it.
            if claim("description", by: key, at: keyNode) {
                matter.description = text(key, value).flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0 }
            }
        case "tags", "categories":
            // Jekyll splits a string of tags on spaces; a comma-separated string keeps its meaning.
            let spaced = value.scalarText.map { !$0.contains(",") } ?? false
            matter.tags += names(key, value, separator: spaced ? .whitespace : .comma)
        case "keywords":
            matter.tags += names(key, value)
        case "authors", "author":
            if claim("authors", by: key, at: keyNode) { matter.authors = names(key, value).map(\.name) }
        case "draft", "published":
            // Jekyll's `published: false` is a draft.
            guard let flag = value.looseBool else {
                report(.wrongType(key: key, expected: .boolean, found: value.shortDescription), at: value)
                break
            }
            if claim("draft", by: key, at: keyNode) { matter.draft = key == "draft" ? flag : !flag }
        case "slug":
            readSlug(value)
        case "url", "permalink":
            if claim("url", by: key, at: keyNode), let text = text(key, value) {
                matter.url = NameMention(name: text, line: value.line, column: value.column, key: key)
            }
        case "aliases", "redirect_from":
            matter.aliases += names(key, value, separator: nil).map { alias in
                var alias = alias
                alias.key = key
                return alias
            }
        case "takeaways":
            // Unlike tags, one takeaway is a sentence that may hold commas: never split it.
            if let single = value.scalarText {
                matter.takeaways = single.trimmingWhitespace().isEmpty ? [] : [single]
            } else {
                matter.takeaways = names(key, value).map(\.name)
            }
        case "corrections":
            readCorrections(value)
        case "series":
            matter.series = text(key, value).flatMap { $0.trimmingWhitespace().isEmpty ? nil : $0.trimmingWhitespace() }
        case "seriesPart":
            if let text = value.scalarText, let part = Int(text), part >= 1 {
                matter.seriesPart = part
            } else {
                report(
                    .wrongType(key: "seriesPart", expected: .positiveInteger, found: value.shortDescription), at: value)
            }
        case "name":
            matter.name = text(key, value)
        case "role":
            matter.role = text(key, value)
        case "links":
            readLinks(value)
        default:
            if !Self.keptKeys.contains(key), let suggestion = Suggestion.closest(to: key, among: Self.knownKeys) {
                report(.unknownKey(key, suggestion: suggestion), at: keyNode)
            }
            matter.params[key] = ParamValue(value)
        }
    }

    /// `sitemap: false` (Jekyll's jekyll-sitemap) leaves the page out of the sitemap; Hugo's
    /// mapping form says the same with `disable: true`.
    private mutating func readSitemap(_ value: MatterValue) {
        if let flag = value.looseBool {
            matter.visibility.inSitemap = flag
        } else if let disable = value["disable"]?.looseBool {
            matter.visibility.inSitemap = !disable
        } else if value.entries == nil {
            report(.wrongType(key: "sitemap", expected: .boolean, found: value.shortDescription), at: value)
        }
        matter.params["sitemap"] = ParamValue(value)
    }

    private mutating func readSlug(_ value: MatterValue) {
        guard let text = text("slug", value) else { return }
        let slug = Slug.make(text)
        if slug.isEmpty || slug != text {
            report(.invalidSlug(text, suggestion: slug.isEmpty ? nil : slug), at: value)
        } else {
            matter.slug = slug
        }
    }

    private mutating func readLinks(_ value: MatterValue) {
        guard case .list(let items) = value.content else {
            report(.linksNotList, at: value)
            return
        }
        for item in items {
            guard let title = item["title"]?.scalarText, let url = item["url"]?.scalarText
            else {
                report(.incompleteLink, at: item)
                continue
            }
            for field in item.entries ?? [] where !["title", "url"].contains(field.key.scalarText ?? "") {
                report(.unknownLinkKey(field.key.scalarText ?? field.key.shortDescription), at: field.key)
            }
            switch LinkURL.check(url) {
            case .success(let checked):
                matter.links.append(ProfileLink(title: title, url: checked))
            case .failure(let problem):
                report(.unsafeLink(url, problem), at: item["url"] ?? item)
            }
        }
    }

    private mutating func readCorrections(_ value: MatterValue) {
        guard case .list(let items) = value.content else {
            report(.correctionsNotList, at: value)
            return
        }
        for item in items {
            guard let fields = item.entries else {
                report(.correctionNotMapping(found: item.shortDescription), at: item)
                continue
            }
            var date: Date?
            var text: String?
            for field in fields {
                switch field.key.scalarText ?? "" {
                case "date": date = self.date("corrections.date", field.value)
                case "text": text = self.text("corrections.text", field.value)
                default:
                    report(.unknownCorrectionKey(field.key.scalarText ?? ""), at: field.key)
                }
            }
            if date == nil, item["date"] == nil {
                report(.correctionMissing(field: "date"), at: item)
            }
            if text == nil, item["text"] == nil {
                report(.correctionMissing(field: "text"), at: item)
            }
            if let date, let text { matter.corrections.append(CorrectionNotice(date: date, text: text)) }
        }
    }

    /// Records that `field` is set by `key`; reports a second key (an alias) setting it again.
    private mutating func claim(_ field: String, by key: String, at node: MatterValue) -> Bool {
        if let first = seen[field] {
            report(.duplicateField(key: key, first: first), at: node)
            return false
        }
        seen[field] = key
        return true
    }

    private mutating func report(_ problem: Diagnostic.FrontMatterProblem, at node: MatterValue) {
        report(.frontMatter(problem), at: node)
    }

    private mutating func report(_ kind: Diagnostic.Kind, at node: MatterValue) {
        diagnostics.append(Diagnostic(kind, file: file, line: node.line, column: node.column))
    }

    private mutating func text(_ key: String, _ node: MatterValue) -> String? {
        guard let text = node.scalarText else {
            report(.wrongType(key: key, expected: .text, found: node.shortDescription), at: node)
            return nil
        }
        return text
    }

    private mutating func date(_ key: String, _ node: MatterValue) -> Date? {
        guard let text = node.scalarText, let date = DateParser.parse(text, timeZone: timeZone) else {
            report(.invalidDate(key: key, found: node.shortDescription), at: node)
            return nil
        }
        return date
    }

    enum Separator {
        case comma, whitespace
    }

    /// A list, or one string split at `separator` (unless it is nil), with positions.
    private mutating func names(_ key: String, _ node: MatterValue, separator: Separator? = .comma) -> [NameMention] {
        switch node.content {
        case .scalar(let text):
            let parts =
                switch separator {
                case .comma: text.split(separator: ",").map(String.init)
                case .whitespace: text.split(whereSeparator: \.isWhitespace).map(String.init)
                case nil: [text]
                }
            return parts.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
                .map { NameMention(name: $0, line: node.line, column: node.column) }
        case .list(let sequence):
            var mentions: [NameMention] = []
            for item in sequence {
                guard let name = item.scalarText?.trimmingWhitespace() else {
                    report(.entryNotText(key: key, found: item.shortDescription), at: item)
                    continue
                }
                if !name.isEmpty {
                    mentions.append(NameMention(name: name, line: item.line, column: item.column))
                }
            }
            return mentions
        case .mapping:
            report(.wrongType(key: key, expected: .list, found: node.shortDescription), at: node)
            return []
        }
    }
}
