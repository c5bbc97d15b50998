/// A file under `content/` that is copied as it is.
public struct StaticFile: Sendable, Equatable {
    /// Absolute path of the source file.
    public var sourcePath: String
    /// Path relative to the output directory.
    public var outputPath: String
}
