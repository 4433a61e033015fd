import JixiaoEngine
import JixiaoLanguage
import JixiaoQuery
import Testing

@testable import JixiaoWorkbench

/// The one catalogue of messages: both texts for each, the locale rules, Chinese diagnostics.
@Suite struct MessageCatalogTests {
    @Test func everyMessageHasAChineseTextMentioningTheSameHoles() {
        for key in MessageKey.allCases {
            let template = key.template
            #expect(!template.english.isEmpty, "\(key) has no English text")
            #expect(!template.chinese.isEmpty, "\(key) has no Chinese text")
            #expect(MessageTemplate.holes(template.english) == MessageTemplate.holes(template.chinese), "\(key)")
        }
    }

    @Test func lcAllWinsOverLcMessagesWhichWinsOverLang() {
        #expect(InterfaceLanguage.from(environment: ["LANG": "zh_CN.UTF-8"]) == .chinese)
        #expect(InterfaceLanguage.from(environment: ["LANG": "zh_CN.UTF-8", "LC_ALL": "C.UTF-8"]) == .english)
        #expect(InterfaceLanguage.from(environment: ["LANG": "en_US.UTF-8", "LC_MESSAGES": "zh_TW.UTF-8"]) == .chinese)
        #expect(InterfaceLanguage.from(environment: ["LANG": "", "LC_ALL": ""]) == .english)
        #expect(InterfaceLanguage.from(environment: [:]) == .english)
    }

    @Test func anEnglishMessageOfTheLanguageLayerIsPutIntoChineseWithItsNames() {
        let catalog = MessageCatalog(language: .chinese)
        #expect(catalog.translate("unknown column \"departmnet\"") == "未知的列 \"departmnet\"")
        #expect(catalog.translate("did you mean \"department\"?") == "是不是 \"department\"？")
        #expect(catalog.translate("cannot compare text with an integer") == "无法比较文本与整数")
        #expect(catalog.translate("something not in the catalogue") == "something not in the catalogue")
        #expect(MessageCatalog(language: .english).translate("unknown column \"x\"") == "unknown column \"x\"")
    }

    @Test func anUnknownColumnIsReportedInChineseUnderLangZh() {
        let (session, _, messages) = bundledSession()
        #expect(session.run(".lang zh") == .success)
        messages.clear()
        #expect(session.run("indicators | where departmnet = \"x\"", file: nil) == .failed)
        #expect(messages.text.contains("错误: 未知的列 \"departmnet\""), "\(messages.text)")
        #expect(messages.text.contains("是不是 \"department\"？"))
    }

    @Test func aVeryLongLineIsShownAsAWindowAroundTheCaret() {
        let (session, _, messages) = bundledSession()
        let padding = String(repeating: "x", count: 12_000)
        #expect(session.run("indicators | where name = \"\(padding)\" and departmnet = 1") == .failed)
        let lines = messages.text.split(separator: "\n")
        #expect(lines.count >= 3)
        #expect(lines.allSatisfy { $0.count < 200 }, "\(messages.text.prefix(400))")
        #expect(messages.text.contains("1:12034: error: unknown column \"departmnet\""))
        #expect(messages.text.contains("…"))
    }
}

/// The scoring rules a user relies on, explained by `.help` in both languages.
@Suite struct ScoringRulesHelpTests {
    @Test func helpCompletionExplainsTheRuleInEnglishAndInChinese() {
        let (session, output, _) = bundledSession()
        #expect(session.run(".help completion") == .success)
        #expect(output.text.contains("actual ÷ target × 100"))
        output.clear()
        session.settings.language = .chinese
        #expect(session.run(".help grade") == .success)
        #expect(output.text.contains("优 ≥ 90"))
        for topic in ScoringRulesHelp.topics {
            #expect(!topic.english.isEmpty && !topic.chinese.isEmpty)
        }
    }

    @Test func aTrueFalseColumnComparedWithTextIsToldHowToTestIt() {
        let (session, _, messages) = bundledSession()
        #expect(session.run("indicators | where met = \"true\"") == .failed)
        #expect(messages.text.contains("(`met = true`)"))
    }
}

/// The audit's texts follow the interface's language; its rule names stay for queries.
@Suite struct ChineseAuditTests {
    @Test func findingsAndTheSummaryAreInChineseUnderLangZh() {
        let (session, _, messages) = bundledSession()
        session.settings.language = .chinese
        session.settings.format = .csv
        #expect(session.run("check") == .success)
        #expect(messages.text.contains("10 条发现，涉及 1 个文档"))
        let checks = session.catalog["checks"]
        let expected = (0..<(checks?.rowCount ?? 0)).compactMap { checks?.column(named: "expected")?.string(at: $0) }
        #expect(expected.contains("不超过目标的 120%"))
        #expect(expected.contains("项目只应出现一次"))
        #expect(!expected.contains("a project printed once"))
        #expect(session.run("checks | where rule = \"duplicate_project\"") == .success)
    }
}

/// `.help` in Chinese: every verb, function, aggregate, statement and command has its text.
@Suite struct ChineseHelpTests {
    @Test func everyHelpEntryHasAChineseSummary() {
        for verb in VerbRegistry.all { #expect(ChineseHelpText.verbs[verb.name] != nil, "verb \(verb.name)") }
        for f in WindowFunctions.all {
            #expect(ChineseHelpText.windowFunctions[f.name] != nil, "window function \(f.name)")
        }
        for name in ScalarFunction.registry.keys { #expect(ChineseHelpText.functions[name] != nil, "function \(name)") }
        for name in AggregateFunction.registry.keys {
            #expect(ChineseHelpText.aggregates[name] != nil, "aggregate \(name)")
        }
        for command in DotCommandRegistry.all {
            #expect(ChineseHelpText.commands[command.name] != nil, "command \(command.name)")
        }
        for (syntax, _) in HelpCommand.statements {
            let word = String(syntax.prefix { $0 != " " })
            #expect(ChineseHelpText.statements[word] != nil, "statement \(word)")
        }
        let overview = HelpCommand.overview(.chinese)
        #expect(overview.contains("动词:"))
        #expect(overview.contains("审计已加载的文档"))
    }
}
