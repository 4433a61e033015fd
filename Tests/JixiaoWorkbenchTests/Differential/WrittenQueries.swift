import JixiaoEngine
import JixiaoTestSupport
import JixiaoWorkbench
import Testing

/// Queries written out by hand in both languages, each naming its columns (name and kind) as
/// jixiao prints them, and whether its rows come in a defined order.
typealias WrittenQuery = (jixiao: String, sql: String, columns: [(String, ColumnKind)], ordered: Bool)

enum WrittenQueries {
    /// Runs each query in a session holding `tables` and in sqlite3 after `setup`: every query
    /// must succeed in both, give rows, print the columns it names, and give sqlite3's rows.
    static func expectAgreement(
        _ queries: [WrittenQuery], tables: [String: Table], setup: String,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let output = BufferSink(), messages = BufferSink()
        let session = Session(output: output, messages: messages)
        session.settings.format = .csv
        for (name, table) in tables { session.catalog[name] = table }
        let oracle = try SQLiteOracle.run(setup: setup, queries: queries.map(\.sql))
        for (i, query) in queries.enumerated() {
            output.clear()
            messages.clear()
            let columns = query.columns.map { GeneratedColumn(name: $0.0, kind: $0.1) }
            #expect(
                session.run(query.jixiao) == .success, "\(query.jixiao)\n\(messages.text)",
                sourceLocation: sourceLocation)
            guard case .success(let rows) = oracle[i] else {
                Issue.record("sqlite3 failed on \(query.sql): \(oracle[i])", sourceLocation: sourceLocation)
                continue
            }
            #expect(!rows.isEmpty, "\(query.sql) gave no rows", sourceLocation: sourceLocation)
            let jixiao = ResultComparison.jixiaoRows(output.text, columns: columns)
            #expect(jixiao.header == columns.map(\.name), "\(query.jixiao)", sourceLocation: sourceLocation)
            let difference = ResultComparison.difference(jixiao.rows, rows, ordered: query.ordered)
            #expect(
                difference == nil, "\(query.jixiao)\n  SQL: \(query.sql)\n  \(difference ?? "")",
                sourceLocation: sourceLocation)
        }
    }
}
