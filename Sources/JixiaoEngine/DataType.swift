/// The physical type of a column.
public enum DataType: String, Sendable, Hashable, CaseIterable {
    case integer
    case double
    case string
    case boolean
    /// A calendar day, stored as days since 1970-01-01.
    case date

    public var isNumeric: Bool { self == .integer || self == .double }
}

extension DataType {
    /// The type as an analyst would say it in a sentence: "this is text", "an integer".
    public var noun: String {
        switch self {
        case .integer: return "an integer"
        case .double: return "a decimal number"
        case .string: return "text"
        case .boolean: return "a true/false value"
        case .date: return "a date"
        }
    }
}
