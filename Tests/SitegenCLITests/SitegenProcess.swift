import Foundation

/// Runs the built `sitegen` binary as a user would.
struct SitegenProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The `sitegen` executable next to the test bundle (SwiftPM builds both into one folder).
    static let executable: URL = {
        let candidates = [
            Bundle.main.bundleURL.appendingPathComponent("sitegen"),
            Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("sitegen"),
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
                "sitegen"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    static func run(_ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:]) throws
        -> Result
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes at once, before waiting, so neither can fill up and block the child.
        nonisolated(unsafe) var errData = Data()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errData = error.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `body` on a thread of its own, off the concurrency pool: tests that wait for processes
    /// for seconds would otherwise hold the pool's few threads (one per core) and starve tests that
    /// run an in-process server on it, whose requests then go unanswered.
    static func offload<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Swift.Result { try body() }) }.start()
        }
    }

    /// Runs a shell command line; its status.
    static func shell(_ command: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    /// Runs `sitegen` with its standard error on a pseudo-terminal, as in a shell; returns the
    /// status and what the terminal showed (line ends as `\n`).
    static func runOnTerminal(_ arguments: [String], in directory: URL, environment: [String: String] = [:])
        throws -> (status: Int32, stderr: String)
    {
        let master = PseudoTerminal.open(O_RDWR | O_NOCTTY)
        guard master >= 0, PseudoTerminal.grant(master) == 0, PseudoTerminal.unlock(master) == 0,
            let name = PseudoTerminal.name(master)
        else { throw CocoaError(.fileReadUnknown) }
        let terminal = FileHandle(fileDescriptor: master, closeOnDealloc: true)
        guard let secondary = FileHandle(forUpdatingAtPath: String(cString: name)) else {
            throw CocoaError(.fileReadUnknown)
        }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = secondary
        try process.run()
        process.waitUntilExit()
        try secondary.close()
        // The terminal holds what the child wrote until it is read; a closed secondary ends it
        // with an error (EIO) instead of an end of file, so read what is there.
        var shown = Data()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { break }
            let count = read(master, &buffer, buffer.count)
            guard count > 0 else { break }
            shown.append(contentsOf: buffer[0..<count])
        }
        _ = terminal
        return (
            process.terminationStatus,
            String(decoding: shown, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        )
    }
}

/// The C library's pseudo-terminal calls, which Swift's Glibc module does not import.
private enum PseudoTerminal {
    typealias Open = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32) -> UnsafeMutablePointer<CChar>?

    static func function<F>(_ name: String, as type: F.Type) -> F {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), name) else { fatalError("no \(name)") }
        return unsafeBitCast(symbol, to: type)
    }

    static let open = function("posix_openpt", as: Open.self)
    static let grant = function("grantpt", as: Open.self)
    static let unlock = function("unlockpt", as: Open.self)
    static let name = function("ptsname", as: Name.self)
}
