/// The sheets of a workbook in tab order (`xl/workbook.xml`), each with the archive path of its
/// XML found through `xl/_rels/workbook.xml.rels`, and the workbook's date system.
struct WorkbookSheets {
    struct Sheet {
        let name: String
        let path: String
    }

    private(set) var sheets: [Sheet] = []
    /// Whether serial dates count from 1904 (old Mac workbooks) instead of 1900.
    private(set) var date1904 = false

    init(workbook: XMLStream, relations: XMLStream?) throws {
        var targets: [String: String] = [:]
        if let relations {
            while try relations.next() {
                guard relations.kind == .element, relations.localName == "Relationship",
                    let id = relations.attribute("Id"), let target = relations.attribute("Target")
                else { continue }
                targets[id] = target
            }
        }
        var listed: [(name: String, id: String?)] = []
        while try workbook.next() {
            guard workbook.kind == .element else { continue }
            switch workbook.localName {
            case "workbookPr":
                let value = workbook.attribute("date1904")
                date1904 = value == "1" || value == "true"
            case "sheet":
                listed.append((workbook.attribute("name") ?? "sheet \(listed.count + 1)", workbook.attribute("r:id")))
            default: break
            }
        }
        for (k, entry) in listed.enumerated() {
            let target = entry.id.flatMap { targets[$0] } ?? "worksheets/sheet\(k + 1).xml"
            sheets.append(Sheet(name: entry.name, path: Self.resolve(target)))
        }
    }

    /// A relationship target is relative to `xl/` unless it starts with `/`.
    static func resolve(_ target: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = ["xl"]
        for part in target.split(separator: "/") {
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
            } else if part != "." {
                parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
