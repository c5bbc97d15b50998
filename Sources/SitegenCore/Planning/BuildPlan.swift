/// Every file a build writes, keyed by output path, decided before anything is written.
public struct BuildPlan: Sendable {
    public private(set) var outputs: [String: PlannedOutput] = [:]
    /// Output files in the order they were planned.
    private var order: [String] = []
    public var diagnostics: [Diagnostic] = []

    public init() {}

    /// Adds `output` unless its file is taken; returns the output already there.
    mutating func insert(_ output: PlannedOutput) -> PlannedOutput? {
        if let existing = outputs[output.file] { return existing }
        outputs[output.file] = output
        order.append(output.file)
        sortedFiles = nil
        return nil
    }

    /// Sorts the files once, when planning is done: the writer and the staging folder ask for
    /// them several times a build.
    mutating func sealFiles() {
        sortedFiles = outputs.keys.sorted()
    }

    /// Outputs in the order they were planned.
    public var planned: [PlannedOutput] { order.compactMap { outputs[$0] } }

    /// Outputs sorted by site path, as `sitegen list` prints them.
    public var listed: [PlannedOutput] {
        outputs.values.sorted { $0.sitePath != $1.sitePath ? $0.sitePath < $1.sitePath : $0.file < $1.file }
    }

    public var htmlPageCount: Int { outputs.values.filter { $0.kind == .page }.count }

    /// Every output's file, sorted.
    public var files: [String] { sortedFiles ?? outputs.keys.sorted() }
    private var sortedFiles: [String]?

    public func output(at file: String) -> PlannedOutput? { outputs[file] }
}
