import JixiaoTestSupport

/// A random pipeline and its SQL translation.
struct GeneratedPipeline {
    var jixiao: String
    var sql: String
    var columns: [GeneratedColumn]
    /// Whether the pipeline defines the order of its rows (otherwise compare as multisets).
    var ordered: Bool
}

/// Builds pipelines verb by verb, keeping the SQL translation in step.
///
/// Each verb wraps the previous SQL as a subquery. While the rows have a defined order (the base
/// table's insertion order, kept by `where`, `derive`, `select`, `rename`, `take`; made by `sort`
/// and `top`), the SQL carries that order explicitly in a hidden `__rn` column, so a stable sort's
/// ties, `take … offset` and `top … per` can be compared row for row. After `group`, `distinct`
/// and `count` the order is the engine's own business and results are compared as multisets;
/// a later `sort` then lists every column as a tie-breaker so that its order is total.
struct PipelineGenerator {
    var random: SplitMix
    private var columns: [GeneratedColumn] = []
    private var ordered = true
    private var sql = ""
    private var stages: [String] = []
    private var nextName = 0
    private var joined = false

    init(random: SplitMix) { self.random = random }

    mutating func pipeline(tables: [GeneratedTable]) -> GeneratedPipeline {
        let base = random.chance(0.85) ? tables[0] : tables[1]
        columns = base.columns
        ordered = true
        joined = base.name != "t1"
        nextName = 0
        stages = [base.name]
        sql = "SELECT \(columnList), rowid AS __rn FROM \(base.name)"
        for _ in 0..<random.int(1...5) { addStage(tables) }
        let final = "SELECT \(columnList) FROM (\(sql)) AS q" + (ordered ? " ORDER BY q.__rn" : "")
        return GeneratedPipeline(
            jixiao: stages.joined(separator: " | "), sql: final, columns: columns, ordered: ordered)
    }

    private var columnList: String { columns.map { SQLText.identifier($0.name) }.joined(separator: ", ") }
    private var carried: String { ordered ? ", q.__rn" : "" }

    private mutating func freshName() -> String {
        nextName += 1
        return "c\(nextName)"
    }

    /// Runs `body` with an expression generator over the current columns, keeping the random state.
    private mutating func withExpressions<T>(_ body: (inout ExpressionGenerator) -> T) -> T {
        var generator = ExpressionGenerator(random: random, columns: columns)
        let result = body(&generator)
        random = generator.random
        return result
    }

    private mutating func addStage(_ tables: [GeneratedTable]) {
        var choices = [
            "where", "where", "derive", "derive", "select", "drop", "rename", "group", "agg", "sort", "sort",
            "distinct", "count",
        ]
        if ordered { choices += ["take", "take", "top"] }
        if !joined && columns.contains(where: { $0.name == "k" && $0.kind.isNumeric }) { choices += ["join", "join"] }
        switch random.pick(choices) {
        case "where": filter()
        case "derive": derive()
        case "select": select()
        case "drop": drop()
        case "rename": rename()
        case "group": group(withKeys: true)
        case "agg": group(withKeys: false)
        case "sort": sort()
        case "distinct": distinct()
        case "count": count()
        case "take": take()
        case "top": top()
        default: join(tables[1])
        }
    }

    private mutating func filter() {
        let c = withExpressions { $0.condition(depth: 2) }
        stages.append("where \(c.jixiao)")
        sql = "SELECT * FROM (\(sql)) AS q WHERE \(c.sql)"
    }

    private mutating func derive() {
        deriveItem(appendingTo: nil)
    }

