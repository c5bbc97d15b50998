import Foundation

/// What `sitegen build` is asked to do.
public struct BuildOptions: Sendable {
    public var siteRoot: URL
    /// Defaults to `public/` in the site root.
    public var output: URL
    public var includeDrafts = false
    public var includeFuture = false
    /// Includes posts and pages past their `expiryDate` (`--expired`).
    public var includeExpired = false
    /// Replaces `baseURL` from the config (`--base-url`).
    public var baseURL: String?
    /// The moment drafts and future posts are judged against.
    public var now = Date()
    /// Writes every file anew, ignoring the build cache of the previous build (`--clean`); the
    /// cache is still saved for the next build.
    public var clean = false
    /// Told the stage and the count of outputs written as the build goes (`sitegen build` shows it
    /// on a terminal when a build takes more than two seconds).
    public var progress: BuildProgress?

    public init(siteRoot: URL, output: URL? = nil) {
        self.siteRoot = siteRoot.standardizedFileURL
        self.output = (output ?? siteRoot.appendingPathComponent("public")).standardizedFileURL
    }
}

/// What a successful build did.
public struct BuildReport: Sendable {
    public var postCount: Int
    public var tagCount: Int
    /// HTML pages written.
    public var pageCount: Int
    /// Every file of the output.
    public var fileCount: Int
    /// Files rendered or copied by this build; the others were unchanged and kept from the previous output.
    public var writtenCount = 0
    public var skipped: [SkippedItem]
    /// Warnings (a successful build has no errors).
    public var diagnostics: [Diagnostic]
    public var seconds: Double
    /// How long each stage took (`--timings`).
    public var timings = StageTimings()
    /// The site, caches and parsed posts the build worked with, kept alive for as long as the
    /// report: a command that exits right after printing the report (`sitegen build`) then never
    /// frees them piece by piece, which took a tenth of a second for 10,000 posts.
    public var workingSet: WorkingSet?

    public final class WorkingSet: Sendable {
        let values: [any Sendable]

        init(_ values: [any Sendable]) {
            self.values = values
        }
    }
}

/// Runs the whole pipeline: load, assemble, plan, render and write, then swap the output in.
public struct SiteBuilder: Sendable {
    public let options: BuildOptions
    /// Parsed content kept between builds of one process (the preview server); nil for one-off builds.
    public let cache: ContentCache?

    public init(options: BuildOptions, cache: ContentCache? = nil) {
        self.options = options
        self.cache = cache
    }

    /// Builds the site; throws `BuildFailure` with every diagnostic when anything is wrong, in
    /// which case the previous output is untouched.
    public func build() async throws -> BuildReport {
        let lock = try BuildLock.acquire(siteRoot: options.siteRoot)
        defer { lock?.release() }
        let postSave = ParsedPostSave()
        do {
            return try await build(postSave)
        } catch {
            _ = await postSave.finish()  // a failed build still stores what it parsed, whole
            throw error
        }
    }

