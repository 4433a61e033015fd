import JixiaoEngine
import JixiaoLanguage
import JixiaoQuery

/// Compiles the leading verbs of a pipeline over an attached table into one SQL statement that
/// keeps jixiao's meaning: text compared `COLLATE "C"` (by code point), `/` always decimal and
/// null on a zero divisor, nulls sorted last, sums of integers kept integer. Each verb wraps the
/// one before as a subquery. The first verb it cannot translate exactly — or any verb after a
/// `sort`, whose order a subquery would not keep — ends the SQL; the planner runs the rest.
/// Text never enters the SQL: it becomes `$1`, `$2` … parameters.
public struct PushdownCompiler {
    private var parameters: [String] = []
    private var depth = 0
    private let variables: [String: Value]
    /// A `join`'s right table (`pg.t2`) when it is in the same database: its name there and columns.
    private let sameDatabase: (String) -> (table: String, columns: [RemoteColumn])?

    private let dialect: SQLDialect

    public init(
        variables: [String: Value], dialect: SQLDialect = .postgres,
        sameDatabase: @escaping (String) -> (table: String, columns: [RemoteColumn])? = { _ in nil }
    ) {
        self.variables = variables
        self.dialect = dialect
        self.sameDatabase = sameDatabase
    }

    /// The SQL for `table` (columns from the catalogue) followed by as many of `stages` as SQL
    /// can express.
    public mutating func compile(table: String, columns: [RemoteColumn], stages: [Verb]) -> CompiledQuery {
        var current = columns
        var sql =
            "SELECT " + columns.map { SQLText.quote($0.name) }.joined(separator: ", ") + " FROM " + SQLText.quote(table)
        var consumed = 0
        var sorted = false
        var index = 0
        // Column names no two rows share all of (after `group`, `agg`, `distinct`), or nil.
        var uniqueKeys: Set<String>?
        while index < stages.count {
            let verb = stages[index]
            // jixiao's sort is stable, SQL's is not: ties come back in any order. That changes
            // no row unless a later verb depends on the order (`take`, `top`, a window, `list`…),
            // so a sort is sent only when it is total (covers a unique key) or no such verb follows.
            if let sort = verb.clause(as: SortVerb.self) {
                let keys = Set(sort.keys.compactMap { $0.expression.columnReference.map(\.column.name) })
                let total = uniqueKeys.map { $0.isSubset(of: keys) } ?? false
                if !total && !stages[(index + 1)...].allSatisfy(Self.ignoresOrder) { break }
            }
            // jixiao's join keeps the left order (then the right's); SQL's has none.
            if verb.clause(as: JoinVerb.self) != nil, !stages[(index + 1)...].allSatisfy(Self.ignoresOrder) { break }
            let saved = parameters
            var next: (sql: String, columns: [RemoteColumn], uses: Int, sorts: Bool)?
            if sorted {
                if let take = verb.clause(as: TakeVerb.self), let limit = limitClause(take) {
                    next = (sql + limit, current, 1, true)
                }
                // Nothing else may follow a sort in SQL: a subquery does not keep order.
                if next == nil { break }
                sql = next.map(\.sql) ?? sql
                consumed = index + 1
                break
            }
            next = translate(verb, after: index, in: stages, from: sql, columns: current)
            guard let step = next else {
                parameters = saved
                break
            }
            sql = step.sql
            uniqueKeys = Self.uniqueKeys(
                after: verb, uses: step.uses, in: stages, at: index, before: uniqueKeys,
                columns: step.columns)
            current = step.columns
            sorted = step.sorts
            index += step.uses
            consumed = index
        }
        return CompiledQuery(sql: sql, parameters: parameters, consumedStages: consumed, columns: current)
    }

    /// Whether a verb gives the same rows, as a multiset, whatever the order of its input.
    private static func ignoresOrder(_ verb: Verb) -> Bool {
        if let derive = verb.clause(as: DeriveVerb.self) { return !derive.isWindowed }
        if let agg = verb.clause(as: AggVerb.self) {
            // Aggregates of a set, not of a sequence (unlike `first`, `last`, `list`).
            let unordered: Set<String> = ["count", "sum", "avg", "min", "max", "count_distinct", "count_if"]
            return agg.items.allSatisfy { item in
                if case .call(let function, _) = item.value.kind {
                    return unordered.contains(function.name.lowercased())
                }
                return false
            }
        }
        if verb.clause(as: GroupVerb.self) != nil { return true }
        return verb.clause(as: WhereVerb.self) != nil || verb.clause(as: SelectVerb.self) != nil
            || verb.clause(as: RenameVerb.self) != nil || verb.clause(as: SortVerb.self) != nil
            || verb.clause(as: DistinctVerb.self) != nil || verb.clause(as: JoinVerb.self) != nil
            || verb.clause(as: CountVerb.self) != nil
    }

