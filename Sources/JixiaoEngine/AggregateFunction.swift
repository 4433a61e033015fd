/// An aggregate: reduces the rows of each group to one value.
public struct AggregateFunction: Sendable {
    public let name: String
    public let arity: ClosedRange<Int>
    public let summary: String
    public let example: String
    let typeRule: @Sendable ([DataType?]) throws -> DataType?
    /// Receives the evaluated arguments (one column per argument, over all input rows),
    /// the grouping, and returns one value per group.
    let kernel: @Sendable ([Column], GroupIndex, ExecutionContext) throws -> Column

    public init(name: String, arity: ClosedRange<Int>, summary: String, example: String,
                type: @escaping @Sendable ([DataType?]) throws -> DataType?,
                kernel: @escaping @Sendable ([Column], GroupIndex, ExecutionContext) throws -> Column) {
        self.name = name
        self.arity = arity
        self.summary = summary
        self.example = example
        self.typeRule = type
        self.kernel = kernel
    }

    public func resultType(_ arguments: [DataType?]) throws -> DataType? { try typeRule(arguments) }

    public func evaluate(_ arguments: [Column], groups: GroupIndex, context: ExecutionContext) throws -> Column {
        try kernel(arguments, groups, context)
    }

    /// Every aggregate by name: the one place a new aggregate is listed.
    public static let registry: [String: AggregateFunction] = {
        var all: [String: AggregateFunction] = [:]
        for f in CountingAggregates.all + NumericAggregates.all + OrderAggregates.all { all[f.name] = f }
        return all
    }()
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
