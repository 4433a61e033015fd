/// Appends values one by one into typed storage; the way importers make columns.
public struct ColumnBuilder: Sendable {
    public let type: DataType
    private var ints: [Int64] = []
    private var doubles: [Double] = []
    private var bools: [Bool] = []
    private var days: [Int32] = []
    private var codes: [UInt32] = []
    private var dictionary = StringDictionaryBuilder()
    private var validity = Bitmap(count: 0, allSet: false)
    private var sawNull = false

    public init(type: DataType, capacity: Int = 0) {
        self.type = type
        switch type {
        case .integer: ints.reserveCapacity(capacity)
        case .double: doubles.reserveCapacity(capacity)
        case .boolean: bools.reserveCapacity(capacity)
        case .string: codes.reserveCapacity(capacity)
        case .date: days.reserveCapacity(capacity)
        }
    }

    public var count: Int { validity.count }

    public mutating func appendNull() {
        sawNull = true
        validity.append(false)
        switch type {
        case .integer: ints.append(0)
        case .double: doubles.append(0)
        case .boolean: bools.append(false)
        case .string: codes.append(0)
        case .date: days.append(0)
        }
    }

    public mutating func append(integer: Int64?) {
        guard let i = integer else { return appendNull() }
        switch type {
        case .integer: ints.append(i)
        case .double: doubles.append(Double(i))
        case .string: codes.append(dictionary.code(for: String(i)))
        case .boolean: bools.append(i != 0)
        case .date: return appendNull()
        }
        validity.append(true)
    }

    public mutating func append(double: Double?) {
        guard let d = double else { return appendNull() }
        switch type {
        case .integer:
            // An integer column asked to hold a fraction keeps what it can; importers pick .double.
            guard d.isFinite, d == d.rounded(), abs(d) < 9.2e18 else { return appendNull() }
            ints.append(Int64(d))
        case .double: doubles.append(d)
        case .string: codes.append(dictionary.code(for: Value.format(d)))
        case .boolean: bools.append(d != 0)
        case .date: return appendNull()
        }
        validity.append(true)
    }

    public mutating func append(string: String?) {
        guard let s = string else { return appendNull() }
        switch type {
        case .string: codes.append(dictionary.code(for: s))
        case .integer:
            guard let i = Int64(s) else { return appendNull() }
            ints.append(i)
        case .double:
            guard let d = Double(s) else { return appendNull() }
            doubles.append(d)
        case .boolean:
            guard let b = Bool(s) else { return appendNull() }
            bools.append(b)
        case .date:
            guard let day = CivilDay.parseISO(s) else { return appendNull() }
            days.append(day.days)
        }
        validity.append(true)
    }

    public mutating func append(boolean: Bool?) {
        guard let b = boolean else { return appendNull() }
        switch type {
        case .boolean: bools.append(b)
        case .integer: ints.append(b ? 1 : 0)
        case .double: doubles.append(b ? 1 : 0)
        case .string: codes.append(dictionary.code(for: b ? "true" : "false"))
        case .date: return appendNull()
        }
        validity.append(true)
    }

    /// A day (days since 1970-01-01); a text column keeps its ISO form, a number column the count.
    public mutating func append(date: Int32?) {
        guard let d = date else { return appendNull() }
        switch type {
        case .date: days.append(d)
        case .string: codes.append(dictionary.code(for: CivilDay.iso(d)))
        case .integer: ints.append(Int64(d))
        case .double: doubles.append(Double(d))
        case .boolean: return appendNull()
        }
        validity.append(true)
    }

    public mutating func append(_ value: Value) {
        switch value {
        case .null: appendNull()
        case .integer(let i): append(integer: i)
        case .double(let d): append(double: d)
        case .string(let s): append(string: s)
        case .boolean(let b): append(boolean: b)
        case .date(let d): append(date: d)
        }
    }

    public func build() -> Column {
        let v = sawNull ? validity : nil
        switch type {
        case .integer: return Column(.integer(ints), validity: v)
        case .double: return Column(.double(doubles), validity: v)
        case .boolean: return Column(.boolean(bools), validity: v)
        case .string: return Column(.string(codes: codes, dictionary: dictionary.build()), validity: v)
        case .date: return Column(.date(days), validity: v)
        }
    }
}