    /// What is known unique after `verb`: the keys of a `group`, nothing at all after a bare
    /// `agg` (one row), every column after `distinct`; kept through `where` and `sort`, renamed
    /// through `rename`, lost through anything else.
    private static func uniqueKeys(
        after verb: Verb, uses: Int, in stages: [Verb], at index: Int, before: Set<String>?,
        columns: [RemoteColumn]
    ) -> Set<String>? {
        if let group = verb.clause(as: GroupVerb.self), uses == 2 {
            return Set(group.keys.compactMap { $0.name?.name ?? $0.expression.columnReference?.column.name })
        }
        if verb.clause(as: AggVerb.self) != nil { return [] }
        if verb.clause(as: DistinctVerb.self) != nil { return Set(columns.map(\.name)) }
        if verb.clause(as: WhereVerb.self) != nil || verb.clause(as: SortVerb.self) != nil { return before }
        if let rename = verb.clause(as: RenameVerb.self), var keys = before {
            for item in rename.items where keys.remove(item.oldName.column.name) != nil {
                keys.insert(item.newName.name)
            }
            return keys
        }
        return nil
    }

    private mutating func wrap(_ sql: String) -> String {
        depth += 1
        return "(\(sql)) AS q\(depth)"
    }

    private mutating func translate(
        _ verb: Verb, after index: Int, in stages: [Verb], from sql: String,
        columns: [RemoteColumn]
    ) -> (sql: String, columns: [RemoteColumn], uses: Int, sorts: Bool)? {
        let all = columns.map { SQLText.quote($0.name) }.joined(separator: ", ")
        if let clause = verb.clause(as: WhereVerb.self) {
            guard let condition = expression(clause.condition, columns), condition.type == .boolean else { return nil }
            return ("SELECT \(all) FROM \(wrap(sql)) WHERE \(condition.sql)", columns, 1, false)
        }
        if let clause = verb.clause(as: DeriveVerb.self), !clause.isWindowed {
            var sql = sql, columns = columns
            for item in clause.items {
                guard let value = expression(item.value, columns), let type = value.type else { return nil }
                var list: [String] = [], output: [RemoteColumn] = []
                var replaced = false
                for column in columns {
                    if column.name == item.name.name {
                        list.append("\(value.sql) AS \(SQLText.quote(column.name))")
                        output.append(RemoteColumn(name: column.name, type: type))
                        replaced = true
                    } else {
                        list.append(SQLText.quote(column.name))
                        output.append(column)
                    }
                }
                if !replaced {
                    list.append("\(value.sql) AS \(SQLText.quote(item.name.name))")
                    output.append(RemoteColumn(name: item.name.name, type: type))
                }
                sql = "SELECT \(list.joined(separator: ", ")) FROM \(wrap(sql))"
                columns = output
            }
            return (sql, columns, 1, false)
        }
        if let clause = verb.clause(as: SelectVerb.self) {
            var list: [String] = [], output: [RemoteColumn] = []
            let drops = clause.items.compactMap { item -> ColumnReference? in
                if case .drop(let reference, _) = item { return reference }
                return nil
            }
            if !drops.isEmpty {
                guard drops.count == clause.items.count else { return nil }
                let names = Set(drops.map(\.column.name))
                guard drops.allSatisfy({ $0.table == nil }), names.isSubset(of: Set(columns.map(\.name))) else {
                    return nil
                }
                output = columns.filter { !names.contains($0.name) }
                list = output.map { SQLText.quote($0.name) }
            } else {
                for item in clause.items {
                    switch item {
                    case .column(let reference):
                        guard reference.table == nil,
                            let column = columns.first(where: { $0.name == reference.column.name })
                        else { return nil }
                        list.append(SQLText.quote(column.name))
                        output.append(column)
                    case .computed(let assignment):
                        guard let value = expression(assignment.value, columns), let type = value.type else {
                            return nil
                        }
                        list.append("\(value.sql) AS \(SQLText.quote(assignment.name.name))")
                        output.append(RemoteColumn(name: assignment.name.name, type: type))
                    case .drop: return nil
                    }
                }
            }
            guard !output.isEmpty, Set(output.map(\.name)).count == output.count else { return nil }
            return ("SELECT \(list.joined(separator: ", ")) FROM \(wrap(sql))", output, 1, false)
        }
        if let clause = verb.clause(as: RenameVerb.self) {
            var output = columns
            for item in clause.items {
                guard item.oldName.table == nil,
                    let at = output.firstIndex(where: { $0.name == item.oldName.column.name })
                else { return nil }
                output[at].name = item.newName.name
            }
            guard Set(output.map(\.name)).count == output.count else { return nil }
            let list = zip(columns, output).map { "\(SQLText.quote($0.name)) AS \(SQLText.quote($1.name))" }
            return ("SELECT \(list.joined(separator: ", ")) FROM \(wrap(sql))", output, 1, false)
        }
        if let clause = verb.clause(as: GroupVerb.self) {
            guard index + 1 < stages.count, let agg = stages[index + 1].clause(as: AggVerb.self) else { return nil }
            var keys: [String] = [], list: [String] = [], output: [RemoteColumn] = []
            for key in clause.keys {
                guard let value = expression(key.expression, columns), let type = value.type else { return nil }
                let name: String
                if let explicit = key.name {
                    name = explicit.name
                } else if let reference = key.expression.columnReference {
                    name = reference.column.name
                } else {
                    return nil
                }
                keys.append(value.sql)
                list.append("\(value.sql) AS \(SQLText.quote(name))")
                output.append(RemoteColumn(name: name, type: type))
            }
            guard let aggregates = aggregates(agg, columns) else { return nil }
            list += aggregates.map(\.sql)
            output += aggregates.map(\.column)
            guard Set(output.map(\.name)).count == output.count else { return nil }
            return (
                "SELECT \(list.joined(separator: ", ")) FROM \(wrap(sql)) GROUP BY \(keys.joined(separator: ", "))",
                output, 2, false
            )
        }
        if let clause = verb.clause(as: AggVerb.self) {
            guard let aggregates = aggregates(clause, columns) else { return nil }
            return (
                "SELECT \(aggregates.map(\.sql).joined(separator: ", ")) FROM \(wrap(sql))", aggregates.map(\.column),
                1, false
            )
        }
        if let clause = verb.clause(as: SortVerb.self) {
            var keys: [String] = []
            for key in clause.keys {
                guard let value = expression(key.expression, columns), value.type != nil else { return nil }
                let collated = value.type == .string ? "\(value.sql) \(dialect.codePointCollation)" : value.sql
                keys.append("\(collated) \(key.descending ? "DESC" : "ASC") NULLS LAST")
            }
            return ("SELECT \(all) FROM \(wrap(sql)) ORDER BY \(keys.joined(separator: ", "))", columns, 1, true)
        }
        if let clause = verb.clause(as: JoinVerb.self) {
            return join(clause, from: sql, columns: columns)
        }
        if let clause = verb.clause(as: DistinctVerb.self), clause.columns.isEmpty {
            return ("SELECT DISTINCT \(all) FROM \(wrap(sql))", columns, 1, false)
        }
        return nil
    }

