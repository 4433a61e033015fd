/// Takes passwords out of connection strings before they are printed, stored or thrown.
public enum Redaction {
    /// `postgresql://u:secret@h/db` → `postgresql://u:***@h/db`; `password=secret` → `password=***`.
    public static func redact(_ text: String) -> String {
        var result = text
        if let scheme = result.range(of: "://") {
            let rest = result[scheme.upperBound...]
            if let at = rest.firstIndex(of: "@"), let colon = rest[..<at].firstIndex(of: ":") {
                result.replaceSubrange(result.index(after: colon)..<at, with: "***")
            }
        }
        for key in ["password=", "password ="] {
            var search = result.startIndex
            while let found = result.range(of: key, options: .caseInsensitive, range: search..<result.endIndex) {
                let valueEnd =
                    result[found.upperBound...].firstIndex(where: { $0 == " " || $0 == "&" }) ?? result.endIndex
                result.replaceSubrange(found.upperBound..<valueEnd, with: "***")
                search = result.index(found.upperBound, offsetBy: 3, limitedBy: result.endIndex) ?? result.endIndex
            }
        }
        return result
    }
}
