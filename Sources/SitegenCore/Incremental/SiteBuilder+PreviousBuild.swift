import Foundation

// What a build does with what the previous one left: the staging folder it brings up to date, the
// cache that says whether anything changed at all.
extension SiteBuilder {
    /// Readies the staging folder with the folders of `files` in it, on a Dispatch queue, off the
    /// concurrency pool whose threads load the content meanwhile: its calls block on the disk, not
    /// the CPU. With `reuse`, a kept spare is listed rather than emptied. Gives what the staging
    /// folder holds and the folders of `files`.
    static func startStaging(
        _ output: OutputDirectory, folders files: [String], reuse: Bool
    ) -> Task<(OutputDirectory.Contents, Set<String>), Error> {
        Task {
            try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global(qos: .userInitiated).async {
                    continuation.resume(
                        with: Result {
                            let contents = try output.prepareStaging(reuse: reuse)
                            try output.createFolders(for: files, existing: contents.folders)
                            return (contents, OutputDirectory.folders(for: files))
                        })
                }
            }
        }
    }

    /// The report of a build that has nothing to do: the sources have the stamps they had when the
    /// previous build read them, no post has come due since, and the output holds exactly the files
    /// it wrote. The previous build's summary and warnings are given again. Nil when any of that is
    /// not so.
    func upToDate(
        _ previous: BuildCache, inputs: BuildInputs, output: OutputDirectory, timings: StageTimings, started: UInt64
    ) -> BuildReport? {
        guard let summary = previous.summary else { return nil }
        if let next = summary.nextPublication, Int64(options.now.timeIntervalSince1970 * 1e9) >= next { return nil }
        guard inputs.match(previous.inputs, siteRoot: options.siteRoot),
            output.holdsExactly(previous.files, keeping: OutputKeep(previous.kept))
        else {
            return nil
        }
        var timings = timings
        timings.end("compare the sources and the output with the build cache")
        return BuildReport(
            postCount: summary.posts, tagCount: summary.tags, pageCount: summary.pages,
            fileCount: previous.files.count, writtenCount: 0, skipped: summary.skipped, diagnostics: summary.warnings,
            seconds: Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9, timings: timings,
            workingSet: BuildReport.WorkingSet([previous, inputs]))
    }

    /// The cache of the build that wrote the current output, when it can be trusted and is of use:
    /// not with `--clean`, not for another output folder. A damaged or foreign cache is reported
    /// with a note and not used.
    func previousCache() -> (BuildCache?, [Diagnostic]) {
        options.clean ? (nil, []) : readPreviousCache()
    }

    /// The files the build that wrote the current output wrote, with `--clean` too: what is not
    /// among them (nor planned, nor kept) in the output folder was put there by someone else.
    func previousOutputFiles(_ previous: BuildCache?) -> Set<String>? {
        guard let cache = previous ?? (options.clean ? readPreviousCache().0 : nil) else { return nil }
        return Set(cache.files.keys)
    }

    private func readPreviousCache() -> (BuildCache?, [Diagnostic]) {
        let url = BuildCache.url(siteRoot: options.siteRoot, output: options.output)
        switch BuildCache.load(from: url) {
        case nil:
            return (nil, [])
        case .failure(let rejection):
            let file = BuildCache.folder + "/" + url.lastPathComponent
            return (nil, [Diagnostic(.output(.cacheIgnored(rejection.reason)), file: file)])
        case .success(let cache):
            // A cache of other settings still names the folders; no fingerprint of it will match.
            guard cache.output == OutputDirectory(options.output).url.path else { return (nil, []) }
            return (cache, [])
        }
    }
}

extension SiteBuilder {
    /// `path` inside the output folder as diagnostics name it: relative to the site folder when
    /// the output lies inside it (`public/notes.txt`), absolute otherwise.
    func displayedOutputPath(_ path: String) -> String {
        OutputDirectory.displayed(options.output, siteRoot: options.siteRoot) + "/" + path
    }
}
