/// The distinct strings of a column; rows store a code into `values`.
///
/// Immutable once built, so columns produced by filters and sorts share it without copying.
public final class StringDictionary: Sendable {
    public let values: [String]
    private let codes: [String: UInt32]

    public init(_ values: [String]) {
        self.values = values
        var codes: [String: UInt32] = [:]
        codes.reserveCapacity(values.count)
        for (i, v) in values.enumerated() where codes[v] == nil { codes[v] = UInt32(i) }
        self.codes = codes
    }

    public var count: Int { values.count }

    /// The code of `string`, or nil when the column never holds it.
    public func code(of string: String) -> UInt32? { codes[string] }

    public static let empty = StringDictionary([])
}

/// Collects strings into codes while a column is being built.
public struct StringDictionaryBuilder: Sendable {
    public private(set) var values: [String] = []
    private var codes: [String: UInt32] = [:]

    public init() {}

    public mutating func code(for string: String) -> UInt32 {
        if let c = codes[string] { return c }
        let c = UInt32(values.count)
        values.append(string)
        codes[string] = c
        return c
    }

    public func build() -> StringDictionary { StringDictionary(values) }
}
