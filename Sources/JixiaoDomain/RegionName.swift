import JixiaoEngine

/// Reads the administrative region out of an organisation's name: `遂宁市医疗保障局` → `遂宁市`,
/// `六安市金安区财政局` → `六安市金安区`, `宁夏回族自治区医疗保障局` → `宁夏回族自治区`.
///
/// Walks province → prefecture → county, each a name of two to eight characters ending in its
/// level's suffix; a suffix right at the start (`市医保局`) or after a word that names an
/// organisation (`…局`, `…中心`) does not count.
public enum RegionName {
    static let levels: [[String]] = [["自治区", "省"], ["市", "州", "盟", "地区"], ["区", "县", "旗", "市"]]
    static let organisationWords = [
        "局", "院", "会", "中心", "部", "厅", "委", "办", "所", "站", "队", "校", "医疗", "保障", "社区", "自治",
    ]

    public static func infer(from text: String) -> String? {
        let name = CellText.splitCode(text).name
        var rest = Substring(name)
        var found = ""
        for suffixes in levels {
            guard let (part, after) = component(rest, suffixes: suffixes) else { continue }
            found += part
            rest = after
        }
        return found.isEmpty ? nil : found
    }

    static func component(_ text: Substring, suffixes: [String]) -> (String, Substring)? {
        var best: (String, Substring)?
        for suffix in suffixes {
            guard let r = text.firstExactRange(of: suffix) else { continue }
            let prefix = text[..<r.lowerBound]
            guard (2...8).contains(prefix.count), !organisationWords.contains(where: { prefix.containsExactly($0) })
            else { continue }
            let part = String(text[..<r.upperBound])
            if let b = best, b.0.count <= part.count { continue }
            best = (part, text[r.upperBound...])
        }
        return best
    }
}
