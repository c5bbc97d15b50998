import Foundation
import Testing

/// Runs `sitegen serve` as a separate process and stops it with a signal, as Ctrl-C would.
@Suite struct ServeCommandTests {
    /// Starts `sitegen serve` and returns the process, its output pipe and the address it printed.
    func startServer(site: URL) throws -> (Process, Pipe, String) {
        let process = Process()
        process.executableURL = SitegenProcess.executable
        process.arguments = ["serve", "--port", "0", "--source", site.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = Pipe()
        try process.run()
        var printed = Data()
        let deadline = Date().addingTimeInterval(30)
        while !String(decoding: printed, as: UTF8.self).contains("\n"), Date() < deadline {
            printed.append(output.fileHandleForReading.availableData)
        }
        let line = String(decoding: printed, as: UTF8.self)
        let address = line.split(separator: " ").first { $0.hasPrefix("http://") }.map(String.init) ?? ""
        return (process, output, address)
    }

    func waitForExit(_ process: Process, seconds: Double) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning, Date() < deadline { usleep(20_000) }
        return !process.isRunning
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func signalStopsTheServerCleanly(signal: Int32) throws {
        let (process, output, address) = try startServer(site: EndToEndTests.goldenSite)
        defer { if process.isRunning { process.terminate() } }
        #expect(address.hasPrefix("http://127.0.0.1:"))
        let port = Int(address.split(separator: ":").last?.dropLast() ?? "") ?? 0
        // Keep an event stream open: shutdown must not wait for it.
        let stream = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var server = sockaddr_in()
        server.sin_family = sa_family_t(AF_INET)
        server.sin_port = in_port_t(UInt16(port).bigEndian)
        server.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &server) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(stream, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        #expect(connected == 0)
        let request = Array("GET /_sitegen/events HTTP/1.1\r\nHost: localhost\r\n\r\n".utf8)
        _ = request.withUnsafeBytes { send(stream, $0.baseAddress, $0.count, 0) }
        usleep(200_000)

        kill(process.processIdentifier, signal)
        #expect(waitForExit(process, seconds: 10), "sitegen serve did not stop")
        close(stream)
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 0)
        let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(rest.contains("Stopped."))
    }
}
