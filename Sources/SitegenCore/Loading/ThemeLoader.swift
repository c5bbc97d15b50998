import Foundation
import SitegenMarkdown
import SitegenText

/// The templates and assets a site renders with.
public struct Theme: Sendable {
    /// The page templates the renderer uses; a site's `templates/` may override any of them.
    public static let pageTemplates = [
        "base", "home", "post", "page", "tags", "tag", "404", "archive", "corrections", "series", "authors",
        "author", "terms", "term",
    ]
    /// Templates for generated data files; a site's `templates/` may override them.
    public static let dataTemplates = ["atom", "sitemap", "robots"]

    var library: TemplateLibrary
    /// Files copied to `assets/` in the output: output path relative to `assets/` -> contents.
    public var assets: [ThemeAsset]
    /// Whether the theme came from the site's own `templates/` folder.
    public var isSiteTheme: Bool
}

/// A theme file copied to the output as it is.
public struct ThemeAsset: Sendable, Equatable {
    /// Path relative to the output root (`assets/style.css`).
    public var outputPath: String
    public var source: CopySource
}

/// Loads the site's `templates/` folder over the default theme compiled into sitegen: a file the
/// site has replaces the built-in one, the others stay. Reports syntax errors and missing
/// partials or layouts as diagnostics.
public struct ThemeLoader: Sendable {
    public static let directory = "templates"

    public init() {}

    public func load(siteRoot: URL) -> (Theme?, [Diagnostic]) {
        let folder = siteRoot.appendingPathComponent(Self.directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            return loadEmbedded()
        }
        // The site's files replace the built-in ones of the same name; every file the site does
        // not have (a template, a partial, an asset) comes from the built-in theme.
        var (sources, builtInAssets) = Self.embeddedFiles()
        var assets: [String: ThemeAsset] = [:]
        var unreadable: [Diagnostic] = []
        for relative in SourceTree.files(under: folder) {
            let fileURL = folder.appendingPathComponent(relative)
            if relative.hasSuffix(".mustache") {
                let name = String(relative.dropLast(".mustache".count))
                let file = "\(Self.directory)/\(relative)"
                guard let data = FileManager.default.contents(atPath: fileURL.path) else {
                    unreadable.append(Diagnostic(.theme(.unreadable), file: file))
                    continue
                }
                switch Diagnostic.decoding(data, file: file) {
                case .success(let text): sources[name] = TemplateSource(file: file, text: text)
                case .failure(let diagnostic): unreadable.append(diagnostic)
                }
            } else if relative.hasPrefix("assets/") {
                assets[relative] = ThemeAsset(outputPath: relative, source: .file(fileURL.path))
            }
        }
        // A built-in asset is published when a template in use names it (the built-in head
        // partial links style.css); a theme of the site's own does not get stray files.
        let used = Self.templatesInUse(sources).compactMap { sources[$0]?.text }
        for (path, asset) in builtInAssets where assets[path] == nil {
            let name = String(path.split(separator: "/").last ?? "")
            if used.contains(where: { $0.contains(name) }) { assets[path] = asset }
        }
        // A template that cannot be read is an error, never a template that renders nothing; the
        // others are still compiled, so that every problem of the theme is reported in one run.
        let (theme, diagnostics) = theme(sources: sources, assets: assets, isSiteTheme: true)
        return unreadable.isEmpty ? (theme, diagnostics) : (nil, unreadable + diagnostics)
    }

    /// The default theme, from the copy compiled into the binary.
    public func loadEmbedded() -> (Theme?, [Diagnostic]) {
        let (sources, assets) = Self.embeddedFiles()
        return theme(sources: sources, assets: assets, isSiteTheme: false)
    }

