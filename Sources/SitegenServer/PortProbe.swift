import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Why the preview cannot listen, in words for the terminal.
public struct ListenFailure: Error, CustomStringConvertible {
    public let description: String
}

/// Checks that the preview's address can be listened on before anything is built, so a port
/// that another program holds gets a clear answer instead of a socket error.
enum PortProbe {
    /// Binds and releases `host`:`port` (with the address reuse the server itself uses); throws
    /// when the port is taken or the host is not an address of this machine. Port 0 is always free.
    static func check(host: String, port: Int) throws(ListenFailure) {
        guard port != 0 else { return }
        var hints = addrinfo()
        hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        var found: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, String(port), &hints, &found) == 0, let address = found else {
            throw ListenFailure(description: "cannot listen on '\(host)': not a host name or address of this machine")
        }
        defer { freeaddrinfo(found) }
        let handle = socket(address.pointee.ai_family, address.pointee.ai_socktype, address.pointee.ai_protocol)
        guard handle >= 0 else { return }
        defer { close(handle) }
        var one: Int32 = 1
        setsockopt(handle, SOL_SOCKET, SO_REUSEADDR, &one, socklen_t(MemoryLayout<Int32>.size))
        guard bind(handle, address.pointee.ai_addr, address.pointee.ai_addrlen) != 0 else { return }
        let reason = errno
        switch reason {
        case EADDRINUSE:
            throw ListenFailure(description: "port \(port) is already in use; try --port 0 for a free one")
        case EACCES:
            throw ListenFailure(
                description:
                    "port \(port) needs administrator rights; use a port above 1023, or --port 0 for a free one")
        case EADDRNOTAVAIL:
            throw ListenFailure(description: "cannot listen on '\(host)': not an address of this machine")
        default:
            throw ListenFailure(description: "cannot listen on \(host):\(port): \(String(cString: strerror(reason)))")
        }
    }
}
