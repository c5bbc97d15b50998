import Foundation
import Hummingbird
import SitegenCore

/// Answers every request of the preview from the current build, exactly as the built files would
/// be served, plus the live-reload script and event stream.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let state: PreviewState
    var hosts = HostCheck(listeningHost: "127.0.0.1")

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.headers[TargetFormGuard.field] == nil else {
            return Self.plain(.badRequest, "Bad Request: the target must be a path (origin form)\n")
        }
        guard hosts.accepts(request.head.authority) else {
            return Self.plain(
                .init(code: 421, reasonPhrase: "Misdirected Request"),
                "Misdirected Request: this preview answers only for localhost and its own address\n")
        }
        guard request.method == .get || request.method == .head else {
            return Self.plain(.methodNotAllowed, "Method Not Allowed\n", extra: [.allow: "GET, HEAD"])
        }
        let target = request.head.path ?? ""
        guard case .path(let path, let query) = RequestPath.parse(target) else {
            return Self.plain(.badRequest, "Bad Request\n")
        }
        if path == LiveReload.eventsPath { return await events() }
        let (generation, failure) = await state.snapshot
        guard let generation else {
            let page =
                failure.map(LiveReload.errorPage) ?? LiveReload.inject(into: "<p>Building…</p>", diagnostics: nil)
            return Self.send(
                CachedBody(Array(page.utf8)), status: failure == nil ? .serviceUnavailable : .internalServerError,
                type: MediaType.html, lastModified: nil, request: request)
        }
        let file = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
        // An alias is answered as a real host answers its `_redirects` line: 301 to the page.
        if case .redirect(let target) = generation.site.output(at: file)?.job {
            let location = generation.site.link(to: target) + (query.map { "?" + $0 } ?? "")
            return Self.plain(.movedPermanently, "Moved to \(location)\n", extra: [.location: location])
        }
        if let body = body(for: file, in: generation, failure: failure) {
            return Self.send(
                body, status: .ok, type: MediaType.forFile(file), lastModified: generation, request: request)
        }
        if !path.isEmpty, !path.hasSuffix("/"), generation.site.output(at: path + "/index.html") != nil {
            let rawPath = target.split(separator: "?", maxSplits: 1)[0]
            let location = rawPath + "/" + (query.map { "?" + $0 } ?? "")
            return Self.plain(.movedPermanently, "Moved to \(location)\n", extra: [.location: String(location)])
        }
        let notFound =
            body(for: "404.html", in: generation, failure: failure) ?? CachedBody(Array("Not Found\n".utf8))
        return Self.send(notFound, status: .notFound, type: MediaType.html, lastModified: nil, request: request)
    }

    /// The body of an output of the current build; HTML gets the reload script (and the error
    /// overlay while the last rebuild failed).
    private func body(for file: String, in generation: PreviewGeneration, failure: [String]?) -> CachedBody? {
        guard let output = generation.site.output(at: file) else { return nil }
        let site = generation.site
        guard file.hasSuffix(".html") else {
            return generation.cache.body(for: file) { site.bytes(of: output) }
        }
        // The overlay changes with every failed rebuild, so only pages without it are cached.
        if let failure {
            return site.bytes(of: output).map {
                CachedBody(
                    Array(LiveReload.inject(into: String(decoding: $0, as: UTF8.self), diagnostics: failure).utf8))
            }
        }
        return generation.cache.body(for: file) {
            site.bytes(of: output).map {
                Array(LiveReload.inject(into: String(decoding: $0, as: UTF8.self), diagnostics: nil).utf8)
            }
        }
    }

    /// `text/event-stream`: a `reload` event after every rebuild, until the preview shuts down.
    private func events() async -> Response {
        let stream = await state.subscribe()
        let headers: HTTPFields = [
            .contentType: "text/event-stream", .cacheControl: "no-cache",
        ]
        return Response(
            status: .ok, headers: headers,
            body: ResponseBody { writer in
                try await writer.write(ByteBuffer(string: "retry: 1000\n\n"))
                for await message in stream {
                    try await writer.write(ByteBuffer(string: message))
                }
                try await writer.finish(nil)
            })
    }

    private static func send(
        _ body: CachedBody, status: HTTPResponse.Status, type: String, lastModified generation: PreviewGeneration?,
        request: Request
    ) -> Response {
        var headers: HTTPFields = [
            .contentType: type, .cacheControl: "no-cache", .eTag: body.etag, .xContentTypeOptions: "nosniff",
        ]
        if let generation { headers[.lastModified] = generation.lastModified }
        if status == .ok, notModified(request, etag: body.etag, generation: generation) {
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentLength] = String(body.bytes.count)
        if request.method == .head { return Response(status: status, headers: headers) }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body.bytes)))
    }

    /// `If-None-Match` decides when present; else `If-Modified-Since` against the build time.
    private static func notModified(_ request: Request, etag: String, generation: PreviewGeneration?) -> Bool {
        if let match = request.headers[.ifNoneMatch] {
            let tags = match.split(separator: ",").map {
                $0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "W/", with: "")
            }
            return tags.contains(etag) || tags.contains("*")
        }
        if let since = request.headers[.ifModifiedSince].flatMap(HTTPDate.parse), let generation {
            return generation.builtAt.timeIntervalSince1970.rounded(.down) <= since.timeIntervalSince1970
        }
        return false
    }

    private static func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:]) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .cacheControl: "no-cache"]
        headers.append(contentsOf: extra)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
