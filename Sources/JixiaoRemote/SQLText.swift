/// SQL spelling shared by the compiler and the writer.
public enum SQLText {
    /// A double-quoted identifier, inner quotes doubled: any column name is safe.
    public static func quote(_ name: String) -> String {
        "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