    /// `join [left] pg.T on COL, …` with both tables in one database: the columns jixiao's join
    /// gives (the right key of the same name once; a clashing right column as `T.col`), null
    /// keys matching nothing as in SQL.
    private mutating func join(
        _ clause: JoinVerb, from sql: String, columns: [RemoteColumn]
    )
        -> (sql: String, columns: [RemoteColumn], uses: Int, sorts: Bool)?
    {
        guard clause.kind == .inner || clause.kind == .left, case .table(let name) = clause.source,
            let right = sameDatabase(name.name), case .columns(let references) = clause.condition,
            !references.isEmpty, references.allSatisfy({ $0.table == nil })
        else { return nil }
        let keys = references.map(\.column.name)
        for key in keys {
            guard let l = columns.first(where: { $0.name == key }),
                let r = right.columns.first(where: { $0.name == key }),
                l.type == r.type || (l.type.isNumeric && r.type.isNumeric)
            else { return nil }
        }
        let leftAlias = wrap(sql)
        let leftName = "q\(depth)"
        depth += 1
        let rightName = "q\(depth)"
        let bare = name.name.split(separator: ".").last.map(String.init) ?? name.name
        var list = columns.map { "\(leftName).\(SQLText.quote($0.name))" }
        var output = columns
        for column in right.columns where !keys.contains(column.name) {
            let outName = output.contains(where: { $0.name == column.name }) ? "\(bare).\(column.name)" : column.name
            list.append("\(rightName).\(SQLText.quote(column.name)) AS \(SQLText.quote(outName))")
            output.append(RemoteColumn(name: outName, type: column.type))
        }
        guard Set(output.map(\.name)).count == output.count else { return nil }
        let on = keys.map { "\(leftName).\(SQLText.quote($0)) = \(rightName).\(SQLText.quote($0))" }.joined(
            separator: " AND ")
        let kind = clause.kind == .left ? "LEFT JOIN" : "JOIN"
        return (
            "SELECT \(list.joined(separator: ", ")) FROM \(leftAlias) \(kind) \(SQLText.quote(right.table)) AS \(rightName) ON \(on)",
            output, 1, false
        )
    }