    /// The names of the templates a build can render: the page and data templates, the list entry
    /// partial and every partial and layout they reach. A dynamic partial (`{{>*name}}`) can reach
    /// any template, so then all are in use.
    static func templatesInUse(_ sources: [String: TemplateSource]) -> Set<String> {
        var used: Set<String> = []
        var queue = Theme.pageTemplates + Theme.dataTemplates + [PostEntry.template]
        while let name = queue.popLast() {
            guard let text = sources[name]?.text, used.insert(name).inserted else { continue }
            if text.contains("{{>*") || text.contains("{{> *") { return Set(sources.keys) }
            queue += TemplateReferences.scan(text).map(\.name)
        }
        return used
    }

    /// The built-in theme's templates by name and assets by output path.
    static func embeddedFiles() -> ([String: TemplateSource], [String: ThemeAsset]) {
        var sources: [String: TemplateSource] = [:]
        var assets: [String: ThemeAsset] = [:]
        for (path, text) in DefaultTheme.files {
            if path.hasSuffix(".mustache") {
                let name = String(path.dropLast(".mustache".count))
                sources[name] = TemplateSource(file: "(built-in) \(path)", text: text)
            } else if path.hasPrefix("assets/") {
                assets[path] = ThemeAsset(outputPath: path, source: .text(text))
            }
        }
        return (sources, assets)
    }

    func theme(sources: [String: TemplateSource], assets: [String: ThemeAsset], isSiteTheme: Bool) -> (
        Theme?, [Diagnostic]
    ) {
        let (library, diagnostics) = compile(sources)
        guard !diagnostics.contains(where: { $0.severity == .error }) else { return (nil, diagnostics) }
        let sorted = assets.values.sorted { $0.outputPath < $1.outputPath }
        return (Theme(library: library, assets: sorted, isSiteTheme: isSiteTheme), diagnostics)
    }

    func compile(_ sources: [String: TemplateSource]) -> (TemplateLibrary, [Diagnostic]) {
        var library = TemplateLibrary()
        var diagnostics: [Diagnostic] = []
        for name in sources.keys.sorted() {
            guard let source = sources[name] else { continue }
            do {
                library.register(try TemplateParser.parse(source.text), named: name, file: source.file)
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .theme(.syntax(error.message)), file: source.file, line: error.line, column: error.column))
            }
            for reference in TemplateReferences.scan(source.text) where sources[reference.name] == nil {
                diagnostics.append(
                    Diagnostic(
                        .theme(.referenceNotFound(reference.name, isLayout: reference.isParent)), file: source.file,
                        line: reference.line, column: reference.column))
            }
        }
        for cycle in TemplateCycles.find(in: library) {
            guard let first = cycle.names.first, let source = sources[first] else { continue }
            let reference = TemplateReferences.scan(source.text).first { $0.name == cycle.names[1] }
            let chain = [source.file] + cycle.names.dropFirst().map { "\($0).mustache" }
            diagnostics.append(
                Diagnostic(
                    .theme(.includesItself(chain)), file: source.file, line: reference?.line, column: reference?.column)
            )
        }
        return (library, diagnostics)
    }
}

struct TemplateSource {
    var file: String
    var text: String
}

/// Finds `{{> name}}` and `{{< name}}` references in template text, with their positions.
enum TemplateReferences {
    struct Reference: Equatable {
        var name: String
        var isParent: Bool
        var line: Int
        var column: Int
    }

    static func scan(_ text: String) -> [Reference] {
        var references: [Reference] = []
        var line = 1
        var column = 1
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "{", index + 2 < scalars.count, scalars[index + 1] == "{",
                scalars[index + 2] == ">" || scalars[index + 2] == "<"
            {
                var end = index + 3
                while end + 1 < scalars.count, !(scalars[end] == "}" && scalars[end + 1] == "}") { end += 1 }
                let name = String(String.UnicodeScalarView(scalars[(index + 3)..<end])).trimmingWhitespace()
                if !name.isEmpty, !name.hasPrefix("*") {
                    references.append(
                        Reference(name: name, isParent: scalars[index + 2] == "<", line: line, column: column))
                }
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        return references
    }
}
