import JixiaoEngine
import JixiaoLanguage
import JixiaoQuery
import JixiaoText

/// `.help [TOPIC]`: every verb, function, statement and dot-command, or one of them in detail.
enum HelpCommand {
    static let command = DotCommand(
        name: "help", usage: ".help [TOPIC]", summary: "list everything, or explain one verb, function or command"
    ) { session, argument, _ in
        if let rules = ScoringRulesHelp.topic(argument, language: session.settings.language) {
            session.output.write(rules)
            return
        }
        session.output.write(
            argument.isEmpty
                ? overview(session.settings.language)
                : try topic(argument, language: session.settings.language))
    }

    static let statements: [(String, String)] = [
        ("let NAME = PIPELINE", "name a result as a table"),
        ("load \"PATH\" [as NAME] [year=2024] [region=\"…\"]", "load a document, a table file or a folder"),
        ("save PIPELINE to \"FILE\" [as NAME]", "write a result (.csv .tsv .json .jsonl .md .xlsx .sqlite)"),
        ("set NAME = VALUE", "set a variable, used as $NAME"),
        ("assert EXPR [, \"message\"]", "fail the script unless EXPR is true; rows(…) and value(…) help"),
        ("print \"text {$NAME}\"", "print text with values filled in"),
        ("run \"FILE.jx\"", "run another script"),
        (
            "report \"FILE.html\" [title \"…\"]",
            "collect the tables, charts and prints shown after it into one HTML page"
        ),
        ("check", "audit the loaded documents into the table `checks`"),
    ]

    static func overview(_ language: InterfaceLanguage = .english) -> String {
        let zh = language == .chinese
        func section(_ english: String) -> String { zh ? (ChineseHelpText.sections[english] ?? english) : english }
        func name(_ syntax: String) -> String { String(syntax.prefix { $0 != " " && $0 != "(" }) }
        var text =
            (zh ? ChineseHelpText.intro : "Statements are pipelines — a table, then verbs after `|`:")
            + "\n  indicators | where level1 = \"产出指标\" | count level2\n\n\(section("Verbs")):\n"
        for verb in VerbRegistry.all {
            let summary = zh ? (ChineseHelpText.verbs[verb.name] ?? verb.summary) : verb.summary
            text += "  \(verb.usage.padded(44)) \(summary)\n"
        }
        text += "\n\(section("Functions")):\n"
        for f in ScalarFunction.registry.values.sorted(by: { $0.name < $1.name }) {
            text += "  \(zh ? (ChineseHelpText.functions[f.name] ?? f.summary) : f.summary)\n"
        }
        text += "\n\(zh ? section("Aggregates") : "Aggregates (in agg)"):\n"
        for f in AggregateFunction.registry.values.sorted(by: { $0.name < $1.name }) {
            text += "  \(zh ? (ChineseHelpText.aggregates[f.name] ?? f.summary) : f.summary)\n"
        }
        text +=
            "\n\(zh ? section("Window functions") : "Window functions (in derive … per KEY by [-]EXPR; aggregates work there too)"):\n"
        for f in WindowFunctions.all {
            text += "  \(zh ? (ChineseHelpText.windowFunctions[f.name] ?? f.summary) : f.summary)\n"
        }
        text +=
            "\n\(section("Operators")): + - * / %  = != < <= > >= (also == <> ≥ ≤)  and or not  in (…)  between … and …\n"
        text += "           is [not] null  contains \"…\"  matches \"regex\"\n"
        text += "\n\(zh ? section("Statements") : "Other statements"):\n"
        for (syntax, summary) in statements {
            text += "  \(syntax.padded(44)) \(zh ? (ChineseHelpText.statements[name(syntax)] ?? summary) : summary)\n"
        }
        text += "\n\(section("Commands")):\n"
        for c in DotCommandRegistry.all {
            text += "  \(c.usage.padded(44)) \(zh ? (ChineseHelpText.commands[c.name] ?? c.summary) : c.summary)\n"
        }
        text +=
            "\n"
            + (zh ? ChineseHelpText.scoring : "Scoring rules: .help completion, .help status, .help grade, .help audit")
            + "\n"
        text +=
            "\n"
            + (zh
                ? ChineseHelpText.closing
                : ".help TOPIC explains one of these, with an example that runs on the bundled data.") + "\n"
        return text
    }

    static func topic(_ name: String, language: InterfaceLanguage = .english) throws -> String {
        let key = name.hasPrefix(".") ? String(name.dropFirst()) : name
        let zh = language == .chinese
        let example = zh ? "示例：" : "example:"
        if let verb = VerbRegistry.named(key) {
            let summary = zh ? (ChineseHelpText.verbs[verb.name] ?? verb.summary) : verb.summary
            return "\(verb.usage)\n  \(summary)\n\(example)\n  \(verb.example)\n"
        }
        if let f = WindowFunctions.named(key) {
            let summary =
                zh
                ? (ChineseHelpText.windowFunctions[f.name] ?? f.summary) + "（窗口函数，用于 derive … per … by …）"
                : f.summary + "  (a window function, used in derive … per … by …)"
            return "\(summary)\n\(example)\n  \(f.example)\n"
        }
        if let f = ScalarFunction.registry[key] {
            return "\(zh ? (ChineseHelpText.functions[key] ?? f.summary) : f.summary)\n\(example)\n  \(f.example)\n"
        }
        if let f = AggregateFunction.registry[key] {
            let summary =
                zh
                ? (ChineseHelpText.aggregates[key] ?? f.summary) + "（聚合函数，用于 agg）"
                : f.summary + "  (an aggregate, used in agg)"
            return "\(summary)\n\(example)\n  \(f.example)\n"
        }
        if let c = DotCommandRegistry.all.first(where: { $0.name == key }) {
            return "\(c.usage)\n  \(zh ? (ChineseHelpText.commands[c.name] ?? c.summary) : c.summary)\n"
        }
        if let s = statements.first(where: { $0.0.hasPrefix(key + " ") }) {
            return "\(s.0)\n  \(zh ? (ChineseHelpText.statements[key] ?? s.1) : s.1)\n"
        }
        let known =
            VerbRegistry.all.map { $0.name } + WindowFunctions.all.map(\.name) + ScalarFunction.registry.keys
            + AggregateFunction.registry.keys
            + DotCommandRegistry.all.map(\.name) + statements.map { String($0.0.prefix { $0 != " " }) }
        let hint =
            Suggest.nearest(key, among: known).map { " — did you mean \"\($0)\"?" } ?? " (.help lists every topic)"
        throw WorkbenchError.usage("no help for \"\(name)\"" + hint)
    }
}

extension String {
    /// The text padded to `width` terminal cells, or followed by one space when it is wider.
    func padded(_ width: Int) -> String {
        TerminalWidth.cells(of: self) >= width ? self + " " : TerminalWidth.pad(self, toCells: width)
    }
}
