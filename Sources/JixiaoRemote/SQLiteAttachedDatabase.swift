import CSQLite
import Foundation
import JixiaoEngine
import JixiaoIngest

/// `attach "x.sqlite" as s`: a SQLite file read in place, with the same push-down as
/// PostgreSQL (SQLite's dialect). Saving goes through ``SQLiteTableWriter`` (a copy renamed over
/// the file), so the file is reopened after each save.
public final class SQLiteAttachedDatabase: AttachedDatabase {
    private let path: String
    private var handle: OpaquePointer?
    public private(set) var tables: [(name: String, columns: [RemoteColumn])] = []
    public var displayName: String { path }
    public var dialect: SQLDialect { .sqlite }

    public init(path: String) throws {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else {
            throw RemoteError.connection("no SQLite file at \(path)")
        }
        try open()
    }

    deinit { sqlite3_close(handle) }

    private func open() throws {
        sqlite3_close(handle)
        handle = nil
        var pointer: OpaquePointer?
        guard sqlite3_open_v2(path, &pointer, SQLITE_OPEN_READONLY, nil) == SQLITE_OK, let pointer else {
            sqlite3_close(pointer)
            throw RemoteError.connection("cannot open \(path) as SQLite")
        }
        handle = pointer
        var result: [(name: String, columns: [RemoteColumn])] = []
        let names = try rows(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'sqlite_%' ORDER BY name",
            [])
        for row in names {
            guard let name = row[0] else { continue }
            let columns = try rows("SELECT name, type FROM pragma_table_info(?1)", [name]).compactMap {
                info -> RemoteColumn? in
                guard let column = info[0] else { return nil }
                return RemoteColumn(name: column, type: Self.type(declared: info[1] ?? ""))
            }
            result.append((name, columns))
        }
        tables = result
    }

    /// SQLite's affinity rules, plus BOOLEAN and DATE (which jixiao writes for true/false and date
    /// columns; a DATE value that is not ISO `YYYY-MM-DD` text reads as null).
    static func type(declared: String) -> DataType {
        let upper = declared.uppercased()
        if upper.contains("BOOL") { return .boolean }
        if upper == "DATE" { return .date }
        if upper.contains("INT") { return .integer }
        if ["REAL", "FLOA", "DOUB", "NUM", "DEC"].contains(where: upper.contains) { return .double }
        return .string
    }

    private func prepare(_ sql: String, _ parameters: [String]) throws -> OpaquePointer {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(handle, sql, -1, &statement, nil) == SQLITE_OK, let statement else {
            throw RemoteError.server(String(cString: sqlite3_errmsg(handle)))
        }
        for (i, parameter) in parameters.enumerated() {
            _ = jx_sqlite_bind_text(statement, Int32(i + 1), parameter, Int32(parameter.utf8.count))
        }
        return statement
    }

    private func rows(_ sql: String, _ parameters: [String]) throws -> [[String?]] {
        let statement = try prepare(sql, parameters)
        defer { sqlite3_finalize(statement) }
        var result: [[String?]] = []
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { return result }
            guard status == SQLITE_ROW else { throw RemoteError.server(String(cString: sqlite3_errmsg(handle))) }
            result.append(
                (0..<sqlite3_column_count(statement)).map { c in
                    sqlite3_column_text(statement, c).map { String(cString: $0) }
                })
        }
    }

    public func fetch(_ query: CompiledQuery, context: ExecutionContext?) throws -> Table {
        let statement = try prepare(query.sql, query.parameters)
        defer { sqlite3_finalize(statement) }
        var builders = query.columns.map { ColumnBuilder(type: $0.type) }
        var count = 0
        while true {
            let status = sqlite3_step(statement)
            if status == SQLITE_DONE { break }
            guard status == SQLITE_ROW else { throw RemoteError.server(String(cString: sqlite3_errmsg(handle))) }
            for c in builders.indices {
                let index = Int32(c)
                if sqlite3_column_type(statement, index) == SQLITE_NULL {
                    builders[c].appendNull()
                    continue
                }
                switch builders[c].type {
                case .integer: builders[c].append(integer: sqlite3_column_int64(statement, index))
                case .double: builders[c].append(double: sqlite3_column_double(statement, index))
                case .boolean: builders[c].append(boolean: sqlite3_column_int64(statement, index) != 0)
                case .string, .date:
                    builders[c].append(string: sqlite3_column_text(statement, index).map { String(cString: $0) } ?? "")
                }
            }
            count += 1
            if count % 4096 == 0, context?.isInterrupted == true { throw EngineError.cancelled }
        }
        return Table(
            fields: query.columns.map { Field($0.name) }, columns: builders.map { $0.build() }, rowCount: count)
    }

    public func replace(_ name: String, with table: Table) throws {
        do { try SQLiteTableWriter.write(table, name: name, to: path) } catch {
            throw RemoteError.server("\(error)")
        }
        try open()
    }
}
