import Foundation

/// Renders and writes planned outputs in parallel, a bounded number at a time, each page going
/// straight to disk so the whole site is never held in memory; copied files are copied.
struct SiteWriter: Sendable {
    let output: OutputDirectory
    let renderer: PageRenderer

    func write(_ plan: BuildPlan) async throws -> [Diagnostic] {
        let planned = plan.planned
        let rendered = planned.filter { $0.kind != .copy }
        let width = max(2, ProcessInfo.processInfo.activeProcessorCount * 2)
        return try await withThrowingTaskGroup(of: Diagnostic?.self) { group in
            var diagnostics: [Diagnostic] = []
            var pending = rendered.makeIterator()
            var inFlight = 0
            func startNext() -> Bool {
                guard let next = pending.next() else { return false }
                group.addTask { try render(next) }
                inFlight += 1
                return true
            }
            while inFlight < width, startNext() {}
            while inFlight > 0, let result = try await group.next() {
                inFlight -= 1
                if let result { diagnostics.append(result) }
                _ = startNext()
            }
            for copy in planned {
                switch copy.job {
                case .copy(.file(let path)): try output.copy(from: path, to: copy.file)
                case .copy(.text(let text)): try output.write(text, to: copy.file)
                default: continue
                }
            }
            return diagnostics
        }
    }

    private func render(_ planned: PlannedOutput) throws -> Diagnostic? {
        guard let text = renderer.render(planned) else {
            return Diagnostic(.output(.templateNotFound(template: planned.job.template ?? "", file: planned.file)))
        }
        try output.write(text, to: planned.file)
        return nil
    }
}
