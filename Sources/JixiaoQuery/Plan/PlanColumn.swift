import JixiaoEngine

/// A column as binding knows it before any row is read: its name and the labels it answers to,
/// its type, and what its numbers mean.
public struct PlanColumn: Sendable {
    public var field: Field
    /// Nil for a column of an untyped null (`derive x = null`), which checks nothing.
    public var type: DataType?
    public var meaning: ColumnMeaning

    public init(_ field: Field, _ type: DataType?, meaning: ColumnMeaning? = nil) {
        self.field = field
        self.type = type
        self.meaning = meaning ?? ColumnMeaning.of(field.name)
    }

    public var name: String { field.name }
    /// The first Chinese label, as the comfort issue shows it in headers.
    public var label: String? { field.aliases.first }

    /// The column a projection (`select`, `agg`, a group key) makes of `bound` under `name`: a
    /// column passed on under its own name keeps its labels and meaning, as `Project` keeps them.
    static func projected(_ name: String, _ bound: BoundExpression, from input: [PlanColumn]) -> PlanColumn {
        if case .column(let i) = bound.expr, i < input.count {
            if input[i].name == name { return input[i] }
            return PlanColumn(Field(name), input[i].type, meaning: input[i].meaning)
        }
        return PlanColumn(Field(name), bound.type, meaning: .plain)
    }

    /// The columns of a stored table.
    public static func columns(of table: Table) -> [PlanColumn] {
        zip(table.fields, table.columns).map { PlanColumn($0.0, $0.1.type) }
    }
}

extension Array where Element == PlanColumn {
    /// The index of the column called `name`, by name first, then by label — as `Table.index(of:)`.
    func index(of name: String) -> Int? {
        if let i = firstIndex(where: { $0.field.name == name }) { return i }
        return firstIndex(where: { $0.field.aliases.contains(name) })
    }

    /// Appends `column`, or — when one of its name is there already — puts its type in that
    /// place, as `Project` and `HashAggregate` do with a name given twice. Returns its index.
    @discardableResult
    mutating func add(_ column: PlanColumn) -> Int {
        if let i = firstIndex(where: { $0.field.name == column.name }) {
            self[i].type = column.type
            self[i].meaning = column.meaning
            return i
        }
        append(column)
        return count - 1
    }

    /// Adds a column, or replaces the one of the same name keeping its position and labels — as
    /// `Table.set` does when `derive` runs.
    mutating func set(_ column: PlanColumn) {
        if let i = firstIndex(where: { $0.field.name == column.name }) {
            self[i].type = column.type
            self[i].meaning = column.meaning
        } else {
            append(PlanColumn(Field(column.name), column.type, meaning: column.meaning))
        }
    }
}
