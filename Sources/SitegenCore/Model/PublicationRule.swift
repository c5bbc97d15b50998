import Foundation

/// Which posts and pages are published: one rule for every output.
public struct PublicationRule: Sendable, Equatable {
    public var includeDrafts: Bool
    public var includeFuture: Bool
    /// The moment "future" is measured against; injectable so builds and tests are reproducible.
    public var now: Date

    public init(includeDrafts: Bool = false, includeFuture: Bool = false, now: Date = Date()) {
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.now = now
    }

    /// Why an item is left out, or nil when it is published.
    public func reasonToSkip(draft: Bool, date: Date?) -> SkippedItem.Reason? {
        if draft && !includeDrafts { return .draft }
        if let date, date > now, !includeFuture { return .future }
        return nil
    }
}

/// A post or page the build left out, listed in the summary.
public struct SkippedItem: Sendable, Equatable {
    public enum Reason: String, Sendable, Equatable {
        case draft
        case future = "future-dated"
    }

    public var source: String
    public var reason: Reason
}
