import Dispatch

/// How long each stage of a build took, in the order they ran (`sitegen build --timings`).
public struct StageTimings: Sendable, Equatable {
    public struct Stage: Sendable, Equatable {
        public var name: String
        public var seconds: Double
    }

    public private(set) var stages: [Stage] = []
    private var mark = DispatchTime.now().uptimeNanoseconds

    public init() {}

    /// Ends the stage that ran since the last mark.
    mutating func end(_ name: String) {
        let now = DispatchTime.now().uptimeNanoseconds
        stages.append(Stage(name: name, seconds: Double(now - mark) / 1e9))
        mark = now
    }

    /// These stages, then those of `later`, which goes on timing from its own last mark.
    func followed(by later: StageTimings) -> StageTimings {
        var result = later
        result.stages = stages + later.stages
        return result
    }

    /// The stages as aligned lines: `load content   0.412 s`.
    public var lines: [String] {
        let width = stages.map(\.name.count).max() ?? 0
        return stages.map { stage in
            stage.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  "
                + String(format: "%7.3f s", stage.seconds)
        }
    }
}
