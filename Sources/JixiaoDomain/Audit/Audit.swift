import JixiaoEngine

/// The audit of SPEC §8: every rule of `AuditRules.all` over the loaded projects and indicators,
/// findings in document order, as records or as the `checks` table.
public enum Audit {
    public static func findings(_ data: AuditData, rules: [AuditRule] = AuditRules.all) -> [AuditFinding] {
        let order = Dictionary(rules.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let all = rules.flatMap { $0.findings(data) }
        // Stable order for reading and for tests: by document, then by place in it, then by rule.
        return all.enumerated().sorted { a, b in
            let x = a.element, y = b.element
            if x.source != y.source { return (x.source ?? "\u{10FFFF}") < (y.source ?? "\u{10FFFF}") }
            if x.line != y.line { return (x.line ?? Int.max) < (y.line ?? Int.max) }
            let rx = order[x.rule] ?? Int.max, ry = order[y.rule] ?? Int.max
            return rx != ry ? rx < ry : a.offset < b.offset
        }.map(\.element)
    }

    /// Runs the audit over tables, the way the `check` statement does.
    public static func findings(projects: Table, indicators: Table) -> [AuditFinding] {
        findings(AuditTableReader.data(projects: projects, indicators: indicators))
    }

    /// The `checks` table.
    public static func table(_ findings: [AuditFinding]) -> Table {
        RecordTable.build(findings, schema: CheckSchema.columns)
    }

    /// `N findings in M documents (K checked)`, the line `check` ends with.
    public static func summary(_ findings: [AuditFinding], documentsChecked: Int) -> String {
        let documents = Set(findings.compactMap(\.source)).count
        let n = findings.count
        return
            "\(n) finding\(n == 1 ? "" : "s") in \(documents) document\(documents == 1 ? "" : "s") (\(documentsChecked) checked)"
    }
}

/// The columns of the `checks` table, each answering to a Chinese label as the data tables do.
public enum CheckSchema {
    public static let columns: [RecordColumn<AuditFinding>] = [
        .string("source", ["document", "来源", "文档"]) { $0.source },
        .integer("project_id", ["项目编号"]) { $0.projectID },
        .string("project", ["项目名称"]) { $0.project },
        .integer("indicator_id", ["指标编号"]) { $0.indicatorID },
        .string("indicator", ["三级指标"]) { $0.indicator },
        .string("rule", ["规则"]) { $0.rule },
        .string("found", ["发现"]) { $0.found },
        .string("expected", ["应为"]) { $0.expected },
        .double("difference", ["差额"]) { $0.difference },
        .integer("line", ["行号"]) { $0.line },
    ]
}
