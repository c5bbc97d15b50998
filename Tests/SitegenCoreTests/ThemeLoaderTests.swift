import Foundation
import Testing

@testable import SitegenCore

@Suite struct ThemeLoaderTests {
    @Test func embeddedThemeIsTheRepositoryTemplatesFolder() throws {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("templates")
        let files = SourceTree.files(under: folder)
        #expect(files.sorted() == DefaultTheme.files.keys.sorted(), "run 'make theme' after changing templates/")
        for file in files {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            #expect(DefaultTheme.files[file] == text, "\(file) differs from the embedded copy: run 'make theme'")
        }
    }

    @Test func embeddedThemeHasEveryTemplateAndCompiles() {
        let (theme, diagnostics) = ThemeLoader().loadEmbedded()
        #expect(diagnostics == [])
        let library = try! #require(theme?.library)
        for name in Theme.pageTemplates + Theme.dataTemplates {
            #expect(library.template(named: name) != nil, "\(name)")
        }
        #expect(theme?.assets.map(\.outputPath) == ["assets/style.css"])
    }

    @Test func siteWithoutTemplatesFolderUsesTheBuiltInTheme() throws {
        let site = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(site) }
        let (theme, diagnostics) = ThemeLoader().load(siteRoot: site)
        #expect(diagnostics == [])
        #expect(theme?.isSiteTheme == false)
    }

    @Test func aSiteThemeOverridesOnlyTheFilesItHas() async throws {
        let site = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(site) }
        try TestSupport.write(
            "---\ntitle: Pact\ndate: 2024-06-19\ndescription: D.\ntags: [alliance]\n---\n\nText.\n",
            to: "content/posts/pact.md", in: site)
        // Only a post layout and one partial of its own; everything else is the built-in theme's.
        try TestSupport.write(
            "{{<base}}{{$main}}<article class=\"mine\">{{post.title}}</article>{{> partials/byline}}{{/main}}{{/base}}\n",
            to: "templates/post.mustache", in: site)
        try TestSupport.write("<p class=\"byline\">by the desk</p>", to: "templates/partials/byline.mustache", in: site)
        try TestSupport.write("/* mine */\n", to: "templates/assets/extra.css", in: site)
        let (theme, diagnostics) = ThemeLoader().load(siteRoot: site)
        #expect(diagnostics == [])
        #expect(theme?.isSiteTheme == true)
        #expect(theme?.assets.map(\.outputPath) == ["assets/extra.css", "assets/style.css"])

        var options = BuildOptions(siteRoot: site)
        options.now = Date(timeIntervalSince1970: 1_800_000_000)
        _ = try await SiteBuilder(options: options).build()
        let post = TestSupport.read("public/posts/pact/index.html", in: site)
        #expect(post.contains("<article class=\"mine\">Pact</article><p class=\"byline\">by the desk</p>"))
        #expect(post.contains("<link rel=\"stylesheet\""), "the built-in base layout wraps the site's post")
        #expect(TestSupport.read("public/tags/alliance/index.html", in: site).contains("/posts/pact/"))
        #expect(TestSupport.read("public/assets/style.css", in: site) == DefaultTheme.files["assets/style.css"])
        #expect(TestSupport.read("public/assets/extra.css", in: site) == "/* mine */\n")
    }

    @Test func aSiteFileReplacesTheBuiltInOneOfTheSameName() throws {
        let site = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(site) }
        try TestSupport.write("<footer>own footer</footer>", to: "templates/partials/footer.mustache", in: site)
        try TestSupport.write("body { color: red }\n", to: "templates/assets/style.css", in: site)
        let (theme, diagnostics) = ThemeLoader().load(siteRoot: site)
        #expect(diagnostics == [])
        let library = try #require(theme?.library)
        #expect(library.render(["x": "y"], withTemplate: "partials/footer") == "<footer>own footer</footer>")
        #expect(theme?.assets.map(\.source) == [.file(site.appendingPathComponent("templates/assets/style.css").path)])
    }

    @Test func syntaxErrorAndUnknownPartialCarryLineAndColumn() throws {
        let site = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(site) }
        for name in Theme.pageTemplates {
            try TestSupport.write("<p>{{title}}</p>\n", to: "templates/\(name).mustache", in: site)
        }
        try TestSupport.write(
            "<h1>{{title}}</h1>\n<ul>\n    {{#posts}}<li>{{title}}</li>{{/post}}\n</ul>\n",
            to: "templates/post.mustache",
            in: site)
        try TestSupport.write("<nav>\n  {{> partials/missing}}\n</nav>\n", to: "templates/home.mustache", in: site)
        let (theme, diagnostics) = ThemeLoader().load(siteRoot: site)
        #expect(theme == nil)
        #expect(
            diagnostics.map(\.description).sorted() == [
                "templates/home.mustache:2:3: error: partial 'partials/missing' not found: expected templates/partials/missing.mustache",
                "templates/post.mustache:3:36: error: template syntax: a closing tag does not match the section it closes",
            ])
    }

    @Test func dataTemplatesFallBackToTheBuiltInOnes() throws {
        let site = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(site) }
        for name in Theme.pageTemplates {
            try TestSupport.write("x", to: "templates/\(name).mustache", in: site)
        }
        try TestSupport.write("Sitemap: {{{sitemapURL}}}\n# custom\n", to: "templates/robots.mustache", in: site)
        let (theme, diagnostics) = ThemeLoader().load(siteRoot: site)
        #expect(diagnostics == [])
        let library = try #require(theme?.library)
        #expect(
            library.render(["sitemapURL": "https://x.org/sitemap.xml"], withTemplate: "robots")
                == "Sitemap: https://x.org/sitemap.xml\n# custom\n")
        #expect(library.template(named: "atom") != nil)
        #expect(library.template(named: "sitemap") != nil)
    }

    @Test func aPartialThatRendersATreeInsideASectionIsNoCycle() throws {
        var library = TemplateLibrary()
        library.register(try TemplateParser.parse("<li>{{#children}}{{> node}}{{/children}}</li>"), named: "node")
        library.register(try TemplateParser.parse("{{> node}}{{> a}}"), named: "page")
        library.register(try TemplateParser.parse("{{#x}}{{> page}}{{/x}}{{> b}}"), named: "a")
        library.register(try TemplateParser.parse("{{<a}}{{/a}}"), named: "b")
        #expect(TemplateCycles.find(in: library) == [TemplateCycles.Cycle(names: ["a", "b", "a"])])
    }
}
