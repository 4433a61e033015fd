import Foundation
import JixiaoEngine

/// How a workbook shows a number, from the number format of its cell's style: the number the
/// model keeps and the text as printed. A cell shown as `95%` stores 0.95 and is 95 (percent, as
/// the model keeps rates) with the text "95%"; `#,##0.00` prints `3,309,840.00`; a date format
/// prints the ISO date `2022-12-30` and keeps no number: a plain sheet's column of such cells
/// becomes a date column (`ColumnAccumulator` reads ISO days as dates), a form keeps the text.
enum CellNumberFormat: Sendable, Hashable {
    case general
    case fixed(decimals: Int, thousands: Bool)
    case percent(decimals: Int)
    case date(withTime: Bool)
    case time
    case text

    /// The built-in formats by id (ECMA-376 §18.8.30, with the ids East Asian Excel uses for
    /// its own dates); ids not listed print as General.
    static func builtIn(_ id: Int) -> CellNumberFormat {
        switch id {
        case 1: return .fixed(decimals: 0, thousands: false)
        case 2: return .fixed(decimals: 2, thousands: false)
        case 3, 5, 6, 37, 38, 41, 42: return .fixed(decimals: 0, thousands: true)
        case 4, 7, 8, 39, 40, 43, 44: return .fixed(decimals: 2, thousands: true)
        case 9: return .percent(decimals: 0)
        case 10: return .percent(decimals: 2)
        case 14...17, 27...31, 34...36, 50...58: return .date(withTime: false)
        case 22: return .date(withTime: true)
        case 18...21, 32, 33, 45...47: return .time
        case 49: return .text
        default: return .general
        }
    }

    /// The kind of a custom format code, from its first section (the one for positive numbers).
    init(code: String) {
        var plain = ""
        var inQuote = false, inBracket = false, escaped = false
        for ch in code {
            if escaped { escaped = false; continue }
            if inQuote { if ch == "\"" { inQuote = false }; continue }
            if inBracket {
                if ch == "]" {
                    inBracket = false
                }
                // Elapsed time ([h]:mm) is a time; colours and locales ([Red], [$-804]) are not.
                else if "hms".contains(ch.lowercased()) {
                    plain.append("h")
                }
                continue
            }
            switch ch {
            case "\\": escaped = true
            case "\"": inQuote = true
            case "[": inBracket = true
            case "_", "*": escaped = true  // padding: the next character is not part of the format
            case ";": break
            default: plain.append(ch)
            }
            if ch == ";" { break }
        }
        let lower = plain.lowercased()
        if lower.contains("general") { self = .general; return }
        let hasDate =
            lower.contains("y") || lower.contains("d")
            || (lower.contains("m") && !lower.contains("h") && !lower.contains("s"))
        let hasTime = lower.contains("h") || lower.contains("s")
        if hasDate { self = .date(withTime: hasTime); return }
        if hasTime { self = .time; return }
        if plain.trimmingCharacters(in: .whitespaces) == "@" { self = .text; return }
        var decimals = 0
        if let dot = plain.firstIndex(of: ".") {
            decimals = plain[plain.index(after: dot)...].prefix { $0 == "0" || $0 == "#" || $0 == "?" }.count
        }
        if plain.contains("%") { self = .percent(decimals: decimals); return }
        if lower.contains("e+") || lower.contains("e-") || !plain.contains(where: { $0 == "0" || $0 == "#" }) {
            self = .general
            return
        }
        self = .fixed(decimals: decimals, thousands: plain.contains(","))
    }

