import JixiaoEngine
import JixiaoLanguage

/// `join [inner|left|right|full|semi|anti] TABLE on COL, … | EXPR`: pair rows with equal keys.
/// On columns of the same name the key appears once (coalesced from both sides in a right or
/// full join); other clashing right-hand columns are renamed `TABLE.column`. `semi` and `anti`
/// keep the left rows that have a match, or have none, each once, with the left columns only.
public struct JoinVerb: VerbClause {
    public static let name = "join"
    public static let usage = "join [inner|left|right|full|semi|anti] TABLE on COL | EXPR"
    public static let summary = "join rows with equal keys; clashing right-hand columns become TABLE.column"
    public static let example =
        "indicators | join projects on project_id | select name, projects.name, budget_total | take 5"

    public enum Kind: String, Sendable, Hashable {
        /// Rows with a match on both sides (the default).
        case inner
        /// Every left row; right columns null where nothing matches.
        case left
        /// Every right row; left columns null where nothing matches.
        case right
        /// Every row of both sides, matched where they match.
        case full
        /// The left rows with a match, each once; the left columns only.
        case semi
        /// The left rows without a match; the left columns only.
        case anti
    }

    /// How rows match.
    public enum Condition: Sendable, Hashable {
        /// `on project_id` or `on project_id, year`: equal values in columns of that name on both sides.
        case columns([ColumnReference])
        /// `on project_id = pid` or any other condition.
        case expression(Expression)
    }

    public var kind: Kind
    public var source: PipelineSource
    public var condition: Condition

    /// A kind word is a modifier only when a table follows it, so a table called `left` can
    /// still be joined.
    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> JoinVerb {
        var kind = Kind.inner
        if case .identifier(let word) = parser.current.kind, let modifier = Kind(rawValue: word.lowercased()),
            parser.peek(1).isSymbol(.leftParen) || (!parser.peek(1).isWord("on") && parser.isName(parser.peek(1)))
        {
            parser.advance()
            kind = modifier
        }
        let source = try parser.parseSource("the table to join")
        try parser.expectWord("on", example: "join projects on project_id")
        let conditions = try parser.parseList { (parser: inout SyntaxParser) throws(Diagnostic) in
            try parser.parseArgument()
        }
        let columns = conditions.compactMap(\.columnReference)
        if columns.count == conditions.count {
            return JoinVerb(kind: kind, source: source, condition: .columns(columns))
        }
        guard conditions.count == 1, let condition = conditions.first else {
            throw Diagnostic(
                "expected column names or one condition after `on`",
                at: conditions.dropFirst().first?.span ?? parser.here,
                suggestion: "combine conditions with `and`")
        }
        return JoinVerb(kind: kind, source: source, condition: .expression(condition))
    }

    public var printedArguments: [String] {
        let on: String
        switch condition {
        case .columns(let columns): on = SyntaxDump.list(columns.map(SyntaxDump.column))
        case .expression(let value): on = SyntaxDump.expression(value)
        }
        return [kind.rawValue, SyntaxDump.source(source), "on=\(on)"]
    }