    private func build(_ postSave: ParsedPostSave) async throws -> BuildReport {
        let started = DispatchTime.now().uptimeNanoseconds
        let wallClockStart = Int64(Date().timeIntervalSince1970 * 1e9)
        var checks = StageTimings()
        let output = OutputDirectory(
            options.output, spare: BuildCache.spareURL(siteRoot: options.siteRoot, output: options.output))
        let outputProblems = output.check(siteRoot: options.siteRoot)
        let settings = BuildSettings.fingerprint(siteRoot: options.siteRoot, options: options)
        // The parsed posts, the sources' stamps and the build cache are read at once, on both
        // cores. A build that turns out to have nothing to do leaves the first of them unused.
        let storeRead = Task { contentCacheForBuild() }
        async let stamps = BuildInputs.read(siteRoot: options.siteRoot)
        let (previous, cacheNotes) = previousCache()
        let inputs = await stamps
        checks.end("read the sources' stamps and the build cache")
        if outputProblems.isEmpty, let previous, previous.settings == settings,
            let report = upToDate(previous, inputs: inputs, output: output, timings: checks, started: started)
        {
            return report
        }
        // The folders of the previous output are made while the content loads: the disk is idle then.
        let early = previous.map { Array($0.files.keys) } ?? []
        let staging =
            outputProblems.isEmpty ? Self.startStaging(output, folders: early, reuse: previous != nil) : nil
        let (contentCache, postStore, storeNotes) = await storeRead.value
        checks.end("read the parsed posts of the last build")
        let prepared: PreparedSite
        do {
            // The parsed posts are stored as soon as they are loaded, beside assembly and rendering.
            prepared = try await SiteBuilder(options: options, cache: contentCache).prepare(
                after: nil, changed: nil, fingerprint: settings
            ) {
                postSave.start { saveParsedPosts(contentCache, into: postStore, started: wallClockStart) }
            }
        } catch let failure as BuildFailure {
            if let staging {
                _ = try? await staging.value
                output.discardStaging()
            }
            throw BuildFailure(outputProblems + failure.diagnostics)
        }
        guard !Self.hasErrors(outputProblems) else { throw BuildFailure(outputProblems + prepared.diagnostics) }
        var diagnostics = prepared.diagnostics + cacheNotes + storeNotes
        var timings = checks.followed(by: prepared.timings)
        let keep = OutputKeep(prepared.site.config.outputKeep)
        let written: SiteWriter.Result
        do {
            options.progress?.begin("render and write", total: prepared.plan.outputs.count)
            let (spare, earlyFolders) = try await staging?.value ?? (OutputDirectory.Contents(), [])
            try output.reconcile(spare, planned: prepared.plan.files)
            timings.end("prepare the staging folder")
            let fingerprints = OutputFingerprints(
                site: prepared.site, termIndex: prepared.termIndex, settings: settings)
            written = try await SiteWriter(
                output: output, renderer: prepared.renderer, fingerprints: fingerprints, previous: previous,
                staged: spare.files, progress: options.progress
            ).write(prepared.plan)
            diagnostics += written.diagnostics
            try output.removeUnneededFolders(
                earlyFolders.union(spare.folders)
                    .subtracting(OutputDirectory.folders(for: prepared.plan.files)))
            timings.end("render and write")
            guard !Self.hasErrors(diagnostics) else { throw BuildFailure(diagnostics) }
            let carried = try output.carryOver(
                keep: keep, planned: Set(prepared.plan.files), previous: previousOutputFiles(previous))
            diagnostics += carried.foreign.map {
                Diagnostic(.output(.notWrittenBySitegenRemoved), file: displayedOutputPath($0))
            }
            try output.commit()
            timings.end("swap the output in")
        } catch let failure as BuildFailure {
            output.discardStaging()
            throw failure
        } catch {
            output.discardStaging()
            throw BuildFailure(diagnostics + [Diagnostic(.output(.writeFailed(error.localizedDescription)))])
        }
        var cache = BuildCache(output: output.url.path, settings: settings)
        cache.files = written.entries
        cache.kept = keep.paths
        cache.inputs = inputs
        let site = prepared.site
        cache.summary = BuildCache.Summary(
            posts: site.posts.count, tags: site.tags.count, pages: prepared.plan.htmlPageCount,
            skipped: site.skipped, nextPublication: site.nextPublication.map { Int64($0.timeIntervalSince1970 * 1e9) },
            warnings: Diagnostic.sorted(prepared.diagnostics))
        do {
            try cache.save(to: BuildCache.url(siteRoot: options.siteRoot, output: options.output))
        } catch {
            diagnostics.append(Diagnostic(.output(.cacheNotSaved(error.localizedDescription))))
        }
        diagnostics += await postSave.finish()
        timings.end("save the build cache")
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return BuildReport(
            postCount: site.posts.count, tagCount: site.tags.count, pageCount: prepared.plan.htmlPageCount,
            fileCount: prepared.plan.outputs.count, writtenCount: written.written, skipped: site.skipped,
            diagnostics: Diagnostic.sorted(diagnostics), seconds: elapsed, timings: timings,
            workingSet: BuildReport.WorkingSet([prepared, contentCache, previous, cache, written]))
    }

    /// Loads, assembles and plans the site without writing anything: what `build` writes, and what
    /// the preview server renders on request. Throws `BuildFailure` when anything is wrong.
    ///
    /// Given the site this builder prepared last (the preview passes it), an edit that changes no
    /// more than the bodies of posts re-parses those files and re-plans nothing: see
    /// `PreparedSite.revised`. `changed` names the files (relative to the site folder) that
    /// changed since this builder's cache last loaded the content, when a watcher knows them:
    /// then only those are looked at again.
    public func prepare(after previous: PreparedSite? = nil, changed: Set<String>? = nil) async throws -> PreparedSite {
        let fingerprint = cache.map { _ in BuildSettings.fingerprint(siteRoot: options.siteRoot, options: options) }
        return try await prepare(after: previous, changed: changed, fingerprint: fingerprint)
    }

