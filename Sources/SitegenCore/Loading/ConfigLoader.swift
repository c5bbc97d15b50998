import Foundation
import Yams

/// Reads `sitegen.yaml` into a `SiteConfig`, reporting every bad or unknown key with its line.
public struct ConfigLoader: Sendable {
    /// The file name looked for at the site root.
    public static let fileName = "sitegen.yaml"

    static let knownKeys: Set<String> = [
        "title", "baseURL", "language", "timeZone", "author", "description", "paginate", "markdown",
        "dateFormat", "topics", "strictTopics", "index", "permalinks", "feeds", "output",
    ]
    static let knownMarkdownKeys: Set<String> = ["unsafe"]

    public init() {}

    /// Loads the config of the site at `root`; a missing file gives the defaults.
    public func load(siteRoot root: URL) -> (SiteConfig, [Diagnostic]) {
        let url = root.appendingPathComponent(Self.fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (SiteConfig(), [])
        }
        switch Diagnostic.decoding(data, file: Self.fileName) {
        case .success(let text): return parse(text)
        case .failure(let diagnostic): return (SiteConfig(), [diagnostic])
        }
    }

    /// Parses config text; `file` names it in diagnostics.
    public func parse(_ text: String, file: String = ConfigLoader.fileName) -> (SiteConfig, [Diagnostic]) {
        var reader = ConfigReader(file: file)
        let node: Node?
        do {
            node = try YAMLDiagnostics.compose(text, file: file, lineOffset: 0)
        } catch {
            return (SiteConfig(), [error])
        }
        guard let node else { return (SiteConfig(), []) }
        guard case .mapping(let mapping) = node else {
            let position = node.position(lineOffset: 0)
            let diagnostic = Diagnostic(
                .config(.notMapping), file: file, line: position.line, column: position.column)
            return (SiteConfig(), [diagnostic])
        }
        var config = SiteConfig()
        for (keyNode, value) in mapping {
            reader.apply(key: keyNode, value: value, to: &config)
        }
        return (config, reader.diagnostics)
    }
}

/// Applies config keys one at a time, collecting diagnostics.
private struct ConfigReader {
    let file: String
    var diagnostics: [Diagnostic] = []

    mutating func report(_ problem: Diagnostic.ConfigProblem, at node: Node) {
        report(.config(problem), at: node)
    }

    mutating func report(_ kind: Diagnostic.Kind, at node: Node, columnOffset: Int = 0) {
        let position = node.position(lineOffset: 0)
        diagnostics.append(
            Diagnostic(kind, file: file, line: position.line, column: position.column.map { $0 + columnOffset }))
    }

    mutating func string(_ key: String, _ node: Node) -> String? {
        guard let text = node.scalarText else {
            report(.wrongType(key: key, expected: .text, found: node.shortDescription), at: node)
            return nil
        }
        return text
    }

    /// A YAML boolean (`yes`/`no` too), or nil after reporting what was found instead.
    mutating func flag(_ key: String, _ node: Node) -> Bool? {
        guard let flag = node.looseBool else {
            report(.wrongType(key: key, expected: .boolean, found: node.shortDescription), at: node)
            return nil
        }
        return flag
    }

    mutating func apply(key keyNode: Node, value: Node, to config: inout SiteConfig) {
        let key = keyNode.scalarText ?? ""
        switch key {
        case "title": if let text = string(key, value) { config.title = text }
        case "author": if let text = string(key, value) { config.author = text }
        case "description": if let text = string(key, value) { config.description = text }
        case "language":
            guard let text = string(key, value) else { return }
            if SiteConfig.isLanguageTag(text) {
                config.language = text
            } else {
                report(.invalidLanguage(text), at: value)
            }
        case "dateFormat":
            guard let text = string(key, value) else { return }
            if text.trimmingCharacters(in: .whitespaces).isEmpty {
                report(.emptyDateFormat, at: value)
            } else {
                config.dateFormat = text
            }
        case "baseURL":
            guard let text = string(key, value) else { return }
            if let url = SiteConfig.normalizedBaseURL(text) {
                config.baseURL = url
            } else {
                report(.invalidBaseURL(text), at: value)
            }
        case "timeZone":
            guard let text = string(key, value) else { return }
            if let zone = TimeZone(identifier: text) {
                config.timeZone = zone
            } else {
                report(.invalidTimeZone(text), at: value)
            }
        case "paginate":
            if let text = value.scalarText, let number = Int(text), number >= 1 {
                config.paginate = number
            } else {
                report(
                    .wrongType(key: "paginate", expected: .positiveInteger, found: value.shortDescription), at: value)
            }
        case "markdown":
            applyMarkdown(value, to: &config)
        case "topics":
            let (topics, problems) = TopicVocabulary.parse(value, file: file)
            config.topics = topics
            diagnostics += problems
        case "index":
            applyIndex(value, to: &config)
        case "permalinks":
            applyPermalinks(value, to: &config)
        case "feeds":
            applyFeeds(value, to: &config)
        case "output":
            applyOutput(value, to: &config)
        case "strictTopics":
            if let flag = flag("strictTopics", value) { config.strictTopics = flag }
        default:
            let suggestion = ConfigLoader.knownKeys.sorted().first { $0.lowercased() == key.lowercased() }
            report(.unknownKey(key, file: file, suggestion: suggestion), at: keyNode)
        }
    }

