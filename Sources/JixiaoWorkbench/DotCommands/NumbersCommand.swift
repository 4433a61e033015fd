import JixiaoRender

/// `.numbers`: how the terminal table shows numbers (display only; csv, json and sqlite keep
/// every digit).
enum NumbersCommand {
    static let command = DotCommand(
        name: "numbers", usage: ".numbers [default|raw|N] [separators on|off] [units on|off]",
        summary: "how tables show numbers: N decimal places, separators, units; raw as stored"
    ) { session, argument, _ in
        var style = session.settings.numbers
        var words = argument.split(separator: " ").map { $0.lowercased() }
        while let word = words.first {
            words.removeFirst()
            switch word {
            case "default", "analyst": style = .analyst
            case "raw", "full", "plain": style = .plain
            case "separators", "grouping", "units":
                guard let flag = words.first, flag == "on" || flag == "off" else {
                    throw WorkbenchError.usage("`\(word)` needs on or off")
                }
                words.removeFirst()
                style.raw = false
                if word == "units" { style.units = flag == "on" } else { style.grouping = flag == "on" }
            default:
                guard let places = Int(word), (0...12).contains(places) else {
                    throw WorkbenchError.usage(
                        "expected default, raw, a number of decimal places (0–12), separators or units")
                }
                style.raw = false
                style.decimals = places
            }
        }
        session.settings.numbers = style
        session.messages.write(session.text(.numbersNow, style.summary) + "\n")
    }
}
