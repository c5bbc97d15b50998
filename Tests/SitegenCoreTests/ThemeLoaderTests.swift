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

    @Test func missingPageTemplateIsAnErrorNamingIt() throws {
        let site = try TestSupport.temporaryFolder()
        defer { TestSupport.remove(site) }
        for name in Theme.pageTemplates where name != "tag" {
            try TestSupport.write("{{<base}}{{/base}}", to: "templates/\(name).mustache", in: site)
        }
        try TestSupport.write("<html>{{$main}}{{/main}}</html>", to: "templates/base.mustache", in: site)
        let (theme, diagnostics) = ThemeLoader().load(siteRoot: site)
        #expect(theme == nil)
        #expect(
            diagnostics.map(\.description) == [
                "templates: error: missing template 'tag': add templates/tag.mustache (run 'sitegen init' in an empty folder to see the default theme)"
            ])
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
}
