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

    func diagnostics(_ text: String) -> [String] {
        FrontMatterParser(timeZone: TimeZone(identifier: "UTC")!).parse(text, file: "f.md").2.map(\.description)
    }

    /// What the fuzzer found in TOML front matter when toml++ (through TOMLKit) read it: a table
    /// header with no key, after a byte order mark or a comment with quotes in it, and a value
    /// that starts with `}`, made it assert (abort in a debug build, undefined behaviour in a
    /// release one); a NUL byte ended the text it saw, and sitegen's scan for key positions then
    /// looped forever. sitegen's own reader gives each a located error.
    @Test func malformedTOMLIsALocatedError() {
        #expect(
            diagnostics("+++\n[\n+++\nBody\n") == [
                "f.md:2:2: error: invalid TOML: expected a key, found the end of the line"
            ])
        #expect(
            diagnostics("+++\n#\"\"\"\n[\n+++\n") == [
                "f.md:3:2: error: invalid TOML: expected a key, found the end of the line"
            ])
        #expect(
            diagnostics("+++\n\u{FEFF}[\n+++\n") == [
                "f.md:2:1: error: invalid TOML: expected a key, found '\u{FEFF}'"
            ])
        #expect(
            diagnostics("+++\nI=[}\n+++\n") == ["f.md:2:4: error: invalid TOML: expected a value, found '}'"])
        #expect(
            diagnostics("+++\ntitle = \"a\"\nx = 1\0\ntags = [\"a\"}\n+++\n") == [
                "f.md:3:5: error: invalid TOML: '1\\u{0}' is not a TOML value (a string needs quotes)"
            ])
    }

    @Test func deeplyNestedTOMLStopsAtALimit() {
        let nested = String(repeating: "a = [", count: 1) + String(repeating: "[", count: 5_000)
        #expect(diagnostics("+++\n\(nested)\n+++\n").first?.contains("values nested more than 64 deep") == true)
        let tables = "x = " + String(repeating: "{ a = ", count: 5_000)
        #expect(diagnostics("+++\n\(tables)\n+++\n").first?.contains("values nested more than 64 deep") == true)
    }
}
