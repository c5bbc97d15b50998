import SitegenMarkdown
import Synchronization

/// A post's rendered HTML and its prose for the term index: the two largest fields of a post, nine
/// tenths of the parsed-post store. A post parsed by this build holds them as values; a post read
/// back from the store holds the bytes they were stored as, in the mapped store file, and decodes
/// them on first use. An incremental build renders a handful of pages, so most stored bodies are
/// never decoded at all.
public final class PostBody: Sendable {
    public struct Contents: Sendable, Equatable {
        public var html: String
        public var textBlocks: [TextBlock]
    }

    private enum State {
        case decoded(Contents)
        case stored(StoreBytes, Range<Int>)
    }

    private let state: Mutex<State>

    public init(html: String, textBlocks: [TextBlock]) {
        state = Mutex(.decoded(Contents(html: html, textBlocks: textBlocks)))
    }

    /// A body kept as the bytes `BinaryWriter.write(body:)` wrote, at `range` of `bytes`, which a
    /// checksum has already vouched for.
    init(stored bytes: StoreBytes, range: Range<Int>) {
        state = Mutex(.stored(bytes, range))
    }

    public var contents: Contents {
        state.withLock { state in
            switch state {
            case .decoded(let contents):
                return contents
            case .stored(let bytes, let range):
                var reader = BinaryReader(bytes, range: range)
                // The bytes passed the store's checksum, and the writer wrote them: failing to
                // read them back is a defect of the reader, not of the input.
                guard let contents = try? reader.readBodyContents(), reader.isAtEnd else {
                    preconditionFailure("a post body in the parsed-post store does not decode")
                }
                state = .decoded(contents)
                return contents
            }
        }
    }

    /// The stored bytes while the body is not decoded, nil once it is: saving the store again
    /// copies them as they are.
    var stored: (bytes: StoreBytes, range: Range<Int>)? {
        state.withLock { state in
            guard case .stored(let bytes, let range) = state else { return nil }
            return (bytes, range)
        }
    }
}
