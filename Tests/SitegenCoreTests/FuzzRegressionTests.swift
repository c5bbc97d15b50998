import Foundation
import Testing

@testable import SitegenCore

/// Every input `make fuzz` kept, run through its stage again: none may crash or break the stage's
/// promise (see `FuzzStage`), so what the fuzzer once found stays fixed.
@Suite struct FuzzRegressionTests {
    static let folder = TestSupport.fixtures.appendingPathComponent("fuzz")

    static func inputs(_ stage: FuzzStage) -> [URL] {
        let stageFolder = folder.appendingPathComponent(stage.rawValue)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: stageFolder.path)) ?? []
        return names.sorted().map { stageFolder.appendingPathComponent($0) }
    }

    @Test(arguments: FuzzStage.allCases)
    func keptInputsStayFixed(_ stage: FuzzStage) throws {
        let inputs = Self.inputs(stage)
        #expect(!inputs.isEmpty, "no kept inputs for \(stage.rawValue)")
        for input in inputs {
            let bytes = try [UInt8](Data(contentsOf: input))
            #expect(stage.run(bytes) == nil, "\(stage.rawValue)/\(input.lastPathComponent)")
        }
    }

    /// The first finding: a TOML table header with no key made toml++ assert (abort) in a debug
    /// build and assume the impossible in a release one; now it is a located error.
    @Test func aTableHeaderWithoutAKeyIsALocatedError() {
        for text in ["+++\n[\n+++\nBody\n", "+++\ntitle = \"x\"\n[[ \n+++\n", "+++\n  [\t]\n+++\n"] {
            let (_, _, diagnostics) = FrontMatterParser(timeZone: TimeZone(identifier: "UTC")!).parse(
                text, file: "f.md")
            #expect(diagnostics.map(\.message) == ["invalid TOML: a table header needs a key after '['"], "\(text)")
            #expect(diagnostics.first?.line != nil && diagnostics.first?.line ?? 0 >= 2)
        }
        #expect(
            MatterValue.tableHeaderWithoutKey(
                in: "a = '''\n[\n'''\n[b]\n[\"c\"]\n[[d]]\nm = [\n  [ [1] ],\n  [{ x = 1 }]\n]\ns = \"[\"\n") == nil,
            "inside a multi-line string or an array, and real headers")
        #expect(MatterValue.tableHeaderWithoutKey(in: "#\"\"\"\n[\n")?.0 == 2, "quotes in a comment open no string")
    }

    /// The second: a NUL byte ended the text toml++ saw (TOMLKit passes a C string), so it accepted
    /// a table and sitegen's own scan of the key positions then looped forever on what followed.
    @Test func aNulByteInTOMLIsALocatedErrorAndThePositionScanAlwaysEnds() {
        let (_, _, diagnostics) = FrontMatterParser(timeZone: TimeZone(identifier: "UTC")!).parse(
            "+++\ntitle = \"a\"\nx = 1\0\ntags = [\"a\"}\n+++\n", file: "f.md")
        #expect(diagnostics.map(\.description) == ["f.md:3:6: error: invalid TOML: a NUL character is not allowed"])
        let positions = TOMLPositions("tags = [\"a\"}19\n[p]\n", firstLine: 2)
        #expect(positions.keys[["tags"]]?.line == 2)
    }
}
