/// Operators that read every row (filters, aggregates) walk a table in batches of `Batch.size`
/// rows: a batch's intermediate columns (an `avg(score / weight)` quotient, a comparison's
/// booleans) fit in the CPU cache and are recycled by the allocator, where whole-table
/// intermediates would be hundreds of megabytes of fresh pages, each first touched at a cost.
public enum Batch {
    public static let size = 2048

    /// The row ranges of a table of `rowCount` rows, in order. An empty table has one empty
    /// batch, so that a condition or an argument of the wrong type is reported all the same.
    public static func ranges(_ rowCount: Int) -> [Range<Int>] {
        guard rowCount > 0 else { return [0..<0] }
        return stride(from: 0, to: rowCount, by: size).map { $0..<Swift.min($0 + size, rowCount) }
    }
}

/// The values of one batch in a column: row `i` of the batch is row `offset + i` of `column`.
/// A stored column is handed over with the batch's start as offset, without copying; a value
/// computed for the batch comes with offset 0.
public struct BatchColumn: Sendable {
    public let column: Column
    public let offset: Int

    public init(_ column: Column, offset: Int = 0) {
        self.column = column
        self.offset = offset
    }
}

extension Column {
    /// Rows `range`, copied contiguously (a batch of a stored column); compact numbers are
    /// decoded into plain ones here, a batch at a time, so expressions over a batch only ever
    /// see `.integer` and `.double`.
    public func slice(_ range: Range<Int>) -> Column {
        let validity = self.validity.map { $0.slice(range) }
        switch data {
        case .integer(let a): return Column(.integer(Array(a[range])), validity: validity)
        case .double(let a): return Column(.double(Array(a[range])), validity: validity)
        case .boolean(let a): return Column(.boolean(Array(a[range])), validity: validity)
        case .date(let a): return Column(.date(Array(a[range])), validity: validity)
        case .string(let codes, let dict):
            return Column(.string(codes: Array(codes[range]), dictionary: dict), validity: validity)
        case .narrowString(let codes, let dict):
            return Column(.string(codes: codes.widened(range), dictionary: dict), validity: validity)
        case .compact(let c):
            if c.isInteger { return Column(.integer(c.mantissas[range].map { Int64($0) }), validity: validity) }
            let decoded = [Double](unsafeUninitializedCapacity: range.count) { out, n in
                c.decode(range, into: out.baseAddress!)
                n = range.count
            }
            return Column(.double(decoded), validity: validity)
        }
    }
}

extension Bitmap {
    /// Bits `range`, shifted to start at bit 0, a word at a time.
    public func slice(_ range: Range<Int>) -> Bitmap {
        var out = Bitmap(count: range.count, allSet: false)
        let shift = UInt64(range.lowerBound & 63)
        let firstWord = range.lowerBound >> 6
        words.withUnsafeBufferPointer { source in
            for k in 0..<out.words.count {
                let lo = source[firstWord + k] >> shift
                let hiIndex = firstWord + k + 1
                let hi = shift == 0 || hiIndex >= source.count ? 0 : source[hiIndex] << (64 - shift)
                out.setWord(k, lo | hi)
            }
        }
        out.clearBitsPastCount()
        return out
    }

    /// Zeroes the unused bits of the last word, so word-wise counts and comparisons stay exact.
    mutating func clearBitsPastCount() {
        let used = count & 63
        guard used != 0, let last = words.indices.last else { return }
        setWord(last, words[last] & ((1 << UInt64(used)) - 1))
    }
}

extension BatchColumn {
    /// Calls `body(i)` for every batch row `i` below `n` that holds a value.
    @inline(__always)
    func forEachValid(_ n: Int, _ body: (Int) -> Void) {
        guard let validity = column.validity else {
            for i in 0..<n { body(i) }
            return
        }
        let o = offset
        validity.words.withUnsafeBufferPointer { w in
            for i in 0..<n {
                let r = o + i
                if (w[r >> 6] >> UInt64(r & 63)) & 1 != 0 { body(i) }
            }
        }
    }

    /// The batch's first `n` values as doubles (integers converted), read in place when they
    /// already are; `what` names the aggregate for the error on text or booleans.
    func withDoubles<R>(_ n: Int, _ what: String, _ body: (UnsafeBufferPointer<Double>) throws -> R) throws -> R {
        switch column.data {
        case .double(let a):
            return try a.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[offset..<offset + n])) }
        case .integer(let a):
            let converted = a[offset..<offset + n].map(Double.init)
            return try converted.withUnsafeBufferPointer(body)
        case .compact(let c):
            return try withUnsafeTemporaryAllocation(of: Double.self, capacity: max(n, 1)) { buffer in
                c.decode(offset..<offset + n, into: buffer.baseAddress!)
                return try body(UnsafeBufferPointer(rebasing: buffer[0..<n]))
            }
        default:
            throw EngineError.typeMismatch("\(what)() needs numbers, got \(column.type.rawValue)")
        }
    }
}