    /// One `derive` item; with `appendingTo`, a further item of the previous `derive`, which
    /// sees the columns derived before it.
    private mutating func deriveItem(appendingTo previous: Int?) {
        let e = withExpressions { $0.anyValue(depth: 2) }
        let replace = random.chance(0.25) && !columns.isEmpty
        let name = replace ? random.pick(columns).name : freshName()
        if name.contains(".") { return }
        if let previous {
            stages[previous] += ", \(name) = \(e.jixiao)"
        } else {
            stages.append("derive \(name) = \(e.jixiao)")
        }
        let column = GeneratedColumn(name: name, kind: e.kind, plainText: e.plainText)
        if let i = columns.firstIndex(where: { $0.name == name }) {
            let items = columns.map {
                $0.name == name ? "\(e.sql) AS \(SQLText.identifier(name))" : SQLText.identifier($0.name)
            }
            sql = "SELECT \(items.joined(separator: ", "))\(carried) FROM (\(sql)) AS q"
            columns[i] = column
        } else {
            sql = "SELECT q.*, \(e.sql) AS \(SQLText.identifier(name)) FROM (\(sql)) AS q"
            columns.append(column)
        }
        if random.chance(0.3) { deriveItem(appendingTo: previous ?? stages.count - 1) }
    }

    private mutating func select() {
        var kept = columns.filter { _ in random.chance(0.6) }
        if kept.isEmpty, let first = columns.first { kept = [first] }
        kept.shuffle(using: &random)
        var jx = kept.map(\.name)
        var sq = kept.map { SQLText.identifier($0.name) }
        if random.chance(0.4) {
            let e = withExpressions { $0.anyValue(depth: 2) }
            let name = freshName()
            jx.append("\(name) = \(e.jixiao)")
            sq.append("\(e.sql) AS \(SQLText.identifier(name))")
            kept.append(GeneratedColumn(name: name, kind: e.kind, plainText: e.plainText))
        }
        stages.append("select \(jx.joined(separator: ", "))")
        sql = "SELECT \(sq.joined(separator: ", "))\(carried) FROM (\(sql)) AS q"
        columns = kept
    }

    private mutating func drop() {
        guard columns.count > 1 else { return filter() }
        let victim = random.pick(columns)
        stages.append("select -\(victim.name)")
        columns.removeAll { $0.name == victim.name }
        sql = "SELECT \(columnList)\(carried) FROM (\(sql)) AS q"
    }

    private mutating func rename() {
        let old = random.pick(columns)
        let new = freshName()
        stages.append("rename \(new) = \(old.name)")
        let items = columns.map {
            $0.name == old.name
                ? "\(SQLText.identifier(old.name)) AS \(SQLText.identifier(new))" : SQLText.identifier($0.name)
        }
        sql = "SELECT \(items.joined(separator: ", "))\(carried) FROM (\(sql)) AS q"
        if let i = columns.firstIndex(where: { $0.name == old.name }) { columns[i].name = new }
    }

    private mutating func group(withKeys: Bool) {
        var keys: [GeneratedColumn] = []
        var keyJixiao: [String] = [], keySQL: [String] = []
        var computedKeys = Set<String>()
        if withKeys {
            let candidates = columns.filter { $0.kind != .double || random.chance(0.3) }
            for c in candidates.shuffled(using: &random).prefix(random.int(1...2)) {
                keys.append(c); keyJixiao.append(c.name); keySQL.append(SQLText.identifier(c.name))
            }
            if keys.isEmpty || random.chance(0.15) {
                let e = withExpressions { $0.anyValue(depth: 1) }
                let name = freshName()
                keys.append(GeneratedColumn(name: name, kind: e.kind, plainText: e.plainText))
                keyJixiao.append("\(name) = \(e.jixiao)")
                keySQL.append(e.sql)
                computedKeys.insert(name)
            }
        }
        var items: [(String, String, GeneratedColumn)] = []
        for _ in 0..<random.int(1...3) {
            let name = freshName()
            let (jx, sq, kind) = aggregate()
            items.append(
                ("\(name) = \(jx)", "\(sq) AS \(SQLText.identifier(name))", GeneratedColumn(name: name, kind: kind)))
        }
        if withKeys { stages.append("group \(keyJixiao.joined(separator: ", "))") }
        stages.append("agg \(items.map(\.0).joined(separator: ", "))")
        let selectKeys = zip(keySQL, keys).map { "\($0) AS \(SQLText.identifier($1.name))" }
        // A computed key is grouped by its alias: a constant in GROUP BY would mean a column position.
        let groupTerms = zip(keySQL, keys).map { computedKeys.contains($1.name) ? SQLText.identifier($1.name) : $0 }
        let groupBy = keySQL.isEmpty ? "" : " GROUP BY \(groupTerms.joined(separator: ", "))"
        sql = "SELECT \((selectKeys + items.map(\.1)).joined(separator: ", ")) FROM (\(sql)) AS q\(groupBy)"
        columns = keys + items.map(\.2)
        ordered = false
    }

