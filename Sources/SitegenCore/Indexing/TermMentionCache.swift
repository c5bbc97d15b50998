import SitegenMarkdown
import Synchronization

/// Term mentions per document kept between index runs; see `TermIndexer.index(…cache:)`.
public final class TermMentionCache: Sendable {
    typealias Mentions = [(term: Int, mentions: TermPostMentions)]

    private struct State {
        var terms: [String] = []
        var limit = -1
        var entries: [[TextBlock]: Mentions] = [:]
    }

    private let state = Mutex(State())

    public init() {}

    /// What is known for these terms; forgets everything when the terms or the snippet limit changed.
    func begin(terms: [String], limit: Int) -> [[TextBlock]: Mentions] {
        state.withLock { state in
            if state.terms != terms || state.limit != limit {
                state = State(terms: terms, limit: limit, entries: [:])
            }
            return state.entries
        }
    }

    /// Keeps exactly the documents of this run.
    func store(_ results: [([TextBlock], Mentions)]) {
        state.withLock { state in
            state.entries = Dictionary(results, uniquingKeysWith: { first, _ in first })
        }
    }
}
