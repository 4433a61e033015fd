import Foundation
import JixiaoEngine

/// One self-contained HTML page of what a script showed (`report "FILE.html"`): tables with the
/// terminal's number formats, charts as inline SVG, printed lines and failures, in order.
///
/// Nothing is fetched: the style is inline and the fonts are the reader's own, with the usual
/// Chinese fonts of Linux, Windows and macOS named first so Chinese text never falls back to a
/// font without its characters.
public struct HTMLReport: Sendable {
    public var title: String
    public var items: [ReportItem]
    /// Headers show a column's Chinese label (its first alias) instead of its name.
    public var chineseHeaders: Bool
    public var numbers: NumberStyle
    /// Rows of one table written at most; the rest are counted.
    public var maxRows: Int

    public init(
        title: String, items: [ReportItem], chineseHeaders: Bool = false,
        numbers: NumberStyle = .analyst, maxRows: Int = 2_000
    ) {
        self.title = title
        self.items = items
        self.chineseHeaders = chineseHeaders
        self.numbers = numbers
        self.maxRows = maxRows
    }

    static let style = """
        body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei","Microsoft YaHei","PingFang SC","Hiragino Sans GB",sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.45;padding:0 1em}
        h1{font-size:1.6em;border-bottom:2px solid #2f6db3;padding-bottom:.2em}
        table{border-collapse:collapse;margin:1em 0;font-size:.9em}
        th,td{border:1px solid #ccc;padding:.25em .6em;vertical-align:top}
        th{background:#eef3fa;text-align:left}
        td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        td.null{color:#aaa}
        p.print{margin:.4em 0}
        pre.failure{background:#fdecea;border-left:4px solid #c0392b;padding:.6em;white-space:pre-wrap}
        figure{margin:1em 0}
        footer,.note{color:#777;font-size:.85em}
        """

    public func render(generated: Date = Date()) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(HTMLText.escaped(title))</title>\n<style>\n\(Self.style)\n</style>\n</head>\n<body>\n"
        out += "<h1>\(HTMLText.escaped(title))</h1>\n"
        for item in items {
            switch item {
            case .table(let table, let roles): out += tableHTML(table, roles: roles)
            case .chart(let chart): out += "<figure>\(SVGChart.svg(chart))</figure>\n"
            case .text(let text): out += "<p class=\"print\">\(HTMLText.escaped(text))</p>\n"
            case .failure(let text): out += "<pre class=\"failure\">\(HTMLText.escaped(text))</pre>\n"
            }
        }
        let stamp = ISO8601DateFormatter().string(from: generated)
        out += "<footer>jixiao · \(stamp)</footer>\n</body>\n</html>\n"
        return out
    }

    func tableHTML(_ table: Table, roles: [ColumnRole?] = []) -> String {
        let shownRows = Array(0..<min(table.rowCount, maxRows))
        var out = "<table>\n<thead><tr>"
        var columns: [ShownColumn] = []
        for (i, (field, column)) in zip(table.fields, table.columns).enumerated() {
            let name = chineseHeaders ? (field.aliases.first ?? field.name) : field.name
            // Read from the column's own name, not the (maybe Chinese) header, unless the plan said.
            let role = ColumnRole.resolved(i < roles.count ? roles[i] : nil, name: field.name, aliases: field.aliases)
            let shown = ShownColumn(
                name: name, column: column, rows: shownRows, aliases: field.aliases, numbers: numbers,
                keepLineBreaks: true, role: role)
            columns.append(shown)
            out += "<th>\(HTMLText.escaped(shown.header))</th>"
        }
        out += "</tr></thead>\n<tbody>\n"
        for i in shownRows.indices {
            out += "<tr>"
            for column in columns {
                let cell = column.body[i]
                let kind = cell.isNull ? " class=\"null\"" : (column.isNumeric ? " class=\"n\"" : "")
                out += "<td\(kind)>\(HTMLText.escaped(cell.text).replacingOccurrences(of: "\n", with: "<br>"))</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if table.rowCount > shownRows.count {
            out +=
                "<p class=\"note\">\(CountText.counted(table.rowCount, "row")), the first \(CountText.grouped(shownRows.count)) shown</p>\n"
        } else if table.rowCount == 0 {
            out += "<p class=\"note\">0 rows</p>\n"
        }
        return out
    }
}
