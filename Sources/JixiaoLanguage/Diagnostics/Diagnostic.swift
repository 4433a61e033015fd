/// A user-facing message about a place in the source: every syntax error, and every error a later
/// stage (binder, runner) reports against the AST's spans.
///
/// It is rendered in one place, ``render(source:file:cellWidth:)``, so all errors look alike:
/// position, message, the source line, a caret under the span and the suggestion.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    public var severity: Severity
    /// What is wrong, phrased as what was expected where: "expected `)` to close `(` at 3:14".
    public var message: String
    /// Where. Empty spans point between two characters (e.g. at the end of the input).
    public var span: SourceSpan
    /// Extra context, printed as `note: …` after the caret line.
    public var note: String?
    /// A fix the user probably means, printed last: `did you mean "department"?`.
    public var suggestion: String?

    public init(
        _ message: String,
        at span: SourceSpan,
        severity: Severity = .error,
        note: String? = nil,
        suggestion: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.span = span
        self.note = note
        self.suggestion = suggestion
    }

    /// An error whose suggestion names the nearest of `candidates` to `name`, when one is close.
    public static func unknown(
        _ what: String, _ name: String, at span: SourceSpan, among candidates: [String]
    ) -> Diagnostic {
        let suggestion = Suggest.nearest(name, among: candidates).map { "did you mean \"\($0)\"?" }
        return Diagnostic("unknown \(what) \"\(name)\"", at: span, suggestion: suggestion)
    }

    /// One line: `3:14: error: message — suggestion`, for logs and test failure output.
    public var description: String {
        var text = "\(span.start): \(severity.rawValue): \(message)"
        if let suggestion { text += " — \(suggestion)" }
        return text
    }
}
