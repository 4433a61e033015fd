/// The number format of each cell style of a workbook (`xl/styles.xml`): a cell's `s` attribute
/// indexes `cellXfs`, whose `numFmtId` is a built-in format or one of `numFmts`.
struct WorkbookStyles {
    private(set) var formats: [CellNumberFormat] = []

    /// The format of style `index`; General when the style or the file is absent.
    func format(_ index: Int) -> CellNumberFormat {
        index >= 0 && index < formats.count ? formats[index] : .general
    }

    init() {}

    init(_ xml: XMLStream) throws {
        var custom: [Int: CellNumberFormat] = [:]
        var inCellFormats = false
        while try xml.next() {
            switch xml.kind {
            case .element:
                switch xml.localName {
                case "numFmt":
                    if let id = xml.attribute("numFmtId").flatMap(Int.init), let code = xml.attribute("formatCode") {
                        custom[id] = CellNumberFormat(code: code)
                    }
                case "cellXfs": inCellFormats = !xml.isEmptyElement
                case "xf" where inCellFormats:
                    let id = xml.attribute("numFmtId").flatMap(Int.init) ?? 0
                    formats.append(custom[id] ?? CellNumberFormat.builtIn(id))
                default: break
                }
            case .endElement:
                if xml.localName == "cellXfs" { inCellFormats = false }
            default: break
            }
        }
    }
}
