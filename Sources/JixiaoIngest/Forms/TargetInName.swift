/// A target written into an indicator's name (`年度资金支付完成率100%`, `结余率≤5%`), which some
/// forms print instead of a 指标值 cell.
enum TargetInName {
    /// The name and the target at its end; nil when the name does not end in a value.
    static func split(_ name: String) -> (name: String, target: String)? {
        let chars = Array(name)
        guard let run = WordSplitter.numberRuns(chars).last, run.1 == chars.count, run.0 > 1 else { return nil }
        let target = String(chars[run.0...])
        // A bare number (`项目数量2`) is too weak a sign; a percent, a unit or an operator says it.
        guard target.contains(where: { !($0.isASCII && ($0.isNumber || $0 == ".")) }) else { return nil }
        let rest = String(chars[..<run.0]).trimmingSpaces
        guard rest.count >= 2 else { return nil }
        return (rest, target)
    }
}
