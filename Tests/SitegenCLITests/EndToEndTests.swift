import Foundation
import Testing

/// Runs the real `sitegen` binary on fixture sites and reads back what it wrote.
@Suite struct EndToEndTests {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    static let goldenSite = testsFolder.appendingPathComponent("SitegenCoreTests/Fixtures/golden/site")
    static let repositoryRoot = testsFolder.deletingLastPathComponent()

    func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func copy(_ source: URL, into folder: URL, as name: String = "site") throws -> URL {
        let destination = folder.appendingPathComponent(name)
        try FileManager.default.copyItem(at: source, to: destination)
        return destination
    }

    func snapshot(_ root: URL) -> [String: Data] {
        let inspector = OutputInspector(root: root, rootPath: "/")
        var result: [String: Data] = [:]
        for file in inspector.files {
            result[file] = FileManager.default.contents(atPath: root.appendingPathComponent(file).path)
        }
        return result
    }

    func checkSite(
        _ output: URL, rootPath: String, baseURL: String, minimumPages: Int = 10, tagFolder: String = "tags/"
    ) {
        let inspector = OutputInspector(root: output, rootPath: rootPath)
        let files = inspector.files
        let pages = files.filter { $0.hasSuffix(".html") }
        #expect(pages.count >= minimumPages)
        for page in pages {
            #expect(inspector.brokenLinks(in: page) == [], "broken links in \(page)")
        }
        let xmlFiles = files.filter { $0.hasSuffix(".xml") }
        #expect(xmlFiles.contains("feed.xml"))
        #expect(xmlFiles.contains("sitemap.xml"))
        #expect(xmlFiles.contains { $0.hasPrefix(tagFolder) && $0.hasSuffix("/feed.xml") })
        for xml in xmlFiles {
            #expect(inspector.xmlError(xml) == nil, "\(xml) is not well-formed XML")
            let urls = OutputInspector.xmlURLs(in: inspector.text(xml))
            #expect(!urls.isEmpty)
            for url in urls where url != "http://www.w3.org/2005/Atom" {
                #expect(url.hasPrefix(baseURL), "\(xml): \(url) is not an absolute URL under \(baseURL)")
            }
        }
        #expect(inspector.text("robots.txt").contains("Sitemap: \(baseURL)sitemap.xml"))
        #expect(inspector.sitemapPages(baseURL: baseURL) == inspector.canonicalPages)
    }

    static let jekyllSite = testsFolder.appendingPathComponent("SitegenCoreTests/Fixtures/jekyll")

