import JixiaoEngine

/// A database whose tables a session reads as `NAME.TABLE`: PostgreSQL through libpq, or a
/// SQLite file. Both take the compiler's SQL; only the dialect's few spellings differ.
public protocol AttachedDatabase: AnyObject {
    /// The connection string or path with any password replaced, for messages.
    var displayName: String { get }
    var tables: [(name: String, columns: [RemoteColumn])] { get }
    var dialect: SQLDialect { get }
    /// Runs one statement with text parameters; `columns` are the types the compiler expects.
    func fetch(_ query: CompiledQuery, context: ExecutionContext?) throws -> Table
    /// Creates or replaces a table in one transaction; a failure leaves the old one.
    func replace(_ name: String, with table: Table) throws
}

extension AttachedDatabase {
    public func columns(of table: String) -> [RemoteColumn]? {
        tables.first { $0.name == table }?.columns
    }
}

/// What differs between the SQL sent to PostgreSQL and to SQLite.
public enum SQLDialect: Sendable {
    case postgres, sqlite

    /// Comparison by code point: PostgreSQL's `"C"` collation, SQLite's `BINARY` (UTF-8 bytes
    /// order as code points do).
    var codePointCollation: String { self == .postgres ? "COLLATE \"C\"" : "COLLATE BINARY" }

    func contains(_ text: String, _ part: String) -> String {
        self == .postgres ? "(strpos(\(text), \(part)) > 0)" : "(instr(\(text), \(part)) > 0)"
    }
}