    /// One aggregate item: jixiao text, SQL text, result kind.
    private mutating func aggregate() -> (String, String, ColumnKind) {
        let numbers = columns.filter { $0.kind.isNumeric }
        let values = columns.filter { $0.kind != .boolean }
        switch random.int(0...10) {
        case 0: return ("count()", "COUNT(*)", .integer)
        case 1 where !columns.isEmpty:
            let c = random.pick(columns)
            return ("count(\(c.name))", "COUNT(\(SQLText.identifier(c.name)))", .integer)
        case 2 where !values.isEmpty:
            let c = random.pick(values)
            return ("count_distinct(\(c.name))", "COUNT(DISTINCT \(SQLText.identifier(c.name)))", .integer)
        case 3, 4:
            let e = withExpressions { $0.numeric(depth: 1) }
            return ("sum(\(e.jixiao))", "SUM(\(e.sql))", e.kind)
        case 5:
            let e = withExpressions { $0.numeric(depth: 1) }
            return ("avg(\(e.jixiao))", "AVG(\(e.sql))", .double)
        case 6 where !values.isEmpty, 7 where !values.isEmpty:
            let c = random.pick(values), f = random.pick(["min", "max"])
            return ("\(f)(\(c.name))", "\(f.uppercased())(\(SQLText.identifier(c.name)))", c.kind)
        case 8:
            let e = withExpressions { $0.condition(depth: 1) }
            return ("count_if(\(e.jixiao))", "COUNT(CASE WHEN \(e.sql) THEN 1 END)", .integer)
        case 9 where !numbers.isEmpty:
            let c = random.pick(numbers)
            return ("sum(\(c.name)) / count()", "(1.0 * SUM(\(SQLText.identifier(c.name))) / COUNT(*))", .double)
        default:
            guard !numbers.isEmpty else { return ("count()", "COUNT(*)", .integer) }
            let c = random.pick(numbers)
            return (
                "max(\(c.name)) - min(\(c.name))",
                "(MAX(\(SQLText.identifier(c.name))) - MIN(\(SQLText.identifier(c.name))))", c.kind
            )
        }
    }

    private mutating func sort() {
        var jx: [String] = [], sq: [String] = []
        for _ in 0..<random.int(1...3) {
            let descending = random.chance(0.4)
            let key: Fragment
            if random.chance(0.75), !columns.isEmpty {
                let c = random.pick(columns)
                key = Fragment(jixiao: c.name, sql: SQLText.identifier(c.name), kind: c.kind)
            } else {
                key = withExpressions { $0.numeric(depth: 1) }
            }
            let wrapped = key.jixiao.hasPrefix("(") || !key.jixiao.contains("(") ? key.jixiao : "(\(key.jixiao))"
            jx.append((descending ? "-" : "") + wrapped)
            sq.append("(\(key.sql)) IS NULL, \(key.sql)\(descending ? " DESC" : "")")
        }
        if ordered {
            sq.append("q.__rn")
        } else {
            // Ties would keep an order SQL cannot see; every column as a last key makes it total.
            for c in columns {
                jx.append(c.name)
                sq.append("\(SQLText.identifier(c.name)) IS NULL, \(SQLText.identifier(c.name))")
            }
        }
        stages.append("sort \(jx.joined(separator: ", "))")
        sql =
            "SELECT \(columnList), ROW_NUMBER() OVER (ORDER BY \(sq.joined(separator: ", "))) AS __rn FROM (\(sql)) AS q"
        ordered = true
    }

    private mutating func take() {
        let n = random.int(0...25)
        if random.chance(0.5) {
            let m = random.int(0...30)
            stages.append("take \(n) offset \(m)")
            sql = "SELECT * FROM (\(sql)) AS q ORDER BY q.__rn LIMIT \(n) OFFSET \(m)"
        } else {
            stages.append("take \(n)")
            sql = "SELECT * FROM (\(sql)) AS q ORDER BY q.__rn LIMIT \(n)"
        }
    }

