import JixiaoEngine
import JixiaoLanguage

/// `distinct [COL, …]`: distinct rows, or distinct combinations of the named columns.
public struct DistinctVerb: VerbClause {
    public static let name = "distinct"
    public static let usage = "distinct [COL, …]"
    public static let summary = "distinct rows, or distinct values of the columns"
    public static let synonyms = ["uniq", "unique"]
    public static let example = "indicators | distinct level1, level2"

    /// Empty means whole rows.
    public var columns: [ColumnReference]

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> DistinctVerb {
        DistinctVerb(columns: try parser.parseOptionalColumns())
    }

    public var printedArguments: [String] { columns.map(SyntaxDump.column) }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        var indices: [Int] = []
        for reference in columns { indices.append(try context.resolve(reference, in: input)) }
        let wholeRows = indices.isEmpty
        if wholeRows { indices = Array(input.indices) }
        let keys = indices
        return PlanStep(
            "Distinct",
            details: ["keys: " + (wholeRows ? "every column" : keys.map { input[$0].name }.joined(separator: ", "))],
            output: keys.map { input[$0] }, reads: [], lineage: keys.map { .input($0) },
            span: context.verb.span, readsEverything: wholeRows
        ) { input in
            let table = input.table
            let groups = GroupIndex.build(keys: keys.map { table.columns[$0] }, rowCount: table.rowCount)
            return table.selecting(keys).gather(groups.firstRow)
        }
    }
}
