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

    static func run(_ arguments: [String], in directory: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        // Read both pipes before waiting so a full pipe cannot block the child.
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }
}
