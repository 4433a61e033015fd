import JixiaoEngine

/// Builds one column of a delimited table while its type is still being decided.
///
/// The type is inferred in the same pass that stores the values: a column starts untyped (only
/// empty cells so far), becomes integer, double, boolean or date (ISO `YYYY-MM-DD`, nothing
/// looser) with its first value, widens integer → double in place (numbers kept compact while they fit, see `NumberStore`), and falls back to text when
/// a cell is neither. Falling back to text after rows
/// were stored as numbers cannot recover their spelling (`1.50`, `+3`), so those rows are marked
/// for a re-read of this one column (`rowsToReread`) instead of being turned back into text.
///
/// Cells arrive a batch at a time and are converted in a loop for the column's current kind;
/// a cell that changes the kind goes through `append(_:decode:)`, then the loop resumes.
struct ColumnAccumulator {
    enum Kind { case untyped, integer, double, boolean, date, string }

    private(set) var kind = Kind.untyped
    /// The values of an integer or decimal column, compact while they fit (`NumberStore`).
    private var numbers = NumberStore(capacity: 0, isInteger: true)
    private var booleans: [Bool] = []
    private var days: [Int32] = []
    /// A text column's codes, one byte a row while the dictionary is small (`CodeStore`).
    private var codes = CodeStore(capacity: 0)
    /// Nil while every row so far holds a value: most columns never need one.
    private var validity: Bitmap?
    private(set) var count = 0
    private var interner = ByteStringInterner()
    private let capacity: Int
    /// Rows stored before the fall-back to text, whose cells must be read again as text.
    private(set) var rowsToReread = 0

    init(capacity: Int, nullRows: Int = 0) {
        self.capacity = capacity
        appendNulls(nullRows)
    }

    mutating func appendNull() { appendNulls(1) }

    mutating func appendNulls(_ n: Int) {
        guard n > 0 else { return }
        // Mutated in place (`validity!`): a copy taken out and put back would copy every word.
        if validity == nil { validity = Bitmap(count: count, allSet: true) }
        validity!.append(repeating: false, count: n)
        count += n
        switch kind {
        case .untyped: break
        case .integer, .double: numbers.appendZeros(n)
        case .boolean: booleans.append(contentsOf: repeatElement(false, count: n))
        case .date: days.append(contentsOf: repeatElement(0, count: n))
        case .string: codes.appendZeros(n)
        }
    }

    /// Records that `n` rows were stored, of which those at `nulls` (offsets from the first of
    /// them) are null.
    private mutating func stored(_ n: Int, nulls: [Int]) {
        if validity == nil && nulls.isEmpty {
            count += n
            return
        }
        if validity == nil { validity = Bitmap(count: count, allSet: true) }
        validity!.append(repeating: true, count: n)
        for r in nulls { validity![count + r] = false }
        count += n
    }

    /// Stores a batch of cells; an empty cell is null. False when a text cell cannot be decoded.
    /// `decode` receives a cell's bytes and its index in `cells`. Values are gathered in a
    /// buffer on the stack and appended to the column in one copy; one loop per kind.
    mutating func append(
        _ cells: UnsafeBufferPointer<CellSpan>, decode: (UnsafeBufferPointer<UInt8>, Int) -> String?
    ) -> Bool {
        var i = 0
        var nulls: [Int] = []
        while i < cells.count {
            let start = i
            switch kind {
            case .integer: i = appendIntegers(cells, from: i, nulls: &nulls)
            case .double: i = appendDoubles(cells, from: i, nulls: &nulls)
            case .boolean: i = appendBooleans(cells, from: i, nulls: &nulls)
            case .date: i = appendDates(cells, from: i, nulls: &nulls)
            case .string:
                guard let next = appendCodes(cells, from: i, nulls: &nulls, decode: decode) else { return false }
                i = next
            case .untyped:
                while i < cells.count, cells[i].count == 0 { nulls.append(i - start); i += 1 }
            }
            stored(i - start, nulls: nulls)
            nulls.removeAll(keepingCapacity: true)
            // The cell that stopped the loop changes the column's kind.
            if i < cells.count {
                guard append(cells[i].bytes, decode: { decode($0, i) }) else { return false }
                i += 1
            }
        }
        return true
    }

    // Each loop converts cells from `start` until one does not convert (its index is returned)
    // or the batch ends; an empty cell stores a placeholder and its offset goes to `nulls`.

    private mutating func appendIntegers(
        _ cells: UnsafeBufferPointer<CellSpan>, from start: Int, nulls: inout [Int]
    ) -> Int {
        Self.appendNumbers(cells, from: start, nulls: &nulls, into: { numbers.append(integers: $0) }) { scanned in
            if case .integer(let v) = scanned { return v }
            return nil
        }
    }

    private mutating func appendDoubles(
        _ cells: UnsafeBufferPointer<CellSpan>, from start: Int, nulls: inout [Int]
    ) -> Int {
        Self.appendNumbers(cells, from: start, nulls: &nulls, into: { numbers.append(doubles: $0) }) { scanned in
            switch scanned {
            case .integer(let v): return Double(v)
            case .double(let v): return v
            }
        }
    }