    public func bind(_ left: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        let rightPlan = try context.plan(source)
        guard let right = rightPlan.output else {
            throw Diagnostic("the right side of a join must have known columns", at: source.span)
        }
        let span = context.verb.span
        var leftKeys: [Int] = [], rightKeys: [Int] = []
        var sharedKeyNames = Set<String>()
        switch condition {
        case .columns(let references):
            for reference in references {
                leftKeys.append(try context.resolve(reference, in: left))
                let r = try context.resolve(reference, in: right)
                rightKeys.append(r)
                sharedKeyNames.insert(right[r].name)
            }
        case .expression(let e):
            for (a, b) in try Self.equalities(e) {
                if let l = try? context.resolve(a, in: left), let r = try? context.resolve(b, in: right) {
                    leftKeys.append(l); rightKeys.append(r)
                } else if let l = try? context.resolve(b, in: left), let r = try? context.resolve(a, in: right) {
                    leftKeys.append(l); rightKeys.append(r)
                } else {
                    _ = try context.resolve(a, in: left)
                    _ = try context.resolve(b, in: right)
                }
            }
        }
        for (l, r) in zip(leftKeys, rightKeys) {
            if let lt = left[l].type, let rt = right[r].type, lt != rt && !(lt.isNumeric && rt.isNumeric) {
                throw Diagnostic("cannot join \(lt.noun) key with \(rt.noun) key", at: span)
            }
        }
        let kind = self.kind
        if kind == .semi || kind == .anti {
            return filterStep(left, leftKeys: leftKeys, rightKeys: rightKeys, rightPlan: rightPlan, span: span)
        }
        let rightName = Self.tableName(source)
        var output = left
        var lineage = PlanStep.passing(left.count)
        var rightColumns: [Int] = []
        let skipped = Set(rightKeys.filter { sharedKeyNames.contains(right[$0].name) })
        // In a right or full join a shared key comes from whichever side has the row.
        var coalesced: [(left: Int, right: Int)] = []
        if kind == .right || kind == .full {
            for (l, r) in zip(leftKeys, rightKeys)
            where skipped.contains(r) && !coalesced.contains(where: { $0.left == l }) {
                coalesced.append((l, r))
                if let lt = left[l].type, let rt = right[r].type { output[l].type = DataType.widened(lt, rt) }
                lineage[l] = .computed
            }
        }
        for (i, column) in right.enumerated() where !skipped.contains(i) {
            var out = column
            if output.contains(where: { $0.name == column.name }) {
                out.field = Field("\(rightName).\(column.name)")
            }
            output.append(out)
            lineage.append(.right(i))
            rightColumns.append(i)
        }
        // A right column's alias must not shadow a left column's name.
        let leftNames = Set(left.map(\.name))
        for i in left.count..<output.count { output[i].field.aliases.removeAll { leftNames.contains($0) } }
        let fields = output.map(\.field)
        let details = [
            "\(kind.rawValue) join on "
                + zip(leftKeys, rightKeys).map { "\(left[$0].name) = \(right[$1].name)" }
                .joined(separator: ", ")
        ]
        let coalesce = ScalarFunction.registry["coalesce"]
        return PlanStep(
            "HashJoin", details: details, output: output, reads: Set(leftKeys), lineage: lineage, span: span,
            right: rightPlan, rightReads: Set(rightKeys)
        ) { input in
            let leftTable = input.table
            guard let rightTable = input.right else {
                throw EngineError.invalidArgument("the join's right side did not run")
            }
            let leftKeyColumns = leftKeys.map { leftTable.columns[$0] },
                rightKeyColumns = rightKeys.map { rightTable.columns[$0] }
            var columns: [Column]
            let rightRows: Selection
            switch kind {
            case .inner, .left, .semi, .anti:
                let pairs = try HashJoin(kind: kind == .left ? .left : .inner).pairs(
                    leftKeys: leftKeyColumns, rightKeys: rightKeyColumns,
                    leftCount: leftTable.rowCount, rightCount: rightTable.rowCount, context: input.context)
                columns = pairs.left.map { rows in leftTable.columns.map { $0.gather(rows) } } ?? leftTable.columns
                rightRows = pairs.right
            case .right, .full:
                let pairs =
                    kind == .right
                    ? try JoinMatching.right(
                        leftKeys: leftKeyColumns, rightKeys: rightKeyColumns, leftCount: leftTable.rowCount,
                        rightCount: rightTable.rowCount, context: input.context)
                    : try JoinMatching.full(
                        leftKeys: leftKeyColumns, rightKeys: rightKeyColumns, leftCount: leftTable.rowCount,
                        rightCount: rightTable.rowCount, context: input.context)
                columns = leftTable.columns.map { $0.gatherAllowingNulls(pairs.left) }
                rightRows = pairs.right
                if let coalesce {
                    for (l, r) in coalesced {
                        let both = Table([
                            ("l", columns[l]), ("r", rightTable.columns[r].gatherAllowingNulls(rightRows)),
                        ])
                        columns[l] = try ExpressionEvaluator(table: both, context: input.context)
                            .evaluate(.call(coalesce, [.column(0), .column(1)]))
                    }
                }
            }
            for i in rightColumns { columns.append(rightTable.columns[i].gatherAllowingNulls(rightRows)) }
            return Table(fields: fields, columns: columns, rowCount: rightRows.count)
        }
    }

    /// `semi` and `anti`: the left rows with (or without) a match, each once.
    private func filterStep(
        _ left: [PlanColumn], leftKeys: [Int], rightKeys: [Int], rightPlan: Plan,
        span: SourceSpan
    ) -> PlanStep {
        let keepingMatched = kind == .semi
        let details = ["\(kind.rawValue) join: the left rows \(keepingMatched ? "with" : "without") a match, each once"]
        return PlanStep(
            "HashJoin (\(kind.rawValue))", details: details, output: left, reads: Set(leftKeys),
            lineage: PlanStep.passing(left.count), span: span, right: rightPlan, rightReads: Set(rightKeys)
        ) { input in
            let leftTable = input.table
            guard let rightTable = input.right else {
                throw EngineError.invalidArgument("the join's right side did not run")
            }
            let rows = try JoinMatching.filter(
                keepingMatched: keepingMatched, leftKeys: leftKeys.map { leftTable.columns[$0] },
                rightKeys: rightKeys.map { rightTable.columns[$0] }, leftCount: leftTable.rowCount,
                rightCount: rightTable.rowCount, context: input.context)
            return leftTable.gather(rows)
        }
    }

    /// `a = b and c = d` as column pairs; anything else is not a join condition we can hash.
    private static func equalities(_ e: Expression) throws -> [(ColumnReference, ColumnReference)] {
        switch e.kind {
        case .binary(.and, let l, let r): return try equalities(l) + equalities(r)
        case .binary(.equal, let l, let r):
            if let a = l.columnReference, let b = r.columnReference { return [(a, b)] }
        default: break
        }
        throw Diagnostic(
            "`join … on` needs columns or equalities between a left and a right column (a = b and …)",
            at: e.span)
    }

    static func tableName(_ source: PipelineSource) -> String {
        switch source {
        // `pg.projects` (an attached database's table) prefixes as `projects` (CLARIFICATIONS).
        case .table(let name): return name.name.split(separator: ".").last.map(String.init) ?? name.name
        case .pipeline(let pipeline): return tableName(pipeline.source)
        }
    }
}
