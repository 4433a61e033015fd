import Foundation
import JixiaoEngine
import JixiaoIngest
import JixiaoLanguage
import JixiaoRender

/// `save … to "FILE"`: the format follows the extension; the file appears whole or not at all.
enum TableSaver {
    static func save(_ table: Table, to path: String, name: String?, span: SourceSpan) throws {
        let ext = URL(fileURLWithPath: path).pathExtension.lowercased()
        if ["sqlite", "sqlite3", "db"].contains(ext) {
            do { try SQLiteTableWriter.write(table, name: name ?? "data", to: path) } catch {
                throw Diagnostic("cannot write \(path): \(error)", at: span)
            }
            return
        }
        if ext == "xlsx" {
            do { try XLSXWriter.write(table, sheet: name ?? "Sheet1", to: path) } catch {
                throw Diagnostic("\(error)", at: span)
            }
            return
        }
        guard let format = OutputFormat(fileExtension: ext), format != .table else {
            throw Diagnostic(
                "cannot tell the format of \"\(path)\" from its extension", at: span,
                suggestion: "use .csv, .tsv, .json, .jsonl, .md, .xlsx or .sqlite")
        }
        let sink: AtomicFileSink
        do { sink = try AtomicFileSink(path: path) } catch { throw Diagnostic("\(error)", at: span) }
        // Excel opens a UTF-8 CSV as Chinese text only when it starts with a byte-order mark.
        if format == .csv { sink.write("\u{FEFF}") }
        TableRenderer.write(table, as: format, options: RenderOptions(width: 100_000, maxRows: Int.max)) {
            sink.write(bytes: $0)
        }
        do { try sink.finish() } catch { throw Diagnostic("\(error)", at: span) }
    }
}