    /// `LIMIT n [OFFSET m]` for integer literals only.
    private func limitClause(_ take: TakeVerb) -> String? {
        guard case .integer(let count) = take.count.kind, count >= 0 else { return nil }
        var text = " LIMIT \(count)"
        if let offset = take.offset {
            guard case .integer(let skip) = offset.kind, skip >= 0 else { return nil }
            text += " OFFSET \(skip)"
        }
        return text
    }

    private mutating func aggregates(
        _ agg: AggVerb, _ columns: [RemoteColumn]
    ) -> [(sql: String, column: RemoteColumn)]? {
        var result: [(sql: String, column: RemoteColumn)] = []
        for item in agg.items {
            guard case .call(let function, let arguments) = item.value.kind else { return nil }
            let name = function.name.lowercased()
            let value: (sql: String, type: DataType)
            if name == "count", arguments.isEmpty {
                value = ("COUNT(*)", .integer)
            } else {
                guard arguments.count == 1, let argument = expression(arguments[0], columns), let type = argument.type
                else { return nil }
                switch name {
                case "count": value = ("COUNT(\(argument.sql))", .integer)
                case "sum" where type == .integer: value = ("CAST(SUM(\(argument.sql)) AS bigint)", .integer)
                case "sum" where type == .double: value = ("SUM(\(argument.sql))", .double)
                case "avg" where type.isNumeric: value = ("AVG(CAST(\(argument.sql) AS double precision))", .double)
                case "min", "max":
                    guard type != .boolean else { return nil }
                    let collated = type == .string ? "\(argument.sql) \(dialect.codePointCollation)" : argument.sql
                    value = ("\(name.uppercased())(\(collated))", type)
                default: return nil
                }
            }
            result.append(
                (
                    "\(value.sql) AS \(SQLText.quote(item.name.name))",
                    RemoteColumn(name: item.name.name, type: value.type)
                ))
        }
        return result
    }

