import Foundation

/// Renders and writes planned outputs in parallel, a bounded number at a time, each page going
/// straight to disk so the whole site is never held in memory; copied files are copied. With the
/// previous build's cache, an output whose fingerprint is unchanged is linked from the previous
/// output instead.
struct SiteWriter: Sendable {
    let output: OutputDirectory
    let renderer: PageRenderer
    /// What each output is made from; nil writes every output without recording fingerprints.
    var fingerprints: OutputFingerprints?
    /// The cache of the build that wrote the current output, when it can be trusted.
    var previous: BuildCache?
    /// The files a kept spare staging folder already holds, with their inodes.
    var staged: [String: UInt64] = [:]
    var progress: BuildProgress?

    /// What writing the plan did.
    struct Result: Sendable {
        var diagnostics: [Diagnostic] = []
        /// The cache entry of every output, for the next build.
        var entries: [String: BuildCache.Entry] = [:]
        /// Outputs rendered or copied anew.
        var written = 0
        /// Outputs linked unchanged from the previous output.
        var reused = 0
    }

    private enum Outcome: Sendable {
        case written(BuildCache.Entry?)
        case reused(BuildCache.Entry)
        case failed(Diagnostic)
    }

    func write(_ plan: BuildPlan) async throws -> Result {
        let planned = plan.planned
        let width = max(2, ProcessInfo.processInfo.activeProcessorCount * 2)
        // Outputs go to tasks in runs: most outputs of a rebuild cost a fingerprint and a stat,
        // less than starting a task of their own.
        let run = 16
        return try await withThrowingTaskGroup(of: [(String, Outcome)].self) { group in
            var result = Result()
            var next = 0
            var inFlight = 0
            func startNext() -> Bool {
                guard next < planned.count else { return false }
                let outputs = planned[next..<min(next + run, planned.count)]
                next = outputs.endIndex
                group.addTask { try outputs.map { ($0.file, try produce($0)) } }
                inFlight += 1
                return true
            }
            while inFlight < width, startNext() {}
            while inFlight > 0, let outcomes = try await group.next() {
                inFlight -= 1
                for (file, outcome) in outcomes {
                    progress?.advance()
                    switch outcome {
                    case .written(let entry):
                        result.written += 1
                        result.entries[file] = entry
                    case .reused(let entry):
                        result.reused += 1
                        result.entries[file] = entry
                    case .failed(let diagnostic):
                        result.diagnostics.append(diagnostic)
                    }
                }
                _ = startNext()
            }
            return result
        }
    }

    private func produce(_ planned: PlannedOutput) throws -> Outcome {
        let fingerprint = fingerprints?.fingerprint(of: planned)
        if let fingerprint, let old = previous?.files[planned.file], old.fingerprint == fingerprint,
            try output.linkPrevious(planned.file, stamp: old.stamp, staged: staged[planned.file])
        {
            return .reused(old)
        }
        let stamp: OutputStamp?
        switch planned.job {
        case .copy(.file(let path)):
            stamp = try output.copy(from: path, to: planned.file)
        default:
            guard let text = renderer.render(planned) else {
                let template = planned.job.template ?? ""
                // The template is there: its partials nested too deep.
                let problem: Diagnostic.OutputProblem =
                    renderer.library.template(named: template) == nil
                    ? .templateNotFound(template: template, file: planned.file)
                    : .templateTooDeep(template: template, file: planned.file)
                return .failed(renderer.library.diagnostic(.output(problem), template: template))
            }
            if let template = planned.job.template, planned.job.mustNotBeEmpty,
                text.allSatisfy(\.isWhitespace), renderer.library.template(named: template)?.nodes.isEmpty == false
            {
                // A template that renders nothing would publish a blank page with exit 0.
                return .failed(
                    renderer.library.diagnostic(
                        .output(.emptyPage(template: template, file: planned.file)), template: template))
            }
            stamp = try output.write(text, to: planned.file)
        }
        guard let fingerprint, let stamp else { return .written(nil) }
        return .written(BuildCache.Entry(fingerprint: fingerprint, stamp: stamp))
    }
}
