import Foundation

@testable import SitegenCore

/// What the front matter suites share: a parser in Seoul's zone reading `content/posts/x.md`, with
/// diagnostics as printed.
protocol FrontMatterSuite {}

extension FrontMatterSuite {
    static var seoul: TimeZone { TimeZone(identifier: "Asia/Seoul")! }
    static var file: String { "content/posts/x.md" }
    var parser: FrontMatterParser { FrontMatterParser(timeZone: Self.seoul) }

    func parse(_ text: String) -> (matter: FrontMatter?, body: Substring, diagnostics: [String]) {
        let (matter, body, diagnostics) = parser.parse(text, file: Self.file)
        return (matter, body, diagnostics.map(\.description))
    }
}
