import Foundation

/// round, abs, floor, ceil.
enum MathFunctions {
    static let all: [ScalarFunction] = [round, abs, floor, ceil]

    static let round = ScalarFunction(
        name: "round", arity: 1...2,
        summary: "round(x, n): x rounded half away from zero to n decimals (default 0)",
        example: "projects | select name, rate = round(execution_rate, 1)",
        type: { _ in .double },
        kernel: { args, count, _ in
            var digits = 0
            if args.count == 2 {
                guard case .constant(let v) = args[1], let n = v.number else {
                    throw EngineError.invalidArgument("round(x, n): n must be a number")
                }
                digits = Int(max(-15, min(15, n)))
            }
            let scale = pow(10.0, Double(digits))
            return try Kernel.mapNumbers(args[0], count: count, name: "round") { x in
                roundHalfAway(x, digits: digits, scale: scale)
            }
        })

    /// `x` rounded half away from zero as it reads in decimal. Near a half, binary error would
    /// decide instead: 2.675 is stored as 2.67499999…, and 48 - 34.45 as 13.549999999999997, so
    /// scaling gives 2.67 and 13.5 where an analyst (and SQLite, and a spreadsheet) expects 2.68
    /// and 13.6. Those few cases are rounded on the 15 significant digits jixiao shows.
    static func roundHalfAway(_ x: Double, digits: Int, scale: Double) -> Double {
        let scaled = x * scale
        guard scaled.isFinite else { return x }
        let fraction = Swift.abs(scaled - scaled.rounded(.towardZero))
        if Swift.abs(fraction - 0.5) < 1e-6, var decimal = Decimal(string: String(format: "%.15g", x)) {
            var result = Decimal()
            NSDecimalRound(&result, &decimal, digits, .plain)
            return NSDecimalNumber(decimal: result).doubleValue
        }
        return scaled.rounded(.toNearestOrAwayFromZero) / scale
    }

    static let abs = ScalarFunction(
        name: "abs", arity: 1...1, summary: "abs(x): the absolute value",
        example: "indicators | derive gap = abs(actual - target) | take 5",
        type: { $0[0] },
        kernel: { args, count, _ in
            if case .column(let c) = args[0], case .integer(let a) = c.data, !a.contains(.min) {
                return .column(Column(.integer(a.map { Swift.abs($0) }), validity: c.validity))
            }
            if case .constant(.integer(let i)) = args[0], i != .min { return .constant(.integer(Swift.abs(i))) }
            return try Kernel.mapNumbers(args[0], count: count, name: "abs") { Swift.abs($0) }
        })

    static let floor = ScalarFunction(
        name: "floor", arity: 1...1, summary: "floor(x): the largest whole number not above x",
        example: "indicators | select name, w = floor(weight) | take 5",
        type: { _ in .double },
        kernel: { args, count, _ in try Kernel.mapNumbers(args[0], count: count, name: "floor") { $0.rounded(.down) } })

    static let ceil = ScalarFunction(
        name: "ceil", arity: 1...1, summary: "ceil(x): the smallest whole number not below x",
        example: "indicators | select name, w = ceil(weight) | take 5",
        type: { _ in .double },
        kernel: { args, count, _ in try Kernel.mapNumbers(args[0], count: count, name: "ceil") { $0.rounded(.up) } })
}
