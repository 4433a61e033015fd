/// An evaluated expression: either a full column or one value standing for every row.
/// Keeping literals unexpanded lets `column > 5` run as a tight loop against a register.
public enum Operand: Sendable {
    case column(Column)
    case constant(Value)

    public func materialize(count: Int, type: DataType? = nil) -> Column {
        switch self {
        case .column(let c): return c
        case .constant(let v): return .constant(v, count: count, type: type)
        }
    }

    public var type: DataType? {
        switch self {
        case .column(let c): return c.type
        case .constant(let v): return v.type
        }
    }

    var isNullConstant: Bool {
        if case .constant(.null) = self { return true }
        return false
    }

    var validity: Bitmap? {
        if case .column(let c) = self { return c.validity }
        return nil
    }
}

/// Numbers of an operand as a flat array read with a stride of 0 (a constant) or 1 (a column).
struct NumericView {
    var ints: [Int64] = []
    var doubles: [Double] = []
    var isInteger: Bool
    var stride: Int
    var validity: Bitmap?

    init?(_ operand: Operand) {
        switch operand {
        case .constant(.integer(let i)): ints = [i]; isInteger = true; stride = 0
        case .constant(.double(let d)): doubles = [d]; isInteger = false; stride = 0
        case .constant(.boolean(let b)): ints = [b ? 1 : 0]; isInteger = true; stride = 0
        case .constant: return nil
        case .column(let c):
            stride = 1
            validity = c.validity
            switch c.data {
            case .integer(let a): ints = a; isInteger = true
            case .double(let a): doubles = a; isInteger = false
            case .compact:
                // A whole compact column in an expression (batches arrive decoded): plain numbers once.
                guard let plain = NumericView(.column(c.widened)) else { return nil }
                self = plain
            case .boolean(let a): ints = a.map { $0 ? 1 : 0 }; isInteger = true
            case .string, .narrowString, .date: return nil
            }
        }
    }

    /// The values as doubles, converting integers once per column rather than per use.
    mutating func promoteToDouble() {
        guard isInteger else { return }
        doubles = ints.map { Double($0) }
        ints = []
        isInteger = false
    }
}

extension Bitmap {
    /// Rows valid on both sides; nil stands for "all valid".
    static func intersect(_ a: Bitmap?, _ b: Bitmap?) -> Bitmap? {
        guard let a else { return b }
        guard let b else { return a }
        var out = a
        out.formIntersection(b)
        return out
    }

    mutating func formIntersection(_ other: Bitmap) {
        for i in 0..<min(words.count, other.words.count) { setWord(i, words[i] & other.words[i]) }
    }
}
