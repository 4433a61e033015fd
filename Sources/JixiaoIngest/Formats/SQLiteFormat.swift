import CSQLite
import JixiaoEngine

/// SQLite database files: every table becomes a table, with its types and nulls kept.
/// Recognised by the 16-byte header every SQLite 3 file starts with.
enum SQLiteFormat: FileFormat {
    static let title = "SQLite database"
    static let header = Array("SQLite format 3\0".utf8)

    static func recognises(_ sample: FileSample) -> Bool {
        sample.bytes.starts(with: header)
    }

    static func read(_ bytes: FileBytes, sample: FileSample, file: String, options: LoadOptions) throws -> FileContent {
        do {
            let database = try SQLiteDatabase(bytes: bytes.buffer)
            var tables: [NamedTableLoad] = []
            let list = try database.prepare(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY rowid")
            var names: [String] = []
            while try list.step() { if let name = list.text(0) { names.append(name) } }
            for name in names {
                tables.append(NamedTableLoad(name: name, load: try readTable(name, from: database, file: file)))
            }
            return .tables(tables)
        } catch let error as SQLiteError {
            throw DocumentImportError(file: file, reason: .malformed(line: nil, error.message))
        }
    }

    /// Reads one table. A column's type follows its declared type (INTEGER, REAL, TEXT, BOOLEAN, DATE);
    /// an undeclared column takes the narrowest type that holds every value stored in it.
    static func readTable(_ name: String, from database: SQLiteDatabase, file: String) throws -> TableLoad {
        let info = try database.prepare("PRAGMA table_info(\(SQLiteDatabase.quote(name)))")
        var columnNames: [String] = [], declared: [String] = []
        while try info.step() {
            columnNames.append(info.text(1) ?? "column_\(columnNames.count + 1)")
            declared.append((info.text(2) ?? "").uppercased())
        }
        let select = try database.prepare("SELECT * FROM \(SQLiteDatabase.quote(name))")
        var values = [[Value]](repeating: [], count: columnNames.count)
        while try select.step() {
            for c in 0..<min(columnNames.count, select.columnCount) {
                values[c].append(value(select, c))
            }
        }
        var fields: [Field] = [], columns: [Column] = []
        for (c, columnName) in columnNames.enumerated() {
            fields.append(Field(columnName))
            columns.append(column(values[c], declared: declared[c]))
        }
        let rowCount = values.first?.count ?? 0
        return TableLoad(
            table: Table(fields: fields, columns: columns, rowCount: rowCount), warnings: [], format: "SQLite")
    }

    private static func value(_ statement: SQLiteStatement, _ c: Int) -> Value {
        switch sqlite3_column_type(statement.pointer, Int32(c)) {
        case SQLITE_INTEGER: return .integer(sqlite3_column_int64(statement.pointer, Int32(c)))
        case SQLITE_FLOAT: return .double(sqlite3_column_double(statement.pointer, Int32(c)))
        case SQLITE_NULL: return .null
        default: return statement.text(c).map(Value.string) ?? .null
        }
    }

    /// The column for values stored under a declared type, by SQLite's affinity rules.
    private static func column(_ values: [Value], declared: String) -> Column {
        let type: DataType
        if declared.contains("BOOL") {
            type = .boolean
        } else if declared == "DATE" {
            // DATE (what jixiao writes for a date column) holds ISO text; any other value keeps it text.
            let onlyDays = values.allSatisfy { v in
                if case .string(let s) = v { return CivilDay.parseISO(s) != nil }
                return v.isNull
            }
            type = onlyDays ? .date : .string
        } else if declared.contains("INT") {
            // INTEGER affinity still lets a row store text or a fraction; then the values decide.
            let onlyIntegers = values.allSatisfy { $0.isNull || $0.type == .integer }
            type = onlyIntegers ? .integer : Column.from(values).type
        } else if declared.contains("REAL") || declared.contains("FLOA") || declared.contains("DOUB") {
            type = values.contains { $0.type == .string } ? .string : .double
        } else if declared.contains("CHAR") || declared.contains("CLOB") || declared.contains("TEXT") {
            type = .string
        } else {
            return Column.from(values)
        }
        var builder = ColumnBuilder(type: type, capacity: values.count)
        for v in values { builder.append(v) }
        return builder.build()
    }
}
