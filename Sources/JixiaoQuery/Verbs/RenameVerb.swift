import JixiaoEngine
import JixiaoLanguage

/// `rename NEW = OLD, …` — the new name first, like an assignment.
public struct RenameVerb: VerbClause {
    public static let name = "rename"
    public static let usage = "rename NEW = OLD, …"
    public static let summary = "rename columns"
    public static let example = "projects | select name, budget_total | rename 项目 = name, 预算 = budget_total"

    /// `NEW = OLD`.
    public struct Item: Sendable, Hashable {
        public var newName: Identifier
        public var oldName: ColumnReference
    }

    public var items: [Item]

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> RenameVerb {
        RenameVerb(
            items: try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
                let newName = try parser.parseIdentifier("a new column name")
                guard parser.take(.equal) != nil else {
                    var diagnostic = parser.expected("`=`")
                    diagnostic.note = "write `rename NEW = OLD`"
                    throw diagnostic
                }
                let oldName = try parser.parseColumnReference("the column to rename")
                return Item(newName: newName, oldName: oldName)
            })
    }

    public var printedArguments: [String] {
        items.map { "\(SyntaxDump.identifier($0.newName))=\(SyntaxDump.column($0.oldName))" }
    }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        var output = input
        var renames: [(index: Int, name: String)] = []
        for item in items {
            let i = try context.resolve(item.oldName, in: output)
            if let clash = output.firstIndex(where: { $0.name == item.newName.name }), clash != i {
                throw Diagnostic(
                    "there is already a column \"\(item.newName.name)\"", at: item.newName.span,
                    suggestion: "drop it first with `select -\(item.newName.name)`")
            }
            output[i].field.name = item.newName.name
            renames.append((i, item.newName.name))
        }
        let details = items.map { "\($0.newName.name) = \(SyntaxDump.column($0.oldName))" }
        return PlanStep(
            "Rename", details: details, output: output, reads: [], lineage: PlanStep.passing(input.count),
            span: context.verb.span
        ) { input in
            var table = input.table
            for rename in renames { table.rename(at: rename.index, to: rename.name) }
            return table
        }
    }
}
