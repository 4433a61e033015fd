import Foundation
import Synchronization

/// The distinct strings of a column; rows store a code into `values`.
///
/// Immutable once built, so columns produced by filters and sorts share it without copying.
/// Strings are told apart by their exact Unicode scalars: Swift's `==` would merge a precomposed
/// é with e + combining accent and silently rewrite the second spelling into the first.
/// The reverse map (string → code) is built on the first `code(of:)` only: most dictionaries
/// (every text column of a loaded CSV) are never asked, and hashing a million strings costs seconds.
public final class StringDictionary: Sendable {
    public let values: [String]
    private let codes = Mutex<[ExactString: UInt32]?>(nil)

    public init(_ values: [String]) {
        self.values = values
    }

    public var count: Int { values.count }

    /// The code of `string`, or nil when the column never holds it.
    public func code(of string: String) -> UInt32? {
        codes.withLock { map in
            if map == nil {
                var built: [ExactString: UInt32] = [:]
                built.reserveCapacity(values.count)
                for (i, v) in values.enumerated() where built[ExactString(v)] == nil {
                    built[ExactString(v)] = UInt32(i)
                }
                map = built
            }
            return map?[ExactString(string)]
        }
    }

    public static let empty = StringDictionary([])
}

/// Collects strings into codes while a column is being built.
public struct StringDictionaryBuilder: Sendable {
    public private(set) var values: [String] = []
    private var codes: [ExactString: UInt32] = [:]

    public init() {}

    public mutating func code(for string: String) -> UInt32 {
        let key = ExactString(string)
        if let c = codes[key] { return c }
        let c = UInt32(values.count)
        values.append(string)
        codes[key] = c
        return c
    }

    public func build() -> StringDictionary { StringDictionary(values) }
}

/// A string compared and hashed by its exact Unicode scalars, not by Swift's canonical
/// equivalence, so that distinct spellings stay distinct as they do in SQL.
struct ExactString: Hashable, Sendable {
    let value: String

    init(_ value: String) { self.value = value }

    static func == (a: ExactString, b: ExactString) -> Bool { sameUTF8(a.value, b.value) }

    /// Hashed by its UTF-8 bytes, as it is compared: cheaper than String's own hash, which
    /// normalises Unicode first.
    func hash(into hasher: inout Hasher) {
        var value = value
        value.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}

/// Whether two strings have the same UTF-8 bytes (the same Unicode scalars), compared in one go
/// rather than byte by byte through the generic sequence comparison.
@inline(__always)
public func sameUTF8(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    var x = a, y = b
    return x.withUTF8 { p in y.withUTF8 { q in p.count == 0 || memcmp(p.baseAddress!, q.baseAddress!, p.count) == 0 } }
}
