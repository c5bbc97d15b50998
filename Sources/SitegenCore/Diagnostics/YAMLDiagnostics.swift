import Yams

/// Turns Yams errors into diagnostics at the right line of the file.
enum YAMLDiagnostics {
    /// More values than this, counted with every alias expanded, is an error: a dozen lines of
    /// nested aliases (a "billion laughs") would otherwise take gigabytes to read. Real front
    /// matter and configs hold hundreds.
    static let maximumValues = 100_000

    /// The document in `text`, composed by Yams with the size limit applied.
    static func compose(_ text: String, file: String, lineOffset: Int) throws(Diagnostic) -> Node? {
        let node: Node?
        do {
            // Yams' default encoding reads the whole environment on every call: 5% of loading.
            node = try Yams.compose(yaml: text, .default, .default, .utf8)
        } catch {
            throw diagnostic(for: error, file: file, lineOffset: lineOffset)
        }
        if let node, let culprit = overflow(node) {
            let position = culprit.position(lineOffset: lineOffset)
            throw Diagnostic(
                .yamlTooLarge(maximumValues), file: file, line: position.line, column: position.column)
        }
        return node
    }

    /// The key of the top-level entry (or the node itself) at which `node`, aliases expanded,
    /// passes `maximumValues` values; nil when it stays within them. Stops counting there.
    static func overflow(_ node: Node) -> Node? {
        var count = 0
        func exceeds(_ node: Node) -> Bool {
            count += 1
            guard count <= maximumValues else { return true }
            switch node {
            case .mapping(let mapping): return mapping.contains { exceeds($0.key) || exceeds($0.value) }
            case .sequence(let sequence): return sequence.contains(where: exceeds)
            case .scalar, .alias: return false
            }
        }
        if case .mapping(let mapping) = node {
            return mapping.first { exceeds($0.key) || exceeds($0.value) }?.key
        }
        return exceeds(node) ? node : nil
    }

    static func diagnostic(for error: Error, file: String, lineOffset: Int) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return Diagnostic(.invalidYAML("\(error)"), file: file)
        }
        switch yamlError {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return Diagnostic(.invalidYAML(problem), file: file, line: mark.line + lineOffset, column: mark.column)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(
                .repeatedKeys(duplicates), file: file, line: context.mark.line + lineOffset,
                column: context.mark.column)
        case .reader(let problem, _, _, _):
            return Diagnostic(.invalidYAML(problem), file: file)
        default:
            return Diagnostic(.invalidYAML("\(yamlError)"), file: file)
        }
    }
}
