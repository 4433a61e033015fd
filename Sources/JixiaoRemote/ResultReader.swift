import CPostgres
import JixiaoEngine

/// Turns a libpq text-format result into typed engine columns: integers, floating and
/// `numeric` as decimal numbers, booleans, `date` as dates, everything else as text.
enum ResultReader {
    static func type(ofOID oid: UInt32) -> DataType {
        switch oid {
        case 16: return .boolean
        case 20, 21, 23, 26: return .integer
        case 700, 701, 1700: return .double
        case 1082: return .date
        default: return .string
        }
    }

    static func table(from result: OpaquePointer, _ pq: LibPQ) -> Table {
        let rows = Int(pq.PQntuples(result)), fields = Int(pq.PQnfields(result))
        var named: [(String, Column)] = []
        for f in 0..<fields {
            let name = PostgresConnection.message(pq.PQfname(result, Int32(f)))
            let type = type(ofOID: pq.PQftype(result, Int32(f)))
            var builder = ColumnBuilder(type: type, capacity: rows)
            for r in 0..<rows {
                guard pq.PQgetisnull(result, Int32(r), Int32(f)) == 0,
                    let raw = pq.PQgetvalue(result, Int32(r), Int32(f))
                else {
                    builder.appendNull()
                    continue
                }
                let text = String(cString: raw)
                switch type {
                case .integer: builder.append(integer: Int64(text))
                case .double: builder.append(double: Double(text))
                case .boolean: builder.append(boolean: text == "t")
                case .string: builder.append(string: text)
                // ISO text: the connection pins DateStyle (PostgresConnection); BC or infinite days are null.
                case .date: builder.append(string: text)
                }
            }
            named.append((name, builder.build()))
        }
        return Table(fields: named.map { Field($0.0) }, columns: named.map { $0.1 }, rowCount: rows)
    }
}
