import JixiaoEngine

/// Builds one column of a delimited table while its type is still being decided.
///
/// The type is inferred in the same pass that stores the values: a column starts untyped (only
/// empty cells so far), becomes integer, double or boolean with its first value, widens integer →
/// double in place, and falls back to text when a cell is neither. Falling back to text after rows
/// were stored as numbers cannot recover their spelling (`1.50`, `+3`), so those rows are marked
/// for a re-read of this one column (`rowsToReread`) instead of being turned back into text.
struct ColumnAccumulator {
    enum Kind { case untyped, integer, double, boolean, string }

    private(set) var kind = Kind.untyped
    private var integers: [Int64] = []
    private var doubles: [Double] = []
    private var booleans: [Bool] = []
    private var codes: [UInt32] = []
    private var validity = Bitmap(count: 0, allSet: false)
    private var sawNull = false
    private var interner = ByteStringInterner()
    private let capacity: Int
    /// Rows stored before the fall-back to text, whose cells must be read again as text.
    private(set) var rowsToReread = 0

    init(capacity: Int, nullRows: Int = 0) {
        self.capacity = capacity
        for _ in 0..<nullRows { appendNull() }
    }

    var count: Int { validity.count }

    mutating func appendNull() {
        sawNull = true
        validity.append(false)
        switch kind {
        case .untyped: break
        case .integer: integers.append(0)
        case .double: doubles.append(0)
        case .boolean: booleans.append(false)
        case .string: codes.append(0)
        }
    }

    /// Stores one cell; an empty cell is null. Returns false when the text cannot be decoded.
    mutating func append(_ cell: UnsafeBufferPointer<UInt8>, decode: (UnsafeBufferPointer<UInt8>) -> String?) -> Bool {
        if cell.isEmpty {
            appendNull()
            return true
        }
        switch kind {
        case .string:
            return appendText(cell, decode: decode)
        case .integer:
            switch NumberScanner.scan(cell) {
            case .integer(let i): integers.append(i)
            case .double(let d):
                become(.double)
                doubles.append(d)
            case nil: return fallBackToText(cell, decode: decode)
            }
        case .double:
            switch NumberScanner.scan(cell) {
            case .integer(let i): doubles.append(Double(i))
            case .double(let d): doubles.append(d)
            case nil: return fallBackToText(cell, decode: decode)
            }
        case .boolean:
            guard let b = NumberScanner.boolean(cell) else { return fallBackToText(cell, decode: decode) }
            booleans.append(b)
        case .untyped:
            switch NumberScanner.scan(cell) {
            case .integer(let i):
                become(.integer)
                integers.append(i)
            case .double(let d):
                become(.double)
                doubles.append(d)
            case nil:
                if let b = NumberScanner.boolean(cell) {
                    become(.boolean)
                    booleans.append(b)
                } else {
                    become(.string)
                    return appendText(cell, decode: decode)
                }
            }
        }
        validity.append(true)
        return true
    }

    /// Sets the text of a row stored before the fall-back to text (see `rowsToReread`).
    mutating func reread(row: Int, _ cell: UnsafeBufferPointer<UInt8>, decode: (UnsafeBufferPointer<UInt8>) -> String?) -> Bool {
        guard row < rowsToReread, row < codes.count, !cell.isEmpty else { return true }
        guard let code = interner.code(for: cell, decode: decode) else { return false }
        codes[row] = code
        return true
    }

    func build() -> Column {
        let v = sawNull ? validity : nil
        switch kind {
        case .untyped: return .nulls(count: count, type: .string)
        case .integer: return Column(.integer(integers), validity: v)
        case .double: return Column(.double(doubles), validity: v)
        case .boolean: return Column(.boolean(booleans), validity: v)
        case .string: return Column(.string(codes: codes, dictionary: StringDictionary(interner.values)), validity: v)
        }
    }

    private mutating func appendText(_ cell: UnsafeBufferPointer<UInt8>, decode: (UnsafeBufferPointer<UInt8>) -> String?) -> Bool {
        guard let code = interner.code(for: cell, decode: decode) else { return false }
        codes.append(code)
        validity.append(true)
        return true
    }

    private mutating func fallBackToText(_ cell: UnsafeBufferPointer<UInt8>, decode: (UnsafeBufferPointer<UInt8>) -> String?) -> Bool {
        rowsToReread = count
        become(.string)
        return appendText(cell, decode: decode)
    }

    /// Moves the stored rows into the storage of `next`: nulls become placeholders, integers widen
    /// to doubles, and anything turning into text gets placeholder codes until it is re-read.
    private mutating func become(_ next: Kind) {
        let n = count
        switch next {
        case .integer:
            integers.reserveCapacity(capacity)
            integers.append(contentsOf: repeatElement(0, count: n))
        case .double:
            doubles.reserveCapacity(capacity)
            if kind == .integer {
                doubles = integers.map(Double.init)
                integers = []
            } else {
                doubles.append(contentsOf: repeatElement(0, count: n))
            }
        case .boolean:
            booleans.reserveCapacity(capacity)
            booleans.append(contentsOf: repeatElement(false, count: n))
        case .string:
            codes.reserveCapacity(capacity)
            codes.append(contentsOf: repeatElement(0, count: n))
            integers = []
            doubles = []
            booleans = []
        case .untyped: break
        }
        kind = next
    }
}
