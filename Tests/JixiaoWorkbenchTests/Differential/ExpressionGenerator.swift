import JixiaoTestSupport

/// One expression written in both languages, with the kind of value it yields.
struct Fragment {
    var jixiao: String
    var sql: String
    var kind: ColumnKind
    var plainText = false
}

/// Draws random, well-typed expressions over the columns a pipeline stage can see, writing each
/// once in jixiao and once in SQL. Every compound is parenthesised in both, so precedence never
/// decides anything and a mismatch is always about semantics.
struct ExpressionGenerator {
    var random: SplitMix
    var columns: [GeneratedColumn]

    private func columns(_ test: (GeneratedColumn) -> Bool) -> [GeneratedColumn] { columns.filter(test) }

    private func reference(_ c: GeneratedColumn) -> Fragment {
        Fragment(
            jixiao: JixiaoText.column(c.name), sql: SQLText.identifier(c.name), kind: c.kind, plainText: c.plainText)
    }

    // MARK: Literals

    mutating func integerLiteral() -> Fragment {
        let n = random.int(-10...10)
        return Fragment(jixiao: n < 0 ? "(\(n))" : String(n), sql: "(\(n))", kind: .integer)
    }

    mutating func doubleLiteral() -> Fragment {
        let text = "\(random.int(-20...20)).\(random.pick(["5", "25", "0", "75", "1"]))"
        return Fragment(jixiao: text.hasPrefix("-") ? "(\(text))" : text, sql: "(\(text))", kind: .double)
    }

    mutating func stringLiteral() -> Fragment {
        let s = random.pick(DifferentialData.strings + ["a", "m", "北", "Z", "éclair"])
        return Fragment(
            jixiao: JixiaoText.string(s), sql: SQLText.literal(.string(s)), kind: .string,
            plainText: DifferentialData.plainStrings.contains(s))
    }

    // MARK: Numbers

    mutating func numeric(depth: Int) -> Fragment {
        let available = columns { $0.kind.isNumeric }
        if depth <= 0 || random.chance(0.35) {
            if !available.isEmpty && random.chance(0.8) { return reference(random.pick(available)) }
            return random.chance(0.6) ? integerLiteral() : doubleLiteral()
        }
        switch random.int(0...12) {
        case 0...3:
            let op = random.pick(["+", "-", "*"])
            let l = numeric(depth: depth - 1), r = numeric(depth: depth - 1)
            return Fragment(
                jixiao: "(\(l.jixiao) \(op) \(r.jixiao))", sql: "(\(l.sql) \(op) \(r.sql))",
                kind: l.kind == .integer && r.kind == .integer ? .integer : .double)
        case 4, 5:
            // jixiao's `/` always divides as doubles; SQL needs a double operand for that.
            let l = numeric(depth: depth - 1), r = numeric(depth: depth - 1)
            return Fragment(jixiao: "(\(l.jixiao) / \(r.jixiao))", sql: "(1.0 * \(l.sql) / \(r.sql))", kind: .double)
        case 6:
            // `%` only on integers: SQLite casts doubles to integers first, jixiao uses fmod.
            let l = integerTerm(depth: depth - 1), r = integerTerm(depth: depth - 1)
            return Fragment(jixiao: "(\(l.jixiao) % \(r.jixiao))", sql: "(\(l.sql) % \(r.sql))", kind: .integer)
        case 7:
            let e = numeric(depth: depth - 1)
            return Fragment(jixiao: "(-\(e.jixiao))", sql: "(-\(e.sql))", kind: e.kind)
        case 8:
            let e = numeric(depth: depth - 1)
            return Fragment(jixiao: "abs(\(e.jixiao))", sql: "abs(\(e.sql))", kind: e.kind)
        case 9:
            let e = numeric(depth: depth - 1)
            let fallback = e.kind == .integer ? integerLiteral() : doubleLiteral()
            return Fragment(
                jixiao: "coalesce(\(e.jixiao), \(fallback.jixiao))", sql: "coalesce(\(e.sql), \(fallback.sql))",
                kind: e.kind)
        case 10:
            let c = condition(depth: depth - 1)
            let a = numeric(depth: depth - 1), b = numeric(depth: depth - 1)
            return Fragment(
                jixiao: "if(\(c.jixiao), \(a.jixiao), \(b.jixiao))",
                sql: "(CASE WHEN \(c.sql) THEN \(a.sql) ELSE \(b.sql) END)",
                kind: a.kind == .integer && b.kind == .integer ? .integer : .double)
        case 11:
            // round half away from zero on the decimal digits, as SQLite does; floor and ceil.
            let e = numeric(depth: depth - 1)
            if random.chance(0.6) {
                let digits = random.int(0...2)
                return Fragment(
                    jixiao: "round(\(e.jixiao), \(digits))", sql: "round(\(e.sql), \(digits))", kind: .double)
            }
            let f = random.pick(["floor", "ceil"])
            return Fragment(jixiao: "\(f)(\(e.jixiao))", sql: "(1.0 * \(f)(\(e.sql)))", kind: .double)
        default:
            let plain = columns { $0.kind == .string && $0.plainText }
            guard let s = plain.isEmpty ? nil : random.pick(plain) else { return numeric(depth: depth - 1) }
            return Fragment(jixiao: "len(\(s.name))", sql: "length(\(SQLText.identifier(s.name)))", kind: .integer)
        }
    }