    /// `prepare` with the settings' fingerprint already read (`build` reads it first, for its cache).
    /// `whenLoaded` runs once the content is loaded, before it is assembled.
    func prepare(
        after previous: PreparedSite?, changed: Set<String>?, fingerprint: Fingerprint?,
        whenLoaded: (@Sendable () -> Void)? = nil
    ) async throws -> PreparedSite {
        var timings = StageTimings()
        let unchangedSettings = previous.flatMap { $0.settings.fingerprint == fingerprint ? $0.settings : nil }
        let settings = unchangedSettings ?? loadSettings(fingerprint: fingerprint)
        timings.end("load config and theme")
        options.progress?.begin("load content")
        let prefix = ContentLoader.contentDirectory + "/"
        let changedContent = changed.map {
            Set($0.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) })
        }
        let content = await ContentLoader(
            siteRoot: options.siteRoot, config: settings.config, cache: cache, changed: changedContent
        ).load()
        timings.end("load content")
        whenLoaded?()
        if unchangedSettings != nil, let previous,
            let revised = previous.revised(content: content, now: options.now, cache: cache, timings: timings)
        {
            return revised
        }
        return try assembleAndPlan(settings, content: content, timings: timings)
    }

    /// The config (with the base URL option and the topics file applied) and the theme.
    func loadSettings(fingerprint: Fingerprint?) -> PreparedSite.Settings {
        var diagnostics: [Diagnostic] = []
        var (config, configDiagnostics) = ConfigLoader().load(siteRoot: options.siteRoot)
        diagnostics += configDiagnostics
        if let override = options.baseURL {
            if let normalized = SiteConfig.normalizedBaseURL(override) {
                config.baseURL = normalized
            } else {
                diagnostics.append(Diagnostic(.config(.invalidBaseURLOption(override))))
            }
        }
        let (topicsFile, topicsDiagnostics) = TopicVocabulary.load(siteRoot: options.siteRoot)
        diagnostics += topicsDiagnostics
        if let topicsFile {
            if config.topics.isEmpty {
                config.topics = topicsFile
            } else {
                diagnostics.append(Diagnostic(.topics(.definedInBothFiles), file: "content/_topics.yaml"))
            }
        }
        let (theme, themeDiagnostics) = ThemeLoader().load(siteRoot: options.siteRoot)
        diagnostics += themeDiagnostics
        return PreparedSite.Settings(fingerprint: fingerprint, config: config, theme: theme, diagnostics: diagnostics)
    }

    func assembleAndPlan(
        _ settings: PreparedSite.Settings, content: LoadedContent, timings: StageTimings
    ) throws -> PreparedSite {
        var timings = timings
        var diagnostics = settings.diagnostics + content.diagnostics
        let config = settings.config
        let rule = PublicationRule(
            includeDrafts: options.includeDrafts, includeFuture: options.includeFuture,
            includeExpired: options.includeExpired, now: options.now)
        let site = Site(config: config, content: content, rule: rule)
        diagnostics += site.diagnostics
        timings.end("assemble")
        guard let theme = settings.theme, !Self.hasErrors(diagnostics) else { throw BuildFailure(diagnostics) }

        options.progress?.begin("index terms and plan")
        let termIndex = TermIndex(site: site, cache: cache?.termMentions)
        timings.end("index terms")
        let plan = BuildPlanner().plan(site: site, theme: theme, termIndex: termIndex)
        diagnostics += plan.diagnostics
        guard !Self.hasErrors(diagnostics) else { throw BuildFailure(diagnostics) }
        let renderer = PageRenderer(
            site: site, plan: plan, termIndex: termIndex, theme: theme, urls: URLBuilder(baseURL: config.baseURL))
        timings.end("plan")
        return PreparedSite(
            site: site, termIndex: termIndex, plan: plan, renderer: renderer,
            diagnostics: Diagnostic.sorted(diagnostics), timings: timings,
            inputs: PreparedSite.Inputs(
                settings: settings, content: content, siteDiagnostics: site.diagnostics,
                planDiagnostics: plan.diagnostics))
    }

    static func hasErrors(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains { $0.severity == .error }
    }
}
