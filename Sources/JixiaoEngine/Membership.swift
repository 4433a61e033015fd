/// `x in (a, b, …)`: per dictionary code for strings, a set lookup for numbers.
///
/// As in SQL, a value that is not found is null (not false) when the list holds a null, so
/// `x not in (1, null)` is never true; and strings match by code point, as `=` does, so a
/// precomposed é does not match e + combining accent.
enum Membership {
    static func inList(
        _ operand: Operand, _ values: [Value], negated: Bool, count: Int,
        context: ExecutionContext
    ) throws -> Operand {
        let listed = values.filter { !$0.isNull }
        let listHasNull = listed.count < values.count
        switch operand {
        case .constant(let v):
            guard !v.isNull else { return .constant(.null) }
            let found = try listed.contains { try Comparison.compareValues(.equal, v, $0) == true }
            if !found && listHasNull { return .constant(.null) }
            return .constant(.boolean(found != negated))
        case .column(let c):
            switch c.data {
            case .narrowString:
                return try inList(.column(c.widened), values, negated: negated, count: count, context: context)
            case .string(let codes, let dict):
                let found = context.perDictionary(dict, "in \(listed)") {
                    let wanted = Set(
                        listed.compactMap { if case .string(let s) = $0 { return ExactString(s) } else { return nil } })
                    return dict.values.map { wanted.contains(ExactString($0)) }
                }
                let column = columnFromTruthTable(codes, found.map { $0 != negated }, c.validity)
                return .column(
                    listHasNull
                        ? nullWhereMissing(column, codes.map { found.isEmpty ? false : found[Int($0)] }) : column)
            case .date(let days):
                let wanted = Set(listed.compactMap { if case .date(let d) = $0 { return d } else { return nil } })
                let found = days.map { wanted.contains($0) }
                let column = booleanColumn(count: count, validity: c.validity) { found[$0] != negated }
                return .column(listHasNull ? nullWhereMissing(column, found) : column)
            case .integer, .double, .boolean, .compact:
                let numbers = Set(
                    listed.compactMap { v -> Double? in
                        if case .boolean(let b) = v { return b ? 1 : 0 }
                        return v.number
                    })
                guard var view = NumericView(.column(c)) else { return .constant(.null) }
                view.promoteToDouble()
                let doubles = view.doubles
                let found = doubles.map { numbers.contains($0) }
                let column = booleanColumn(count: count, validity: c.validity) { found[$0] != negated }
                return .column(listHasNull ? nullWhereMissing(column, found) : column)
            }
        }
    }

    /// Rows whose value was not found become null: the list's null might have been it.
    private static func nullWhereMissing(_ column: Column, _ found: [Bool]) -> Column {
        var validity = column.validity ?? Bitmap(count: found.count, allSet: true)
        for (row, hit) in found.enumerated() where !hit { validity[row] = false }
        return Column(column.data, validity: validity)
    }
}
