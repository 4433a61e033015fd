import JixiaoEngine
import JixiaoLanguage

/// A verb of the language, whole: its syntax (``VerbSyntax``: word, usage, parsing, printed
/// form), its help example, and its binding into a plan step that runs engine operators.
///
/// Adding a verb is one file in `Verbs/` with a type conforming to this protocol, and one line
/// in ``VerbRegistry/all``: the parser, `.help`, completion and the README's verb table all read
/// the registry.
public protocol VerbClause: VerbSyntax {
    /// A statement that runs on the bundled data; a test runs every example.
    static var example: String { get }

    /// The plan step for this clause over `input`: its operator, output columns and the input
    /// columns it reads. Every name and type error is thrown here, before any row is read.
    func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep
}
