import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import NIOHTTPTypesHTTP1

/// Marks a request whose target is not in origin form (`GET http://host/path`, `CONNECT
/// host:port`, `OPTIONS *`) with a header the responder answers 400 to. The conversion to Swift HTTP
/// types that Hummingbird reads keeps only the path of an absolute-form target, so the mark is
/// made on the HTTP/1 request before it. A client's own header of that name is dropped.
final class TargetFormGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = HTTPServerRequestPart

    static let headerName = "Sitegen-Not-Origin-Form"
    static let field = HTTPField.Name(headerName)!

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var part = unwrapInboundIn(data)
        if case .head(var head) = part {
            head.headers.remove(name: Self.headerName)
            if !head.uri.hasPrefix("/") { head.headers.add(name: Self.headerName, value: "1") }
            part = .head(head)
        }
        context.fireChannelRead(wrapInboundOut(part))
    }
}

/// Added where Hummingbird adds extra handlers (after the conversion to Swift HTTP types); puts
/// `TargetFormGuard` in front of that conversion, and otherwise passes everything on.
final class TargetFormGuardInstaller: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart

    func handlerAdded(context: ChannelHandlerContext) {
        let operations = context.pipeline.syncOperations
        guard let codec = try? operations.context(handlerType: HTTP1ToHTTPServerCodec.self) else { return }
        try? operations.addHandler(TargetFormGuard(), position: .before(codec.handler))
    }
}

/// Which `Host` the preview answers: a page on another site whose name an attacker points at
/// 127.0.0.1 (DNS rebinding) sends its own name, and must not read the preview (drafts
/// included). Accepted: `localhost` and names under it, IP addresses (no rebinding goes through
/// them, and they reach a preview listening on all addresses), and the name `--host` gave.
struct HostCheck: Sendable {
    let listeningHost: String

    func accepts(_ authority: String?) -> Bool {
        guard let authority, !authority.isEmpty else { return true }  // HTTP/1.0 sends none
        let host = Self.hostPart(of: authority).lowercased()
        if host == "localhost" || host.hasSuffix(".localhost") { return true }
        if host.hasPrefix("[") && host.hasSuffix("]") { return true }  // an IPv6 literal
        if Self.isIPv4(host) { return true }
        return host == listeningHost.lowercased()
    }

    /// `example.org` of `example.org:8000`, `[::1]` of `[::1]:8000`.
    static func hostPart(of authority: String) -> String {
        if authority.hasPrefix("["), let end = authority.firstIndex(of: "]") {
            return String(authority[...end])
        }
        return String(authority.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)[0])
    }

    static func isIPv4(_ host: String) -> Bool {
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4
            && parts.allSatisfy { part in
                !part.isEmpty && part.count <= 3 && part.allSatisfy(\.isASCIIDigit) && Int(part)! <= 255
            }
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}
