/// `.lang zh|en`: the language of messages, hints, help and summaries.
enum LangCommand {
    static let command = DotCommand(
        name: "lang", usage: ".lang zh|en",
        summary: "messages in Chinese or English (default: from LC_ALL, LC_MESSAGES or LANG)"
    ) { session, argument, _ in
        if !argument.isEmpty {
            guard let language = InterfaceLanguage(argument: argument) else {
                throw WorkbenchError.usage("unknown language \"\(argument)\"; one of: zh, en")
            }
            session.settings.language = language
        }
        session.messages.write(session.text(.languageNow) + "\n")
    }
}
