import JixiaoEngine
import JixiaoLanguage
import JixiaoQuery
import JixiaoText

/// `.help [TOPIC]`: every verb, function, statement and dot-command, or one of them in detail.
enum HelpCommand {
    static let command = DotCommand(name: "help", usage: ".help [TOPIC]", summary: "list everything, or explain one verb, function or command") { session, argument, _ in
        session.output.write(argument.isEmpty ? overview() : try topic(argument))
    }

    static let statements: [(String, String)] = [
        ("let NAME = PIPELINE", "name a result as a table"),
        ("load \"PATH\" [as NAME] [year=2024] [region=\"…\"]", "load a document, a table file or a folder"),
        ("save PIPELINE to \"FILE\" [as NAME]", "write a result (.csv .tsv .json .jsonl .md .xlsx .sqlite)"),
        ("set NAME = VALUE", "set a variable, used as $NAME"),
        ("assert EXPR [, \"message\"]", "fail the script unless EXPR is true; rows(…) and value(…) help"),
        ("print \"text {$NAME}\"", "print text with values filled in"),
        ("run \"FILE.jx\"", "run another script"),
        ("check", "audit the loaded documents into the table `checks`"),
    ]

    static func overview() -> String {
        var text = "Statements are pipelines — a table, then verbs after `|`:\n  indicators | where level1 = \"产出指标\" | count level2\n\nVerbs:\n"
        for verb in VerbRegistry.all { text += "  \(verb.usage.padded(44)) \(verb.summary)\n" }
        text += "\nFunctions:\n"
        for f in ScalarFunction.registry.values.sorted(by: { $0.name < $1.name }) { text += "  \(f.summary)\n" }
        text += "\nAggregates (in agg):\n"
        for f in AggregateFunction.registry.values.sorted(by: { $0.name < $1.name }) { text += "  \(f.summary)\n" }
        text += "\nWindow functions (in derive … per KEY by [-]EXPR; aggregates work there too):\n"
        for f in WindowFunctions.all { text += "  \(f.summary)\n" }
        text += "\nOperators: + - * / %  = != < <= > >= (also == <> ≥ ≤)  and or not  in (…)  between … and …\n"
        text += "           is [not] null  contains \"…\"  matches \"regex\"\n"
        text += "\nOther statements:\n"
        for (syntax, summary) in statements { text += "  \(syntax.padded(44)) \(summary)\n" }
        text += "\nCommands:\n"
        for c in DotCommandRegistry.all { text += "  \(c.usage.padded(44)) \(c.summary)\n" }
        text += "\n.help TOPIC explains one of these, with an example that runs on the bundled data.\n"
        return text
    }

    static func topic(_ name: String) throws -> String {
        let key = name.hasPrefix(".") ? String(name.dropFirst()) : name
        if let verb = VerbRegistry.named(key) {
            return "\(verb.usage)\n  \(verb.summary)\nexample:\n  \(verb.example)\n"
        }
        if let f = WindowFunctions.named(key) {
            return "\(f.summary)  (a window function, used in derive … per … by …)\nexample:\n  \(f.example)\n"
        }
        if let f = ScalarFunction.registry[key] {
            return "\(f.summary)\nexample:\n  \(f.example)\n"
        }
        if let f = AggregateFunction.registry[key] {
            return "\(f.summary)  (an aggregate, used in agg)\nexample:\n  \(f.example)\n"
        }
        if let c = DotCommandRegistry.all.first(where: { $0.name == key }) {
            return "\(c.usage)\n  \(c.summary)\n"
        }
        if let s = statements.first(where: { $0.0.hasPrefix(key + " ") }) {
            return "\(s.0)\n  \(s.1)\n"
        }
        let known = VerbRegistry.all.map { $0.name } + WindowFunctions.all.map(\.name) + ScalarFunction.registry.keys + AggregateFunction.registry.keys
            + DotCommandRegistry.all.map(\.name) + statements.map { String($0.0.prefix { $0 != " " }) }
        let hint = Suggest.nearest(key, among: known).map { " — did you mean \"\($0)\"?" } ?? " (.help lists every topic)"
        throw WorkbenchError.usage("no help for \"\(name)\"" + hint)
    }
}

extension String {
    /// The text padded to `width` terminal cells, or followed by one space when it is wider.
    func padded(_ width: Int) -> String {
        TerminalWidth.cells(of: self) >= width ? self + " " : TerminalWidth.pad(self, toCells: width)
    }
}
