/// A scalar function: its arity, how its result type follows from its arguments, and the
/// column-at-a-time implementation. Each family registers itself in `ScalarFunction.registry`.
public struct ScalarFunction: Sendable {
    public let name: String
    public let arity: ClosedRange<Int>
    /// One line of help: the call's shape and what it does.
    public let summary: String
    public let example: String
    let typeRule: @Sendable ([DataType?]) throws -> DataType?
    let kernel: @Sendable ([Operand], Int, ExecutionContext) throws -> Operand

    public init(name: String, arity: ClosedRange<Int>, summary: String, example: String,
                type: @escaping @Sendable ([DataType?]) throws -> DataType?,
                kernel: @escaping @Sendable ([Operand], Int, ExecutionContext) throws -> Operand) {
        self.name = name
        self.arity = arity
        self.summary = summary
        self.example = example
        self.typeRule = type
        self.kernel = kernel
    }

    public func resultType(_ arguments: [DataType?]) throws -> DataType? { try typeRule(arguments) }

    func evaluate(_ arguments: [Operand], _ count: Int, _ context: ExecutionContext) throws -> Operand {
        try kernel(arguments, count, context)
    }

    /// Every scalar function by name: the one place a new function is listed.
    public static let registry: [String: ScalarFunction] = {
        var all: [String: ScalarFunction] = [:]
        for f in MathFunctions.all + TextFunctions.all + ConditionalFunctions.all { all[f.name] = f }
        return all
    }()
}

/// Shared pieces for writing kernels.
enum Kernel {
    /// Applies `transform` to every valid number, giving doubles; integers go through Double.
    static func mapNumbers(_ operand: Operand, count: Int, name: String,
                           _ transform: (Double) -> Double) throws -> Operand {
        switch operand {
        case .constant(.null): return operand
        case .constant(let v):
            guard let d = v.number else { throw EngineError.typeMismatch("\(name)() needs a number") }
            return .constant(.double(transform(d)))
        case .column(let c):
            guard var view = NumericView(operand), c.type != .boolean else {
                throw EngineError.typeMismatch("\(name)() needs a number, got a \(c.type.rawValue) column")
            }
            view.promoteToDouble()
            return .column(Column(.double(view.doubles.map(transform)), validity: c.validity))
        }
    }

    /// Applies `transform` once per distinct string of a dictionary column and re-encodes.
    /// `type` is what the function yields: a column with no strings at all (no rows, or only
    /// nulls) gives no values to infer it from, and must still have the function's type.
    static func mapStrings(_ operand: Operand, count: Int, name: String, type: DataType,
                           _ transform: (String) -> Value) throws -> Operand {
        switch operand {
        case .constant(.null): return operand
        case .constant(.string(let s)): return .constant(transform(s))
        case .constant: throw EngineError.typeMismatch("\(name)() needs a string")
        case .column(let c):
            guard case .string(let codes, let dict) = c.data else {
                throw EngineError.typeMismatch("\(name)() needs a string, got a \(c.type.rawValue) column")
            }
            let mapped = dict.values.map(transform)
            return .column(remap(codes, mapped, validity: c.validity, type: type))
        }
    }

    /// A column whose row i is `mapped[codes[i]]`, typed by the mapped values.
    static func remap(_ codes: [UInt32], _ mapped: [Value], validity: Bitmap?, type: DataType) -> Column {
        switch type {
        case .string:
            var builder = StringDictionaryBuilder()
            let newCodes = mapped.map { v -> UInt32 in builder.code(for: v.isNull ? "" : v.description) }
            let nullCodes = mapped.map(\.isNull)
            var valid = validity ?? Bitmap(count: codes.count, allSet: true)
            var rows = [UInt32](repeating: 0, count: codes.count)
            for i in 0..<codes.count where !mapped.isEmpty {
                let c = Int(codes[i])
                rows[i] = newCodes[c]
                if nullCodes[c] { valid[i] = false }
            }
            return Column(.string(codes: rows, dictionary: builder.build()), validity: valid)
        default:
            var builder = ColumnBuilder(type: type, capacity: codes.count)
            for i in 0..<codes.count {
                if mapped.isEmpty || (validity.map { !$0[i] } ?? false) { builder.appendNull() } else {
                    builder.append(mapped[Int(codes[i])])
                }
            }
            return builder.build()
        }
    }
}
