import Dispatch

/// Row numbers that survive a filter or define an order. Int32 keeps them at half the memory of Int.
public typealias Selection = [Int32]

/// Typed contiguous storage of one column.
public enum ColumnData: Sendable {
    case integer([Int64])
    case double([Double])
    case boolean([Bool])
    /// Days since 1970-01-01.
    case date([Int32])
    /// Dictionary-encoded strings: each row stores a code into `dictionary.values`.
    case string(codes: [UInt32], dictionary: StringDictionary)
    /// Integers or decimals in 32 bits a row (see `CompactNumbers`); typed `.integer` or `.double`.
    case compact(CompactNumbers)
    /// Dictionary-encoded strings with one- or two-byte codes (see `NarrowCodes`); typed `.string`.
    case narrowString(codes: NarrowCodes, dictionary: StringDictionary)
}

/// One column: typed values plus a validity bitmap (nil when no row is null).
///
/// A null row's slot in `data` holds a placeholder (0, 0.0, false, code 0 of a possibly empty
/// dictionary) and must never be read as a value.
public struct Column: Sendable {
    public var data: ColumnData
    public var validity: Bitmap?

    public init(_ data: ColumnData, validity: Bitmap? = nil) {
        self.data = data
        // A bitmap with every bit set says nothing; drop it so fast paths see "no nulls".
        if let v = validity, v.setCount == v.count { self.validity = nil } else { self.validity = validity }
    }

    public var type: DataType {
        switch data {
        case .integer: return .integer
        case .double: return .double
        case .boolean: return .boolean
        case .string: return .string
        case .date: return .date
        case .compact(let c): return c.type
        case .narrowString: return .string
        }
    }

    public var count: Int {
        switch data {
        case .integer(let a): return a.count
        case .double(let a): return a.count
        case .boolean(let a): return a.count
        case .date(let a): return a.count
        case .string(let codes, _): return codes.count
        case .compact(let c): return c.count
        case .narrowString(let codes, _): return codes.count
        }
    }

    public var hasNulls: Bool { validity != nil }

    public var nullCount: Int {
        guard let v = validity else { return 0 }
        return v.count - v.setCount
    }

    @inline(__always)
    public func isNull(_ row: Int) -> Bool {
        guard let v = validity else { return false }
        return !v[row]
    }

    /// The boxed value of one row; for edges such as rendering, not for hot loops.
    public subscript(row: Int) -> Value {
        if isNull(row) { return .null }
        switch data {
        case .integer(let a): return .integer(a[row])
        case .double(let a): return .double(a[row])
        case .boolean(let a): return .boolean(a[row])
        case .date(let a): return .date(a[row])
        case .string(let codes, let dict): return .string(dict.values[Int(codes[row])])
        case .compact(let c): return c.isInteger ? .integer(Int64(c.mantissas[row])) : .double(c.double(at: row))
        case .narrowString(let codes, let dict): return .string(dict.values[Int(codes[row])])
        }
    }

    /// The string of one row when the column holds strings.
    public func string(at row: Int) -> String? {
        guard !isNull(row), let dictionary, let code = code(at: row) else { return nil }
        return dictionary.values[Int(code)]
    }

    /// The day of one row (days since 1970-01-01) when the column holds dates.
    public func day(at row: Int) -> Int32? {
        guard !isNull(row), case .date(let days) = data else { return nil }
        return days[row]
    }

    /// The number of one row when the column is numeric.
    public func number(at row: Int) -> Double? {
        guard !isNull(row) else { return nil }
        switch data {
        case .integer(let a): return Double(a[row])
        case .double(let a): return a[row]
        case .compact(let c): return c.double(at: row)
        default: return nil
        }
    }

    /// The rows at `selection`, in that order.
    public func gather(_ selection: Selection) -> Column {
        let validity: Bitmap? = self.validity.map { $0.gather(selection) }
        switch data {
        case .integer(let a): return Column(.integer(Self.gather(a, selection)), validity: validity)
        case .double(let a): return Column(.double(Self.gather(a, selection)), validity: validity)
        case .boolean(let a): return Column(.boolean(Self.gather(a, selection)), validity: validity)
        case .date(let a): return Column(.date(Self.gather(a, selection)), validity: validity)
        case .string(let codes, let dict):
            return Column(.string(codes: Self.gather(codes, selection), dictionary: dict), validity: validity)
        case .compact(let c):
            let gathered = CompactNumbers(
                mantissas: Self.gather(c.mantissas, selection), scale: c.scale, isInteger: c.isInteger)
            return Column(.compact(gathered), validity: validity)
        case .narrowString(let codes, let dict):
            return Column(.narrowString(codes: codes.gather(selection), dictionary: dict), validity: validity)
        }
    }

