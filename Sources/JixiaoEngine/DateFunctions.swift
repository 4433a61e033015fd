import Foundation

/// date, year, month, day, quarter, date_diff, today: the date type's functions. A date is a
/// day (days since 1970-01-01, `ColumnData.date`); text is read as the documents write dates
/// (`2022年12月30日`, `2022年12月底`, `2024-03-01`, `2024/3/1`, `2024.03.01`), so the parts of a
/// text date work without a `date()` around it. Text that names no day gives null, never an error.
enum DateFunctions {
    static let all: [ScalarFunction] = [date, year, month, day, quarter, dateDiff, today]

    /// The day `text` names, with `defaultYear` where it gives none (`12月20日前`); nil when it
    /// names no valid day. A month without a day is its last day (`2024年12月`, `2022年12月底`,
    /// `3月底`; `2022年底` is 12-31), as completion reads a deadline, so `date(actual_text, year) <=
    /// date(target_text, year)` agrees with it. The whole text must be the date: `2次/月` is none.
    static func parse(_ text: String, defaultYear: Int? = nil) -> CivilDay? {
        var chars = Array(text.filter { !$0.isWhitespace })
        for tail in ["以前", "之前", "前", "止"] where chars.count > tail.count && String(chars.suffix(tail.count)) == tail {
            chars.removeLast(tail.count)
            break
        }
        var i = 0
        /// Up to `limit` ASCII digits from `i`, and how many there were.
        func digits(_ limit: Int) -> (value: Int, count: Int)? {
            var value = 0, n = 0
            while i + n < chars.count, n < limit, chars[i + n].isASCII, let d = chars[i + n].wholeNumberValue {
                value = value * 10 + d
                n += 1
            }
            guard n > 0 else { return nil }
            i += n
            return (value, n)
        }
        func take(_ options: Set<Character>) -> Bool {
            guard i < chars.count, options.contains(chars[i]) else { return false }
            i += 1
            return true
        }
        var year: Int?, month: Int?, day: Int?
        if let first = digits(8) {
            if first.count == 8, i == chars.count {
                return CivilDay.valid(
                    year: first.value / 10_000, month: first.value / 100 % 100, day: first.value % 100)
            }
            if first.count == 4, i < chars.count, "-/.".contains(chars[i]) {
                let separator = chars[i]
                i += 1
                guard let m = digits(2), take([separator]), let d = digits(2), i == chars.count else { return nil }
                return CivilDay.valid(year: first.value, month: m.value, day: d.value)
            }
            if first.count == 4, take(["年"]) {
                year = first.value
            } else if first.count <= 2, take(["月"]) {
                month = first.value
            } else {
                return nil
            }
        } else {
            return nil
        }
        if year != nil, month == nil, let m = digits(2) {
            guard take(["月"]) else { return nil }
            month = m.value
        }
        if month != nil, let d = digits(2) {
            guard take(["日", "号"]) else { return nil }
            day = d.value
        }
        let endOfMonth = day == nil && take(["底", "末"])
        guard i == chars.count else { return nil }
        if year != nil, month == nil, endOfMonth { month = 12 }
        guard let y = year ?? defaultYear, let m = month, (1...12).contains(m) else { return nil }
        let d = day ?? CivilDay.daysIn(m, of: y)
        return CivilDay.valid(year: y, month: m, day: d)
    }

    /// A date-like argument as a date operand: dates as they are, text parsed once per distinct
    /// value of a dictionary (kept for the statement), null as null.
    static func days(_ operand: Operand, count: Int, context: ExecutionContext, name: String) throws -> Operand {
        switch operand {
        case .constant(.null), .constant(.date): return operand
        case .constant(.string(let s)): return .constant(parse(s).map { .date($0.days) } ?? .null)
        case .constant(let v):
            throw EngineError.typeMismatch("\(name)() needs a date, got \(v.type?.noun ?? "null")")
        case .column(let c):
            switch c.data {
            case .date: return operand
            case .string:
                return try Kernel.mapStrings(operand, count: count, key: "date", type: .date, context: context) {
                    parse($0).map { .date($0.days) } ?? .null
                }
            default: throw EngineError.typeMismatch("\(name)() needs a date, got a \(c.type.rawValue) column")
            }
        }
    }

