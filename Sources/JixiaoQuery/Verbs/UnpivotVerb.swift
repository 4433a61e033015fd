import JixiaoEngine
import JixiaoLanguage

/// `unpivot COL, … into NAME, VALUE`: each row becomes one row per listed column, with the
/// column's name in NAME and its value in VALUE; the other columns repeat.
public struct UnpivotVerb: VerbClause {
    public static let name = "unpivot"
    public static let usage = "unpivot COL, … into NAME, VALUE"
    public static let summary = "turn columns into rows of (name, value)"
    public static let synonyms = ["melt"]
    public static let example =
        "projects | select name, budget_initial, budget_full_year | unpivot budget_initial, budget_full_year into kind, amount"

    public var columns: [ColumnReference]
    public var nameColumn: Identifier
    public var valueColumn: Identifier

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> UnpivotVerb {
        let columns = try parser.parseColumns()
        try parser.expectWord("into", example: "unpivot y2022, y2024 into year, value")
        let name = try parser.parseIdentifier("the name column's name")
        try parser.expect(.comma, example: "unpivot y2022, y2024 into year, value")
        let value = try parser.parseIdentifier("the value column's name")
        return UnpivotVerb(columns: columns, nameColumn: name, valueColumn: value)
    }

    public var printedArguments: [String] {
        [
            SyntaxDump.list(columns.map(SyntaxDump.column)),
            "into=\(SyntaxDump.list([SyntaxDump.identifier(nameColumn), SyntaxDump.identifier(valueColumn)]))",
        ]
    }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        var indices: [Int] = []
        for reference in columns { indices.append(try context.resolve(reference, in: input)) }
        var valueType: DataType?
        for t in indices.compactMap({ input[$0].type }) {
            guard let current = valueType else { valueType = t; continue }
            if t != current && !(t.isNumeric && current.isNumeric) {
                throw Diagnostic(
                    "unpivot needs columns of one kind: \(current.rawValue) and \(t.rawValue) differ",
                    at: context.verb.span, suggestion: "unpivot numbers and text separately")
            }
            valueType = DataType.widened(current, t)
        }
        let kept = input.indices.filter { !indices.contains($0) }
        for name in [nameColumn, valueColumn] where kept.contains(where: { input[$0].name == name.name }) {
            throw Diagnostic("there is already a column \"\(name.name)\"", at: name.span)
        }
        let meanings = Set(indices.map { input[$0].meaning })
        let output =
            kept.map { input[$0] } + [
                PlanColumn(Field(nameColumn.name), .string, meaning: ColumnMeaning.plain),
                PlanColumn(
                    Field(valueColumn.name), valueType ?? .integer,
                    meaning: meanings.count == 1 ? meanings.first : ColumnMeaning.plain),
            ]
        let unpivot = Unpivot(
            columns: indices, nameColumn: nameColumn.name, valueColumn: valueColumn.name,
            valueType: valueType ?? .integer)
        let details = [
            "columns: " + indices.map { input[$0].name }.joined(separator: ", "),
            "into: \(nameColumn.name), \(valueColumn.name)",
        ]
        return PlanStep(
            "Unpivot", details: details, output: output, reads: Set(indices),
            lineage: kept.map { ColumnOrigin.input($0) } + [.computed, .computed], span: context.verb.span
        ) {
            try unpivot.run($0.table, context: $0.context)
        }
    }
}
