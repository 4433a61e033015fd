import JixiaoEngine

/// `join [left] TABLE on COL, … | EXPR`: pair rows with equal keys. On columns of the same name
/// the key appears once; other clashing right-hand columns are renamed `TABLE.column`.
enum JoinStage {
    static let help = VerbHelp(
        grammar: .join,
        example: "indicators | join projects on project_id | select name, projects.name, budget_total | take 5")

    static func apply(_ kind: JoinKind, _ source: PipelineSource, _ condition: JoinCondition, to left: Table,
                      runner: PipelineRunner, span: SourceSpan) throws -> Table {
        let right = runner.pruned(try runner.table(for: source))
        let rightName = tableName(source)
        var leftKeys: [Int] = [], rightKeys: [Int] = []
        var sharedKeyNames = Set<String>()
        switch condition {
        case .columns(let references):
            for reference in references {
                leftKeys.append(try runner.scope(left).resolve(reference))
                rightKeys.append(try runner.scope(right).resolve(reference))
                sharedKeyNames.insert(right.fields[rightKeys.last ?? 0].name)
            }
        case .expression(let e):
            for (a, b) in try equalities(e) {
                if let l = try? runner.scope(left).resolve(a), let r = try? runner.scope(right).resolve(b) {
                    leftKeys.append(l); rightKeys.append(r)
                } else if let l = try? runner.scope(left).resolve(b), let r = try? runner.scope(right).resolve(a) {
                    leftKeys.append(l); rightKeys.append(r)
                } else {
                    _ = try runner.scope(left).resolve(a)
                    _ = try runner.scope(right).resolve(b)
                }
            }
        }
        for (l, r) in zip(leftKeys, rightKeys) {
            let lt = left.columns[l].type, rt = right.columns[r].type
            if lt != rt && !(lt.isNumeric && rt.isNumeric) {
                throw Diagnostic("cannot join \(lt.noun) key with \(rt.noun) key", at: span)
            }
        }
        let pairs = try runner.execute(at: span) {
            try HashJoin(kind: kind == .left ? .left : .inner).pairs(
                leftKeys: leftKeys.map { left.columns[$0] }, rightKeys: rightKeys.map { right.columns[$0] },
                leftCount: left.rowCount, rightCount: right.rowCount, context: runner.context)
        }
        var fields = left.fields
        var columns = pairs.left.map { rows in left.columns.map { $0.gather(rows) } } ?? left.columns
        let skipped = Set(rightKeys.filter { sharedKeyNames.contains(right.fields[$0].name) })
        for (i, field) in right.fields.enumerated() where !skipped.contains(i) {
            var out = field
            if fields.contains(where: { $0.name == field.name }) {
                out = Field("\(rightName).\(field.name)")
                // Renamed, it can only be reached by its new name: not gathered when no later
                // stage says it (the left side's namesake is what `department` means).
                if let usable = runner.usableNames, !usable.contains(out.name) { continue }
            }
            fields.append(out)
            columns.append(right.columns[i].gatherAllowingNulls(pairs.right))
        }
        // A right column's alias must not shadow a left column's name.
        let leftNames = Set(left.fields.map(\.name))
        for i in left.fields.count..<fields.count { fields[i].aliases.removeAll { leftNames.contains($0) } }
        return Table(fields: fields, columns: columns, rowCount: pairs.count)
    }

    /// `a = b and c = d` as column pairs; anything else is not a join condition we can hash.
    private static func equalities(_ e: Expression) throws -> [(ColumnReference, ColumnReference)] {
        switch e.kind {
        case .binary(.and, let l, let r): return try equalities(l) + equalities(r)
        case .binary(.equal, let l, let r):
            if let a = l.columnReference, let b = r.columnReference { return [(a, b)] }
        default: break
        }
        throw Diagnostic("`join … on` needs columns or equalities between a left and a right column (a = b and …)",
                         at: e.span)
    }

    static func tableName(_ source: PipelineSource) -> String {
        switch source {
        case .table(let name): return name.name
        case .pipeline(let pipeline): return tableName(pipeline.source)
        }
    }
}