    /// The type rule of a function whose arguments at `positions` are dates (or text read as one).
    static func needsDates(
        _ name: String, _ positions: [Int], result: DataType
    )
        -> @Sendable ([DataType?]) throws
        -> DataType?
    {
        { types in
            for p in positions where p < types.count {
                if let t = types[p], t != .date, t != .string {
                    throw EngineError.typeMismatch("\(name)() needs a date, but argument \(p + 1) is \(t.noun)")
                }
            }
            return result
        }
    }

    static let date = ScalarFunction(
        name: "date", arity: 1...2,
        summary:
            "date(text [, year]): the day text names — 2022年12月30日, 2022年12月底, 2024-03-01, 2024/3/1, 2024.03.01; a month alone is its last day, as a deadline — using year where the text has none (12月20日前); null when it names no day",
        example:
            "indicators | derive due = date(target_text, year) | where due <= \"2022-12-31\" | select project, target_text, due | sort due",
        type: { types in
            _ = try needsDates("date", [0], result: .date)(types)
            if types.count > 1, let t = types[1], t != .integer {
                throw EngineError.typeMismatch("date(text, year): year must be an integer, but it is \(t.noun)")
            }
            return .date
        },
        kernel: { args, count, context in
            guard args.count > 1 else { return try days(args[0], count: count, context: context, name: "date") }
            if case .column(let text) = args[0], case .string(let codes, let dict) = text.data,
                case .column(let years) = args[1], case .integer(let yearValues) = years.data
            {
                return .column(byCodeAndYear(codes, dict, text.validity, yearValues, years.validity))
            }
            guard case .constant(let y) = args[1] else {
                // A year per row (`date(target_text, year)`): each row is read with its own.
                return StringFunctions.rows(
                    args, count,
                    { values in
                        switch values[0] {
                        case .date: return values[0]
                        case .string(let text):
                            return parse(text, defaultYear: values[1].number.map { Int($0) }).map { .date($0.days) }
                                ?? .null
                        default: return .null
                        }
                    }, type: .date)
            }
            let year = y.number.map { Int($0) }
            switch args[0] {
            case .constant(.string(let text)):
                return .constant(parse(text, defaultYear: year).map { .date($0.days) } ?? .null)
            case .column(let c) where c.type == .string:
                return try Kernel.mapStrings(
                    args[0], count: count, key: "date \(year ?? 0)", type: .date, context: context
                ) { parse($0, defaultYear: year).map { .date($0.days) } ?? .null }
            default: return try days(args[0], count: count, context: context, name: "date")
            }
        })

    /// `date(target_text, year)` over columns: each distinct text and year is read once, as the
    /// same deadline repeats down a document's indicators.
    private static func byCodeAndYear(
        _ codes: [UInt32], _ dict: StringDictionary, _ textValidity: Bitmap?, _ years: [Int64], _ yearValidity: Bitmap?
    ) -> Column {
        var read: [UInt64: Int32] = [:]
        let none = Int32.min
        var days = [Int32](repeating: 0, count: codes.count)
        var validity = Bitmap(count: codes.count, allSet: false)
        for row in codes.indices where textValidity?[row] ?? true {
            // A null year and one outside 1–9999 both leave the text's own year, or none.
            let given = yearValidity?[row] ?? true ? years[row] : 0
            let year = (1...9999).contains(given) ? Int(given) : nil
            let key = UInt64(codes[row]) << 32 | UInt64(year ?? 0)
            let day: Int32
            if let known = read[key] {
                day = known
            } else {
                day = parse(dict.values[Int(codes[row])], defaultYear: year)?.days ?? none
                read[key] = day
            }
            if day != none {
                days[row] = day
                validity[row] = true
            }
        }
        return Column(.date(days), validity: validity)
    }