    /// The number loop: `value` takes a scanned number into the column's type (nil stops the loop).
    @inline(__always)
    private static func appendNumbers<T>(
        _ cells: UnsafeBufferPointer<CellSpan>, from start: Int, nulls: inout [Int],
        into store: (UnsafeBufferPointer<T>) -> Void, _ value: (NumberScanner.Scanned) -> T?
    ) -> Int {
        withUnsafeTemporaryAllocation(of: T.self, capacity: cells.count - start) { buffer in
            var i = start
            while i < cells.count {
                let cell = cells[i]
                if cell.count == 0 {
                    buffer.initializeElement(at: i - start, to: value(.integer(0))!)
                    nulls.append(i - start)
                } else {
                    guard let scanned = NumberScanner.scan(cell.bytes), let v = value(scanned) else { break }
                    buffer.initializeElement(at: i - start, to: v)
                }
                i += 1
            }
            store(UnsafeBufferPointer(rebasing: buffer[0..<(i - start)]))
            return i
        }
    }

    private mutating func appendBooleans(
        _ cells: UnsafeBufferPointer<CellSpan>, from start: Int, nulls: inout [Int]
    ) -> Int {
        Self.appendParsed(cells, from: start, nulls: &nulls, into: &booleans, placeholder: false) {
            NumberScanner.boolean($0)
        }
    }

    private mutating func appendDates(
        _ cells: UnsafeBufferPointer<CellSpan>, from start: Int, nulls: inout [Int]
    ) -> Int {
        Self.appendParsed(cells, from: start, nulls: &nulls, into: &days, placeholder: 0) {
            CivilDay.parseISO($0)?.days
        }
    }

    /// The loop of a kind read by one parse per cell (true/false, ISO days): cells from `start`
    /// until one does not parse (its index is returned); an empty cell stores `placeholder`.
    @inline(__always)
    private static func appendParsed<T>(
        _ cells: UnsafeBufferPointer<CellSpan>, from start: Int, nulls: inout [Int],
        into values: inout [T], placeholder: T, _ parse: (UnsafeBufferPointer<UInt8>) -> T?
    ) -> Int {
        var i = start
        while i < cells.count {
            let cell = cells[i]
            if cell.count == 0 {
                values.append(placeholder)
                nulls.append(i - start)
            } else {
                guard let value = parse(cell.bytes) else { break }
                values.append(value)
            }
            i += 1
        }
        return i
    }

