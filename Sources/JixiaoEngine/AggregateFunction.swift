import Foundation

/// An aggregate: reduces the rows of each group to one value.
public struct AggregateFunction: Sendable {
    public let name: String
    public let arity: ClosedRange<Int>
    public let summary: String
    public let example: String
    let typeRule: @Sendable ([DataType?]) throws -> DataType?
    let check: @Sendable (_ types: [DataType?], _ constants: [Value?]) -> ArgumentProblem?
    let kernel: AggregateKernel

    /// `check` looks at the arguments' types (nil for a null literal) and the values of the
    /// constant ones, and names the argument that cannot be aggregated; the binder reports it at
    /// that argument, so the list of what each aggregate accepts lives with the aggregate.
    public init(
        name: String, arity: ClosedRange<Int>, summary: String, example: String,
        type: @escaping @Sendable ([DataType?]) throws -> DataType?,
        check: @escaping @Sendable (_ types: [DataType?], _ constants: [Value?]) -> ArgumentProblem? = { _, _ in nil },
        kernel: AggregateKernel
    ) {
        self.name = name
        self.arity = arity
        self.summary = summary
        self.example = example
        self.typeRule = type
        self.check = check
        self.kernel = kernel
    }

    public func resultType(_ arguments: [DataType?]) throws -> DataType? { try typeRule(arguments) }

    /// What is wrong with these arguments, or nil when the aggregate takes them.
    public func problem(types: [DataType?], constants: [Value?]) -> ArgumentProblem? { check(types, constants) }

    /// The check of an aggregate of numbers: `name()` needs numbers in its first argument.
    static func needsNumbers(_ name: String) -> @Sendable ([DataType?], [Value?]) -> ArgumentProblem? {
        { types, _ in
            guard let t = types.first ?? nil, !t.isNumeric else { return nil }
            return ArgumentProblem(
                argument: 0, message: "\(name)() needs numbers, but this is \(t.noun)",
                suggestion: t == .boolean
                    ? "count the true rows with count_if(…), or share them with avg(if(…, 100, 0))" : nil)
        }
    }

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
    /// Made with the arguments' types (nil for a null literal).
    case streaming(@Sendable (_ argumentTypes: [DataType?]) -> any AggregateAccumulator)
    /// Needs every row's argument at once (order statistics, distinct values, picked rows):
    /// receives the arguments over all rows and each row's slot.
    case whole(
        @Sendable (_ arguments: [Column], _ slots: [UInt32], _ slotCount: Int, ExecutionContext) throws -> Column)
}

/// A streaming aggregate. Its running state for each slot lives in `SlotStates`, beside the
/// states of the other aggregates of the same `agg`, at the byte offset it is given.
public protocol AggregateAccumulator {
    /// The bytes of state kept per slot (a multiple of 8), all zero to begin with.
    var stateSize: Int { get }
    /// Folds in one batch: `arguments` hold the batch's argument values, `slots` each row's slot.
    mutating func add(
        _ arguments: [BatchColumn], slots: UnsafeBufferPointer<UInt32>, states: SlotStates, at offset: Int) throws
    /// One value per slot.
    func finish(_ states: SlotStates, at offset: Int) -> Column
}

/// The states of an `agg`'s streaming aggregates, one record of `stride` bytes per slot with
/// every aggregate's state side by side: a row then costs one cache miss for all of them, where
/// an array per aggregate cost one each (a grouping of 120,000 departments does not fit in cache).
public struct SlotStates {
    public let base: UnsafeMutableRawPointer
    public let stride: Int
    public let slotCount: Int

    /// Zeroed records; `release` frees them.
    init(slotCount: Int, stride: Int) {
        self.slotCount = slotCount
        self.stride = stride
        base = calloc(Swift.max(slotCount * stride, 1), 1)!
    }

    func release() { free(base) }

    /// The state at `offset` of slot `slot`.
    @inline(__always)
    public func state(_ slot: Int, _ offset: Int) -> UnsafeMutableRawPointer { base + slot * stride + offset }
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

/// An argument an aggregate cannot take: which one (from 0) and why, in the analyst's words.
public struct ArgumentProblem: Error, Sendable, Equatable {
    public let argument: Int
    public let message: String
    /// What to write instead, when there is an obvious fix (a true/false value summed).
    public let suggestion: String?

    public init(argument: Int, message: String, suggestion: String? = nil) {
        self.argument = argument
        self.message = message
        self.suggestion = suggestion
    }
}
