/// The stable identity of a model entity: a slug or a source path, never a position in an array.
///
/// `Identifier<Tag>` and `Identifier<Post>` are different types, so a tag's id cannot be passed
/// where a post's is expected. Identities stay the same between two builds of one site, which is
/// what lets outputs be compared and rebuilt one at a time.
public struct Identifier<Entity>: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public static func < (lhs: Identifier, rhs: Identifier) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    public var description: String { rawValue }
}