    /// Nil when a cell cannot be decoded.
    private mutating func appendCodes(
        _ cells: UnsafeBufferPointer<CellSpan>, from start: Int, nulls: inout [Int],
        decode: (UnsafeBufferPointer<UInt8>, Int) -> String?
    ) -> Int? {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: cells.count - start) { buffer in
            // The previous cell and its code: neighbouring rows often repeat a value (every
            // indicator of a project repeats its region and department), and comparing with
            // bytes just read skips the hash table.
            var last = CellSpan(), lastCode: UInt32 = 0
            var i = start
            while i < cells.count {
                let cell = cells[i]
                if cell.count == 0 {
                    buffer[i - start] = 0
                    nulls.append(i - start)
                } else if cell.count == last.count, sameBytes(cell.bytes, last.bytes) {
                    buffer[i - start] = lastCode
                } else {
                    let bytes = cell.bytes
                    let probe = interner.lookUp(bytes)
                    let code: UInt32
                    if let found = probe.code {
                        code = found
                    } else {
                        guard let text = decode(bytes, i) else { return nil }
                        code = interner.add(bytes, text, probe)
                    }
                    buffer[i - start] = code
                    last = cell
                    lastCode = code
                }
                i += 1
            }
            codes.fit(interner.count)
            codes.append(UnsafeBufferPointer(rebasing: buffer[0..<(i - start)]))
            return i
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
            case .integer(let i): numbers.append(integer: i)
            case .double(let d):
                become(.double)
                numbers.append(double: d)
            case nil: return fallBackToText(cell, decode: decode)
            }
        case .double:
            switch NumberScanner.scan(cell) {
            case .integer(let i): numbers.append(double: Double(i))
            case .double(let d): numbers.append(double: d)
            case nil: return fallBackToText(cell, decode: decode)
            }
        case .boolean:
            guard let b = NumberScanner.boolean(cell) else { return fallBackToText(cell, decode: decode) }
            booleans.append(b)
        case .date:
            guard let day = CivilDay.parseISO(cell) else { return fallBackToText(cell, decode: decode) }
            days.append(day.days)
        case .untyped:
            switch NumberScanner.scan(cell) {
            case .integer(let i):
                become(.integer)
                numbers.append(integer: i)
            case .double(let d):
                become(.double)
                numbers.append(double: d)
            case nil:
                if let b = NumberScanner.boolean(cell) {
                    become(.boolean)
                    booleans.append(b)
                } else if let day = CivilDay.parseISO(cell) {
                    become(.date)
                    days.append(day.days)
                } else {
                    become(.string)
                    return appendText(cell, decode: decode)
                }
            }
        }
        stored(1, nulls: [])
        return true
    }

    /// Sets the text of a row stored before the fall-back to text (see `rowsToReread`).
    mutating func reread(
        row: Int, _ cell: UnsafeBufferPointer<UInt8>, decode: (UnsafeBufferPointer<UInt8>) -> String?
    ) -> Bool {
        guard row < rowsToReread, row < codes.count, !cell.isEmpty else { return true }
        guard let code = interner.code(for: cell, decode: decode) else { return false }
        codes.fit(interner.count)
        codes[row] = code
        return true
    }

    /// Appends the rows of `other`, built from the records that follow this one's (the next part
    /// of the same file, read on another core). The rows then hold what one accumulator reading
    /// both parts in order would: integers with decimals widen to decimals, dates with dates stay
    /// dates, text is joined through the dictionaries (`ByteStringInterner.absorb`), and any other
    /// mix of kinds becomes text,
    /// its rows stored as numbers or true/false marked to be read again (`rowsToReread`).
    mutating func append(contentsOf other: consuming ColumnAccumulator) {
        let before = count
        guard other.count > 0 else { return }
        if other.kind == .untyped {
            appendNulls(other.count)
            return
        }
        if kind == .untyped { become(other.kind) }
        if kind == .integer && other.kind == .double { become(.double) }
        switch (kind, other.kind) {
        case (.integer, .integer), (.double, .double):
            numbers.append(contentsOf: other.numbers)
        case (.double, .integer):
            var decimals = other.numbers
            decimals.becomeDecimal()
            numbers.append(contentsOf: decimals)
        case (.boolean, .boolean):
            booleans.append(contentsOf: other.booleans)
        case (.date, .date):
            days.append(contentsOf: other.days)
        case (.string, .string):
            let map = interner.absorb(other.interner)
            if map.isEmpty {
                codes.appendZeros(other.count)
            } else {
                codes.fit(interner.count)
                codes.append(contentsOf: other.codes, mapped: map)
            }
            if other.rowsToReread > 0 { rowsToReread = before + other.rowsToReread }
        case (.string, _):
            // The later part's numbers were text all along: read them again as text.
            codes.appendZeros(other.count)
            rowsToReread = before + other.count
        case (_, .string):
            // This part's numbers become text; the later part's text keeps its codes.
            become(.string)
            interner = other.interner
            codes.fit(interner.count)
            codes.append(contentsOf: other.codes, mapped: nil)
            rowsToReread = before + other.rowsToReread
        default:
            // Numbers with true/false: text, every row read again.
            become(.string)
            codes.appendZeros(other.count)
            rowsToReread = before + other.count
        }
        if validity != nil || other.validity != nil {
            if validity == nil { validity = Bitmap(count: before, allSet: true) }
            validity!.append(contentsOf: other.validity ?? Bitmap(count: other.count, allSet: true))
        }
        count += other.count
    }

    /// Every row marked by `rowsToReread` now holds its text.
    mutating func finishRereading() { rowsToReread = 0 }

    func build() -> Column {
        switch kind {
        case .untyped: return .nulls(count: count, type: .string)
        case .integer, .double: return numbers.build(validity: validity)
        case .boolean: return Column(.boolean(booleans), validity: validity)
        case .date: return Column(.date(days), validity: validity)
        case .string:
            return codes.build(StringDictionary(interner.values), validity: validity)
        }
    }

    private mutating func appendText(
        _ cell: UnsafeBufferPointer<UInt8>, decode: (UnsafeBufferPointer<UInt8>) -> String?
    ) -> Bool {
        guard let code = interner.code(for: cell, decode: decode) else { return false }
        codes.fit(interner.count)
        codes.append(code)
        stored(1, nulls: [])
        return true
    }

    private mutating func fallBackToText(
        _ cell: UnsafeBufferPointer<UInt8>, decode: (UnsafeBufferPointer<UInt8>) -> String?
    ) -> Bool {
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
            numbers = NumberStore(capacity: capacity, isInteger: true)
            numbers.appendZeros(n)
        case .double:
            if kind == .integer {
                numbers.becomeDecimal()
            } else {
                numbers = NumberStore(capacity: capacity, isInteger: false)
                numbers.appendZeros(n)
            }
        case .boolean:
            booleans.reserveCapacity(capacity)
            booleans.append(contentsOf: repeatElement(false, count: n))
        case .date:
            days.reserveCapacity(capacity)
            days.append(contentsOf: repeatElement(0, count: n))
        case .string:
            codes = CodeStore(capacity: capacity)
            codes.appendZeros(n)
            numbers = NumberStore(capacity: 0, isInteger: true)
            booleans = []
            days = []
        case .untyped: break
        }
        kind = next
    }
}
