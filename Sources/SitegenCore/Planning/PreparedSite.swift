import Foundation

/// A site loaded, assembled, indexed and planned: every output it has, ready to render.
public struct PreparedSite: Sendable {
    public let site: Site
    public let termIndex: TermIndex
    public let plan: BuildPlan
    let renderer: PageRenderer
    /// Warnings found on the way (a prepared site has no errors).
    public let diagnostics: [Diagnostic]
    /// How long loading, assembly, indexing and planning took.
    public let timings: StageTimings
    /// What the site was made from, for `revised`.
    let inputs: Inputs
    /// True when this is a revision of an earlier site (`SiteBuilder.prepare(after:)`) that found
    /// nothing changed: every output and diagnostic is the same, and there is nothing to reload.
    public internal(set) var isUnchanged = false
    /// True when `revised` made this site from an earlier one.
    var isRevision = false

    init(
        site: Site, termIndex: TermIndex, plan: BuildPlan, renderer: PageRenderer, diagnostics: [Diagnostic],
        timings: StageTimings = StageTimings(), inputs: Inputs
    ) {
        self.timings = timings
        self.inputs = inputs
        self.site = site
        self.termIndex = termIndex
        self.plan = plan
        self.renderer = renderer
        self.diagnostics = diagnostics
    }

    /// The output at `file` (`posts/pact/index.html`), if the site has one.
    public func output(at file: String) -> PlannedOutput? {
        plan.output(at: file)
    }

    /// The text of a rendered output, exactly as `build` would write it; nil for a copied file
    /// or a missing template.
    public func render(_ output: PlannedOutput) -> String? {
        renderer.render(output)
    }

    /// The root-relative link to a site path, with the base URL's sub-path.
    public func link(to sitePath: String) -> String {
        renderer.urls.path(sitePath)
    }

    /// The bytes `build` writes for an output.
    public func bytes(of output: PlannedOutput) -> [UInt8]? {
        switch output.job {
        case .copy(.file(let path)): FileManager.default.contents(atPath: path).map { Array($0) }
        case .copy(.text(let text)): Array(text.utf8)
        default: render(output).map { Array($0.utf8) }
        }
    }
}
