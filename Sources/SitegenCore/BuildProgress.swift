import Synchronization

/// How far a running build is, for a progress line on a terminal: the stage it is in and, while
/// writing, how many of the outputs are done. Updated by the build, read by whoever shows it.
public final class BuildProgress: Sendable {
    public struct State: Sendable, Equatable {
        public var stage: String
        public var done: Int
        public var total: Int
    }

    private let state = Mutex(State(stage: "reading the sources", done: 0, total: 0))

    public init() {}

    public var current: State { state.withLock { $0 } }

    func begin(_ stage: String, total: Int = 0) {
        state.withLock { $0 = State(stage: stage, done: 0, total: total) }
    }

    func advance() {
        state.withLock { $0.done += 1 }
    }

    /// `render and write: 1204 of 18113 files`, or the stage alone before it has a count.
    public var line: String {
        let state = current
        guard state.total > 0 else { return state.stage + "..." }
        return "\(state.stage): \(state.done) of \(state.total) files"
    }
}
