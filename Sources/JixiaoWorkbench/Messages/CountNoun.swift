/// The nouns counted in messages.
public enum CountNoun: String, Sendable {
    case row, column, warning, file, table, value

    var plural: String { rawValue + "s" }

    var chinese: String {
        switch self {
        case .row: "行"
        case .column: "列"
        case .warning: "条警告"
        case .file: "个文件"
        case .table: "个表"
        case .value: "个值"
        }
    }
}

/// `1,234` for counts in messages.
enum CountGrouping {
    static func grouped(_ n: Int) -> String {
        let digits = String(n.magnitude)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return n < 0 ? "-" + out : out
    }
}
