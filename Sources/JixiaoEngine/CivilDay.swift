import Foundation

/// A calendar day as the engine stores it: days since 1970-01-01 in an Int32 (±5.8 million
/// years, far beyond the years 1–9999 any document or ISO text can name), converted to and from
/// year, month and day by Howard Hinnant's civil-calendar algorithms.
public struct CivilDay: Sendable, Hashable, Comparable {
    public let year: Int, month: Int, day: Int

    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `days` after 1970-01-01 (civil_from_days).
    public init(days: Int32) {
        let z = Int(days) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.init(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// Days since 1970-01-01 (days_from_civil).
    public var days: Int32 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return Int32(truncatingIfNeeded: era * 146_097 + doe - 719_468)
    }

    /// `2024-03-01`: how a date is printed and written everywhere.
    public var iso: String {
        guard (0...9999).contains(year) else { return String(format: "%d-%02d-%02d", year, month, day) }
        // Digit by digit: every cell of a date column written to a file comes through here.
        let digits: [UInt8] = [
            UInt8(48 + year / 1000), UInt8(48 + year / 100 % 10), UInt8(48 + year / 10 % 10), UInt8(48 + year % 10),
            45, UInt8(48 + month / 10), UInt8(48 + month % 10), 45, UInt8(48 + day / 10), UInt8(48 + day % 10),
        ]
        return String(decoding: digits, as: UTF8.self)
    }

    /// The ISO text of a stored day.
    public static func iso(_ days: Int32) -> String { CivilDay(days: days).iso }

    /// The days that ISO years 1–9999 span: what readers and `date ± n` keep, so every stored
    /// date prints as `YYYY-MM-DD`.
    public static let representable: ClosedRange<Int64> =
        Int64(CivilDay(year: 1, month: 1, day: 1).days)...Int64(CivilDay(year: 9999, month: 12, day: 31).days)

    public static func daysIn(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// A valid day of years 1–9999, or nil (`2023-02-29`, month 13).
    public static func valid(year: Int, month: Int, day: Int) -> CivilDay? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...daysIn(month, of: year)).contains(day)
        else { return nil }
        return CivilDay(year: year, month: month, day: day)
    }

    /// Strict `YYYY-MM-DD` (four, two and two digits), the form CSV inference and SQLite text
    /// accept as a date: anything looser stays text there.
    public static func parseISO<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> CivilDay? where Bytes.Index == Int {
        guard bytes.count == 10 else { return nil }
        let s = bytes.startIndex
        guard bytes[s + 4] == UInt8(ascii: "-"), bytes[s + 7] == UInt8(ascii: "-") else { return nil }
        func digits(_ range: Range<Int>) -> Int? {
            var n = 0
            for i in range {
                let b = bytes[s + i]
                guard b >= 48, b <= 57 else { return nil }
                n = n * 10 + Int(b - 48)
            }
            return n
        }
        guard let y = digits(0..<4), let m = digits(5..<7), let d = digits(8..<10) else { return nil }
        return valid(year: y, month: m, day: d)
    }

    public static func parseISO(_ text: String) -> CivilDay? { parseISO(Array(text.utf8)) }

    public static func < (a: CivilDay, b: CivilDay) -> Bool { a.days < b.days }
}