    private mutating func integerTerm(depth: Int) -> Fragment {
        let ints = columns { $0.kind == .integer }
        if !ints.isEmpty && random.chance(0.7) { return reference(random.pick(ints)) }
        if depth > 0 && random.chance(0.3) {
            let l = integerTerm(depth: depth - 1), r = integerTerm(depth: depth - 1)
            return Fragment(jixiao: "(\(l.jixiao) + \(r.jixiao))", sql: "(\(l.sql) + \(r.sql))", kind: .integer)
        }
        return integerLiteral()
    }

    // MARK: Text

    mutating func text(depth: Int) -> Fragment {
        let available = columns { $0.kind == .string }
        if available.isEmpty || depth <= 0 || random.chance(0.5) {
            return available.isEmpty || random.chance(0.15) ? stringLiteral() : reference(random.pick(available))
        }
        let plain = available.filter(\.plainText)
        switch random.int(0...4) {
        case 0 where !plain.isEmpty:
            let c = random.pick(plain), f = random.pick(["lower", "upper"])
            return Fragment(
                jixiao: "\(f)(\(c.name))", sql: "\(f)(\(SQLText.identifier(c.name)))", kind: .string, plainText: true)
        case 1 where !plain.isEmpty:
            let c = random.pick(plain), start = random.int(1...3), length = random.int(0...3)
            return Fragment(
                jixiao: "substr(\(c.name), \(start), \(length))",
                sql: "substr(\(SQLText.identifier(c.name)), \(start), \(length))", kind: .string, plainText: true)
        case 2:
            let e = text(depth: depth - 1), fallback = stringLiteral()
            return Fragment(
                jixiao: "coalesce(\(e.jixiao), \(fallback.jixiao))", sql: "coalesce(\(e.sql), \(fallback.sql))",
                kind: .string, plainText: e.plainText && fallback.plainText)
        case 3:
            let e = text(depth: depth - 1)
            return Fragment(jixiao: "trim(\(e.jixiao))", sql: "trim(\(e.sql))", kind: .string, plainText: e.plainText)
        default:
            let c = condition(depth: depth - 1), a = text(depth: depth - 1), b = text(depth: depth - 1)
            return Fragment(
                jixiao: "if(\(c.jixiao), \(a.jixiao), \(b.jixiao))",
                sql: "(CASE WHEN \(c.sql) THEN \(a.sql) ELSE \(b.sql) END)", kind: .string,
                plainText: a.plainText && b.plainText)
        }
    }

    // MARK: Conditions