    /// A part of a date as an integer, computed per distinct day of the column.
    static func part(
        _ name: String, _ summary: String, _ example: String, _ pick: @escaping @Sendable (CivilDay) -> Int
    ) -> ScalarFunction {
        ScalarFunction(
            name: name, arity: 1...1, summary: summary, example: example,
            type: needsDates(name, [0], result: .integer),
            kernel: { args, count, context in
                try parts(days(args[0], count: count, context: context, name: name), pick)
            })
    }

    /// `pick` of each valid day of a date operand.
    private static func parts(_ operand: Operand, _ pick: (CivilDay) -> Int) -> Operand {
        switch operand {
        case .constant(.date(let d)): return .constant(.integer(Int64(pick(CivilDay(days: d)))))
        case .constant: return .constant(.null)
        case .column(let c):
            guard case .date(let days) = c.data else { return .constant(.null) }
            var out = [Int64](repeating: 0, count: days.count)
            for i in days.indices where !c.isNull(i) { out[i] = Int64(pick(CivilDay(days: days[i]))) }
            return .column(Column(.integer(out), validity: c.validity))
        }
    }

    static let month = part(
        "month", "month(d): the month of a date, 1 to 12",
        "indicators | derive due = date(target_text, year) | where due is not null | select target_text, due, m = month(due)"
    ) { $0.month }
    static let day = part(
        "day", "day(d): the day of the month of a date, 1 to 31",
        "indicators | derive due = date(target_text, year) | where due is not null | select target_text, due, d = day(due)"
    ) { $0.day }
    static let quarter = part(
        "quarter", "quarter(d): the quarter of a date, 1 to 4",
        "indicators | where level2 = \"时效指标\" | select target_text, q = quarter(date(target_text, year)) | take 5"
    ) { ($0.month - 1) / 3 + 1 }

    static let year = ScalarFunction(
        name: "year", arity: 1...1,
        summary:
            "year(x): the year of a date, or of a date text such as 2022-12-30 or 2022年12月, or x itself when it is a number",
        example: "indicators | where target_text contains \"年\" | select target_text, y = year(target_text)",
        type: { types in
            if let t = types.first ?? nil, t == .boolean {
                throw EngineError.typeMismatch("year() needs a date, a text or a number, but this is \(t.noun)")
            }
            return .integer
        },
        kernel: { args, count, context in
            // A number is its own year, truncated to a whole one.
            switch args[0] {
            case .constant(.integer): return args[0]
            case .constant(.double(let d)): return .constant(wholeYear(d).map(Value.integer) ?? .null)
            case .constant(.date), .constant(.null): return parts(args[0]) { $0.year }
            case .column(let c) where c.type == .integer: return args[0]
            case .column(let c) where c.type == .double:
                var builder = ColumnBuilder(type: .integer, capacity: count)
                for row in 0..<count { builder.append(integer: c.number(at: row).flatMap(wholeYear)) }
                return .column(builder.build())
            case .column(let c) where c.type == .date: return parts(args[0]) { $0.year }
            default: break
            }
            // Text: the first run of four digits, so `2022年度` has a year even though it names no day.
            return try Kernel.mapStrings(args[0], count: count, key: "year", type: .integer, context: context) { s in
                var digits = ""
                for ch in s {
                    if ch.isASCII, ch.isNumber {
                        digits.append(ch)
                        if digits.count == 4 { break }
                    } else {
                        digits = ""
                    }
                }
                guard digits.count == 4, let y = Int64(digits) else { return .null }
                return .integer(y)
            }
        })

    private static func wholeYear(_ d: Double) -> Int64? {
        d.isFinite && Swift.abs(d) < 1e15 ? Int64(d.rounded(.down)) : nil
    }

    /// The units of `date_diff`, each counting the boundaries crossed from `a` to `b`, as DuckDB's
    /// `date_diff` (and SQL Server's DATEDIFF) do: month from 2024-01-31 to 2024-02-01 is 1.
    enum Unit: String, CaseIterable {
        case day, week, month, quarter, year

