/// A site loaded, assembled and planned: every output it has, ready to render.
public struct PreparedSite: Sendable {
    public let site: Site
    public let plan: BuildPlan
    let renderer: PageRenderer
    /// Warnings found on the way (a prepared site has no errors).
    public let diagnostics: [Diagnostic]
    private let outputs: [String: PreparedOutput]

    init(site: Site, plan: BuildPlan, renderer: PageRenderer, diagnostics: [Diagnostic]) {
        self.site = site
        self.plan = plan
        self.renderer = renderer
        self.diagnostics = diagnostics
        var outputs: [String: PreparedOutput] = [:]
        for output in plan.outputs { outputs[output.file] = .rendered(output) }
        for copy in plan.copies { outputs[copy.file] = .copied(copy) }
        self.outputs = outputs
    }

    /// What produces the output file at `file` (`posts/pact/index.html`), if the site has one.
    public func output(at file: String) -> PreparedOutput? {
        outputs[file]
    }

    /// The text of a rendered output, exactly as `build` would write it.
    public func render(_ output: PlannedOutput) -> String? {
        renderer.render(output)
    }
}

/// One output of a prepared site.
public enum PreparedOutput: Sendable {
    case rendered(PlannedOutput)
    case copied(PlannedCopy)
}
