/// The code of a project printed before its name (`51092322T000000431595-城乡居民监管工作经费`):
/// a budget system's project number, which follows a project from year to year.
enum ProjectCode {
    /// The code when the name starts with one: at least eight letters and digits, with digits
    /// among them, then a dash.
    static func prefix(of name: String) -> String? {
        let code = name.prefix { $0.isASCII && ($0.isNumber || $0.isLetter) }
        guard code.count >= 8, code.contains(where: \.isNumber), let sep = name.dropFirst(code.count).first,
            "-－—_".contains(sep), name.count > code.count + 1
        else { return nil }
        return String(code)
    }
}
