import Yams

/// Turns Yams errors into diagnostics at the right line of the file.
enum YAMLDiagnostics {
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
