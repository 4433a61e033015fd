/// How the audit compares and prints the numbers of a form.
///
/// Forms print scores to two decimals and round either way (DOMAIN.md §3.1: 9.555 is printed
/// 9.55), so two numbers agree when they are within half a cent of each other, plus a hair for
/// binary floating point.
enum AuditNumber {
    static let tolerance = 0.0051

    static func agrees(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= tolerance }

    /// A number as an analyst writes it: no trailing `.0`, at most two decimals.
    static func text(_ d: Double) -> String {
        let rounded = (d * 100).rounded() / 100
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        var s = String(rounded)
        if s.contains("e") { return s }
        while s.hasSuffix("0") { s.removeLast() }
        return s
    }

    static func gap(_ found: Double, _ expected: Double) -> Double { ((found - expected) * 100).rounded() / 100 }
}
