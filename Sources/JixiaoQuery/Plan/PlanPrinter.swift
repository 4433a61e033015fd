import JixiaoEngine
import JixiaoLanguage

/// The text of `.plan`: one operator per line, indented under the source it reads, like
/// DuckDB's `EXPLAIN` but top-down, in pipeline order.
enum PlanPrinter {
    static func text(_ plan: Plan, indent: String = "") -> String {
        var lines: [String] = []
        switch plan.source {
        case .table(let name, let table):
            lines.append("\(indent)Scan \(name)  (\(table.rowCount) rows)")
        case .plan(let box):
            lines.append("\(indent)Subquery")
            lines.append(text(box.plan, indent: indent + "    ").trimmingSuffixNewline)
        }
        let pruned = plan.pruned
        if !pruned.isEmpty {
            lines.append(
                "\(indent)  reads \(plan.kept.count) of \(plan.sourceColumns.count) columns: "
                    + plan.kept.map { plan.sourceColumns[$0].name }.joined(separator: ", "))
            lines.append("\(indent)  pruned: \(pruned.joined(separator: ", "))")
        }
        for step in plan.steps {
            lines.append("\(indent)\(step.operatorName)")
            for detail in step.details { lines.append("\(indent)  \(detail)") }
            if let right = step.right {
                lines.append("\(indent)  right side:")
                lines.append(text(right, indent: indent + "    ").trimmingSuffixNewline)
            }
            if let output = step.output {
                lines.append("\(indent)  → " + output.map(describe).joined(separator: ", "))
            } else {
                lines.append("\(indent)  → columns from the data: binding resumes on the output")
            }
        }
        for verb in plan.unbound {
            lines.append("\(indent)(bound once the step above has run) \(verb.description)")
        }
        if let keep = plan.keepOutput {
            let columns =
                plan.steps.isEmpty ? plan.kept.map { plan.sourceColumns[$0] } : (plan.steps.last?.output ?? [])
            let names = keep.compactMap { $0 < columns.count ? columns[$0].name : nil }
            lines.append("\(indent)  keeps \(names.joined(separator: ", "))")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `name type`, with its label and meaning when it has them: `budget_total double 项目总额 money 万元`.
    static func describe(_ column: PlanColumn) -> String {
        var parts = [column.name, column.type?.rawValue ?? "null"]
        if let label = column.label { parts.append(label) }
        if let meaning = column.meaning.text { parts.append(meaning) }
        return parts.joined(separator: " ")
    }
}

extension String {
    var trimmingSuffixNewline: String { hasSuffix("\n") ? String(dropLast()) : self }
}
