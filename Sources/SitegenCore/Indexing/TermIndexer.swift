import Foundation
import SitegenMarkdown
import SitegenText
import Synchronization

/// One document to index: `id` is the caller's identifier (an index into its post list).
public struct TermDocument: Sendable {
    public var id: Int
    public var blocks: [TextBlock]

    public init(id: Int, blocks: [TextBlock]) {
        self.id = id
        self.blocks = blocks
    }
}

/// A sentence around one mention, split so a template can highlight the match.
public struct TermSnippet: Sendable, Equatable {
    /// The sentence before the match; starts with "…" when the sentence was cut.
    public var before: String
    /// The mention exactly as the document writes it.
    public var match: String
    /// The sentence after the match; ends with "…" when the sentence was cut.
    public var after: String
    /// The id of the nearest heading at or before the mention, or nil before the first heading.
    public var headingID: String?

    public init(before: String, match: String, after: String, headingID: String?) {
        self.before = before
        self.match = match
        self.after = after
        self.headingID = headingID
    }
}

/// One document's mentions of a term.
public struct TermPostMentions: Sendable, Equatable {
    /// The `TermDocument.id` of the document.
    public var document: Int
    /// Every mention of the term in the document.
    public var count: Int
    /// The first mentions in document order, at most `snippetsPerDocument` of them.
    public var snippets: [TermSnippet]

    public init(document: Int, count: Int, snippets: [TermSnippet]) {
        self.document = document
        self.count = count
        self.snippets = snippets
    }
}

/// One term of the index.
public struct TermEntry: Sendable, Equatable {
    /// The first spelling of the term in the configuration.
    public var term: String
    public var slug: String
    /// The documents that mention the term, in the order they were given.
    public var documents: [TermPostMentions]
    /// The mentions over all documents.
    public var mentionCount: Int

    public init(term: String, slug: String, documents: [TermPostMentions], mentionCount: Int) {
        self.term = term
        self.slug = slug
        self.documents = documents
        self.mentionCount = mentionCount
    }
}

/// Builds a book-style index: for each configured term, the documents whose prose mentions it.
///
/// Matching is case-insensitive and whole-word (no letter, digit or combining mark right before
/// or after a mention), accepts simple English plurals of the term's last word in both
/// directions, and lets the words of a multi-word term be separated by any run of whitespace.
/// Each block is lower-cased and cut into words once; a word is looked up among the first words
/// of every term form, so the work grows with the text, not with text × terms.
public enum TermIndexer {
    /// Every term with at least one mention, sorted A–Z (case-insensitive, then by slug); documents in the order given.
    ///
    /// With a `cache`, a document whose prose is unchanged since the last call with the same terms
    /// is not searched again (the preview rebuilds after every edit).
    public static func index(
        terms: [String], documents: [TermDocument], snippetsPerDocument: Int = 3, cache: TermMentionCache? = nil
    ) -> [TermEntry] {
        let catalogue = TermCatalogue(terms: terms)
        guard !catalogue.terms.isEmpty else { return [] }
        let limit = max(0, snippetsPerDocument)
        let termCount = catalogue.terms.count
        // Documents are independent: search them in parallel, then merge in the order given.
        let found = Mutex([[(term: Int, mentions: TermPostMentions)]](repeating: [], count: documents.count))
        let workers = max(1, ProcessInfo.processInfo.activeProcessorCount)
        let chunk = max(1, (documents.count + workers * 4 - 1) / (workers * 4))
        let known = cache?.begin(terms: terms, limit: limit) ?? [:]
        DispatchQueue.concurrentPerform(iterations: (documents.count + chunk - 1) / chunk) { part in
            for index in (part * chunk)..<min(documents.count, (part + 1) * chunk) {
                let document = documents[index]
                // A document's position may change between runs; its prose decides what it mentions.
                let mentions =
                    known[document.blocks].map { Self.renumbered($0, as: document.id) }
                    ?? Self.mentions(in: document, catalogue: catalogue, limit: limit)
                found.withLock { $0[index] = mentions }
            }
        }
        let results = found.withLock { $0 }
        cache?.store(zip(documents.map(\.blocks), results).map { ($0, $1) })
        var postings = Array(repeating: [TermPostMentions](), count: termCount)
        var totals = Array(repeating: 0, count: termCount)
        for document in results {
            for (term, mentions) in document {
                postings[term].append(mentions)
                totals[term] += mentions.count
            }
        }
        var entries: [TermEntry] = []
        for (index, term) in catalogue.terms.enumerated() where !postings[index].isEmpty {
            entries.append(
                TermEntry(term: term.display, slug: term.slug, documents: postings[index], mentionCount: totals[index]))
        }
        return entries.map { ($0.term.lowercased(), $0) }
            .sorted { lhs, rhs in lhs.0 != rhs.0 ? lhs.0 < rhs.0 : lhs.1.slug < rhs.1.slug }
            .map(\.1)
    }

    private static func renumbered(_ cached: TermMentionCache.Mentions, as id: Int) -> TermMentionCache.Mentions {
        cached.map { entry in
            var mentions = entry.mentions
            mentions.document = id
            return (entry.term, mentions)
        }
    }

