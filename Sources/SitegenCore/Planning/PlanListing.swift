/// `sitegen list`: every output of a site, one a line, as a migrating user compares it with the
/// old site's URLs: the link path (with the base URL's sub-path), the kind, and what it comes from.
public struct PlanListing: Sendable {
    public struct Row: Sendable, Equatable {
        /// The root-relative link (`/2016/05/09/survey.html`), percent-encoded as in the pages.
        public var path: String
        public var kind: OutputKind
        /// The source file or a description (`the tag 'NATO'`); a redirect adds its target.
        public var origin: String
    }

    public let rows: [Row]

    public init(_ prepared: PreparedSite, kinds: Set<OutputKind> = Set(OutputKind.allCases)) {
        rows = prepared.plan.listed.filter { kinds.contains($0.kind) }.map { output in
            var origin = output.origin
            if case .redirect(let target) = output.job { origin += " -> " + prepared.link(to: target) }
            return Row(path: prepared.link(to: output.sitePath), kind: output.kind, origin: origin)
        }
    }

    /// The rows as aligned text lines.
    public var lines: [String] {
        let width = rows.map(\.path.count).max() ?? 0
        let kindWidth = OutputKind.allCases.map(\.rawValue.count).max() ?? 0
        return rows.map { row in
            row.path.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + row.kind.rawValue.padding(toLength: kindWidth, withPad: " ", startingAt: 0) + "  " + row.origin
        }
    }
}
