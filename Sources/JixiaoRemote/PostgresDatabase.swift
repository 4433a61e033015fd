import JixiaoEngine

/// An attached PostgreSQL database: its connection and the tables of its `public` schema,
/// read from `information_schema` when attached.
public final class PostgresDatabase: AttachedDatabase {
    public let connection: PostgresConnection
    /// Table names in the catalogue's order, with their columns.
    public private(set) var tables: [(name: String, columns: [RemoteColumn])] = []

    public init(_ conninfo: String) throws {
        connection = try PostgresConnection(conninfo)
        try refresh()
    }

    /// Reads the catalogue again (after `save … to NAME.TABLE`).
    public func refresh() throws {
        let listing = try connection.query(
            """
            SELECT c.table_name::text, c.column_name::text, c.data_type::text
            FROM information_schema.columns c JOIN information_schema.tables t
              ON t.table_schema = c.table_schema AND t.table_name = c.table_name
            WHERE c.table_schema = $1 AND t.table_type IN ($2, $3)
            ORDER BY c.table_name, c.ordinal_position
            """, ["public", "BASE TABLE", "VIEW"])
        var result: [(name: String, columns: [RemoteColumn])] = []
        for row in 0..<listing.rowCount {
            guard let table = listing.columns[0].string(at: row), let column = listing.columns[1].string(at: row) else {
                continue
            }
            let type = Self.type(named: listing.columns[2].string(at: row) ?? "")
            if result.last?.name != table { result.append((table, [])) }
            result[result.count - 1].columns.append(RemoteColumn(name: column, type: type))
        }
        tables = result
    }

    public var displayName: String { connection.displayName }
    public var dialect: SQLDialect { .postgres }

    public func fetch(_ query: CompiledQuery, context: ExecutionContext?) throws -> Table {
        try connection.query(query.sql, query.parameters, context: context)
    }

    /// The engine type a catalogue type reads as: `numeric` as a decimal number.
    static func type(named name: String) -> DataType {
        switch name {
        case "bigint", "integer", "smallint", "oid": return .integer
        case "double precision", "real", "numeric": return .double
        case "boolean": return .boolean
        case "date": return .date
        default: return .string
        }
    }

    /// Creates or replaces `name` with `table` in one transaction, rows sent with COPY; on any
    /// failure the transaction is rolled back and the old table stays as it was.
    public func replace(_ name: String, with table: Table) throws {
        let quoted = SQLText.quote(name)
        let definitions = zip(table.fields, table.columns).map {
            "\(SQLText.quote($0.name)) \(Self.declaredType($1.type))"
        }
        try connection.execute("BEGIN")
        do {
            try connection.execute("DROP TABLE IF EXISTS \(quoted)")
            try connection.execute("CREATE TABLE \(quoted) (\(definitions.joined(separator: ", ")))")
            try connection.copyIn("COPY \(quoted) FROM STDIN", data: CopyText.encode(table))
            try connection.execute("COMMIT")
        } catch {
            try? connection.execute("ROLLBACK")
            throw error
        }
        try refresh()
    }

    static func declaredType(_ type: DataType) -> String {
        switch type {
        case .integer: return "bigint"
        case .double: return "double precision"
        case .string: return "text"
        case .boolean: return "boolean"
        case .date: return "date"
        }
    }
}
