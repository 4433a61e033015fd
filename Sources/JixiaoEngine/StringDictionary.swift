import Synchronization

/// The distinct strings of a column; rows store a code into `values`.
///
/// Immutable once built, so columns produced by filters and sorts share it without copying.
/// The reverse map (string → code) is built on the first `code(of:)` only: most dictionaries
/// (every text column of a loaded CSV) are never asked, and hashing a million strings costs seconds.
public final class StringDictionary: Sendable {
    public let values: [String]
    private let codes = Mutex<[String: UInt32]?>(nil)

    public init(_ values: [String]) {
        self.values = values
    }

    public var count: Int { values.count }

    /// The code of `string`, or nil when the column never holds it.
    public func code(of string: String) -> UInt32? {
        codes.withLock { map in
            if map == nil {
                var built: [String: UInt32] = [:]
                built.reserveCapacity(values.count)
                for (i, v) in values.enumerated() where built[v] == nil { built[v] = UInt32(i) }
                map = built
            }
            return map?[string]
        }
    }

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