    /// A scalar expression as SQL with its jixiao type (nil for a bare `null`), or nil when it
    /// cannot be said in SQL with the same meaning.
    private mutating func expression(_ e: Expression, _ columns: [RemoteColumn]) -> (sql: String, type: DataType?)? {
        switch e.kind {
        case .integer(let i): return ("CAST(\(i) AS bigint)", .integer)
        case .decimal(let d):
            guard d.isFinite else { return nil }
            return ("CAST(\(d) AS double precision)", .double)
        case .string(let s): return (parameter(s), .string)
        case .boolean(let b): return (b ? "TRUE" : "FALSE", .boolean)
        case .null: return ("NULL", nil)
        case .column(let reference):
            guard reference.table == nil, let column = columns.first(where: { $0.name == reference.column.name }) else {
                return nil
            }
            return (SQLText.quote(column.name), column.type)
        case .variable(let name):
            switch variables[name.name] {
            case .integer(let i): return ("CAST(\(i) AS bigint)", .integer)
            case .double(let d) where d.isFinite: return ("CAST(\(d) AS double precision)", .double)
            case .string(let s): return (parameter(s), .string)
            case .boolean(let b): return (b ? "TRUE" : "FALSE", .boolean)
            default: return nil
            }
        case .unary(let op, let operand):
            guard let inner = expression(operand, columns) else { return nil }
            switch op {
            case .negate:
                guard let type = inner.type, type.isNumeric else { return nil }
                return ("(- \(inner.sql))", type)
            case .not:
                guard inner.type == .boolean else { return nil }
                return ("(NOT \(inner.sql))", .boolean)
            }
        case .binary(let op, let left, let right):
            guard let (l, r) = operands(op, left, right, columns), let lt = l.type, let rt = r.type else { return nil }
            switch op {
            case .and, .or:
                guard lt == .boolean, rt == .boolean else { return nil }
                return ("(\(l.sql) \(op == .and ? "AND" : "OR") \(r.sql))", .boolean)
            case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual:
                guard (lt.isNumeric && rt.isNumeric) || lt == rt else { return nil }
                let symbol = op == .notEqual ? "<>" : op.rawValue
                let collated = lt == .string ? "\(l.sql) \(dialect.codePointCollation)" : l.sql
                return ("(\(collated) \(symbol) \(r.sql))", .boolean)
            case .contains:
                guard lt == .string, rt == .string else { return nil }
                return (dialect.contains(l.sql, r.sql), .boolean)
            case .add, .subtract, .multiply:
                guard lt.isNumeric, rt.isNumeric else { return nil }
                let type: DataType = lt == .integer && rt == .integer ? .integer : .double
                return ("(\(l.sql) \(op.rawValue) \(r.sql))", type)
            case .divide:
                guard lt.isNumeric, rt.isNumeric else { return nil }
                return ("(CAST(\(l.sql) AS double precision) / NULLIF(CAST(\(r.sql) AS double precision), 0))", .double)
            case .concatenate:
                guard lt == .string, rt == .string else { return nil }
                return ("(\(l.sql) || \(r.sql))", .string)
            case .matches, .modulo:
                return nil
            }
        case .isNull(let operand, let negated):
            guard let inner = expression(operand, columns) else { return nil }
            return ("(\(inner.sql) IS \(negated ? "NOT " : "")NULL)", .boolean)
        case .inList(let operand, let list, let negated):
            guard let inner = expression(operand, columns), let type = inner.type, !list.isEmpty else { return nil }
            var items: [String] = []
            for element in list {
                guard let item = dateLiteral(element, beside: type) ?? expression(element, columns),
                    let itemType = item.type,
                    itemType == type || (itemType.isNumeric && type.isNumeric)
                else { return nil }
                items.append(item.sql)
            }
            return ("(\(inner.sql) \(negated ? "NOT " : "")IN (\(items.joined(separator: ", "))))", .boolean)
        case .between(let operand, let lower, let upper, let negated):
            guard let inner = expression(operand, columns), let type = inner.type,
                let lo = dateLiteral(lower, beside: type) ?? expression(lower, columns),
                let hi = dateLiteral(upper, beside: type) ?? expression(upper, columns),
                lo.type == type || (lo.type?.isNumeric == true && type.isNumeric),
                hi.type == type || (hi.type?.isNumeric == true && type.isNumeric)
            else { return nil }
            let collated = type == .string ? "\(inner.sql) \(dialect.codePointCollation)" : inner.sql
            return ("(\(collated) \(negated ? "NOT " : "")BETWEEN \(lo.sql) AND \(hi.sql))", .boolean)
        case .call, .pipeline, .caseWhen:
            return nil
        }
    }

    /// The two sides of a binary operator. Beside a date, text in quotes is the date it names, as
    /// jixiao's binder reads it: sent as a parameter cast to `date` (PostgreSQL) or as the ISO text a
    /// SQLite DATE column holds.
    private mutating func operands(
        _ op: BinaryOperator, _ left: Expression, _ right: Expression, _ columns: [RemoteColumn]
    ) -> (l: (sql: String, type: DataType?), r: (sql: String, type: DataType?))? {
        let comparisons: Set<BinaryOperator> = [.equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual]
        if comparisons.contains(op), case .string = left.kind {
            // The right side's type decides how the text reads; it is compiled again after the
            // left, as SQLite numbers `$n` parameters in the order they appear.
            let mark = parameters.count
            guard let probe = expression(right, columns) else { return nil }
            parameters.removeSubrange(mark...)
            guard let l = dateLiteral(left, beside: probe.type) ?? expression(left, columns),
                let r = expression(right, columns)
            else { return nil }
            return (l, r)
        }
        guard let l = expression(left, columns) else { return nil }
        if comparisons.contains(op), let r = dateLiteral(right, beside: l.type) { return (l, r) }
        guard let r = expression(right, columns) else { return nil }
        return (l, r)
    }

    private mutating func dateLiteral(_ e: Expression, beside type: DataType?) -> (sql: String, type: DataType?)? {
        guard type == .date, case .string(let text) = e.kind, let day = CivilDay(text: text) else { return nil }
        let value = parameter(day.iso)
        return (dialect == .postgres ? "CAST(\(value) AS date)" : value, .date)
    }

    private mutating func parameter(_ text: String) -> String {
        parameters.append(text)
        return "CAST($\(parameters.count) AS text)"
    }
}
