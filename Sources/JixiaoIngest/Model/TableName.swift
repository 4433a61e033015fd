/// The table name a data file gets when `load` is not told one: the file's stem made into a name
/// the query language accepts without backquotes, so that the analyst can type it at once
/// (`预算-明细.csv` → `预算_明细`; `2024 预算.csv` → `t_2024_预算`, as a name cannot start with a digit).
public enum TableName {
    /// The words the language reserves (JixiaoLanguage's `Keyword`), which a table name must avoid.
    static let reserved: Set<String> = [
        "and", "or", "not", "in", "between", "is", "null", "true", "false", "contains", "matches",
    ]

    public static func fromFile(_ fileName: String) -> String {
        var stem = Substring(fileName)
        if let dot = stem.lastIndex(of: "."), dot > stem.startIndex { stem = stem[..<dot] }
        return sanitised(stem)
    }

    /// Any text made into a name the language accepts: runs of other characters become `_`.
    public static func sanitised(_ stem: Substring) -> String {
        var name = ""
        var pendingUnderscore = false
        for ch in stem {
            if ch == "_" || ch.isLetter || ch.isNumber {
                if pendingUnderscore, !name.isEmpty { name.append("_") }
                pendingUnderscore = false
                name.append(ch)
            } else {
                pendingUnderscore = true
            }
        }
        if name.isEmpty { return "data" }
        if let first = name.first, !(first == "_" || first.isLetter) { name = "t_" + name }
        if reserved.contains(name.lowercased()) { name += "_" }
        return name
    }
}
