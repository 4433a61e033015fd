/// `and`, `or`, `not`, `is null` with SQL's three-valued logic.
enum Logic {
    /// A boolean operand as flat arrays read with stride 0 (constant) or 1 (column).
    private struct BoolView {
        var values: [Bool]
        var valid: [Bool]
        var stride: Int
        var validStride: Int

        init(_ operand: Operand, count: Int) throws {
            switch operand {
            case .constant(.null): values = [false]; valid = [false]; stride = 0; validStride = 0
            case .constant(.boolean(let b)): values = [b]; valid = [true]; stride = 0; validStride = 0
            case .constant(let v):
                throw EngineError.typeMismatch("expected a condition (true/false), got \(v.type?.rawValue ?? "null")")
            case .column(let c):
                guard case .boolean(let a) = c.data else {
                    throw EngineError.typeMismatch("expected a condition (true/false), got a \(c.type.rawValue) column")
                }
                values = a
                stride = 1
                if let v = c.validity {
                    valid = (0..<count).map { v[$0] }
                    validStride = 1
                } else {
                    valid = [true]
                    validStride = 0
                }
            }
        }
    }

    static func not(_ operand: Operand, count: Int) throws -> Operand {
        let v = try BoolView(operand, count: count)
        if v.stride == 0 { return .constant(v.valid[0] ? .boolean(!v.values[0]) : .null) }
        return .column(Column(.boolean(v.values.map { !$0 }), validity: operand.validity))
    }

    static func and(_ l: Operand, _ r: Operand, count: Int) throws -> Operand {
        try combine(l, r, count: count, isAnd: true)
    }

    static func or(_ l: Operand, _ r: Operand, count: Int) throws -> Operand {
        try combine(l, r, count: count, isAnd: false)
    }

    /// and: false wins over null, null over true. or: true wins over null, null over false.
    private static func combine(_ l: Operand, _ r: Operand, count: Int, isAnd: Bool) throws -> Operand {
        let a = try BoolView(l, count: count), b = try BoolView(r, count: count)
        let n = (a.stride == 0 && b.stride == 0) ? 1 : count
        var values = [Bool](repeating: false, count: n)
        var validity = Bitmap(count: n, allSet: true)
        var anyNull = false
        let dominant = !isAnd  // the value that decides the result alone
        for i in 0..<n {
            let av = a.values[i * a.stride], aValid = a.valid[i * a.validStride]
            let bv = b.values[i * b.stride], bValid = b.valid[i * b.validStride]
            if (aValid && av == dominant) || (bValid && bv == dominant) {
                values[i] = dominant
            } else if aValid && bValid {
                values[i] = !dominant
            } else {
                validity[i] = false
                anyNull = true
            }
        }
        if a.stride == 0 && b.stride == 0 {
            return .constant(validity[0] ? .boolean(values[0]) : .null)
        }
        return .column(Column(.boolean(values), validity: anyNull ? validity : nil))
    }

    static func isNull(_ operand: Operand, negated: Bool, count: Int) -> Operand {
        switch operand {
        case .constant(let v): return .constant(.boolean(v.isNull != negated))
        case .column(let c):
            guard let v = c.validity else { return .constant(.boolean(negated)) }
            return .column(booleanColumn(count: count, validity: nil) { i in v[i] == negated })
        }
    }
}
