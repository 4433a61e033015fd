/// One CSV field as written: its text and whether it was quoted, because jixiao writes a null as
/// an empty field and an empty string as `""`, and tests must tell the two apart.
struct CSVField: Equatable {
    var text: String
    var quoted: Bool

    /// The field's value when it is not null.
    var nonNull: String? { text.isEmpty && !quoted ? nil : text }
}

/// Splits CSV text (RFC 4180: `"` quotes a field, `""` inside quotes is a quote) into records.
enum CSVLine {
    static func records(_ text: String) -> [[CSVField]] {
        var records: [[CSVField]] = []
        var fields: [CSVField] = []
        var field = ""
        var quoted = false
        var inQuotes = false
        var characters = Array(text.unicodeScalars)[...]
        var atRecordStart = true
        while let c = characters.popFirst() {
            atRecordStart = false
            if inQuotes {
                if c == "\"" {
                    if characters.first == "\"" {
                        characters.removeFirst(); field.unicodeScalars.append(c)
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"": inQuotes = true; quoted = true
            case ",": fields.append(CSVField(text: field, quoted: quoted)); field = ""; quoted = false
            case "\n":
                fields.append(CSVField(text: field, quoted: quoted)); field = ""; quoted = false
                records.append(fields); fields = []
                atRecordStart = true
            default: field.unicodeScalars.append(c)
            }
        }
        if !atRecordStart { fields.append(CSVField(text: field, quoted: quoted)); records.append(fields) }
        return records
    }
}
