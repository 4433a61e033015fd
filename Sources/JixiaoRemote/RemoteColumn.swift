import JixiaoEngine

/// A column of an attached table as the database's catalogue describes it.
public struct RemoteColumn: Sendable, Hashable {
    public var name: String
    public var type: DataType

    public init(name: String, type: DataType) {
        self.name = name
        self.type = type
    }
}
