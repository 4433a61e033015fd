/// A user-facing message about a place in the source: every syntax error, and every error a later
/// stage (binder, runner) reports against the AST's spans.
///
/// It is rendered in one place, ``render(source:file:cellWidth:)``, so all errors look alike:
/// position, message, the source line, a caret under the span and the suggestion.
///
/// The fields live in one immutable box, so a `Diagnostic` is a single pointer: the parser throws
/// it from hundreds of sites, and in debug builds each site reserves stack room for the thrown
/// value — a pointer keeps deep recursion cheap.
public struct Diagnostic: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning, note
    }

    private struct Fields: Sendable, Hashable {
        var severity: Severity
        var message: String
        var span: SourceSpan
        var note: String?
        var suggestion: String?
    }

    private final class Box: Sendable {
        let fields: Fields
        init(_ fields: Fields) { self.fields = fields }
    }

    private var box: Box

    private var fields: Fields {
        get { box.fields }
        set { box = Box(newValue) }
    }

    public init(
        _ message: String,
        at span: SourceSpan,
        severity: Severity = .error,
        note: String? = nil,
        suggestion: String? = nil
    ) {
        box = Box(Fields(severity: severity, message: message, span: span, note: note, suggestion: suggestion))
    }

    public var severity: Severity {
        get { fields.severity }
        set { fields.severity = newValue }
    }

    /// What is wrong, phrased as what was expected where: "expected `)` to close `(` at 3:14".
    public var message: String {
        get { fields.message }
        set { fields.message = newValue }
    }

    /// Where. Empty spans point between two characters (e.g. at the end of the input).
    public var span: SourceSpan {
        get { fields.span }
        set { fields.span = newValue }
    }

    /// Extra context, printed as `note: …` after the caret line.
    public var note: String? {
        get { fields.note }
        set { fields.note = newValue }
    }

    /// A fix the user probably means, printed last: `did you mean "department"?`.
    public var suggestion: String? {
        get { fields.suggestion }
        set { fields.suggestion = newValue }
    }

    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool { lhs.fields == rhs.fields }

    public func hash(into hasher: inout Hasher) { hasher.combine(fields) }

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
