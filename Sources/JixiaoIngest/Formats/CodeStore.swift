import JixiaoEngine

/// The dictionary codes of a text column being read, one byte a row while the dictionary has at
/// most 256 values, two up to 65,536, four beyond (`NarrowCodes`): widened in place, once each
/// way, when the dictionary grows past a width. A large load's peak then holds a nine-value
/// column in a quarter of the memory four-byte codes take.
struct CodeStore {
    private enum Width { case one, two, four }

    private var width = Width.one
    private var bytes: [UInt8] = []
    private var pairs: [UInt16] = []
    private var quads: [UInt32] = []
    private let capacity: Int

    init(capacity: Int) {
        self.capacity = capacity
        bytes.reserveCapacity(capacity)
    }

    var count: Int {
        switch width {
        case .one: return bytes.count
        case .two: return pairs.count
        case .four: return quads.count
        }
    }

    /// Makes room for codes below `dictionaryCount`.
    mutating func fit(_ dictionaryCount: Int) {
        switch width {
        case .one where dictionaryCount > 1 << 16:
            quads = Self.widened(bytes, capacity)
            bytes = []
            width = .four
        case .one where dictionaryCount > 1 << 8:
            pairs = Self.widened(bytes, capacity)
            bytes = []
            width = .two
        case .two where dictionaryCount > 1 << 16:
            quads = Self.widened(pairs, capacity)
            pairs = []
            width = .four
        default: break
        }
    }

    /// Appends codes that are all below the dictionary count last given to `fit`.
    mutating func append(_ codes: UnsafeBufferPointer<UInt32>) {
        switch width {
        case .one: bytes.append(contentsOf: codes.lazy.map { UInt8(truncatingIfNeeded: $0) })
        case .two: pairs.append(contentsOf: codes.lazy.map { UInt16(truncatingIfNeeded: $0) })
        case .four: quads.append(contentsOf: codes)
        }
    }

    mutating func append(_ code: UInt32) {
        withUnsafePointer(to: code) { append(UnsafeBufferPointer(start: $0, count: 1)) }
    }

    mutating func appendZeros(_ n: Int) {
        switch width {
        case .one: bytes.append(contentsOf: repeatElement(0, count: n))
        case .two: pairs.append(contentsOf: repeatElement(0, count: n))
        case .four: quads.append(contentsOf: repeatElement(0, count: n))
        }
    }

    /// Appends `other`'s codes, each mapped through `map` (which must fit).
    mutating func append(contentsOf other: CodeStore, mapped map: [UInt32]?) {
        func code(_ c: UInt32) -> UInt32 { map.map { $0[Int(c)] } ?? c }
        switch (width, other.width) {
        case (.one, .one) where map == nil: bytes.append(contentsOf: other.bytes)
        case (.two, .two) where map == nil: pairs.append(contentsOf: other.pairs)
        case (.four, .four) where map == nil: quads.append(contentsOf: other.quads)
        default:
            // Through a small buffer of four-byte codes, so no part-sized array is built.
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 1 << 14) { buffer in
                var n = 0
                other.forEachCode { c in
                    buffer[n] = code(c)
                    n += 1
                    if n == buffer.count {
                        append(UnsafeBufferPointer(rebasing: buffer[0..<n]))
                        n = 0
                    }
                }
                append(UnsafeBufferPointer(rebasing: buffer[0..<n]))
            }
        }
    }

    subscript(row: Int) -> UInt32 {
        get {
            switch width {
            case .one: return UInt32(bytes[row])
            case .two: return UInt32(pairs[row])
            case .four: return quads[row]
            }
        }
        set {
            switch width {
            case .one: bytes[row] = UInt8(truncatingIfNeeded: newValue)
            case .two: pairs[row] = UInt16(truncatingIfNeeded: newValue)
            case .four: quads[row] = newValue
            }
        }
    }

    func build(_ dictionary: StringDictionary, validity: Bitmap?) -> Column {
        switch width {
        case .one: return Column(.narrowString(codes: .bytes(bytes), dictionary: dictionary), validity: validity)
        case .two: return Column(.narrowString(codes: .pairs(pairs), dictionary: dictionary), validity: validity)
        case .four: return Column(.string(codes: quads, dictionary: dictionary), validity: validity)
        }
    }

    private func forEachCode(_ body: (UInt32) -> Void) {
        switch width {
        case .one: for c in bytes { body(UInt32(c)) }
        case .two: for c in pairs { body(UInt32(c)) }
        case .four: for c in quads { body(c) }
        }
    }

    private static func widened<From: FixedWidthInteger, To: FixedWidthInteger>(
        _ codes: [From], _ capacity: Int
    ) -> [To] {
        var out = [To]()
        out.reserveCapacity(Swift.max(capacity, codes.count))
        out.append(contentsOf: codes.lazy.map { To(truncatingIfNeeded: $0) })
        return out
    }
}
