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
    /// `a` then `b`; a missing side contributes nulls of its row count. Typed storage is
    /// joined as it is (integers widen to doubles when the other side has decimals, anything
    /// beside text becomes text); `b`'s strings are recoded into one dictionary with `a`'s.
    static func concatenate(_ a: Column?, _ aCount: Int, _ b: Column?, _ bCount: Int) -> Column {
        let type: DataType
        switch (a?.type, b?.type) {
        case let (x?, y?): type = .widened(x, y)
        case let (x?, nil): type = x
        case let (nil, y?): type = y
        case (nil, nil): type = .integer
        }
        let left = a.map { $0.widened.converted(to: type) } ?? .nulls(count: aCount, type: type)
        let right = b.map { $0.widened.converted(to: type) } ?? .nulls(count: bCount, type: type)
        var validity: Bitmap?
        if left.validity != nil || right.validity != nil {
            var v = left.validity ?? Bitmap(count: aCount, allSet: true)
            v.append(contentsOf: right.validity ?? Bitmap(count: bCount, allSet: true))
            validity = v
        }
        switch (left.data, right.data) {
        case (.integer(let x), .integer(let y)): return Column(.integer(x + y), validity: validity)
        case (.double(let x), .double(let y)): return Column(.double(x + y), validity: validity)
        case (.boolean(let x), .boolean(let y)): return Column(.boolean(x + y), validity: validity)
        case (.date(let x), .date(let y)): return Column(.date(x + y), validity: validity)
        case (.string(let x, let dx), .string(let y, let dy)):
            if dx === dy { return Column(.string(codes: x + y, dictionary: dx), validity: validity) }
            var builder = StringDictionaryBuilder()
            let leftCodes = dx.values.map { builder.code(for: $0) }
            let rightCodes = dy.values.map { builder.code(for: $0) }
            // Null rows may hold code 0 of an empty dictionary: they keep 0.
            let codes =
                x.map { leftCodes.isEmpty ? 0 : leftCodes[Int($0)] }
                + y.map { rightCodes.isEmpty ? 0 : rightCodes[Int($0)] }
            return Column(.string(codes: codes, dictionary: builder.build()), validity: validity)
        default:
            preconditionFailure("concatenate: both sides were converted to \(type)")
        }
    }

    /// The column in a type at least as wide as its own: integers and booleans as doubles, any
    /// value as text (spelt as the workbench prints it); nulls stay null.
    func converted(to type: DataType) -> Column {
        guard type != self.type else { return self }
        switch (data, type) {
        case (.integer(let a), .double): return Column(.double(a.map(Double.init)), validity: validity)
        case (.boolean(let a), .double): return Column(.double(a.map { $0 ? 1 : 0 }), validity: validity)
        case (.boolean(let a), .integer): return Column(.integer(a.map { $0 ? 1 : 0 }), validity: validity)
        default:
            var builder = ColumnBuilder(type: type, capacity: count)
            for r in 0..<count { builder.append(self[r]) }
            return builder.build()
        }
    }
}
