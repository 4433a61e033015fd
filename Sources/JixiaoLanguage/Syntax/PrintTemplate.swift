/// The text of a `print` statement, split into literal text and `{…}` interpolations.
///
/// `{$NAME}` and `{expr}` are expressions parsed with the same grammar as everywhere else, with
/// spans pointing into the string in the source. `{{` and `}}` stand for literal braces.
public struct PrintTemplate: Sendable, Hashable {
    public enum Part: Sendable, Hashable {
        case text(String)
        case expression(Expression)
    }

    /// The text between the quotes as written, escapes not resolved.
    public var raw: String
    public var parts: [Part]
    /// Including the quotes.
    public var span: SourceSpan

    public init(raw: String, parts: [Part], span: SourceSpan) {
        self.raw = raw
        self.parts = parts
        self.span = span
    }
}