    /// The number the model keeps (nil for dates and times, kept as text) and the text as printed,
    /// for a cell's stored value; `date1904` is the workbook's date system.
    func present(_ value: Double, date1904: Bool) -> (number: Double?, text: String) {
        switch self {
        case .general, .text:
            return (value, Self.general(value))
        case .fixed(let decimals, let thousands):
            return (value, Self.fixed(value, decimals: decimals, thousands: thousands))
        case .percent(let decimals):
            let percent = Self.rounded(value * 100)
            return (percent, Self.fixed(percent, decimals: decimals, thousands: false) + "%")
        case .date(let withTime):
            guard let text = Self.isoDate(value, date1904: date1904, withTime: withTime) else {
                return (value, Self.general(value))
            }
            return (nil, text)
        case .time:
            return (nil, Self.clock(value))
        }
    }

    /// A number as General prints it: at most 15 significant digits, so the binary noise of a
    /// stored 0.30000000000000004 is not shown.
    static func general(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        // The shortest form that reads back is fine when it is short (most stored numbers are);
        // formatting through printf is slow for a sheet of 50,000 rows.
        let shortest = value.description
        if shortest.utf8.count <= 16, !shortest.utf8.contains(UInt8(ascii: "e")) { return shortest }
        return String(format: "%.15g", value)
    }

    /// The number with 15 significant digits, as a workbook shows it (0.95 × 100 is 95).
    static func rounded(_ value: Double) -> Double {
        guard value.isFinite else { return value }
        // Most numbers are short already (their shortest form has at most 15 digits): printf
        // would give them back unchanged, and is slow for a sheet of 50,000 rows.
        if significantDigits(value.description) <= 15 { return value }
        return Double(String(format: "%.15g", value)) ?? value
    }

    /// The digits of a number's text that count (leading zeros and an exponent left out).
    static func significantDigits(_ text: String) -> Int {
        var count = 0, leading = true
        for byte in text.utf8 {
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { break }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { continue }
            if leading, byte == UInt8(ascii: "0") { continue }
            leading = false
            count += 1
        }
        return count
    }

    static func fixed(_ value: Double, decimals: Int, thousands: Bool) -> String {
        guard value.isFinite else { return "\(value)" }
        let text = String(format: "%.\(min(decimals, 20))f", value)
        guard thousands else { return text }
        let negative = text.hasPrefix("-")
        let body = negative ? text.dropFirst() : Substring(text)
        let whole = body.prefix { $0 != "." }
        let rest = body.dropFirst(whole.count)
        var grouped = ""
        for (k, ch) in whole.enumerated() {
            if k > 0, (whole.count - k) % 3 == 0 { grouped.append(",") }
            grouped.append(ch)
        }
        return (negative ? "-" : "") + grouped + rest
    }

    /// The ISO date of a serial day number; nil outside years 1–9999. In the 1900 system serial 60
    /// is the 29 February 1900 that Excel keeps from Lotus 1-2-3, so earlier serials count from a
    /// day later.
    static func isoDate(_ serial: Double, date1904: Bool, withTime: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 2_958_466 else { return nil }
        let day = Int(serial.rounded(.down))
        // Days since 1970-01-01 of the serial's epoch.
        let epoch = date1904 ? -24_107 : (day < 60 ? -25_568 : -25_569)
        let civil = CivilDay(days: Int32(day + epoch))
        let (y, m, d) = (civil.year, civil.month, civil.day)
        guard (1...9999).contains(y) else { return nil }
        let date = padded(y, 4) + "-" + padded(m, 2) + "-" + padded(d, 2)
        let fraction = serial - Double(day)
        return withTime && fraction > 0 ? date + " " + clock(fraction) : date
    }

    /// `HH:MM:SS` of a day's fraction.
    static func clock(_ value: Double) -> String {
        guard value.isFinite else { return "\(value)" }
        let seconds = Int(((value - value.rounded(.down)) * 86_400).rounded()) % 86_400
        return padded(seconds / 3600, 2) + ":" + padded(seconds / 60 % 60, 2) + ":" + padded(seconds % 60, 2)
    }

    /// A non-negative number with zeros in front up to `width` digits (printf's `%0Nd`, without
    /// printf, which is slow for a column of 50,000 dates).
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}
