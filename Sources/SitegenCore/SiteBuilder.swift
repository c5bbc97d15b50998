import Foundation

/// What `sitegen build` is asked to do.
public struct BuildOptions: Sendable {
    public var siteRoot: URL
    /// Defaults to `public/` in the site root.
    public var output: URL
    public var includeDrafts = false
    public var includeFuture = false
    /// Replaces `baseURL` from the config (`--base-url`).
    public var baseURL: String?
    /// The moment drafts and future posts are judged against.
    public var now = Date()

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
    /// Every file written, relative to the output.
    public var fileCount: Int
    public var skipped: [SkippedItem]
    /// Warnings (a successful build has no errors).
    public var diagnostics: [Diagnostic]
    public var seconds: Double
    /// How long each stage took (`--timings`).
    public var timings = StageTimings()
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
        let started = DispatchTime.now().uptimeNanoseconds
        let output = OutputDirectory(options.output)
        let outputProblems = output.check(siteRoot: options.siteRoot)
        let prepared: PreparedSite
        do {
            prepared = try await prepare()
        } catch let failure as BuildFailure {
            throw BuildFailure(outputProblems + failure.diagnostics)
        }
        guard !Self.hasErrors(outputProblems) else { throw BuildFailure(outputProblems + prepared.diagnostics) }
        var diagnostics = prepared.diagnostics
        var timings = prepared.timings
        do {
            try output.prepareStaging()
            try output.createFolders(for: prepared.plan.files)
            timings.end("prepare the staging folder")
            diagnostics += try await SiteWriter(output: output, renderer: prepared.renderer).write(prepared.plan)
            timings.end("render and write")
            guard !Self.hasErrors(diagnostics) else { throw BuildFailure(diagnostics) }
            try output.commit()
            timings.end("swap the output in")
        } catch let failure as BuildFailure {
            output.discardStaging()
            throw failure
        } catch {
            output.discardStaging()
            throw BuildFailure(diagnostics + [Diagnostic(.output(.writeFailed(error.localizedDescription)))])
        }
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let site = prepared.site
        return BuildReport(
            postCount: site.posts.count, tagCount: site.tags.count, pageCount: prepared.plan.htmlPageCount,
            fileCount: prepared.plan.files.count, skipped: site.skipped,
            diagnostics: Diagnostic.sorted(diagnostics), seconds: elapsed, timings: timings)
    }

    /// Loads, assembles and plans the site without writing anything: what `build` writes, and what
    /// the preview server renders on request. Throws `BuildFailure` when anything is wrong.
    public func prepare() async throws -> PreparedSite {
        var diagnostics: [Diagnostic] = []
        var timings = StageTimings()
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
        timings.end("load config and theme")
        let content = await ContentLoader(siteRoot: options.siteRoot, config: config, cache: cache).load()
        diagnostics += content.diagnostics
        timings.end("load content")
        let rule = PublicationRule(
            includeDrafts: options.includeDrafts, includeFuture: options.includeFuture, now: options.now)
        let site = Site(config: config, content: content, rule: rule)
        diagnostics += site.diagnostics
        timings.end("assemble")
        guard let theme, !Self.hasErrors(diagnostics) else { throw BuildFailure(diagnostics) }

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
            diagnostics: Diagnostic.sorted(diagnostics), timings: timings)
    }

    static func hasErrors(_ diagnostics: [Diagnostic]) -> Bool {
        diagnostics.contains { $0.severity == .error }
    }
}
