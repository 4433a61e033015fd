/// The physical type of a column.
public enum DataType: String, Sendable, Hashable, CaseIterable {
    case integer
    case double
    case string
    case boolean

    public var isNumeric: Bool { self == .integer || self == .double }
}
