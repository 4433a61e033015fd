import JixiaoDomain

/// `.check`: the same audit as the `check` statement, for analysts used to dot-commands.
enum CheckCommand {
    static let command = DotCommand(
        name: "check", usage: ".check",
        summary:
            "audit the loaded documents (\(AuditRules.all.count) rules) into the table checks; `check` does the same"
    ) { session, argument, _ in
        guard argument.isEmpty else {
            throw WorkbenchError.usage("`.check` takes no arguments; query its findings with `checks | …`")
        }
        try AuditRunner.run(session)
    }
}
