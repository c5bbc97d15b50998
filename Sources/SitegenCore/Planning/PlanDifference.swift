/// What changed between two plans of one site, output by output: the outputs a rebuild must add,
/// remove, or make again because what they are made from changed.
public struct PlanDifference: Sendable, Equatable {
    /// Output files, sorted.
    public var added: [String]
    public var removed: [String]
    /// Outputs at the same file whose job, site path or origin differ.
    public var changed: [String]

    public var isEmpty: Bool { added.isEmpty && removed.isEmpty && changed.isEmpty }
}

extension BuildPlan {
    /// How this plan differs from `previous`. Jobs name their inputs by identity, so an output whose
    /// job is equal renders from the same entities; whether those entities' content changed is
    /// for the renderer's inputs to tell, not the plan.
    public func difference(from previous: BuildPlan) -> PlanDifference {
        let old = previous.outputs
        return PlanDifference(
            added: files.filter { old[$0] == nil },
            removed: previous.files.filter { outputs[$0] == nil },
            changed: files.filter { file in
                guard let before = old[file], let now = outputs[file] else { return false }
                return before.job != now.job || before.sitePath != now.sitePath || before.origin != now.origin
            })
    }
}
