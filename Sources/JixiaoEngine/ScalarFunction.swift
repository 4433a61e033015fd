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

    public init(
        name: String, arity: ClosedRange<Int>, summary: String, example: String,
        type: @escaping @Sendable ([DataType?]) throws -> DataType?,
        kernel: @escaping @Sendable ([Operand], Int, ExecutionContext) throws -> Operand
    ) {
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
        for f in MathFunctions.all + TextFunctions.all + StringFunctions.all + DateFunctions.all
            + ConditionalFunctions.all
        { all[f.name] = f }
        return all
    }()
}

/// Shared pieces for writing kernels.
enum Kernel {
    /// Applies `transform` to every valid number, giving doubles; integers go through Double.
    static func mapNumbers(
        _ operand: Operand, count: Int, name: String,
        _ transform: (Double) -> Double
    ) throws -> Operand {
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
    /// `key` names the transform with its constant arguments (`substr 1 4`): the per-value
    /// results are kept for the statement, so every batch of a column reuses them.
    static func mapStrings(
        _ operand: Operand, count: Int, key: String, type: DataType, context: ExecutionContext,
        _ transform: (String) -> Value
    ) throws -> Operand {
        let name = key.prefix { $0 != " " }
        switch operand {
        case .constant(.null): return operand
        case .constant(.string(let s)): return .constant(transform(s))
        case .constant: throw EngineError.typeMismatch("\(name)() needs a string")
        case .column(let c):
            guard case .string(let codes, let dict) = c.data else {
                throw EngineError.typeMismatch("\(name)() needs a string, got a \(c.type.rawValue) column")
            }
            if dict.count == 0 { return .column(.nulls(count: codes.count, type: type)) }
            let perCode = context.perDictionary(dict, key) {
                var builder = ColumnBuilder(type: type, capacity: dict.count)
                for value in dict.values { builder.append(transform(value)) }
                return builder.build()
            }
            let mapped = perCode.gather(codes.map { Int32(bitPattern: $0) })
            return .column(Column(mapped.data, validity: Bitmap.intersect(mapped.validity, c.validity)))
        }
    }
}
