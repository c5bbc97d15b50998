/// A seeded SplitMix64 generator: the same sequence of numbers from the same seed, on every
/// machine and run, for the randomised tests (edit sequences, kill moments) to be repeatable. Every
/// bit of each number is random, as `Double.random(in:using:)` needs.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
    public var state: UInt64

    public init(state: UInt64) {
        self.state = state
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
