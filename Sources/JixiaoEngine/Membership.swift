/// `x in (a, b, …)`: per dictionary code for strings, a set lookup for numbers.
enum Membership {
    static func inList(_ operand: Operand, _ values: [Value], negated: Bool, count: Int) throws -> Operand {
        let listed = values.filter { !$0.isNull }
        switch operand {
        case .constant(let v):
            guard !v.isNull else { return .constant(.null) }
            let found = try listed.contains { try Comparison.compareValues(.equal, v, $0) == true }
            return .constant(.boolean(found != negated))
        case .column(let c):
            switch c.data {
            case .string(let codes, let dict):
                let wanted = Set(listed.compactMap { if case .string(let s) = $0 { return s } else { return nil } })
                let truth = dict.values.map { wanted.contains($0) != negated }
                return .column(columnFromTruthTable(codes, truth, c.validity))
            case .integer, .double, .boolean:
                let numbers = Set(listed.compactMap { v -> Double? in
                    if case .boolean(let b) = v { return b ? 1 : 0 }
                    return v.number
                })
                guard var view = NumericView(.column(c)) else { return .constant(.null) }
                view.promoteToDouble()
                let doubles = view.doubles
                return .column(booleanColumn(count: count, validity: c.validity) { numbers.contains(doubles[$0]) != negated })
            }
        }
    }
}
