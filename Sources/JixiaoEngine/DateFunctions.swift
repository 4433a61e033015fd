import Foundation

/// date, month, day, quarter, date_diff, today: dates as ISO text (`2022-12-30`), which sorts and
/// compares as the dates do, read from the forms the documents write (`2022年12月30日`,
/// `2022年12月底`, `2024-03-01`, `2022/3/1`).
enum DateFunctions {
    static let all: [ScalarFunction] = [date, month, day, quarter, dateDiff, today]

    /// A calendar day.
    struct Day: Equatable {
        let year: Int, month: Int, day: Int

        var iso: String { String(format: "%04d-%02d-%02d", year, month, day) }

        /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
        var serial: Int {
            let y = month <= 2 ? year - 1 : year
            let era = (y >= 0 ? y : y - 399) / 400
            let yoe = y - era * 400
            let mp = (month + 9) % 12
            let doy = (153 * mp + 2) / 5 + day - 1
            let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
            return era * 146_097 + doe - 719_468
        }

        static func daysIn(_ month: Int, of year: Int) -> Int {
            switch month {
            case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
            case 4, 6, 9, 11: return 30
            default: return 31
            }
        }

        /// The day `text` names, with `defaultYear` where it gives none; nil when it is no date.
        static func parse(_ text: String, defaultYear: Int? = nil) -> Day? {
            var s = text.trimmingCharacters(in: .whitespaces)
            for tail in ["以前", "之前", "前", "止"] where s.hasSuffix(tail) { s.removeLast(tail.count); break }
            let numbers = s.split { !$0.isASCII || !$0.isNumber }.compactMap { Int($0) }
            let endOfMonth = s.hasSuffix("底") || s.hasSuffix("末")
            var year: Int?, month: Int?, day: Int?
            if s.contains("年") || s.contains("月") {
                let hasYear = s.contains("年") && (numbers.first.map { $0 >= 1000 } ?? false)
                var rest = numbers[...]
                if hasYear { year = rest.popFirst() }
                if s.contains("月") { month = rest.popFirst() }
                if s.contains("日") || s.contains("号") { day = rest.popFirst() }
                if hasYear, month == nil, endOfMonth { month = 12 }
            } else if numbers.count == 3, numbers[0] >= 1000 {
                (year, month, day) = (numbers[0], numbers[1], numbers[2])
            } else if numbers.count == 1, s.count == 8, let n = numbers.first {
                (year, month, day) = (n / 10_000, n / 100 % 100, n % 100)
            } else {
                return nil
            }
            guard let y = year ?? defaultYear, let m = month, (1...12).contains(m), (1...9999).contains(y) else {
                return nil
            }
            let d = day ?? (endOfMonth ? daysIn(m, of: y) : 1)
            guard (1...daysIn(m, of: y)).contains(d) else { return nil }
            return Day(year: y, month: m, day: d)
        }
    }

    /// The day a value stands for: ISO or document text (a number is no date).
    static func day(of value: Value, defaultYear: Int? = nil) -> Day? {
        guard case .string(let text) = value else { return nil }
        return Day.parse(text, defaultYear: defaultYear)
    }

    static let date = ScalarFunction(
        name: "date", arity: 1...2,
        summary:
            "date(text [, year]): the day as ISO text 2022-12-30, read from 2022年12月30日, 2022年12月底, 2024-03-01 …; year where the text has none",
        example:
            "indicators | where level2 = \"时效指标\" | select target_text, deadline = date(target_text, year) | take 5",
        type: { _ in .string },
        kernel: { args, count, _ in
            StringFunctions.rows(
                args, count,
                { values in
                    let year = values.count > 1 ? values[1].number.map { Int($0) } : nil
                    return day(of: values[0], defaultYear: year).map { .string($0.iso) } ?? .null
                }, type: .string)
        })

    static func part(_ name: String, _ summary: String, _ pick: @escaping @Sendable (Day) -> Int) -> ScalarFunction {
        ScalarFunction(
            name: name, arity: 1...1, summary: summary,
            example: "projects | select d = date(\"2022年12月30日\"), \(name) = \(name)(\"2022年12月30日\") | take 1",
            type: { _ in .integer },
            kernel: { args, count, _ in
                StringFunctions.rows(
                    args, count, { values in day(of: values[0]).map { .integer(Int64(pick($0))) } ?? .null },
                    type: .integer)
            })
    }

    static let month = part("month", "month(d): the month of a date, 1 to 12") { $0.month }
    static let day = part("day", "day(d): the day of the month of a date") { $0.day }
    static let quarter = part("quarter", "quarter(d): the quarter of a date, 1 to 4") { ($0.month - 1) / 3 + 1 }

    static let dateDiff = ScalarFunction(
        name: "date_diff", arity: 3...3,
        summary: "date_diff(unit, a, b): b − a in days, weeks, months, quarters or years (whole units crossed)",
        example: "projects | select days = date_diff(\"day\", \"2022-01-01\", \"2022年12月30日\") | take 1",
        type: { _ in .integer },
        kernel: { args, count, _ in
            try StringFunctions.rows(
                args, count,
                { values in
                    guard case .string(let unit) = values[0] else { return .null }
                    guard let a = day(of: values[1]), let b = day(of: values[2]) else { return .null }
                    let months = (b.year * 12 + b.month) - (a.year * 12 + a.month)
                    switch unit.lowercased() {
                    case "day", "days": return .integer(Int64(b.serial - a.serial))
                    case "week", "weeks": return .integer(Int64((b.serial - a.serial) / 7))
                    case "month", "months": return .integer(Int64(months))
                    case "quarter", "quarters":
                        return .integer(Int64((b.year * 4 + (b.month - 1) / 3) - (a.year * 4 + (a.month - 1) / 3)))
                    case "year", "years": return .integer(Int64(b.year - a.year))
                    default:
                        throw EngineError.invalidArgument(
                            "date_diff: the unit is day, week, month, quarter or year, not \"\(unit)\"")
                    }
                }, type: .integer)
        })

    static let today = ScalarFunction(
        name: "today", arity: 0...0,
        summary: "today(): the current date as ISO text ($JIXIAO_TODAY fixes it, for tests)",
        example: "projects | select year, d = date_diff(\"year\", concat(year, \"-01-01\"), today()) | take 1",
        type: { _ in .string },
        kernel: { _, _, _ in
            if let fixed = ProcessInfo.processInfo.environment["JIXIAO_TODAY"], let day = Day.parse(fixed) {
                return .constant(.string(day.iso))
            }
            let parts = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
            return .constant(.string(Day(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1).iso))
        })
}
