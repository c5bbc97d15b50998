import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A deliberately small HTTP/1.1 client over a POSIX socket: it sends request targets exactly as
/// given (`/../etc/passwd`, `%2e%2e`), which URL-normalising clients would never do.
struct RawHTTPClient {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String

        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    let port: Int

    /// Sends one request (with `Connection: close`) and reads the whole response.
    func send(_ target: String, method: String = "GET", headers: [String: String] = [:]) throws -> Response {
        var request = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers { request += "\(name): \(value)\r\n" }
        request += "\r\n"
        return try sendRaw(request)
    }

    /// Sends bytes as they are and parses what comes back.
    func sendRaw(_ request: String) throws -> Response {
        let socket = try connect()
        defer { close(socket) }
        try write(socket, request)
        do {
            return Self.parse(try readAll(socket, timeout: 10))
        } catch let timeout as Timeout {
            throw NoResponse(request: String(request.prefix { $0 != "\r" }), partial: timeout.received)
        }
    }

    struct Timeout: Error {
        var received: String
    }

    /// No complete answer within the time allowed: which request, and what had arrived.
    struct NoResponse: Error, CustomStringConvertible {
        var request: String
        var partial: String
        var description: String { "no complete response to '\(request)' within 10 s; received: \(partial.prefix(300))" }
    }

    /// Opens an event stream and returns the socket; read it with `read(until:)`.
    func openStream(_ target: String) throws -> Int32 {
        let socket = try connect()
        try write(socket, "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAccept: text/event-stream\r\n\r\n")
        return socket
    }

    /// Reads from `socket` until `marker` has arrived (returns everything read) or `timeout` passes (nil).
    static func read(_ socket: Int32, until marker: String, timeout: TimeInterval) -> String? {
        var received = Data()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 100)
            guard ready > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { break }
            received.append(contentsOf: buffer[0..<count])
            let text = String(decoding: received, as: UTF8.self)
            if text.contains(marker) { return text }
        }
        return nil
    }

    private func connect() throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            close(socket)
            throw POSIXError(.ECONNREFUSED)
        }
        return socket
    }

    private func write(_ socket: Int32, _ text: String) throws {
        let bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, 0) }
            guard sent > 0 else { throw POSIXError(.EPIPE) }
            offset += sent
        }
    }

    private func readAll(_ socket: Int32, timeout: TimeInterval) throws -> Data {
        var received = Data()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 100) > 0 else { continue }
            var buffer = [UInt8](repeating: 0, count: 65536)
            let count = recv(socket, &buffer, buffer.count, 0)
            if count <= 0 { return received }
            received.append(contentsOf: buffer[0..<count])
        }
        throw Timeout(received: String(decoding: received, as: UTF8.self))
    }

    static func parse(_ data: Data) -> Response {
        let text = String(decoding: data, as: UTF8.self)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let head = parts.first ?? ""
        let body = parts.dropFirst().joined(separator: "\r\n\r\n")
        var lines = head.components(separatedBy: "\r\n")
        let statusLine = lines.isEmpty ? "" : lines.removeFirst()
        let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: body)
    }
}
