/// Why a text is not YAML that hwx reads: libyaml's own description of a syntax error
/// (`yaml_parser_t.problem`), or a limit of `YAMLReader` (nesting depth, aliases), with the
/// 1-based line where it was found.
struct YAMLError: Error, Sendable, Equatable {
    /// 1-based line of the problem, when libyaml reports one.
    let line: Int?
    /// What is wrong, e.g. "mapping values are not allowed in this context".
    let problem: String
}