    private mutating func top() {
        let n = random.int(1...4)
        let key = withExpressions { $0.numeric(depth: 1) }
        var per: [GeneratedColumn] = []
        if random.chance(0.6), let c = columns.filter({ $0.kind != .double }).randomElement(using: &random) {
            per = [c]
        }
        let partition = per.isEmpty ? "" : "PARTITION BY \(SQLText.identifier(per[0].name)) "
        stages.append("top \(n) by \(key.jixiao)" + (per.isEmpty ? "" : " per \(per[0].name)"))
        let ranked =
            "SELECT q0.*, ROW_NUMBER() OVER (\(partition)ORDER BY \(key.sql) DESC, q0.__rn) AS __r "
            + "FROM (\(sql)) AS q0 WHERE \(key.sql) IS NOT NULL"
        sql =
            "SELECT \(columnList), ROW_NUMBER() OVER (ORDER BY \(key.sql) DESC, q.__rn) AS __rn "
            + "FROM (\(ranked)) AS q WHERE q.__r <= \(n)"
    }

    private mutating func distinct() {
        var chosen = columns.filter { _ in random.chance(0.5) }
        if random.chance(0.4) || chosen.isEmpty {
            stages.append("distinct")
            chosen = columns
        } else {
            stages.append("distinct \(chosen.map(\.name).joined(separator: ", "))")
        }
        columns = chosen
        sql = "SELECT DISTINCT \(columnList) FROM (\(sql)) AS q"
        ordered = false
    }

    private mutating func count() {
        let candidates = columns.filter { $0.name != "n" && $0.name != "share" }
        guard let key = candidates.randomElement(using: &random) else { return filter() }
        stages.append("count \(key.name)")
        let k = SQLText.identifier(key.name)
        sql =
            "SELECT \(k), COUNT(*) AS \"n\", 100.0 * COUNT(*) / (SELECT COUNT(*) FROM (\(sql))) AS \"share\" "
            + "FROM (\(sql)) AS q GROUP BY \(k)"
        columns = [key, GeneratedColumn(name: "n", kind: .integer), GeneratedColumn(name: "share", kind: .double)]
        ordered = false
    }

    private mutating func join(_ right: GeneratedTable) {
        joined = true
        let left = random.chance(0.4)
        let onKey = random.chance(0.75)
        // On `k` the key appears once; on `a = k` both stay, the right one prefixed if it clashes.
        let leftKey = onKey ? "k" : (columns.first { $0.kind == .integer && $0.name != "k" }?.name ?? "k")
        let byName = leftKey == "k" && onKey
        // Sometimes the right side is a pipeline; its clashing columns are still prefixed `t2.`.
        var rightJixiao = "t2", rightSQL = "(SELECT *, rowid AS __rid FROM t2)"
        if random.chance(0.3) {
            let bound = random.int(-50...50)
            rightJixiao = "(t2 | where v > \(bound))"
            rightSQL = "(SELECT *, rowid AS __rid FROM t2 WHERE \"v\" > \(bound))"
        }
        stages.append("join \(left ? "left " : "")\(rightJixiao) on " + (byName ? "k" : "\(leftKey) = k"))
        var items = columns.map { "l.\(SQLText.identifier($0.name))" }
        var added: [GeneratedColumn] = []
        var names = Set(columns.map(\.name))
        for c in right.columns where !(byName && c.name == "k") {
            let name = names.contains(c.name) ? "t2.\(c.name)" : c.name
            names.insert(name)
            items.append("r.\(SQLText.identifier(c.name)) AS \(SQLText.identifier(name))")
            added.append(GeneratedColumn(name: name, kind: c.kind, plainText: c.plainText))
        }
        let order = ordered ? ", ROW_NUMBER() OVER (ORDER BY l.__rn, r.__rid) AS __rn" : ""
        sql =
            "SELECT \(items.joined(separator: ", "))\(order) FROM (\(sql)) AS l \(left ? "LEFT " : "")JOIN \(rightSQL) AS r "
            + "ON l.\(SQLText.identifier(leftKey)) = r.\"k\""
        columns += added
    }
}
