import Foundation
import SitegenMarkdown
import SitegenText
import Yams

/// A controlled vocabulary for tags: canonical names, aliases that merge into them, parents
/// (country -> region) and short descriptions. From `content/_topics.yaml` or `topics:` in
/// `sitegen.yaml`:
///
/// ```yaml
/// United States:
///   aliases: [US, USA, U.S.]
///   parent: North America
///   description: Policy in and towards the United States.
/// ```
public struct TopicVocabulary: Sendable, Equatable {
    public struct Topic: Sendable, Equatable {
        public var name: String
        public var slug: String
        public var aliases: [String]
        /// The parent topic's slug.
        public var parent: String?
        public var parentName: String?
        public var description: String?
    }

    /// By slug.
    public var topics: [String: Topic] = [:]
    /// Alias slug -> canonical slug.
    public var aliases: [String: String] = [:]

    public var isEmpty: Bool { topics.isEmpty }
    public var hasParents: Bool { topics.values.contains { $0.parent != nil } }

    /// The canonical slug for a tag as written: an alias gives its topic.
    public func canonicalSlug(for name: String) -> String {
        let slug = Slug.make(name)
        return aliases[slug] ?? slug
    }

    public func contains(_ name: String) -> Bool {
        let slug = Slug.make(name)
        return topics[slug] != nil || aliases[slug] != nil
    }

    /// Reads a vocabulary mapping; `lineOffset` places it in its file.
    static func parse(_ node: Node, file: String, lineOffset: Int = 0) -> (TopicVocabulary, [Diagnostic]) {
        var vocabulary = TopicVocabulary()
        var diagnostics: [Diagnostic] = []
        func report(_ problem: Diagnostic.TopicProblem, at node: Node) {
            let position = node.position(lineOffset: lineOffset)
            diagnostics.append(
                Diagnostic(.topics(problem), file: file, line: position.line, column: position.column))
        }
        guard case .mapping(let mapping) = node else {
            report(.notMapping, at: node)
            return (vocabulary, diagnostics)
        }
        var parents: [String: (String, Node)] = [:]
        // Where each topic's aliases are written, for the diagnostic of one that is taken, and the
        // topics in the order written: the later of two claims to an alias is the one reported.
        var aliasNodes: [String: [String: Node]] = [:]
        var order: [String] = []
        for (keyNode, value) in mapping {
            guard let name = keyNode.scalarText?.trimmingWhitespace(), !Slug.make(name).isEmpty else {
                report(.unnamed, at: keyNode)
                continue
            }
            var topic = Topic(name: name, slug: Slug.make(name), aliases: [])
            if case .mapping(let fields) = value {
                for (fieldKey, field) in fields {
                    switch fieldKey.scalarText ?? "" {
                    case "aliases":
                        switch field {
                        case .sequence(let items):
                            topic.aliases = items.compactMap(\.scalarText)
                            for item in items {
                                if let alias = item.scalarText { aliasNodes[topic.slug, default: [:]][alias] = item }
                            }
                        case .scalar(let scalar):
                            topic.aliases = [scalar.string]
                            aliasNodes[topic.slug, default: [:]][scalar.string] = field
                        default: report(.aliasesNotList, at: field)
                        }
                    case "parent":
                        if let parent = field.scalarText {
                            topic.parentName = parent
                            parents[topic.slug] = (parent, field)
                        } else {
                            report(.notText(field: "parent", found: field.shortDescription), at: field)
                        }
                    case "description":
                        if let description = field.scalarText {
                            topic.description = description
                        } else {
                            report(.notText(field: "description", found: field.shortDescription), at: field)
                        }
                    default:
                        report(.unknownKey(fieldKey.scalarText ?? ""), at: fieldKey)
                    }
                }
            } else if value.scalarText.map({ !$0.isEmpty }) == true {
                report(.fieldsNotMapping(topic: name), at: value)
            }
            if vocabulary.topics[topic.slug] != nil {
                report(.definedTwice(name), at: keyNode)
                continue
            }
            vocabulary.topics[topic.slug] = topic
            order.append(topic.slug)
        }
        for topic in order.compactMap({ vocabulary.topics[$0] }) {
            for alias in topic.aliases {
                let slug = Slug.make(alias)
                if let other = vocabulary.aliases[slug]
                    ?? (vocabulary.topics[slug] != nil && slug != topic.slug ? slug : nil)
                {
                    let taken = Diagnostic.TopicProblem.aliasTaken(
                        alias: alias, topic: topic.name, other: vocabulary.topics[other]?.name ?? other)
                    if let node = aliasNodes[topic.slug]?[alias] {
                        report(taken, at: node)
                    } else {
                        diagnostics.append(Diagnostic(.topics(taken), file: file))
                    }
                } else if slug != topic.slug {
                    vocabulary.aliases[slug] = topic.slug
                }
            }
        }
        for (slug, (parent, node)) in parents {
            let parentSlug = vocabulary.canonicalSlug(for: parent)
            if parentSlug == slug { report(.ownParent(parent), at: node) }
            vocabulary.topics[slug]?.parent = parentSlug
            let parentName = vocabulary.topics[parentSlug]?.name ?? parent
            vocabulary.topics[slug]?.parentName = parentName
        }
        // A parent chain that comes back to where it started would nest the tag index forever.
        var reported: Set<String> = []
        for start in parents.keys.sorted() where !reported.contains(start) {
            var chain = [start]
            var current = start
            while let next = vocabulary.topics[current]?.parent, next != current, vocabulary.topics[next] != nil {
                guard let seen = chain.firstIndex(of: next) else {
                    chain.append(next)
                    current = next
                    continue
                }
                let cycle = Array(chain[seen...])
                if seen == 0, let node = parents[start]?.1 {
                    let names = (cycle + [next]).map { vocabulary.topics[$0]?.name ?? $0 }
                    report(.parentCycle(names), at: node)
                }
                reported.formUnion(cycle)
                break
            }
        }
        return (vocabulary, diagnostics)
    }

    /// The vocabulary's own file, relative to the site root.
    static let fileName = "content/_topics.yaml"

    /// Loads `content/_topics.yaml` when it exists.
    static func load(siteRoot: URL) -> (TopicVocabulary?, [Diagnostic]) {
        let file = fileName
        let url = siteRoot.appendingPathComponent(file)
        // A symbolic link that leads outside content/ is not read, as for every other file there:
        // it could publish any file the build can read.
        let content = OutputDirectory.resolved(siteRoot.appendingPathComponent(ContentLoader.contentDirectory))
        guard OutputDirectory.resolved(url).hasPrefix(content + "/") else {
            return (nil, [Diagnostic(.content(.linkOutsideContent), file: file)])
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            return (nil, [])
        }
        let text: String
        switch Diagnostic.decoding(data, file: file) {
        case .success(let decoded): text = decoded
        case .failure(let diagnostic): return (nil, [diagnostic])
        }
        do {
            guard let node = try YAMLDiagnostics.compose(text, file: file, lineOffset: 0) else { return (nil, []) }
            return parse(node, file: file)
        } catch {
            return (nil, [error])
        }
    }
}