    mutating func applyIndex(_ value: Node, to config: inout SiteConfig) {
        for (keyNode, item) in entries(of: .index, value) {
            switch keyNode.scalarText ?? "" {
            case "terms":
                guard case .sequence(let items) = item else {
                    report(.indexTermsNotList, at: item)
                    continue
                }
                config.indexTerms = items.compactMap(\.scalarText)
            case "fromTags":
                if let flag = flag("index.fromTags", item) { config.indexFromTags = flag }
            default:
                unknown(.index, keyNode)
            }
        }
    }

    /// The keys and values of a section such as `index:`; reports a section that is not a mapping.
    mutating func entries(of section: Diagnostic.ConfigProblem.Section, _ value: Node) -> [(Node, Node)] {
        guard case .mapping(let mapping) = value else {
            report(.sectionNotMapping(section), at: value)
            return []
        }
        return mapping.map { ($0.key, $0.value) }
    }

    mutating func unknown(_ section: Diagnostic.ConfigProblem.Section, _ keyNode: Node) {
        report(.unknownKey("\(section.rawValue).\(keyNode.scalarText ?? "")", file: file), at: keyNode)
    }

    mutating func applyPermalinks(_ value: Node, to config: inout SiteConfig) {
        for (keyNode, item) in entries(of: .permalinks, value) {
            let name = keyNode.scalarText ?? ""
            guard let kind = Permalinks.Kind(rawValue: name) else {
                report(.unknownPermalinkKind(name), at: keyNode)
                continue
            }
            guard let text = string("permalinks.\(name)", item) else { continue }
            switch PathPattern.parse(
                text, allowed: kind.tokens, distinguishing: kind.distinguishing, allowsFile: kind.allowsFile)
            {
            case .success(let pattern):
                config.permalinks[kind] = pattern
            case .failure(let problem):
                var offset = 0
                if case .unknownToken(_, let at, _) = problem { offset = at }
                if case .scalar(let scalar) = item, scalar.style == .singleQuoted || scalar.style == .doubleQuoted {
                    offset += 1
                }
                report(
                    .route(.invalidPermalink(key: "permalinks.\(name)", pattern: text, problem: problem)), at: item,
                    columnOffset: offset)
            }
        }
    }

    mutating func applyFeeds(_ value: Node, to config: inout SiteConfig) {
        for (keyNode, item) in entries(of: .feeds, value) {
            switch keyNode.scalarText ?? "" {
            case "fullContent":
                if let choice = item.scalarText.flatMap(SiteConfig.FeedContent.init(rawValue:)) {
                    config.feedContent = choice
                } else {
                    report(.invalidFeedContent(item.shortDescription), at: item)
                }
            default:
                unknown(.feeds, keyNode)
            }
        }
    }

    mutating func applyOutput(_ value: Node, to config: inout SiteConfig) {
        for (keyNode, item) in entries(of: .output, value) {
            switch keyNode.scalarText ?? "" {
            case "keep":
                let items: [Node]
                switch item {
                case .sequence(let sequence): items = Array(sequence)
                case .scalar: items = [item]
                default:
                    report(.wrongType(key: "output.keep", expected: .list, found: item.shortDescription), at: item)
                    continue
                }
                for path in items {
                    guard let text = string("output.keep", path) else { continue }
                    if let kept = OutputKeep.normalized(text) {
                        config.outputKeep.append(kept)
                    } else {
                        report(.invalidKeptPath(text), at: path)
                    }
                }
            default:
                unknown(.output, keyNode)
            }
        }
    }

    mutating func applyMarkdown(_ value: Node, to config: inout SiteConfig) {
        for (keyNode, item) in entries(of: .markdown, value) {
            switch keyNode.scalarText ?? "" {
            case "unsafe":
                if let flag = flag("markdown.unsafe", item) { config.unsafeMarkdown = flag }
            default:
                unknown(.markdown, keyNode)
            }
        }
    }
}
