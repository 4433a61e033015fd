import JixiaoDomain

/// Prose that comes with a form but is no data of it: titles, notes, signatures, a web page's
/// furniture (menus, dates of publication, download hints), an office file's metadata (author,
/// timestamps, GUIDs). A prose line that is none of these is reported as not understood.
enum Boilerplate {
    /// Words of page furniture and signatures.
    static let words = [
        "发布时间", "发布日期", "来源", "字体", "打印", "关闭", "分享", "浏览", "首页", "当前位置", "资源", "下载", "友情提示",
        "积分", "浏览器", "上一篇", "下一篇", "扫一扫", "版权", "主办", "网站", "备案", "联系我们", "信息公开", "索引号",
        "附件", "单位", "报表编号", "负责人", "填报", "审核", "盖章", "公章", "日期", "说明", "注", "备注", "金币", "格式",
        "大小", "文件", "预览", "阅读", "点击", "返回", "收藏", "措施",
    ]

    /// Whether a prose line is a title or boilerplate.
    static func isRecognised(_ raw: String) -> Bool {
        let t = CellText.compact(raw)
        if t.isEmpty || t.hasPrefix("#") { return true }
        if t.allSatisfy({ "-—_=|*·.。…".contains($0) }) { return true }
        // A subtitle in brackets under a title (`（运转类中的其他运转类和特定目标类）`).
        if let first = t.first, let last = t.last, "(（".contains(first), ")）".contains(last) { return true }
        if FormVocabulary.titleWords.contains(where: { t.containsExactly($0) }) || t.containsExactly("绩效") {
            return true
        }
        if !DocumentYear.years(in: raw).isEmpty || RegionName.infer(from: t) != nil { return true }
        if words.contains(where: { t.containsExactly($0) }) { return true }
        if looksLikeMetadata(raw) { return true }
        return FormVocabulary.kind(of: t, inIndicators: false) != .text
    }

    /// An office file's properties turned into text: timestamps, hexadecimal ids, `False`, file names.
    static func looksLikeMetadata(_ raw: String) -> Bool {
        let words = raw.split(whereSeparator: \.isWhitespace)
        let technical = words.filter { w in
            w.contains("T") && w.contains(":") && w.first?.isNumber == true
                || w.count >= 16 && w.allSatisfy { $0.isHexDigit || $0 == "-" }
                || ["True", "False", "null"].contains(String(w))
                || [".xlsx", ".xls", ".docx", ".doc", ".pdf", ".wps", ".html"].contains { w.lowercased().hasSuffix($0) }
        }
        return !technical.isEmpty
    }
}
