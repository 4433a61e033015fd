import JixiaoEngine

/// Builds the table of a `table` record: typed columns from CSV rows, so a case needs no file
/// loader and states its data right beside the queries on it.
enum CaseTable {
    static func build(_ columns: [CaseFile.ColumnSpec], rows: [String], line: Int) throws -> Table {
        var builders = columns.map { ColumnBuilder(type: DataType(rawValue: $0.type) ?? .string) }
        for (offset, row) in rows.enumerated() {
            let fields = CSVLine.records(row + "\n").first ?? []
            guard fields.count == columns.count else {
                throw CaseFileError(line + 1 + offset, "a row needs \(columns.count) fields, got \(fields.count)")
            }
            for (i, field) in fields.enumerated() {
                guard let text = field.nonNull else { builders[i].appendNull(); continue }
                let value: Value
                switch builders[i].type {
                case .string: value = .string(text)
                case .integer:
                    guard let n = Int64(text) else {
                        throw CaseFileError(line + 1 + offset, "`\(text)` is not an integer")
                    }
                    value = .integer(n)
                case .double:
                    guard let d = Double(text) else {
                        throw CaseFileError(line + 1 + offset, "`\(text)` is not a number")
                    }
                    value = .double(d)
                case .boolean:
                    guard let b = Bool(text) else {
                        throw CaseFileError(line + 1 + offset, "`\(text)` is not true/false")
                    }
                    value = .boolean(b)
                case .date:
                    guard let day = CivilDay.parseISO(text) else {
                        throw CaseFileError(line + 1 + offset, "`\(text)` is not a date YYYY-MM-DD")
                    }
                    value = .date(day.days)
                }
                builders[i].append(value)
            }
        }
        return Table(
            fields: columns.map { Field($0.name, aliases: $0.labels) }, columns: builders.map { $0.build() },
            rowCount: rows.count)
    }
}
