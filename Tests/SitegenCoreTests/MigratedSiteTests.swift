import Foundation
import Testing

@testable import SitegenCore

/// Whole sites in the shapes Hugo and Jekyll blogs arrive in: they build, with exactly the warnings
/// expected, and what their front matter says is honoured.
@Suite struct MigratedSiteTests {
    static let hugo = "hugo/site"
    static let jekyll = "jekyll/site"

    /// Builds a copy of the fixture (a build keeps its cache in the site folder); the caller removes
    /// the output's parent folder, which holds both.
    func build(_ fixture: String, expired: Bool = false) async throws -> (BuildReport, output: URL) {
        let site = try TestSupport.copyOfFixture(fixture)
        let output = site.deletingLastPathComponent().appendingPathComponent("public")
        var options = BuildOptions(siteRoot: site, output: output)
        options.now = TestSupport.now
        options.includeExpired = expired
        return (try await SiteBuilder(options: options).build(), output)
    }

    @Test func hugoSiteBuildsWithExactlyTheExpectedWarnings() async throws {
        let (report, output) = try await build(Self.hugo)
        defer { TestSupport.remove(output.deletingLastPathComponent()) }
        #expect(
            report.diagnostics.map(\.description) == [
                "content/posts/pilotage.md:1:1: warning: no 'description' or 'takeaways': the first paragraph stands "
                    + "in as the summary",
                "content/posts/pilotage.md:4:1: warning: unknown key 'descripton' (did you mean 'description'?); "
                    + "it is kept as 'params.descripton'",
                "content/posts/pilotage.md:5:1: warning: unknown key 'tgas' (did you mean 'tags'?); "
                    + "it is kept as 'params.tgas'",
            ])
        #expect(
            report.skipped == [
                SkippedItem(source: "content/posts/tender-results.md", reason: .future),
                SkippedItem(source: "content/posts/winter-timetable.md", reason: .expired),
            ])
        #expect(report.postCount == 3)
    }

    @Test func tomlAndJSONPostsArePublishedWithTheirFields() async throws {
        let (_, output) = try await build(Self.hugo)
        defer { TestSupport.remove(output.deletingLastPathComponent()) }
        let fees = TestSupport.read("posts/port-fees/index.html", in: output)
        #expect(fees.contains("Port fees after the 2023 reform"))
        #expect(fees.contains("The fee for bulk carriers was per tonne, not per call."))
        #expect(fees.contains(#"href="/tags/shipping-costs/""#))
        #expect(fees.contains(#"href="/tags/analysis/""#))
        let ice = TestSupport.read("posts/ice-season/index.html", in: output)
        #expect(ice.contains("An early ice season in the northern harbours"))
        #expect(ice.contains("Ice formed in the inner basins"))
        // The summary of a post with a `<!--more-->` line is the text above it, in full.
        let feed = TestSupport.read("feed.xml", in: output)
        #expect(
            feed.contains(
                "onto the largest ships. Smaller coastal feeders pay less than before.</summary>"))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("posts/tender-results").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("posts/winter-timetable").path))
    }

    @Test func sitemapFalseLeavesPostsAndPagesOutOfTheSitemapOnly() async throws {
        let (_, output) = try await build(Self.hugo)
        defer { TestSupport.remove(output.deletingLastPathComponent()) }
        let sitemap = TestSupport.read("sitemap.xml", in: output)
        #expect(sitemap.contains("https://harbour.example.org/posts/port-fees/"))
        #expect(!sitemap.contains("/posts/pilotage/"))
        #expect(!sitemap.contains("/about/"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("posts/pilotage/index.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("about/index.html").path))
    }

    @Test func expiredPostsAreIncludedWhenAsked() async throws {
        let (report, output) = try await build(Self.hugo, expired: true)
        defer { TestSupport.remove(output.deletingLastPathComponent()) }
        #expect(report.skipped == [SkippedItem(source: "content/posts/tender-results.md", reason: .future)])
        #expect(
            FileManager.default.fileExists(
                atPath: output.appendingPathComponent("posts/winter-timetable/index.html").path))
    }

    @Test func jekyllSiteBuildsWithExactlyTheExpectedWarnings() async throws {
        let (report, output) = try await build(Self.jekyll)
        defer { TestSupport.remove(output.deletingLastPathComponent()) }
        let map = "content/posts/2017-01-09-Embedded-Map.md"
        #expect(
            report.diagnostics.map(\.description) == [
                "\(map):10:1: warning: raw HTML left out because 'markdown.unsafe' is off; set 'markdown: "
                    + "{unsafe: true}' in sitegen.yaml to keep it\n    note: first: '<div align=\"center\">' (and 1 "
                    + "more in this file)",
                "\(map):14:1: warning: Liquid template call published as text: sitegen runs no template code in "
                    + "posts; replace it with Markdown\n    note: first: '{% include figure.html src=\"battalions.p...' "
                    + "(and 1 more in this file)",
                "\(map):18:1: note: Jekyll's {% raw %} markers were removed (1 block); the text between them is "
                    + "shown as written",
                "content/posts/2018-02-14-Valentine-Exercise.md:4:1: warning: unknown key 'tgas' (did you mean "
                    + "'tags'?); it is kept as 'params.tgas'",
            ])
        #expect(report.skipped == [SkippedItem(source: "content/posts/2016-11-02-unfinished.md", reason: .draft)])
        let baltic = TestSupport.read("2015/03/17/Baltic-Air-Policing.html", in: output)
        for tag in ["deterrence", "alliances", "analysis"] { #expect(baltic.contains(#"href="/topics/\#(tag)/""#)) }
        // `-4` is an offset of four hours, shown in the site's zone (New York, which was at -04:00 then).
        #expect(baltic.contains(#"datetime="2015-03-17T14:00:00-04:00""#))
        let feed = TestSupport.read("feed.xml", in: output)
        #expect(feed.contains("Four allied jets on rotation guard three small air forces&#39; skies.</summary>"))
        let mapPage = TestSupport.read("2017/01/09/Embedded-Map.html", in: output)
        #expect(mapPage.contains("{{ page.title }}"))
        #expect(!mapPage.contains("raw %}"))
        #expect(!mapPage.contains("<iframe"))
        #expect(TestSupport.read("2018/02/14/Valentine-Exercise.html", in: output).contains("A February exercise"))
    }

    @Test func publicationRuleHonoursPublishAndExpiryDates() {
        let rule = PublicationRule(now: TestSupport.now)
        let day: TimeInterval = 86_400
        let past = TestSupport.now - day
        let later = TestSupport.now + day
        #expect(rule.reasonToSkip(draft: false, date: past, visibility: Visibility(publishDate: later)) == .future)
        #expect(rule.reasonToSkip(draft: false, date: past, visibility: Visibility(expiryDate: past)) == .expired)
        #expect(rule.reasonToSkip(draft: false, date: past, visibility: Visibility(expiryDate: later)) == nil)
        #expect(rule.nextChange(date: past, visibility: Visibility(expiryDate: later)) == later)
        #expect(rule.nextChange(date: later, visibility: Visibility(expiryDate: later + day)) == later)
        #expect(rule.nextChange(date: past, visibility: Visibility()) == nil)
        let expired = PublicationRule(includeExpired: true, now: TestSupport.now)
        #expect(expired.reasonToSkip(draft: false, date: past, visibility: Visibility(expiryDate: past)) == nil)
    }
}
