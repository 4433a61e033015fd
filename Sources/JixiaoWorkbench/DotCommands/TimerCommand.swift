/// `.timer on|off`: print each statement's run time.
enum TimerCommand {
    static let command = DotCommand(
        name: "timer", usage: ".timer on|off", summary: "show how long each statement takes"
    ) { session, argument, _ in
        switch argument.lowercased() {
        case "on", "1", "true": session.settings.timer = true
        case "off", "0", "false": session.settings.timer = false
        default: throw WorkbenchError.usage("expected on or off")
        }
    }
}
