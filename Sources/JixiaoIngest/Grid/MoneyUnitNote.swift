/// The unit note printed above a table (`金额单位：元`, `单位：万元`): the unit its amounts are in.
enum MoneyUnitNote {
    /// The money unit a note names, nil when the text is no unit note.
    static func unit(in text: String) -> String? {
        let key = HeaderField.key(text)
        for prefix in ["金额单位:", "单位:", "资金单位:"] where key.hasPrefix(prefix) {
            let unit = String(key.dropFirst(prefix.count))
            if ["元", "万元", "亿元", "千元"].contains(unit) { return unit }
        }
        return nil
    }
}
