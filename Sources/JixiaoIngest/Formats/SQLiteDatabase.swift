import CSQLite
import Foundation

/// A small, safe face over libsqlite3: open, run SQL, step through prepared statements.
/// Every failure becomes a `SQLiteError` carrying SQLite's own message.
final class SQLiteDatabase {
    private(set) var handle: OpaquePointer?

    /// Opens (or creates) the database file at `path`.
    init(path: String, readOnly: Bool) throws {
        let flags = readOnly ? SQLITE_OPEN_READONLY : (SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
        if sqlite3_open_v2(path, &handle, flags, nil) != SQLITE_OK {
            let message = handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(handle)
            handle = nil
            throw SQLiteError(message: message)
        }
    }

    /// An in-memory database holding a copy of `bytes` (a whole database file), read-only.
    init(bytes: UnsafeBufferPointer<UInt8>) throws {
        guard sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE, nil) == SQLITE_OK, let handle,
            let copy = sqlite3_malloc64(UInt64(bytes.count))
        else {
            throw SQLiteError(message: "cannot open an in-memory database")
        }
        if let base = bytes.baseAddress { memcpy(copy, base, bytes.count) }
        let flags = UInt32(SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY)
        let rc = sqlite3_deserialize(
            handle, "main", copy.assumingMemoryBound(to: UInt8.self),
            Int64(bytes.count), Int64(bytes.count), flags)
        guard rc == SQLITE_OK else { throw SQLiteError(message: String(cString: sqlite3_errmsg(handle))) }
    }

    deinit { sqlite3_close_v2(handle) }

    func execute(_ sql: String) throws {
        var error: UnsafeMutablePointer<CChar>?
        if sqlite3_exec(handle, sql, nil, nil, &error) != SQLITE_OK {
            let message = error.map { String(cString: $0) } ?? "error"
            sqlite3_free(error)
            throw SQLiteError(message: message)
        }
    }

    func prepare(_ sql: String) throws -> SQLiteStatement {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw SQLiteError(message: handle.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot prepare")
        }
        return SQLiteStatement(statement, database: self)
    }

    var lastError: String { handle.map { String(cString: sqlite3_errmsg($0)) } ?? "error" }

    /// `name` quoted as an SQL identifier.
    static func quote(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}

/// One prepared statement; finalised when released.
final class SQLiteStatement {
    let pointer: OpaquePointer
    private let database: SQLiteDatabase

    init(_ pointer: OpaquePointer, database: SQLiteDatabase) {
        self.pointer = pointer
        self.database = database
    }

    deinit { sqlite3_finalize(pointer) }

    /// Advances to the next row; false when done.
    func step() throws -> Bool {
        switch sqlite3_step(pointer) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        default: throw SQLiteError(message: database.lastError)
        }
    }

    func reset() {
        sqlite3_reset(pointer)
        sqlite3_clear_bindings(pointer)
    }

    var columnCount: Int { Int(sqlite3_column_count(pointer)) }

    func text(_ column: Int) -> String? {
        guard let raw = sqlite3_column_text(pointer, Int32(column)) else { return nil }
        let length = Int(sqlite3_column_bytes(pointer, Int32(column)))
        return String(decoding: UnsafeBufferPointer(start: raw, count: length), as: UTF8.self)
    }
}

public struct SQLiteError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { "SQLite: \(message)" }
}
