/// The syntax of one verb clause: its word, its usage for help and errors, how its arguments
/// parse, and how it prints.
///
/// The language knows no verb by name: each verb is one type conforming to this protocol (in
/// `JixiaoQuery/Verbs`, beside its binding), and the parser looks verbs up in the ``VerbTable``
/// it is given. A new verb is that one file and one line in the registry that builds the table.
public protocol VerbSyntax: Sendable {
    /// The word after `|`.
    static var name: String { get }
    /// `where EXPR`, as help and errors show it.
    static var usage: String { get }
    /// One line on what it does.
    static var summary: String { get }
    /// Parses the arguments; the verb's name is already consumed.
    static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> Self
    /// Words from SQL, dplyr and shell tools that analysts reach for instead (`filter`, `limit`),
    /// so "unknown verb" can suggest this one even when the spelling is nothing alike.
    static var synonyms: [String] { get }
    /// The arguments as S-expression items (`(> a 1)` for `where a > 1`), after the verb's name.
    var printedArguments: [String] { get }
}

extension VerbSyntax {
    public static var synonyms: [String] { [] }
}
