import CCmarkGFM
import SitegenText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Copies text out of cmark nodes and buffers.
enum CmarkText {
    /// Takes ownership of a string cmark allocated, returning a Swift copy.
    static func take(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// The literal of a node, or an empty string.
    static func literal(_ node: OpaquePointer) -> String {
        guard let pointer = cmark_node_get_literal(node) else { return "" }
        return String(cString: pointer)
    }

    /// The plain text below `node`: text and code spans, line breaks as spaces, markup dropped.
    static func plain(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else {
                continue
            }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                text += literal(current)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                text += " "
            }
        }
        return text.trimmingWhitespace()
    }
}

extension CmarkText {
    /// Prose below `node` for searching: like `plain`, but without inline code and without the
    /// text of links that only repeat their URL (autolinks).
    static func prose(of node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        var skipUntil: OpaquePointer?
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let current = cmark_iter_get_node(iterator) else { continue }
            if let skipped = skipUntil {
                if event == CMARK_EVENT_EXIT && current == skipped { skipUntil = nil }
                continue
            }
            guard event == CMARK_EVENT_ENTER else { continue }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_LINK, isAutolink(current) {
                skipUntil = current
            } else if type == CMARK_NODE_TEXT {
                text += literal(current)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK || type == CMARK_NODE_CODE {
                text += " "
            }
        }
        return text.trimmingWhitespace()
    }

    /// A link whose text is its own address (`www.example.org`, `<https://…>`).
    static func isAutolink(_ link: OpaquePointer) -> Bool {
        guard let child = cmark_node_first_child(link), cmark_node_next(child) == nil,
            cmark_node_get_type(child) == CMARK_NODE_TEXT, let url = cmark_node_get_url(link)
        else { return false }
        let address = String(cString: url)
        let text = literal(child)
        return address == text || address.hasSuffix("//" + text) || address == "mailto:" + text
    }
}
