import CCmarkGFM
import Synchronization

/// Process-wide cmark-gfm set-up and the one lock parsing needs.
///
/// cmark-gfm keeps its table of "special" inline characters in a process-wide array. Inline
/// parsing (inside `cmark_parser_finish`) adds its extensions' characters (`~` for strikethrough,
/// `:` and `w` for autolinks) before it starts and removes them when it ends, so one parse finishing
/// can strip `~` from another parse still running, which then silently loses its strikethrough.
/// Emptying the extensions' character lists after adding the characters once does not work:
/// emphasis processing finds the extension that owns a delimiter through that same list, and loops
/// forever without it. So `cmark_parser_finish` runs under one lock; block parsing (`feed`), the
/// heading rewrite and HTML rendering, which touch no shared state, still run in parallel.
enum CmarkRuntime {
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    private static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    private static let finishLock = Mutex(())

    /// Registers the core extensions; cheap after the first call.
    static func prepare() {
        _ = registered
    }

    static func attachExtensions(to parser: OpaquePointer) {
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
    }

    /// Finishes a parse (inline parsing included) while no other parse is finishing.
    static func finish(_ parser: OpaquePointer) -> OpaquePointer? {
        var document: OpaquePointer?
        finishLock.withLock { _ in
            document = cmark_parser_finish(parser)
        }
        return document
    }
}
