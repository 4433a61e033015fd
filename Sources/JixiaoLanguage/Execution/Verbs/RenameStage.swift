import JixiaoEngine

/// `rename NEW = OLD, …`.
enum RenameStage {
    static let help = VerbHelp(
        grammar: .rename,
        example: "projects | select name, budget_total | rename 项目 = name, 预算 = budget_total")

    static func apply(_ items: [Rename], to table: Table, runner: PipelineRunner) throws -> Table {
        var output = table
        for item in items {
            let i = try runner.scope(output).resolve(item.oldName)
            if let clash = output.fields.firstIndex(where: { $0.name == item.newName.name }), clash != i {
                throw Diagnostic("there is already a column \"\(item.newName.name)\"", at: item.newName.span,
                                 suggestion: "drop it first with `select -\(item.newName.name)`")
            }
            output.rename(at: i, to: item.newName.name)
        }
        return output
    }
}
