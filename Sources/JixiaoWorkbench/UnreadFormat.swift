import Foundation

/// A file the importers do not read, named by its format instead of the byte that stopped the
/// text reader ("a NUL byte on line 1" says nothing to someone loading a presentation). The
/// office formats and PDF have readers (JixiaoIngest/Formats), which say themselves what is wrong
/// with a damaged one; what is left here are the formats no reader takes.
enum UnreadFormat {
    static let names = [
        "doc": "a Word 97–2003 document (.doc)", "ppt": "a PowerPoint file (.ppt)",
        "pptx": "a PowerPoint file (.pptx)", "zip": "a ZIP archive", "rar": "a RAR archive",
        "7z": "a 7-Zip archive", "wps": "a WPS document (.wps)", "et": "a WPS spreadsheet (.et)",
    ]
    static let chinese = [
        "doc": "Word 97–2003 文档（.doc）", "ppt": "PowerPoint 文件（.ppt）", "pptx": "PowerPoint 文件（.pptx）",
        "zip": "ZIP 压缩包", "rar": "RAR 压缩包", "7z": "7-Zip 压缩包", "wps": "WPS 文档（.wps）",
        "et": "WPS 表格（.et）",
    ]

    /// The message for `file` when its load failed on binary content and its extension names a
    /// format no importer of this build reads; nil otherwise.
    static func message(file: String, error: String, language: InterfaceLanguage) -> String? {
        guard error.contains("binary data") else { return nil }
        let ext = URL(fileURLWithPath: file).pathExtension.lowercased()
        guard let english = names[ext], let zh = chinese[ext] else { return nil }
        let name = URL(fileURLWithPath: file).lastPathComponent
        return language == .chinese
            ? "\(name)：这是\(zh)，jixiao 不能读取；请另存为 .xlsx、.docx 或 CSV 后再加载"
            : "\(name): \(english), which jixiao cannot read; save it as .xlsx, .docx or CSV and load that"
    }
}
