import CSQLite
import Foundation
import JixiaoEngine

/// Writes one table into a SQLite database file through libsqlite3, in one transaction.
///
/// The database is built in a temporary copy beside the target (holding the target's other
/// tables, if it exists) and renamed over it at the end, so a failure never leaves half a file.
public enum SQLiteTableWriter {
    public static func write(_ table: Table, name: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(
            ".\(url.lastPathComponent).\(getpid()).tmp"
        ).path
        let files = FileManager.default
        try? files.removeItem(atPath: temporary)
        do {
            if files.fileExists(atPath: path) { try files.copyItem(atPath: path, toPath: temporary) }
            try fill(temporary, with: table, name: name)
            if rename(temporary, path) != 0 { throw SQLiteError(message: String(cString: strerror(errno))) }
        } catch {
            try? files.removeItem(atPath: temporary)
            throw error
        }
    }

    private static func fill(_ path: String, with table: Table, name: String) throws {
        let database = try SQLiteDatabase(path: path, readOnly: false)
        let quoted = SQLiteDatabase.quote(name)
        let definitions = zip(table.fields, table.columns).map { field, column in
            "\(SQLiteDatabase.quote(field.name)) \(declaredType(column.type))"
        }
        try database.execute("BEGIN")
        try database.execute("DROP TABLE IF EXISTS \(quoted)")
        try database.execute("CREATE TABLE \(quoted) (\(definitions.joined(separator: ", ")))")
        let placeholders = Array(repeating: "?", count: table.columnCount).joined(separator: ", ")
        let insert = try database.prepare("INSERT INTO \(quoted) VALUES (\(placeholders))")
        for row in 0..<table.rowCount {
            for (c, column) in table.columns.enumerated() {
                bind(column, row: row, to: insert.pointer, index: Int32(c + 1))
            }
            _ = try insert.step()
            insert.reset()
        }
        try database.execute("COMMIT")
    }

    /// BOOLEAN and DATE are not SQLite storage classes, but their declared names let a reader (jixiao's own,
    /// or any other) know the 0/1 integers mean false/true and the ISO text is a day.
    static func declaredType(_ type: DataType) -> String {
        switch type {
        case .integer: return "INTEGER"
        case .double: return "REAL"
        case .string: return "TEXT"
        case .boolean: return "BOOLEAN"
        case .date: return "DATE"
        }
    }

    private static func bind(_ column: Column, row: Int, to statement: OpaquePointer, index: Int32) {
        guard !column.isNull(row) else {
            sqlite3_bind_null(statement, index)
            return
        }
        switch column.data {
        case .integer(let values): sqlite3_bind_int64(statement, index, values[row])
        case .double(let values): sqlite3_bind_double(statement, index, values[row])
        case .compact(let c) where c.isInteger: sqlite3_bind_int64(statement, index, Int64(c.mantissas[row]))
        case .compact(let c): sqlite3_bind_double(statement, index, c.double(at: row))
        case .boolean(let values): sqlite3_bind_int64(statement, index, values[row] ? 1 : 0)
        case .string, .narrowString, .date:
            // A date is ISO TEXT, the form SQLite's own date functions read.
            let text = column.string(at: row) ?? CivilDay.iso(column.day(at: row) ?? 0)
            var utf8 = Array(text.utf8)
            let count = Int32(utf8.count)
            utf8.withUnsafeMutableBufferPointer { buffer in
                buffer.baseAddress.map { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        _ = jx_sqlite_bind_text(statement, index, $0, count)
                    }
                }
            }
            if count == 0 { _ = jx_sqlite_bind_text(statement, index, "", 0) }
        }
    }
}
