import Foundation
import JixiaoLanguage
import JixiaoQuery

/// The variables a script sets or reads, for checking `--set NAME=…` against them: a mistyped
/// name would otherwise be ignored, and the script would run on its own default.
enum ScriptVariables {
    /// Names given by `set NAME = …` and every `$NAME` the script mentions.
    static func names(in source: String) -> [String] {
        var names: [String] = []
        if case .success(let statements) = Parser.jixiao.parse(source) {
            for statement in statements {
                if case .setVariable(let name, _) = statement.kind, !names.contains(name.name) {
                    names.append(name.name)
                }
            }
        }
        let scalars = Array(source.unicodeScalars)
        var i = 0
        while i < scalars.count {
            if scalars[i] == "$" {
                var j = i + 1
                while j < scalars.count,
                    scalars[j] == "_" || scalars[j].properties.isAlphabetic
                        || (j > i + 1 && ("0"..."9").contains(scalars[j]))
                { j += 1 }
                let name = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
                if !name.isEmpty, !names.contains(name) { names.append(name) }
                i = j
            } else {
                i += 1
            }
        }
        return names
    }
}

extension Session {
    /// The first `--set` name the script never sets nor reads, as an error naming the script's
    /// variables; nil when every one is the script's.
    public func unknownCommandLineVariable(in source: String) -> String? {
        let known = ScriptVariables.names(in: source)
        for name in commandLineDefaults.keys.sorted() where !known.contains(name) {
            let nearest = Suggest.nearest(name, among: known).map { " (did you mean \"\($0)\"?)" } ?? ""
            let listing =
                known.isEmpty ? "it has none" : "its variables are " + known.map { "$" + $0 }.joined(separator: ", ")
            return "--set \(name): the script has no variable \"\(name)\"\(nearest); \(listing)"
        }
        return nil
    }
}
