import JixiaoEngine
import JixiaoRender

/// `.describe TABLE`: per column its type, nulls, distinct values, and either the range
/// (numbers) or the most frequent values (text) — the first look at an unfamiliar table.
enum DescribeCommand {
    static let command = DotCommand(
        name: "describe", usage: ".describe TABLE",
        summary: "per column: type, nulls, distinct count, min/max or the most frequent values"
    ) { session, argument, _ in
        guard !argument.isEmpty else { throw WorkbenchError.usage("name a table, e.g. .describe indicators") }
        let table = try session.table(named: argument)
        var options = session.displayOptions()
        options.maxRows = Int.max
        session.output.write(TableRenderer.render(describe(table), as: session.settings.format, options: options))
    }

    static func describe(_ table: Table) -> Table {
        var name = ColumnBuilder(type: .string), type = ColumnBuilder(type: .string)
        var nulls = ColumnBuilder(type: .integer), distinct = ColumnBuilder(type: .integer)
        var low = ColumnBuilder(type: .string), high = ColumnBuilder(type: .string), top = ColumnBuilder(type: .string)
        for (field, column) in zip(table.fields, table.columns) {
            name.append(string: field.name)
            type.append(string: column.type.rawValue)
            nulls.append(integer: Int64(column.nullCount))
            let groups = GroupIndex.build(keys: [column], rowCount: table.rowCount)
            let nullGroup = column.nullCount > 0 ? 1 : 0
            distinct.append(integer: Int64(groups.groupCount - nullGroup))
            let range = extremes(column)
            low.append(string: range?.low)
            high.append(string: range?.high)
            top.append(string: column.type == .string ? mostFrequent(column, groups) : nil)
        }
        return Table([
            ("column", name.build()), ("type", type.build()), ("nulls", nulls.build()),
            ("distinct", distinct.build()), ("min", low.build()), ("max", high.build()),
            ("most_frequent", top.build()),
        ])
    }

    /// The smallest and largest non-null values, as text (numbers and dates: text ranges say little).
    private static func extremes(_ column: Column) -> (low: String, high: String)? {
        if case .date(let days) = column.data {
            let valid = days.indices.lazy.filter { !column.isNull($0) }.map { days[$0] }
            guard let low = valid.min(), let high = valid.max() else { return nil }
            return (CivilDay.iso(low), CivilDay.iso(high))
        }
        guard column.type.isNumeric else { return nil }
        var low: Double?, high: Double?
        for row in 0..<column.count {
            guard let v = column.number(at: row) else { continue }
            low = min(low ?? v, v)
            high = max(high ?? v, v)
        }
        guard let low, let high else { return nil }
        return (Value.format(low), Value.format(high))
    }

    /// The three most frequent values with their counts: `产出指标 (206)、效益指标 (63)、…`.
    private static func mostFrequent(_ column: Column, _ groups: GroupIndex) -> String? {
        var counts = [Int](repeating: 0, count: groups.groupCount)
        for g in groups.groupOfRow { counts[Int(g)] += 1 }
        let ranked = (0..<groups.groupCount)
            .filter { !column.isNull(Int(groups.firstRow[$0])) }
            .sorted { counts[$0] != counts[$1] ? counts[$0] > counts[$1] : $0 < $1 }
            .prefix(3)
        guard !ranked.isEmpty else { return nil }
        return ranked.map { g -> String in
            let text = column[Int(groups.firstRow[g])].description
            let short = text.count > 16 ? String(text.prefix(15)) + "…" : text
            return "\(short) (\(counts[g]))"
        }.joined(separator: "、")
    }
}
