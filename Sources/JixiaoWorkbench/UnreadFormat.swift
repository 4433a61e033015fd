import Foundation

/// A file the importers do not read yet, named by its format instead of the byte that stopped
/// the text reader ("a NUL byte on line 1" says nothing to someone loading a workbook).
enum UnreadFormat {
    static let names = ["xlsx": "an Excel workbook (.xlsx)", "xls": "an Excel workbook (.xls)",
                        "docx": "a Word document (.docx)", "doc": "a Word document (.doc)",
                        "pdf": "a PDF", "zip": "a ZIP archive", "pptx": "a PowerPoint file (.pptx)"]
    static let chinese = ["xlsx": "Excel 工作簿（.xlsx）", "xls": "Excel 工作簿（.xls）", "docx": "Word 文档（.docx）",
                          "doc": "Word 文档（.doc）", "pdf": "PDF 文件", "zip": "ZIP 压缩包", "pptx": "PowerPoint 文件（.pptx）"]

    /// The message for `file` when its load failed on binary content and its extension names a
    /// format no importer of this build reads; nil otherwise.
    static func message(file: String, error: String, language: InterfaceLanguage) -> String? {
        guard error.contains("binary data") else { return nil }
        let ext = URL(fileURLWithPath: file).pathExtension.lowercased()
        guard let english = names[ext], let zh = chinese[ext] else { return nil }
        let name = URL(fileURLWithPath: file).lastPathComponent
        return language == .chinese
            ? "\(name)：这是\(zh)，当前版本还不能读取；请另存为 CSV 后再加载"
            : "\(name): \(english), which this build cannot read yet; save it as CSV and load that"
    }
}
