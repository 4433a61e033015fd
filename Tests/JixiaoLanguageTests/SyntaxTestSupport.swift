import JixiaoQuery

@testable import JixiaoLanguage

/// The S-expression dump of every statement in `source`, one per line, or `error: …` with the
/// diagnostic's one-line description — so each test reads as "this text means that tree".
func dump(_ source: String) -> String {
    switch Parser.jixiao.parse(source) {
    case .success(let statements): return statements.map(\.description).joined(separator: "\n")
    case .failure(let diagnostic): return "error: \(diagnostic)"
    }
}

/// The dump of the single pipeline statement's stages after the source, for verb tests:
/// `stage("where a > 1")` parses `t | where a > 1`.
func stage(_ verbText: String) -> String {
    let text = dump("t | " + verbText)
    guard text.hasPrefix("(pipeline t ") else { return text }
    return String(text.dropFirst("(pipeline t ".count).dropLast())
}

/// The dump of one expression.
func expr(_ source: String) -> String {
    switch Parser.jixiao.parseExpression(source) {
    case .success(let expression): return expression.description
    case .failure(let diagnostic): return "error: \(diagnostic)"
    }
}

/// The diagnostic for `source`, which must fail to parse.
func diagnostic(_ source: String) -> Diagnostic? {
    if case .failure(let diagnostic) = Parser.jixiao.parse(source) { return diagnostic }
    return nil
}

/// The only statement of `source`.
func onlyStatement(_ source: String) -> Statement? {
    guard case .success(let statements) = Parser.jixiao.parse(source), statements.count == 1 else { return nil }
    return statements.first
}
