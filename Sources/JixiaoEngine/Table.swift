/// A column's name, plus the other names it answers to (its Chinese labels).
public struct Field: Sendable, Hashable {
    public var name: String
    public var aliases: [String]

    public init(_ name: String, aliases: [String] = []) {
        self.name = name
        self.aliases = aliases
    }

    public func answers(to name: String) -> Bool {
        self.name == name || aliases.contains(name)
    }
}

/// Named columns of equal length. Value type: every operator returns a new table.
public struct Table: Sendable {
    public private(set) var fields: [Field]
    public private(set) var columns: [Column]
    public private(set) var rowCount: Int

    public init(fields: [Field], columns: [Column], rowCount: Int? = nil) {
        precondition(fields.count == columns.count, "a table needs one field per column")
        self.fields = fields
        self.columns = columns
        self.rowCount = rowCount ?? columns.first?.count ?? 0
    }

    public init(_ named: [(String, Column)]) {
        self.init(fields: named.map { Field($0.0) }, columns: named.map { $0.1 })
    }

    public static let empty = Table(fields: [], columns: [])

    public var columnCount: Int { columns.count }
    public var names: [String] { fields.map(\.name) }

    /// The index of the column called `name`, by name first, then by alias.
    public func index(of name: String) -> Int? {
        if let i = fields.firstIndex(where: { $0.name == name }) { return i }
        return fields.firstIndex(where: { $0.aliases.contains(name) })
    }

    public func column(named name: String) -> Column? { index(of: name).map { columns[$0] } }

    public subscript(row: Int, column: Int) -> Value { columns[column][row] }

    /// One row boxed, for tests and rendering.
    public func row(_ row: Int) -> [Value] { columns.map { $0[row] } }

    /// The rows at `selection`, in that order.
    public func gather(_ selection: Selection) -> Table {
        Table(fields: fields, columns: columns.map { $0.gather(selection) }, rowCount: selection.count)
    }

    public func slice(offset: Int, count: Int) -> Table {
        let lo = max(0, min(offset, rowCount)), hi = max(lo, min(lo + count, rowCount))
        return Table(fields: fields, columns: columns.map { $0.slice(lo..<hi) }, rowCount: hi - lo)
    }

    /// Adds a column, or replaces the one of the same name (keeping its position and aliases).
    public mutating func set(_ name: String, _ column: Column) {
        precondition(columns.isEmpty || column.count == rowCount, "column length must match the table")
        if let i = fields.firstIndex(where: { $0.name == name }) {
            columns[i] = column
        } else {
            fields.append(Field(name))
            columns.append(column)
        }
        rowCount = column.count
    }

    /// Keeps the columns at `indices`, in that order.
    public func selecting(_ indices: [Int]) -> Table {
        Table(fields: indices.map { fields[$0] }, columns: indices.map { columns[$0] }, rowCount: rowCount)
    }

    public mutating func rename(at index: Int, to name: String) {
        fields[index].name = name
    }

    /// The rows of `self` followed by those of `other`, matching columns by name.
    /// Columns missing on one side are null there; types widen (integer + double → double).
    public func appending(_ other: Table) -> Table {
        if columns.isEmpty && rowCount == 0 { return other }
        var fields = self.fields
        for f in other.fields where !fields.contains(where: { $0.name == f.name }) { fields.append(f) }
        var out: [Column] = []
        for f in fields {
            let a = self.index(of: f.name).map { self.columns[$0] }
            let b = other.fields.firstIndex(where: { $0.name == f.name }).map { other.columns[$0] }
            out.append(Column.concatenate(a, rowCount, b, other.rowCount))
        }
        return Table(fields: fields, columns: out, rowCount: rowCount + other.rowCount)
    }
}

extension Column {
    /// `a` then `b`; a missing side contributes nulls of its row count.
    static func concatenate(_ a: Column?, _ aCount: Int, _ b: Column?, _ bCount: Int) -> Column {
        let type: DataType
        switch (a?.type, b?.type) {
        case let (x?, y?): type = .widened(x, y)
        case let (x?, nil): type = x
        case let (nil, y?): type = y
        case (nil, nil): type = .integer
        }
        var builder = ColumnBuilder(type: type, capacity: aCount + bCount)
        for (column, n) in [(a, aCount), (b, bCount)] {
            guard let column else {
                for _ in 0..<n { builder.appendNull() }
                continue
            }
            for r in 0..<n { builder.append(column[r]) }
        }
        return builder.build()
    }
}
