import Foundation
import Testing

@testable import SitegenCore

@Suite("ConfigLoader")
struct ConfigLoaderTests {
    let loader = ConfigLoader()

    private func parse(_ text: String) -> (config: SiteConfig, diagnostics: [String]) {
        let (config, diagnostics) = loader.parse(text)
        return (config, diagnostics.map(\.description))
    }

    @Test func defaults() {
        let config = SiteConfig()
        #expect(config.title == "Untitled site")
        #expect(config.baseURL == "http://localhost:8000/")
        #expect(config.language == "en")
        #expect(config.timeZone == TimeZone(identifier: "UTC"))
        #expect(config.author == "")
        #expect(config.description == "")
        #expect(config.paginate == 10)
        #expect(config.unsafeMarkdown == false)
        #expect(config.dateFormat == "MMMM d, yyyy")
    }

    @Test(arguments: ["", "# only a comment\n", "\n\n"])
    func emptyConfigGivesDefaults(text: String) {
        let result = parse(text)
        #expect(result.config == SiteConfig())
        #expect(result.diagnostics == [])
    }

    @Test func everyKey() {
        let result = parse(
            """
            title: North Asia Desk
            baseURL: https://example.org/analysis
            language: en-GB
            timeZone: Asia/Seoul
            author: Jane Doe
            description: Analysis of the region.
            paginate: 5
            dateFormat: d MMMM yyyy
            markdown:
              unsafe: true

            """)
        #expect(result.diagnostics == [])
        #expect(
            result.config
                == SiteConfig(
                    title: "North Asia Desk", baseURL: "https://example.org/analysis/", language: "en-GB",
                    timeZone: TimeZone(identifier: "Asia/Seoul")!, author: "Jane Doe",
                    description: "Analysis of the region.", paginate: 5, unsafeMarkdown: true,
                    dateFormat: "d MMMM yyyy"))
    }

    @Test func unknownKeyWithCaseTypoSuggestsTheKey() {
        let result = parse("title: Site\nlanguage: en\nbaseurl: https://example.org/\n")
        #expect(
            result.diagnostics == [
                "sitegen.yaml:3:1: error: unknown key 'baseurl' in sitegen.yaml; did you mean 'baseURL'?"
            ])
        #expect(result.config.baseURL == "http://localhost:8000/")
        #expect(result.config.title == "Site")
    }

    @Test(arguments: [
        ("TimeZone: UTC", "unknown key 'TimeZone' in sitegen.yaml; did you mean 'timeZone'?"),
        ("Title: x", "unknown key 'Title' in sitegen.yaml; did you mean 'title'?"),
        ("dateformat: d", "unknown key 'dateformat' in sitegen.yaml; did you mean 'dateFormat'?"),
        ("theme: dark", "unknown key 'theme' in sitegen.yaml"),
    ])
    func unknownKeys(line: String, message: String) {
        #expect(parse(line + "\n").diagnostics == ["sitegen.yaml:1:1: error: \(message)"])
    }

    @Test func badTimeZone() {
        let result = parse("title: Site\ntimeZone: Mars/Olympus\n")
        #expect(
            result.diagnostics == [
                "sitegen.yaml:2:11: error: 'timeZone' must be an IANA time zone like Europe/Berlin, "
                    + "found \"Mars/Olympus\""
            ])
        #expect(result.config.timeZone == TimeZone(identifier: "UTC"))
    }

    @Test(arguments: [
        "ftp://example.org/", "example.org", "https://example.org/?q=1", "https://example.org/#top", "/analysis/",
    ])
    func badBaseURL(value: String) {
        let result = parse("baseURL: \"\(value)\"\n")
        #expect(
            result.diagnostics == [
                "sitegen.yaml:1:10: error: 'baseURL' must be an absolute http(s) URL like https://example.org/, "
                    + "found \"\(value)\""
            ])
    }

    @Test(arguments: [
        ("https://example.org", "https://example.org/"),
        ("https://example.org/", "https://example.org/"),
        ("https://example.org/analysis", "https://example.org/analysis/"),
        ("https://example.org/analysis/", "https://example.org/analysis/"),
        ("http://localhost:8000", "http://localhost:8000/"),
    ])
    func baseURLIsNormalised(value: String, normalised: String) {
        let result = parse("baseURL: \(value)\n")
        #expect(result.diagnostics == [])
        #expect(result.config.baseURL == normalised)
        #expect(SiteConfig.normalizedBaseURL(value) == normalised)
        #expect(SiteConfig.normalizedBaseURL("  \(value)  ") == normalised)
    }

    @Test(arguments: [("0", "\"0\""), ("-3", "\"-3\""), ("abc", "\"abc\""), ("2.5", "\"2.5\""), ("[1]", "a list")])
    func badPaginate(value: String, found: String) {
        let result = parse("paginate: \(value)\n")
        #expect(
            result.diagnostics == [
                "sitegen.yaml:1:11: error: 'paginate' must be a whole number of at least 1, found \(found)"
            ])
        #expect(result.config.paginate == 10)
    }

    @Test(arguments: [("true", true), ("yes", true), ("false", false), ("off", false)])
    func markdownUnsafe(value: String, unsafe: Bool) {
        let result = parse("markdown:\n  unsafe: \(value)\n")
        #expect(result.diagnostics == [])
        #expect(result.config.unsafeMarkdown == unsafe)
    }

    @Test func badMarkdownSection() {
        let result = parse("markdown:\n  unsafe: maybe\n  smart: false\n")
        #expect(
            result.diagnostics == [
                "sitegen.yaml:2:11: error: 'markdown.unsafe' must be true or false, found \"maybe\"",
                "sitegen.yaml:3:3: error: unknown key 'markdown.smart' in sitegen.yaml",
            ])
        #expect(
            parse("markdown: yes\n").diagnostics == [
                "sitegen.yaml:1:11: error: 'markdown' must be a mapping such as 'unsafe: true'"
            ])
    }

    @Test func textKeysMustBeText() {
        #expect(parse("title: [a, b]\n").diagnostics == ["sitegen.yaml:1:8: error: 'title' must be text, found a list"])
    }

    @Test func everyProblemIsReportedAndGoodKeysStillApply() {
        let result = parse(
            """
            title: Desk
            baseURL: ftp://x
            timeZone: Nowhere/City
            paginate: 0
            author: Jane

            """)
        #expect(
            result.diagnostics == [
                "sitegen.yaml:2:10: error: 'baseURL' must be an absolute http(s) URL like https://example.org/, "
                    + "found \"ftp://x\"",
                "sitegen.yaml:3:11: error: 'timeZone' must be an IANA time zone like Europe/Berlin, "
                    + "found \"Nowhere/City\"",
                "sitegen.yaml:4:11: error: 'paginate' must be a whole number of at least 1, found \"0\"",
            ])
        #expect(result.config.title == "Desk")
        #expect(result.config.author == "Jane")
    }

    @Test func configMustBeAMapping() {
        #expect(
            parse("- a\n- b\n").diagnostics == [
                "sitegen.yaml:1:1: error: the config must be a mapping of keys to values"
            ])
    }

    @Test func yamlSyntaxErrorHasItsLine() {
        #expect(
            parse("title: Site\nbaseURL: https://example.org/\ndescription: a: b\n").diagnostics == [
                "sitegen.yaml:3:15: error: invalid YAML: mapping values are not allowed in this context"
            ])
    }

    @Test func fileNameInDiagnostics() {
        let (_, diagnostics) = loader.parse("paginate: 0\n", file: "site/sitegen.yaml")
        #expect(
            diagnostics.map(\.description) == [
                "site/sitegen.yaml:1:11: error: 'paginate' must be a whole number of at least 1, found \"0\""
            ])
    }

    @Test func loadFromSiteRoot() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-config-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }

        let (missing, missingDiagnostics) = loader.load(siteRoot: root)
        #expect(missing == SiteConfig())
        #expect(missingDiagnostics == [])

        try "title: From Disk\npaginate: 3\n".write(
            to: root.appendingPathComponent("sitegen.yaml"), atomically: true, encoding: .utf8)
        let (config, diagnostics) = loader.load(siteRoot: root)
        #expect(diagnostics == [])
        #expect(config.title == "From Disk")
        #expect(config.paginate == 3)
    }
}