        init?(named name: String) {
            let n = name.lowercased()
            self.init(rawValue: n.hasSuffix("s") ? String(n.dropLast()) : n)
        }

        func difference(_ a: Int32, _ b: Int32) -> Int64 {
            let x = CivilDay(days: a), y = CivilDay(days: b)
            switch self {
            case .day: return Int64(b) - Int64(a)
            // Mondays crossed: 1970-01-01 was a Thursday, three days after a Monday.
            case .week: return (Self.monday(b) - Self.monday(a)) / 7
            case .month: return Int64((y.year * 12 + y.month) - (x.year * 12 + x.month))
            case .quarter: return Int64((y.year * 4 + (y.month - 1) / 3) - (x.year * 4 + (x.month - 1) / 3))
            case .year: return Int64(y.year - x.year)
            }
        }

        private static func monday(_ d: Int32) -> Int64 {
            let days = Int64(d)
            return days - ((days + 3) % 7 + 7) % 7
        }
    }

    static let dateDiff = ScalarFunction(
        name: "date_diff", arity: 3...3,
        summary:
            "date_diff(unit, a, b): the day, week (Mondays), month, quarter or year boundaries crossed from a to b, as DuckDB counts them (month from 2024-01-31 to 2024-02-01 is 1); negative when b is before a",
        example:
            "indicators | where level2 = \"时效指标\" | select target_text, days_left = date_diff(\"day\", date(\"2022-01-01\"), date(target_text, year)) | take 5",
        type: { types in
            if let t = types[0], t != .string {
                throw EngineError.typeMismatch("date_diff(unit, a, b): unit is text such as \"day\", not \(t.noun)")
            }
            return try needsDates("date_diff", [1, 2], result: .integer)(types)
        },
        kernel: { args, count, context in
            guard case .constant(let unitValue) = args[0] else {
                throw EngineError.invalidArgument("date_diff: the unit must be a text in quotes, such as \"day\"")
            }
            guard case .string(let name) = unitValue else { return .constant(.null) }
            guard let unit = Unit(named: name) else {
                throw EngineError.invalidArgument(
                    "date_diff: the unit is day, week, month, quarter or year, not \"\(name)\"")
            }
            let a = try days(args[1], count: count, context: context, name: "date_diff")
            let b = try days(args[2], count: count, context: context, name: "date_diff")
            if case .constant(let x) = a, case .constant(let y) = b {
                guard case .date(let p) = x, case .date(let q) = y else { return .constant(.null) }
                return .constant(.integer(unit.difference(p, q)))
            }
            let l = a.materialize(count: count, type: .date), r = b.materialize(count: count, type: .date)
            guard case .date(let p) = l.data, case .date(let q) = r.data else { return .constant(.null) }
            let validity = Bitmap.intersect(l.validity, r.validity)
            var out = [Int64](repeating: 0, count: count)
            for i in 0..<count where validity?[i] ?? true { out[i] = unit.difference(p[i], q[i]) }
            return .column(Column(.integer(out), validity: validity))
        })

    static let today = ScalarFunction(
        name: "today", arity: 0...0,
        summary: "today(): the current date, in the local time zone ($JIXIAO_TODAY=2024-03-01 fixes it, for tests)",
        example:
            "projects | select year, years_ago = date_diff(\"year\", date(concat(year, \"-01-01\")), today()) | take 1",
        type: { _ in .date },
        kernel: { _, _, _ in
            if let fixed = ProcessInfo.processInfo.environment["JIXIAO_TODAY"], let day = parse(fixed) {
                return .constant(.date(day.days))
            }
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
            let day = CivilDay(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)
            return .constant(.date(day.days))
        })
}

extension CivilDay {
    /// The day a text names, read as `date(text [, year])` reads it; nil when it names none.
    public init?(text: String, defaultYear: Int? = nil) {
        guard let day = DateFunctions.parse(text, defaultYear: defaultYear) else { return nil }
        self = day
    }
}
