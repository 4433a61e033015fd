import JixiaoEngine
import JixiaoLanguage

/// `append TABLE`: the rows of another table (or pipeline) after these, matched by column name.
/// A column missing on one side is null there; integer with decimal widens to decimal; any
/// other clash of types is an error that names the column.
public struct AppendVerb: VerbClause {
    public static let name = "append"
    public static let usage = "append TABLE"
    public static let summary = "add the rows of another table, matching columns by name"
    public static let synonyms = ["union", "bind_rows", "concat"]
    public static let example = "projects | where year = 2022 | append (projects | where year = 2024) | count year"

    public var source: PipelineSource

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> AppendVerb {
        AppendVerb(source: try parser.parseSource("the table to append"))
    }

    public var printedArguments: [String] { [SyntaxDump.source(source)] }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        let rightPlan = try context.plan(source)
        guard let right = rightPlan.output else {
            throw Diagnostic("the appended rows must have known columns", at: source.span)
        }
        var output = input
        var lineage = PlanStep.passing(input.count)
        var rightReads = Set<Int>()
        for (j, column) in right.enumerated() {
            if let i = output.firstIndex(where: { $0.name == column.name }) {
                if let a = output[i].type, let b = column.type, a != b {
                    guard a.isNumeric && b.isNumeric else {
                        throw Diagnostic(
                            "cannot append: column \"\(column.name)\" is \(a.noun) here and \(b.noun) there",
                            at: source.span, suggestion: "convert one side, or rename the column")
                    }
                    output[i].type = DataType.widened(a, b)
                }
                if output[i].type == nil { output[i].type = column.type }
                lineage[i] = .computed
                rightReads.insert(j)
            } else {
                var added = column
                added.field.aliases.removeAll { alias in output.contains { $0.field.answers(to: alias) } }
                output.append(added)
                lineage.append(.right(j))
            }
        }
        let fields = output.map(\.field)
        let reads = Set(lineage.indices.filter { lineage[$0] == .computed && $0 < input.count })
        return PlanStep(
            "Append", details: ["rows of \(SyntaxDump.source(source)) after these, columns by name"],
            output: output, reads: reads, lineage: lineage, span: context.verb.span, right: rightPlan,
            rightReads: rightReads
        ) { input in
            guard let rightTable = input.right else {
                throw EngineError.invalidArgument("the appended side did not run")
            }
            let appended = input.table.appending(rightTable)
            guard appended.columnCount == fields.count else {
                throw EngineError.invalidArgument("append: the columns did not line up as bound")
            }
            return Table(fields: fields, columns: appended.columns, rowCount: appended.rowCount)
        }
    }
}
