import JixiaoEngine

/// `unpivot COL, … into NAME, VALUE`: each row becomes one row per listed column, with the
/// column's name in NAME and its value in VALUE; the other columns repeat.
enum UnpivotStage {
    static let help = VerbHelp(
        grammar: .unpivot,
        example: "projects | select name, budget_initial, budget_full_year | unpivot budget_initial, budget_full_year into kind, amount")

    static func apply(_ columns: [ColumnReference], into nameColumn: Identifier, _ valueColumn: Identifier,
                      to table: Table, runner: PipelineRunner, span: SourceSpan) throws -> Table {
        var indices: [Int] = []
        for reference in columns { indices.append(try runner.scope(table).resolve(reference)) }
        let types = indices.map { table.columns[$0].type }
        var valueType = types.first ?? .integer
        for t in types.dropFirst() {
            if t != valueType && !(t.isNumeric && valueType.isNumeric) {
                throw Diagnostic("unpivot needs columns of one kind: \(valueType.rawValue) and \(t.rawValue) differ",
                                 at: span, suggestion: "unpivot numbers and text separately")
            }
            valueType = DataType.widened(valueType, t)
        }
        let kept = (0..<table.columnCount).filter { !indices.contains($0) }
        for name in [nameColumn, valueColumn] where kept.contains(where: { table.fields[$0].name == name.name }) {
            throw Diagnostic("there is already a column \"\(name.name)\"", at: name.span)
        }
        // Row r, listed column k → output row r * k + k: gather the kept columns row-major.
        let n = table.rowCount, k = indices.count
        var repeated = Selection()
        repeated.reserveCapacity(n * k)
        for r in 0..<n { for _ in 0..<k { repeated.append(Int32(r)) } }
        var fields = kept.map { table.fields[$0] }
        var output = kept.map { table.columns[$0].gather(repeated) }
        var names = ColumnBuilder(type: .string, capacity: n * k)
        var values = ColumnBuilder(type: valueType, capacity: n * k)
        for r in 0..<n {
            for i in indices {
                names.append(string: table.fields[i].name)
                values.append(table.columns[i][r])
            }
        }
        fields.append(Field(nameColumn.name))
        fields.append(Field(valueColumn.name))
        output.append(names.build())
        output.append(values.build())
        return Table(fields: fields, columns: output, rowCount: n * k)
    }
}
