import Foundation

/// Which posts and pages are published: one rule for every output.
public struct PublicationRule: Sendable, Equatable {
    public var includeDrafts: Bool
    public var includeFuture: Bool
    public var includeExpired: Bool
    /// The moment "future" is measured against; injectable so builds and tests are reproducible.
    public var now: Date

    public init(
        includeDrafts: Bool = false, includeFuture: Bool = false, includeExpired: Bool = false, now: Date = Date()
    ) {
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.includeExpired = includeExpired
        self.now = now
    }

    /// Why an item is left out, or nil when it is published. A `publishDate` later than the date
    /// holds a post back like a future date.
    public func reasonToSkip(draft: Bool, date: Date?, visibility: Visibility = Visibility()) -> SkippedItem.Reason? {
        if draft && !includeDrafts { return .draft }
        if let due = Self.publication(date: date, visibility: visibility), due > now, !includeFuture { return .future }
        if let expiry = visibility.expiryDate, expiry <= now, !includeExpired { return .expired }
        return nil
    }

    /// The moment an item becomes published: the later of its date and its `publishDate`.
    static func publication(date: Date?, visibility: Visibility) -> Date? {
        [date, visibility.publishDate].compactMap { $0 }.max()
    }

    /// The next moment the same item changes its state under this rule: when a held-back item is
    /// published, or when a published one expires; nil when neither is ahead.
    func nextChange(date: Date?, visibility: Visibility) -> Date? {
        var moments: [Date] = []
        if !includeFuture, let due = Self.publication(date: date, visibility: visibility), due > now {
            moments.append(due)
        }
        if !includeExpired, let expiry = visibility.expiryDate, expiry > now { moments.append(expiry) }
        return moments.min()
    }
}

/// A post or page the build left out, listed in the summary.
public struct SkippedItem: Sendable, Equatable {
    public enum Reason: String, Sendable, Equatable {
        case draft
        case future = "future-dated"
        case expired
    }

    public var source: String
    public var reason: Reason
}
