import CPostgres
import Foundation
import JixiaoEngine

/// One libpq connection. Queries are sent asynchronously and waited for in slices, so Ctrl-C
/// (the context's interrupt flag) can cancel them on the server with `PQcancel`.
///
/// libpq is loaded by the first connection (see ``LibPQ``): nothing here runs at start-up.
public final class PostgresConnection {
    private let connection: OpaquePointer
    private let pq: LibPQ
    /// The connection string with any password replaced, for messages.
    public let displayName: String

    public init(_ conninfo: String) throws {
        displayName = Redaction.redact(conninfo)
        let pq = try LibPQ.get()
        self.pq = pq
        guard let pointer = pq.PQconnectdb(conninfo) else { throw RemoteError.connection("out of memory") }
        connection = pointer
        guard pq.PQstatus(pointer) == CONNECTION_OK else {
            // No PQfinish here: every property is set, so `deinit` runs and finishes it.
            let message = Self.message(pq.PQerrorMessage(pointer))
            throw RemoteError.connection("cannot connect to \(displayName): \(Redaction.redact(message))")
        }
        // The server's notices (`DROP TABLE IF EXISTS … skipping`) are not the analyst's business.
        pq.PQsetNoticeProcessor(pointer, { _, _ in }, nil)
        try pinDateStyle()
    }

    /// `date` values come back as ISO text (`2024-03-01`) whatever the server's default, which
    /// is how `ResultReader` reads them; set again after a reconnect.
    private func pinDateStyle() throws {
        guard let result = pq.PQexec(connection, "SET DateStyle = ISO") else { throw lost() }
        defer { pq.PQclear(result) }
        try check(result)
    }

    deinit { pq.PQfinish(connection) }

    /// Runs one statement with text parameters and returns its rows as engine columns.
    public func query(_ sql: String, _ parameters: [String?] = [], context: ExecutionContext? = nil) throws -> Table {
        let results = try send(sql, parameters, context: context)
        defer { results.forEach { pq.PQclear($0) } }
        guard let last = results.last else { return .empty }
        try check(last)
        return ResultReader.table(from: last, pq)
    }

    /// Runs one statement for its effect.
    public func execute(_ sql: String, _ parameters: [String?] = []) throws {
        let results = try send(sql, parameters, context: nil)
        defer { results.forEach { pq.PQclear($0) } }
        for result in results { try check(result) }
    }

    /// `COPY … FROM STDIN` with `data` as the text-format rows.
    public func copyIn(_ sql: String, data: [UInt8]) throws {
        guard let started = pq.PQexec(connection, sql) else { throw lost() }
        let status = pq.PQresultStatus(started)
        defer { pq.PQclear(started) }
        guard status == PGRES_COPY_IN else { try check(started); throw RemoteError.server("COPY did not start") }
        var offset = 0
        while offset < data.count {
            let end = min(offset + 1 << 16, data.count)
            let sent = data[offset..<end].withUnsafeBufferPointer { buffer in
                buffer.baseAddress.map { base in
                    base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                        pq.PQputCopyData(connection, $0, Int32(buffer.count))
                    }
                } ?? 1
            }
            guard sent == 1 else { throw lost() }
            offset = end
        }
        guard pq.PQputCopyEnd(connection, nil) == 1 else { throw lost() }
        while let result = pq.PQgetResult(connection) {
            defer { pq.PQclear(result) }
            try check(result)
        }
    }

    private func send(_ sql: String, _ parameters: [String?], context: ExecutionContext?) throws -> [OpaquePointer] {
        if pq.PQstatus(connection) != CONNECTION_OK {
            pq.PQreset(connection)
            guard pq.PQstatus(connection) == CONNECTION_OK else { throw lost() }
            try pinDateStyle()
        }
        let copies: [UnsafeMutablePointer<CChar>?] = parameters.map { $0.flatMap { strdup($0) } }
        defer { copies.forEach { free($0) } }
        let sent = copies.map { UnsafePointer($0) }.withUnsafeBufferPointer { values in
            pq.PQsendQueryParams(connection, sql, Int32(parameters.count), nil, values.baseAddress, nil, nil, 0)
        }
        guard sent == 1 else { throw lost() }
        try wait(context)
        var results: [OpaquePointer] = []
        while let result = pq.PQgetResult(connection) { results.append(result) }
        if results.isEmpty, pq.PQstatus(connection) != CONNECTION_OK { throw lost() }
        return results
    }

    /// Waits for the server in 100 ms slices; on Ctrl-C asks it to cancel and drains the answer.
    private func wait(_ context: ExecutionContext?) throws {
        let socket = pq.PQsocket(connection)
        while pq.PQisBusy(connection) != 0 {
            var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
            _ = poll(&descriptor, 1, 100)
            guard pq.PQconsumeInput(connection) == 1 else { throw lost() }
            if let context, context.isInterrupted {
                if let cancel = pq.PQgetCancel(connection) {
                    var buffer = [CChar](repeating: 0, count: 256)
                    _ = pq.PQcancel(cancel, &buffer, Int32(buffer.count))
                    pq.PQfreeCancel(cancel)
                }
                while let result = pq.PQgetResult(connection) { pq.PQclear(result) }
                throw EngineError.cancelled
            }
        }
    }

    private func check(_ result: OpaquePointer) throws {
        let status = pq.PQresultStatus(result)
        if status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_COPY_IN { return }
        // A connection that died under the statement is not the statement's fault.
        if pq.PQstatus(connection) != CONNECTION_OK { throw lost() }
        let text = Self.message(pq.PQresultErrorMessage(result))
        throw RemoteError.server(Redaction.redact(text.isEmpty ? Self.message(pq.PQerrorMessage(connection)) : text))
    }

    private func lost() -> RemoteError {
        let text = Self.message(pq.PQerrorMessage(connection))
        return .connection(
            "the connection to \(displayName) was lost" + (text.isEmpty ? "" : ": \(Redaction.redact(text))")
                + "; the next statement reconnects")
    }

    static func message(_ pointer: UnsafePointer<CChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
