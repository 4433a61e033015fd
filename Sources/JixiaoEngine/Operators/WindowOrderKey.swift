/// A window's one order key read as an unsigned integer per row whose `<` is the key's order,
/// with the direction folded in, so a partition sorts as plain integers instead of through a
/// comparator that switches on the column's type at every comparison. Rows are encoded as they
/// are gathered, so no column of codes is ever built.
///
/// Equal values encode equal (-0.0 as 0.0, as `SortKey` compares them; every NaN as one NaN, after
/// +∞), so peers are runs of equal codes. Nulls are kept apart by the caller: they sort after
/// every value whatever the direction.
struct WindowOrderKey: Sendable {
    private enum Values: Sendable {
        case integers([Int64])
        /// A compact column's mantissas, which order as its numbers do (one scale).
        case mantissas([Int32])
        case doubles([Double])
        case booleans([Bool])
        /// Days since 1970-01-01.
        case dates([Int32])
        /// Each row's code and every code's rank in code-point order.
        case strings([UInt32], ranks: [Int32])
    }

    private let values: Values
    private let flip: UInt64
    let validity: Bitmap?

    init(_ column: Column, descending: Bool) {
        flip = descending ? ~0 : 0
        validity = column.validity
        switch column.data {
        case .integer(let a): values = .integers(a)
        case .double(let a): values = .doubles(a)
        case .boolean(let a): values = .booleans(a)
        case .date(let a): values = .dates(a)
        case .string(let codes, let dictionary): values = .strings(codes, ranks: CodePointOrder.ranks(of: dictionary))
        case .compact(let c): values = .mantissas(c.mantissas)
        case .narrowString(let codes, let dictionary):
            values = .strings(codes.widened(), ranks: CodePointOrder.ranks(of: dictionary))
        }
    }

    /// `body(row, code)` for each row at positions `start..<end` of `rows` that is not null,
    /// in that order; the rows that are null go to `nulls`, in that order.
    func forEach(
        _ rows: SharedBuffer<Int32>, _ start: Int, _ end: Int, nulls: inout [Int32],
        _ body: (Int32, UInt64) -> Void
    ) {
        switch values {
        case .integers(let a):
            walk(a, rows, start, end, &nulls, body) { UInt64(bitPattern: $0) ^ (1 << 63) }
        case .mantissas(let a):
            walk(a, rows, start, end, &nulls, body) { UInt64(bitPattern: Int64($0)) ^ (1 << 63) }
        case .doubles(let a):
            walk(a, rows, start, end, &nulls, body) { value in
                let bits = value.isNaN ? Double.nan.bitPattern : (value == 0 ? 0 : value.bitPattern)
                return bits & (1 << 63) != 0 ? ~bits : bits | (1 << 63)
            }
        case .booleans(let a):
            walk(a, rows, start, end, &nulls, body) { $0 ? 1 : 0 }
        case .dates(let a):
            walk(a, rows, start, end, &nulls, body) { UInt64(UInt32(bitPattern: $0) ^ (1 << 31)) }
        case .strings(let codes, let ranks):
            ranks.withUnsafeBufferPointer { rank in
                walk(codes, rows, start, end, &nulls, body) { code in
                    Int(code) < rank.count ? UInt64(UInt32(bitPattern: rank[Int(code)])) : 0
                }
            }
        }
    }

    @inline(__always)
    private func walk<T>(
        _ values: [T], _ rows: SharedBuffer<Int32>, _ start: Int, _ end: Int, _ nulls: inout [Int32],
        _ body: (Int32, UInt64) -> Void, _ encode: (T) -> UInt64
    ) {
        values.withUnsafeBufferPointer { v in
            for p in start..<end {
                let row = rows[p]
                if let validity, !validity[Int(row)] {
                    nulls.append(row)
                } else {
                    body(row, encode(v[Int(row)]) ^ flip)
                }
            }
        }
    }
}
