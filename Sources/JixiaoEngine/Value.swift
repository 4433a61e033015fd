import Foundation

/// One cell, boxed. Used at the edges (literals, rendering, tests), never in hot loops.
public enum Value: Sendable, Hashable, CustomStringConvertible {
    case null
    case integer(Int64)
    case double(Double)
    case string(String)
    case boolean(Bool)
    /// A calendar day: days since 1970-01-01.
    case date(Int32)

    public var isNull: Bool { if case .null = self { return true } else { return false } }

    /// The value as a Double when it is numeric.
    public var number: Double? {
        switch self {
        case .integer(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    public var type: DataType? {
        switch self {
        case .null: return nil
        case .integer: return .integer
        case .double: return .double
        case .string: return .string
        case .boolean: return .boolean
        case .date: return .date
        }
    }

    public var description: String {
        switch self {
        case .null: return "null"
        case .integer(let i): return String(i)
        case .double(let d): return Value.format(d)
        case .string(let s): return s
        case .boolean(let b): return b ? "true" : "false"
        case .date(let d): return CivilDay.iso(d)
        }
    }

    /// Shortest faithful text of a double: integral values print without ".0", others with up to
    /// 15 significant digits so that 0.1 + 0.2 reads as 0.3 to an analyst.
    public static func format(_ d: Double) -> String {
        if d.isNaN { return "NaN" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        if d == d.rounded(), abs(d) < 1e15 {
            return String(Int64(d))
        }
        var text = String(format: "%.15g", d)
        if text.contains("e") { return text }
        if text.contains(".") {
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
        }
        return text
    }
}
