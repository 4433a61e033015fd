/// The first `count` rows after skipping `offset`.
public struct Take: Sendable {
    public let count: Int
    public let offset: Int

    public init(count: Int, offset: Int = 0) {
        self.count = max(0, count)
        self.offset = max(0, offset)
    }

    public func run(_ input: Table, context: ExecutionContext) throws -> Table {
        input.slice(offset: offset, count: count)
    }
}
