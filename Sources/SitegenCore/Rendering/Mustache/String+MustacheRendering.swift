import Mustache

// swift-mustache renders a value that is none of its own kinds by casting it to four protocols
// in turn (renderable, lambda, optional, and inside `String(describing:)` the standard
// library's description protocols): each cast a lookup in the Swift runtime's conformance
// cache, together about a sixth of a full build's CPU time (perf, 1,000 posts). A renderable
// value is rendered after one cast. Text and counts are most of what views give templates, and
// they render exactly as `String(describing:)` renders them.

extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

extension Int: @retroactive MustacheCustomRenderable {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
}
