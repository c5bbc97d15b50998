import Foundation

/// One build of a site at a time: `sitegen build` holds an exclusive `flock` on
/// `.sitegen/build.lock` for as long as it runs, so a second build started meanwhile (from another
/// terminal, an editor hook, CI) stops at once with a clear message and changes nothing, instead
/// of racing the first for the staging folder and the output. The system drops the lock when the
/// process ends, however it ends: a killed build never leaves the site locked.
final class BuildLock {
    static let fileName = "build.lock"

    private let descriptor: Int32

    /// The lock of the site at `siteRoot`; nil when `.sitegen/` cannot be written (a read-only
    /// site folder builds without one). Throws a `BuildFailure` when another build holds it.
    static func acquire(siteRoot: URL) throws -> BuildLock? {
        let folder = siteRoot.appendingPathComponent(BuildCache.folder)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(fileName).path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let holder = Self.holder(descriptor)
            close(descriptor)
            throw BuildFailure([
                Diagnostic(.output(.locked(process: holder)), file: BuildCache.folder + "/" + fileName)
            ])
        }
        // The holder's process id, for the message another build prints.
        let text = Array("\(getpid())\n".utf8)
        if ftruncate(descriptor, 0) == 0 { _ = pwrite(descriptor, text, text.count, 0) }
        return BuildLock(descriptor: descriptor)
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// Lets the next build in.
    func release() {
        close(descriptor)
    }

    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = pread(descriptor, &buffer, buffer.count, 0)
        guard count > 0 else { return nil }
        return Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
