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
                let scaled = x * scale
                guard scaled.isFinite else { return x }
                return (scaled).rounded(.toNearestOrAwayFromZero) / scale
            }
        })

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