    /// One document's mentions of each term, in the order the terms first appear.
    private static func mentions(in document: TermDocument, catalogue: TermCatalogue, limit: Int)
        -> [(term: Int, mentions: TermPostMentions)]
    {
        var counts: [Int: Int] = [:]
        var snippets: [Int: [TermSnippet]] = [:]
        var order: [Int] = []
        for block in document.blocks {
            let text = TermText(block.text)
            for found in catalogue.matches(in: text) {
                if counts[found.term] == nil { order.append(found.term) }
                counts[found.term, default: 0] += 1
                if snippets[found.term, default: []].count < limit {
                    snippets[found.term, default: []].append(
                        text.snippet(from: found.start, to: found.end, headingID: block.headingID))
                }
            }
        }
        return order.map { term in
            (term, TermPostMentions(document: document.id, count: counts[term] ?? 0, snippets: snippets[term] ?? []))
        }
    }
}

// MARK: - Terms

/// One written form of a term: lower-cased scalars, a single space standing for any whitespace run.
private struct TermForm: Sendable {
    var term: Int
    var scalars: [Unicode.Scalar]
}

/// A mention: `term` is an index into `TermCatalogue.terms`, `start..<end` scalar offsets in the
/// block's (NFC) text.
private struct TermMatch: Sendable {
    var term: Int
    var start: Int
    var end: Int
}

/// The configured terms, merged by slug, with every form each of them may take in the text.
private struct TermCatalogue: Sendable {
    var terms: [(display: String, slug: String)] = []
    var forms: [TermForm] = []
    /// Forms by the hash of their leading word, the only word a text position has to be looked up by.
    var formsByFirstWord: [UInt64: [Int]] = [:]
    /// Forms that start with punctuation (".net"): tried at every position of every block.
    var formsWithoutFirstWord: [Int] = []

    init(terms spellings: [String]) {
        var termBySlug: [String: Int] = [:]
        var formsByTerm: [Int: Set<[Unicode.Scalar]>] = [:]
        for spelling in spellings {
            let words = spelling.split(whereSeparator: \.isWhitespace).map(String.init)
            guard !words.isEmpty else { continue }
            let slug = Slug.make(spelling)
            guard !slug.isEmpty else { continue }
            let term: Int
            if let existing = termBySlug[slug] {
                term = existing
            } else {
                term = self.terms.count
                termBySlug[slug] = term
                self.terms.append((words.joined(separator: " "), slug))
            }
            let lowered = words.map { TermText.lowerCased(TermText.normalized($0)) }
            let leading = lowered.dropLast().flatMap { $0.unicodeScalars + [" "] }
            for last in TermPlurals.variants(of: lowered[lowered.count - 1]) {
                let scalars = leading + Array(last.unicodeScalars)
                guard formsByTerm[term, default: []].insert(scalars).inserted else { continue }
                add(TermForm(term: term, scalars: scalars))
            }
        }
    }

    private mutating func add(_ form: TermForm) {
        let index = forms.count
        forms.append(form)
        var hash = TermWordHash.offset
        var length = 0
        for scalar in form.scalars {
            guard TermText.isWord(scalar) else { break }
            hash = TermWordHash.combine(hash, scalar)
            length += 1
        }
        if length == 0 {
            formsWithoutFirstWord.append(index)
        } else {
            formsByFirstWord[hash, default: []].append(index)
        }
    }

    /// The mentions in `text`: for each term in order of position, overlapping forms counted once.
    func matches(in text: TermText) -> [TermMatch] {
        var found: [TermMatch] = []
        let lowered = text.lowered
        var position = 0
        while position < lowered.count {
            guard TermText.isWord(lowered[position]) else {
                position += 1
                continue
            }
            var wordEnd = position
            var hash = TermWordHash.offset
            while wordEnd < lowered.count && TermText.isWord(lowered[wordEnd]) {
                hash = TermWordHash.combine(hash, lowered[wordEnd])
                wordEnd += 1
            }
            for index in formsByFirstWord[hash] ?? [] {
                if let end = text.matchEnd(of: forms[index].scalars, at: position) {
                    found.append(TermMatch(term: forms[index].term, start: position, end: end))
                }
            }
            position = wordEnd
        }
        if !formsWithoutFirstWord.isEmpty {
            for position in lowered.indices {
                for index in formsWithoutFirstWord {
                    if let end = text.matchEnd(of: forms[index].scalars, at: position) {
                        found.append(TermMatch(term: forms[index].term, start: position, end: end))
                    }
                }
            }
        }
        guard !found.isEmpty else { return [] }
        // Per term, in order of position; of overlapping mentions the first and longest counts.
        found.sort { lhs, rhs in
            if lhs.term != rhs.term { return lhs.term < rhs.term }
            if lhs.start != rhs.start { return lhs.start < rhs.start }
            return lhs.end > rhs.end
        }
        var result: [TermMatch] = []
        result.reserveCapacity(found.count)
        for match in found {
            if let previous = result.last, previous.term == match.term, match.start < previous.end { continue }
            result.append(match)
        }
        return result.map { match in
            TermMatch(term: match.term, start: text.origins[match.start], end: text.origins[match.end - 1] + 1)
        }
    }
}
