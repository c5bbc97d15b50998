/// Finds partials and layouts that include each other without end: a chain of `{{> name}}` or
/// `{{< name}}` tags, none of them inside a section or block, that leads back to where it started.
/// Such a theme could only render until the stack runs out, so it is an error at load time, with
/// the cycle named. A reference inside a section (`{{#children}}{{> node}}{{/children}}`) is how a
/// tree renders, and stays allowed: the depth limit stops one whose data never ends.
enum TemplateCycles {
    struct Cycle: Equatable {
        /// The templates in order, the first repeated at the end (`a`, `b`, `a`).
        var names: [String]
    }

    /// Every cycle once, each starting at its alphabetically first template; sorted.
    static func find(in library: TemplateLibrary) -> [Cycle] {
        var edges: [String: [String]] = [:]
        for (name, template) in library.templates {
            edges[name] = unconditionalReferences(template).filter { library.template(named: $0) != nil }
        }
        var cycles: Set<[String]> = []
        for start in edges.keys.sorted() {
            // Depth-first from each start, looking only at templates that sort after it, so each
            // cycle is found once, from its smallest name.
            var path = [start]
            var onPath: Set<String> = [start]
            func visit(_ name: String) {
                for next in edges[name] ?? [] {
                    if next == start {
                        cycles.insert(path + [start])
                    } else if next > start, !onPath.contains(next) {
                        path.append(next)
                        onPath.insert(next)
                        visit(next)
                        onPath.remove(next)
                        path.removeLast()
                    }
                }
            }
            visit(start)
        }
        return cycles.sorted { $0.lexicographicallyPrecedes($1) }.map(Cycle.init)
    }

    /// The partials and layouts `template` renders whatever its data: those outside sections
    /// and blocks.
    private static func unconditionalReferences(_ template: Template) -> [String] {
        template.nodes.compactMap { node in
            if case .partial(let name, _, _) = node { return name }
            return nil
        }
    }
}