    @Test func timingsListEveryStageOfTheBuild() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // A build keeps its cache in the site folder: build a copy, never the fixture itself.
        let site = try copy(Self.goldenSite, into: folder)
        let result = try SitegenProcess.run(
            [
                "build", "--timings", "--source", site.path, "--output",
                folder.appendingPathComponent("o").path,
            ])
        #expect(result.status == 0, "\(result.stderr)")
        let stages = result.stdout.split(separator: "\n").filter { $0.hasPrefix("  ") && $0.hasSuffix(" s") }
            .map { $0.trimmingCharacters(in: .whitespaces).components(separatedBy: "  ").first ?? "" }
        #expect(
            stages == [
                "read the sources' stamps and the build cache", "read the parsed posts of the last build",
                "load config and theme", "load content", "assemble",
                "index terms", "plan",
                "prepare the staging folder", "render and write", "swap the output in", "save the build cache",
            ])
        let plain = try SitegenProcess.run(
            ["build", "--source", site.path, "--output", folder.appendingPathComponent("p").path])
        #expect(!plain.stdout.contains("render and write"))
    }

    @Test func jekyllStyleSiteKeepsEveryOldURL() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try copy(Self.jekyllSite.appendingPathComponent("site"), into: folder).path
        let list = try SitegenProcess.run(["list", "--source", site])
        #expect(list.status == 0, "\(list.stderr)")
        let expected = try String(
            contentsOf: Self.jekyllSite.appendingPathComponent("expected-list.txt"), encoding: .utf8)
        #expect(list.stdout == expected)
        let redirects = try SitegenProcess.run(["list", "--source", site, "--kind", "redirect"])
        #expect(
            redirects.stdout.split(separator: "\n").map { String($0.prefix { $0 != " " }) } == [
                "/2018/08/08/survey-smaller-allies.html", "/about-us/", "/surveys/2017/", "/surveys/2018/",
                "/team.html",
            ])
        #expect(try SitegenProcess.run(["list", "--source", site, "--kind", "bogus"]).status != 0)

        let output = folder.appendingPathComponent("out")
        let build = try SitegenProcess.run(["build", "--source", site, "--output", output.path])
        #expect(build.status == 0, "\(build.stderr)")
        checkSite(output, rootPath: "/", baseURL: "https://notes.example.net/", tagFolder: "topics/")
        let inspector = OutputInspector(root: output, rootPath: "/")
        for old in ["2016/05/09/survey.html", "2017/05/03/survey.html", "2018/08/08/survey.html", "about.html"] {
            #expect(inspector.files.contains(old), "\(old) is kept")
        }
        #expect(inspector.text("team.html").contains("url=https://notes.example.net/about.html"))
        #expect(inspector.text("_redirects").contains("/team.html /about.html 301\n"))
    }

    @Test func goldenSiteLinksResolveUnderASubPath() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let site = try copy(Self.goldenSite, into: folder)
        let result = try SitegenProcess.run(["build", "--source", site.path, "--output", output.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Built 4 posts, 8 tags, 27 pages"))
        #expect(result.stdout.contains("content/posts/draft.md (draft)"))
        #expect(result.stdout.contains("content/posts/future.md (future-dated)"))
        checkSite(output, rootPath: "/analysis/", baseURL: "https://example.org/analysis/")
    }

    @Test func exampleSiteWithDefaultThemeWorksUnderASubPath() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        for item in ["content", "templates", "sitegen.yaml"] {
            try FileManager.default.copyItem(
                at: Self.repositoryRoot.appendingPathComponent(item), to: site.appendingPathComponent(item))
        }
        let result = try SitegenProcess.run(
            ["build", "--drafts", "--future", "--base-url", "https://example.org/analysis/"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        let output = site.appendingPathComponent("public")
        checkSite(output, rootPath: "/analysis/", baseURL: "https://example.org/analysis/")
        let home = OutputInspector(root: output, rootPath: "/analysis/").text("index.html")
        #expect(home.contains("<link rel=\"stylesheet\" href=\"/analysis/assets/style.css\">"))
        #expect(home.contains("<html lang=\"en\">"))
        let inspector = OutputInspector(root: output, rootPath: "/analysis/")
        #expect(inspector.text("tags/north-korea/index.html").contains("<p class=\"meta\">Part of East Asia</p>"))
        #expect(!inspector.text("tags/alliance/index.html").contains("Part of"), "no parent, no parent line")
        #expect(inspector.text("posts/shipping-sanctions-evasion/index.html").contains("Part 2 of 4 in the series"))
        #expect(inspector.text("index/sanctions/index.html").contains("<mark>"))
    }

    @Test func failedBuildExitsOneAndLeavesThePreviousOutputUntouched() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try copy(Self.goldenSite, into: folder)
        let first = try SitegenProcess.run(["build"], in: site)
        #expect(first.status == 0, "\(first.stderr)")
        let output = site.appendingPathComponent("public")
        let before = snapshot(output)
        #expect(before["posts/pact/index.html"] != nil)

        let post = site.appendingPathComponent("content/posts/2023/munitions.md")
        var text = try String(contentsOf: post, encoding: .utf8)
        text = text.replacingOccurrences(of: "date: 2023-03-02T09:30:00+01:00", with: "date: March 2nd")
        try Data(text.utf8).write(to: post)
        try Data("---\ntitle: [unclosed\n---\n".utf8).write(to: site.appendingPathComponent("content/posts/bad.md"))

        let second = try SitegenProcess.run(["build"], in: site)
        #expect(second.status == 1)
        #expect(
            second.stderr.contains(
                "content/posts/2023/munitions.md:3:7: error: 'date' must be a date like 2024-06-19 or 2024-06-19T10:30:00+09:00, found \"March 2nd\""
            ))
        #expect(second.stderr.contains("content/posts/bad.md:3:1: error: invalid YAML"))
        #expect(second.stderr.contains("build failed with 2 errors"))
        #expect(snapshot(output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.path).filter {
            $0.contains("sitegen-")
        }
        #expect(leftovers == [])
    }

    @Test func removedPostDoesNotLingerAfterRebuild() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try copy(Self.goldenSite, into: folder)
        #expect(try SitegenProcess.run(["build"], in: site).status == 0)
        let output = site.appendingPathComponent("public")
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("posts/cold-war/index.html").path))
        try FileManager.default.removeItem(at: site.appendingPathComponent("content/posts/cold-war.md"))
        #expect(try SitegenProcess.run(["build"], in: site).status == 0)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("posts/cold-war").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("tags/history").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("posts/pact/index.html").path))
    }

    @Test func refusesToReplaceAFolderSitegenDidNotWrite() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = try copy(Self.goldenSite, into: folder)
        let foreign = folder.appendingPathComponent("documents")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("keep me".utf8).write(to: foreign.appendingPathComponent("thesis.txt"))
        let result = try SitegenProcess.run(["build", "--output", foreign.path], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("is not empty and was not written by sitegen"))
        #expect(try String(contentsOf: foreign.appendingPathComponent("thesis.txt"), encoding: .utf8) == "keep me")

        let intoSources = try SitegenProcess.run(["build", "--output", site.path], in: site)
        #expect(intoSources.status == 1)
        #expect(intoSources.stderr.contains("it contains the site's sources"))
        let intoContent = try SitegenProcess.run(["build", "--output", "content/out"], in: site)
        #expect(intoContent.status == 1)
        #expect(intoContent.stderr.contains("inside the site's content/ folder"))
    }

    @Test func helpAndVersion() throws {
        let version = try SitegenProcess.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        let help = try SitegenProcess.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("build"))
        #expect(help.stdout.contains("init"))
        let buildHelp = try SitegenProcess.run(["build", "--help"])
        #expect(buildHelp.status == 0)
        #expect(buildHelp.stdout.contains("--drafts"))
        #expect(buildHelp.stdout.contains("--base-url"))
        let wrong = try SitegenProcess.run(["build", "--no-such-flag"])
        #expect(wrong.status != 0)
    }

    @Test func initWritesASiteThatBuilds() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("new-site")
        let created = try SitegenProcess.run(["init", site.path])
        #expect(created.status == 0, "\(created.stderr)")
        #expect(created.stdout.contains("(6 files)"))
        #expect(
            OutputInspector(root: site, rootPath: "/").files == [
                ".gitignore", "content/about.md", "content/authors/your-name.md",
                "content/posts/2024-01-15-reading-a-treaty-clause.md",
                "content/posts/2024-02-05-weighing-the-sources.md",
                "sitegen.yaml",
            ], "plain init writes no theme: the built-in one is used")
        let ignored = (try? String(contentsOf: site.appendingPathComponent(".gitignore"), encoding: .utf8)) ?? ""
        #expect(ignored.split(separator: "\n") == ["public/", ".sitegen/"])
        let built = try SitegenProcess.run(["build"], in: site)
        #expect(built.status == 0, "\(built.stderr)")
        #expect(built.stderr == "", "the sample content builds without a warning")
        #expect(built.stdout.contains("Built 2 posts, 2 tags, "))
        // The sample shows the analysis features: key points, sources, a correction, a profile, a series, the index.
        let inspector = OutputInspector(root: site.appendingPathComponent("public"), rootPath: "/")
        let post = inspector.text("posts/reading-a-treaty-clause/index.html")
        for piece in [
            "class=\"takeaways\"", "<h2 class=\"footnotes-title\" id=\"sources\">Sources</h2>",
            "notice--correction", "Part 1 of 2 in the series", "href=\"/authors/your-name/\"",
        ] {
            #expect(post.contains(piece), "\(piece)")
        }
        #expect(inspector.text("authors/your-name/index.html").contains("Analyst"))
        #expect(inspector.text("index/treaty/index.html").contains("/posts/reading-a-treaty-clause/"))
        #expect(inspector.text("corrections/index.html").contains("it has three"))
        let cache = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent(".sitegen").path)
        #expect(cache.sorted().count == 3 && cache.sorted()[0].hasPrefix("build-"), "\(cache)")
        #expect(cache.sorted().dropFirst() == ["build.lock", "posts.cache"], "\(cache)")
        let rebuilt = try SitegenProcess.run(["build"], in: site)
        #expect(rebuilt.stdout.contains("(0 of "), "\(rebuilt.stdout)")
        let clean = try SitegenProcess.run(["build", "--clean"], in: site)
        #expect(clean.status == 0 && !clean.stdout.contains(" changed)"), "\(clean.stdout)")
        let again = try SitegenProcess.run(["init", site.path])
        #expect(again.status == 1)
        #expect(again.stderr.contains("sitegen.yaml: error: refusing to overwrite an existing file"))
    }

    @Test func initWithThemeCopiesTheDefaultThemeAndFillsInAnExistingOne() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let site = folder.appendingPathComponent("themed")
        let created = try SitegenProcess.run(["init", "--theme", site.path])
        #expect(created.status == 0, "\(created.stderr)")
        let themeFiles = OutputInspector(root: site.appendingPathComponent("templates"), rootPath: "/").files
        #expect(themeFiles.contains("post.mustache") && themeFiles.contains("assets/style.css"))
        #expect(themeFiles.contains("partials/post-summary.mustache"))
        #expect(created.stdout.contains("(\(themeFiles.count + 6) files)"))

        // In an existing site, --theme adds the files templates/ lacks and keeps the site's own.
        let own = "{{<base}}{{$main}}<p>mine</p>{{/main}}{{/base}}\n"
        try FileManager.default.removeItem(at: site.appendingPathComponent("templates"))
        let post = site.appendingPathComponent("templates/post.mustache")
        try FileManager.default.createDirectory(at: post.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(own.utf8).write(to: post)
        let filled = try SitegenProcess.run(["init", "--theme"], in: site)
        #expect(filled.status == 0, "\(filled.stderr)")
        #expect(
            filled.stdout
                == "Copied \(themeFiles.count - 1) files of the default theme into templates/ (1 already there, kept "
                + "as they are).\n")
        #expect(try String(contentsOf: post, encoding: .utf8) == own)
        #expect(OutputInspector(root: site.appendingPathComponent("templates"), rootPath: "/").files == themeFiles)
    }

    @Test func folderWithOnlyContentBuildsWithTheBuiltInTheme() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let post = folder.appendingPathComponent("content/posts/2024-06-19-note.md")
        try FileManager.default.createDirectory(at: post.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("---\ntitle: A note\ntags: sanctions\n---\n\nText.\n".utf8).write(to: post)
        let result = try SitegenProcess.run(["build"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let output = folder.appendingPathComponent("public")
        let page = try String(contentsOf: output.appendingPathComponent("posts/note/index.html"), encoding: .utf8)
        #expect(page.contains("A note"))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("assets/style.css").path))
        checkSite(output, rootPath: "/", baseURL: "http://localhost:8000/", minimumPages: 5)
    }
}
