import Foundation
import Testing

@testable import SitegenCore

/// Builds the golden fixture site and compares every output file with the recorded tree.
/// Re-record after an intended change with `SITEGEN_RECORD=1 swift test --filter GoldenSiteTests`.
@Suite struct GoldenSiteTests {
    static let fixture = TestSupport.fixtures.appendingPathComponent("golden")

    @Test func buildMatchesTheRecordedTree() async throws {
        let temporary = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(temporary) }
        let output = temporary.appendingPathComponent("public")
        // A build keeps its cache in the site folder: build a copy, never the fixture itself.
        let site = try TestSupport.copyOfFixture("golden/site")
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        var options = BuildOptions(siteRoot: site, output: output)
        options.now = TestSupport.now
        let report = try await SiteBuilder(options: options).build()

        let expectedRoot = Self.fixture.appendingPathComponent("expected")
        if ProcessInfo.processInfo.environment["SITEGEN_RECORD"] == "1" {
            try? FileManager.default.removeItem(at: expectedRoot)
            try FileManager.default.copyItem(at: output, to: expectedRoot)
        }
        let actual = TestSupport.snapshot(output)
        let expected = TestSupport.snapshot(expectedRoot)
        #expect(actual.keys.sorted() == expected.keys.sorted())
        for file in expected.keys.sorted() {
            let actualText = actual[file].map { String(decoding: $0, as: UTF8.self) }
            let expectedText = expected[file].map { String(decoding: $0, as: UTF8.self) }
            #expect(actualText == expectedText, "\(file) differs from the recorded output")
        }
        #expect(report.postCount == 4)
        #expect(report.skipped.map(\.reason) == [.draft, .future])
    }

    @Test func twoBuildsAreByteIdentical() async throws {
        let temporary = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(temporary) }
        let site = try TestSupport.copyOfFixture("golden/site")
        defer { TestSupport.remove(site.deletingLastPathComponent()) }
        var snapshots: [[String: Data]] = []
        for name in ["first", "second"] {
            var options = BuildOptions(siteRoot: site, output: temporary.appendingPathComponent(name))
            options.now = TestSupport.now
            _ = try await SiteBuilder(options: options).build()
            snapshots.append(TestSupport.snapshot(temporary.appendingPathComponent(name)))
        }
        #expect(snapshots[0] == snapshots[1])
        #expect(snapshots[0].count > 20)
    }
}
