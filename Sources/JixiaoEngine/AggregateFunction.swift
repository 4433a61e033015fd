/// An aggregate: reduces the rows of each group to one value.
public struct AggregateFunction: Sendable {
    public let name: String
    public let arity: ClosedRange<Int>
    public let summary: String
    public let example: String
    let typeRule: @Sendable ([DataType?]) throws -> DataType?
    let kernel: AggregateKernel

    public init(name: String, arity: ClosedRange<Int>, summary: String, example: String,
                type: @escaping @Sendable ([DataType?]) throws -> DataType?, kernel: AggregateKernel) {
        self.name = name
        self.arity = arity
        self.summary = summary
        self.example = example
        self.typeRule = type
        self.kernel = kernel
    }

    public func resultType(_ arguments: [DataType?]) throws -> DataType? { try typeRule(arguments) }

    /// Every aggregate by name: the one place a new aggregate is listed.
    public static let registry: [String: AggregateFunction] = {
        var all: [String: AggregateFunction] = [:]
        for f in CountingAggregates.all + NumericAggregates.all + OrderAggregates.all { all[f.name] = f }
        return all
    }()
}

/// How an aggregate reads its rows. Both give one value per group slot (see `Grouping`).
public enum AggregateKernel: Sendable {
    /// Folds batch after batch into a running state, so an argument such as `score / weight` is
    /// never computed for every row at once: count, sum, avg and their kin.
    /// Made with the arguments' types (nil for a null literal) and the number of slots.
    case streaming(@Sendable (_ argumentTypes: [DataType?], _ slotCount: Int) -> any AggregateAccumulator)
    /// Needs every row's argument at once (order statistics, distinct values, picked rows):
    /// receives the arguments over all rows and each row's slot.
    case whole(@Sendable (_ arguments: [Column], _ slots: [UInt32], _ slotCount: Int, ExecutionContext) throws -> Column)
}

/// The running state of a streaming aggregate.
public protocol AggregateAccumulator {
    /// Folds in one batch: `arguments` hold the batch's argument values, `slots` each row's slot.
    mutating func add(_ arguments: [BatchColumn], slots: UnsafeBufferPointer<UInt32>) throws
    /// One value per slot.
    func finish() -> Column
}

/// A bound aggregate call such as `avg(score / weight)`.
public struct AggregateCall: Sendable {
    public let function: AggregateFunction
    public let arguments: [Expr]

    public init(_ function: AggregateFunction, _ arguments: [Expr]) {
        self.function = function
        self.arguments = arguments
    }
}