    /// `values[selection[i]]` for every i, through raw buffers: this runs after every filter,
    /// sort and join on every column, so it must not pay for bounds checks or `map`'s closure.
    /// A selection of a million rows or more is filled on every core, each thread its own
    /// contiguous stretch of the output: the same array, however many threads wrote it.
    static func gather<T>(_ values: [T], _ selection: Selection) -> [T] {
        let threads = selection.count >= ParallelRows.minimumRows ? min(ExecutionContext.defaultThreads, 8) : 1
        return values.withUnsafeBufferPointer { source in
            [T](unsafeUninitializedCapacity: selection.count) { out, initialized in
                selection.withUnsafeBufferPointer { rows in
                    let stretch = GatherStretch(source: source, rows: rows, out: out)
                    if threads == 1 {
                        stretch.fill(0..<rows.count)
                    } else {
                        let n = rows.count
                        DispatchQueue.concurrentPerform(iterations: threads) { t in
                            stretch.fill(n * t / threads..<n * (t + 1) / threads)
                        }
                    }
                }
                initialized = selection.count
            }
        }
    }

    /// The first `n` rows starting at `offset`.
    public func slice(offset: Int, count n: Int) -> Column {
        let lo = max(0, min(offset, count)), hi = max(lo, min(lo + n, count))
        return slice(lo..<hi)
    }

    /// A column of `count` copies of `value`.
    public static func constant(_ value: Value, count: Int, type: DataType? = nil) -> Column {
        switch value {
        case .null: return .nulls(count: count, type: type ?? .integer)
        case .integer(let i): return Column(.integer(Array(repeating: i, count: count)))
        case .double(let d): return Column(.double(Array(repeating: d, count: count)))
        case .boolean(let b): return Column(.boolean(Array(repeating: b, count: count)))
        case .date(let d): return Column(.date(Array(repeating: d, count: count)))
        case .string(let s):
            return Column(.string(codes: Array(repeating: 0, count: count), dictionary: StringDictionary([s])))
        }
    }

    /// A column of `count` nulls.
    public static func nulls(count: Int, type: DataType) -> Column {
        let validity = Bitmap(count: count, allSet: false)
        switch type {
        case .integer: return Column(.integer(Array(repeating: 0, count: count)), validity: validity)
        case .double: return Column(.double(Array(repeating: 0, count: count)), validity: validity)
        case .boolean: return Column(.boolean(Array(repeating: false, count: count)), validity: validity)
        case .date: return Column(.date(Array(repeating: 0, count: count)), validity: validity)
        case .string:
            return Column(.string(codes: Array(repeating: 0, count: count), dictionary: .empty), validity: validity)
        }
    }

    /// Builds a column from boxed values, choosing the narrowest type that holds them all
    /// (integer < double < string; booleans only when every value is boolean).
    public static func from(_ values: [Value]) -> Column {
        var builder = ColumnBuilder(type: Column.inferType(values))
        for v in values { builder.append(v) }
        return builder.build()
    }

    static func inferType(_ values: [Value]) -> DataType {
        var type: DataType?
        for v in values {
            guard let t = v.type else { continue }
            type = type.map { DataType.widened($0, t) } ?? t
        }
        return type ?? .integer
    }
}

extension DataType {
    /// The type that holds values of both `a` and `b`.
    public static func widened(_ a: DataType, _ b: DataType) -> DataType {
        if a == b { return a }
        if a.isNumeric && b.isNumeric { return .double }
        return .string
    }
}

/// One gather's buffers, shared by the threads that fill disjoint stretches of `out`.
/// Unchecked sendability: each thread writes only its own stretch, and the caller waits for all.
private struct GatherStretch<T>: @unchecked Sendable {
    let source: UnsafeBufferPointer<T>
    let rows: UnsafeBufferPointer<Int32>
    let out: UnsafeMutableBufferPointer<T>

    func fill(_ range: Range<Int>) {
        guard let base = out.baseAddress else { return }
        for i in range {
            let r = Int(rows[i])
            precondition(r >= 0 && r < source.count, "gather: row out of range")
            (base + i).initialize(to: source[r])
        }
    }
}
