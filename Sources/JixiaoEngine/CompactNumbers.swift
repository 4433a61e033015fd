/// Integers or decimals kept in 32 bits a row instead of 64: row `i` is `mantissas[i] / 10^scale`.
///
/// A loaded column of ids, years, weights or scores with two decimals needs no more, and at a
/// hundred million rows the difference is gigabytes. Decoding is exact: a mantissa and a power of
/// ten up to 10^9 are both exact doubles, so one IEEE division gives the correctly rounded value
/// of the decimal, the same double the number scanner produced from its text (a value is only
/// compacted after checking that it decodes to its own bits). Every query therefore computes
/// on the same doubles, in the same order, as over a `[Double]` column.
public struct CompactNumbers: Sendable {
    public var mantissas: [Int32]
    /// Decimal places, 0...`maximumScale`; always 0 for integers.
    public let scale: Int
    /// True when the column's type is integer (then `scale` is 0 and a row is its mantissa).
    public let isInteger: Bool

    public static let maximumScale = 9
    /// 10^0 ... 10^9, each an exact double.
    public static let powersOfTen: [Double] = (0...maximumScale).map { k in
        var p = 1.0
        for _ in 0..<k { p *= 10 }
        return p
    }

    public init(mantissas: [Int32], scale: Int, isInteger: Bool) {
        precondition((0...Self.maximumScale).contains(scale) && (!isInteger || scale == 0))
        self.mantissas = mantissas
        self.scale = scale
        self.isInteger = isInteger
    }

    public var count: Int { mantissas.count }
    public var type: DataType { isInteger ? .integer : .double }
    @inline(__always) public var divisor: Double { Self.powersOfTen[scale] }

    @inline(__always)
    public func double(at row: Int) -> Double { Double(mantissas[row]) / divisor }

    /// The mantissa of `value` at `scale` when it decodes back to exactly `value` (its sign
    /// included: -0.0 does not compact) and fits 32 bits; nil otherwise.
    @inline(__always)
    public static func mantissa(_ value: Double, scale: Int) -> Int32? {
        let p = powersOfTen[scale]
        let x = value * p
        guard x > -2_147_483_647.5, x < 2_147_483_647.5 else { return nil }
        let m = Int32(x.rounded())
        return (Double(m) / p).bitPattern == value.bitPattern ? m : nil
    }

    /// The smallest scale from `at` up at which `value` compacts.
    public static func scale(of value: Double, from at: Int) -> Int? {
        var s = at
        while s <= maximumScale {
            if mantissa(value, scale: s) != nil { return s }
            s += 1
        }
        return nil
    }

    /// The plain storage of the same values: `.integer` or `.double`.
    public func widened() -> ColumnData {
        if isInteger { return .integer(mantissas.map { Int64($0) }) }
        let p = divisor
        return .double(mantissas.map { Double($0) / p })
    }

    /// Rows `range` as their own compact numbers.
    public func slice(_ range: Range<Int>) -> CompactNumbers {
        CompactNumbers(mantissas: Array(mantissas[range]), scale: scale, isInteger: isInteger)
    }

    /// Writes rows `range` decoded as doubles to `out`, which holds `range.count` of them.
    @inline(__always)
    public func decode(_ range: Range<Int>, into out: UnsafeMutablePointer<Double>) {
        let p = divisor, n = range.count
        mantissas.withUnsafeBufferPointer { m in
            guard let base = m.baseAddress.map({ $0 + range.lowerBound }) else { return }
            // A plain counted loop over contiguous memory, which the compiler vectorises.
            if scale == 0 {
                for k in 0..<n { out[k] = Double(base[k]) }
            } else {
                for k in 0..<n { out[k] = Double(base[k]) / p }
            }
        }
    }

    /// The integers compacted when every one fits 32 bits; nil otherwise.
    public static func compacting(_ values: [Int64]) -> CompactNumbers? {
        var out = [Int32]()
        out.reserveCapacity(values.count)
        for v in values {
            guard let m = Int32(exactly: v) else { return nil }
            out.append(m)
        }
        return CompactNumbers(mantissas: out, scale: 0, isInteger: true)
    }

    /// The doubles compacted at the smallest scale that holds every one exactly; nil when none does.
    public static func compacting(_ values: [Double]) -> CompactNumbers? {
        var scale = 0
        for v in values where mantissa(v, scale: scale) == nil {
            guard let s = Self.scale(of: v, from: scale + 1) else { return nil }
            scale = s
        }
        var out = [Int32]()
        out.reserveCapacity(values.count)
        for v in values {
            guard let m = mantissa(v, scale: scale) else { return nil }
            out.append(m)
        }
        return CompactNumbers(mantissas: out, scale: scale, isInteger: false)
    }
}

extension Column {
    /// The same column in plain storage: compact numbers become `.integer` or `.double`, narrow
    /// codes four-byte ones, the rest
    /// is returned as is. For code that reads a whole column at an edge (rendering, writing a
    /// file), not for per-batch loops.
    public var widened: Column {
        switch data {
        case .compact(let c): return Column(c.widened(), validity: validity)
        case .narrowString(let codes, let dict):
            return Column(.string(codes: codes.widened(), dictionary: dict), validity: validity)
        default: return self
        }
    }

    /// The column with its integers or decimals kept in 32 bits when every value fits, and its
    /// string codes in one or two bytes when the dictionary is small; as is otherwise.
    public var compacted: Column {
        switch data {
        case .integer(let a):
            guard let c = CompactNumbers.compacting(a) else { return self }
            return Column(.compact(c), validity: validity)
        case .double(let a):
            guard let c = CompactNumbers.compacting(a) else { return self }
            return Column(.compact(c), validity: validity)
        case .string(let codes, let dict):
            guard let narrow = NarrowCodes.narrowing(codes, dictionaryCount: dict.count) else { return self }
            return Column(.narrowString(codes: narrow, dictionary: dict), validity: validity)
        default: return self
        }
    }
}
