import JixiaoEngine

/// One column of a record schema: its field (name and Chinese labels), its type and how to read
/// it from a record. Schemas are lists of these, so the column order and names live in one place.
public struct RecordColumn<Record>: Sendable {
    public let field: Field
    public let type: DataType
    let read: @Sendable (Record) -> Value

    public init(
        _ name: String, _ aliases: [String] = [], _ type: DataType, _ read: @escaping @Sendable (Record) -> Value
    ) {
        self.field = Field(name, aliases: aliases)
        self.type = type
        self.read = read
    }

    public static func string(
        _ name: String, _ aliases: [String] = [], _ read: @escaping @Sendable (Record) -> String?
    ) -> Self {
        Self(name, aliases, .string) { r in read(r).map(Value.string) ?? .null }
    }

    public static func integer(
        _ name: String, _ aliases: [String] = [], _ read: @escaping @Sendable (Record) -> Int?
    ) -> Self {
        Self(name, aliases, .integer) { r in read(r).map { .integer(Int64($0)) } ?? .null }
    }

    public static func double(
        _ name: String, _ aliases: [String] = [], _ read: @escaping @Sendable (Record) -> Double?
    ) -> Self {
        Self(name, aliases, .double) { r in read(r).map(Value.double) ?? .null }
    }

    public static func boolean(
        _ name: String, _ aliases: [String] = [], _ read: @escaping @Sendable (Record) -> Bool?
    ) -> Self {
        Self(name, aliases, .boolean) { r in read(r).map(Value.boolean) ?? .null }
    }
}

/// Builds a table from records, one typed column per schema entry; the types hold even when
/// every value is null, so tables from different documents append cleanly.
public enum RecordTable {
    public static func build<Record>(_ records: [Record], schema: [RecordColumn<Record>]) -> Table {
        var builders = schema.map { ColumnBuilder(type: $0.type, capacity: records.count) }
        for record in records {
            for (i, column) in schema.enumerated() { builders[i].append(column.read(record)) }
        }
        return Table(fields: schema.map(\.field), columns: builders.map { $0.build() }, rowCount: records.count)
    }
}