    mutating func condition(depth: Int) -> Fragment {
        if depth > 0 && random.chance(0.35) {
            switch random.int(0...2) {
            case 0, 1:
                let (jx, sq) = random.chance(0.5) ? ("and", "AND") : ("or", "OR")
                let l = condition(depth: depth - 1), r = condition(depth: depth - 1)
                return Fragment(
                    jixiao: "(\(l.jixiao) \(jx) \(r.jixiao))", sql: "(\(l.sql) \(sq) \(r.sql))", kind: .boolean)
            default:
                let e = condition(depth: depth - 1)
                return Fragment(jixiao: "(not \(e.jixiao))", sql: "(NOT \(e.sql))", kind: .boolean)
            }
        }
        let texts = columns { $0.kind == .string }
        switch random.int(0...11) {
        case 0...3:
            let op = random.pick(["=", "!=", "<", "<=", ">", ">="])
            if !texts.isEmpty && random.chance(0.3) {
                let l = text(depth: 1), r = random.chance(0.7) ? stringLiteral() : text(depth: 0)
                return Fragment(
                    jixiao: "(\(l.jixiao) \(op) \(r.jixiao))", sql: "(\(l.sql) \(op) \(r.sql))", kind: .boolean)
            }
            let l = numeric(depth: max(depth, 1)), r = random.chance(0.6) ? literalNear(l) : numeric(depth: 1)
            return Fragment(jixiao: "(\(l.jixiao) \(op) \(r.jixiao))", sql: "(\(l.sql) \(op) \(r.sql))", kind: .boolean)
        case 4, 5:
            let negated = random.chance(0.3)
            let isText = !texts.isEmpty && random.chance(0.4)
            let value = isText ? text(depth: 0) : numeric(depth: 0)
            var items = (0..<random.int(1...4)).map { _ in isText ? stringLiteral() : integerLiteral() }
            if random.chance(0.2) { items.append(Fragment(jixiao: "null", sql: "NULL", kind: value.kind)) }
            let jx = "(\(value.jixiao) \(negated ? "not in" : "in") (\(items.map(\.jixiao).joined(separator: ", "))))"
            let sq = "(\(value.sql) \(negated ? "NOT IN" : "IN") (\(items.map(\.sql).joined(separator: ", "))))"
            return Fragment(jixiao: jx, sql: sq, kind: .boolean)
        case 6:
            let negated = random.chance(0.3)
            let v = numeric(depth: 0)
            let lo = random.int(-30...10), hi = lo + random.int(0...40)
            let word = negated ? "not between" : "between"
            return Fragment(
                jixiao: "(\(v.jixiao) \(word) \(lo) and \(hi))",
                sql: "(\(v.sql) \(word.uppercased()) \(lo) AND \(hi))", kind: .boolean)
        case 7, 8:
            let negated = random.chance(0.4)
            let candidates = columns
            guard !candidates.isEmpty else { return condition(depth: 0) }
            let c = random.pick(candidates)
            return Fragment(
                jixiao: "(\(c.name) is \(negated ? "not " : "")null)",
                sql: "(\(SQLText.identifier(c.name)) IS \(negated ? "NOT " : "")NULL)", kind: .boolean)
        case 9 where !texts.isEmpty:
            let c = text(depth: 1), needle = random.pick(["a", "京", "", "ap", "e", ",", "'", "\"", "市", "A"])
            return Fragment(
                jixiao: "(\(c.jixiao) contains \(JixiaoText.string(needle)))",
                sql: "(instr(\(c.sql), \(SQLText.literal(.string(needle)))) > 0)", kind: .boolean)
        case 10:
            let flags = columns { $0.kind == .boolean }
            guard !flags.isEmpty else { return condition(depth: 0) }
            return reference(random.pick(flags))
        default:
            let l = numeric(depth: 1), r = numeric(depth: 1)
            return Fragment(jixiao: "(\(l.jixiao) >= \(r.jixiao))", sql: "(\(l.sql) >= \(r.sql))", kind: .boolean)
        }
    }

    /// A literal of the same magnitude as typical values, so comparisons split the rows.
    private mutating func literalNear(_ e: Fragment) -> Fragment {
        random.chance(0.5) ? integerLiteral() : doubleLiteral()
    }

    /// Any expression: a number, a text or a condition.
    mutating func anyValue(depth: Int) -> Fragment {
        switch random.int(0...9) {
        case 0...5: return numeric(depth: depth)
        case 6, 7: return text(depth: depth)
        default: return condition(depth: depth)
        }
    }
}
