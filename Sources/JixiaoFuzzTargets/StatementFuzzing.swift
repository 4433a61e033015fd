import Foundation
import JixiaoEngine
import JixiaoIngest
import JixiaoLanguage
import JixiaoQuery
import JixiaoWorkbench

/// Runs fuzzed statements in a fresh session holding two small tables, `t` and `u`.
///
/// Statements that reach the file system (`load`, `save`, `run`, dot-commands) are left out: a
/// fuzzer must not write files, and those paths are covered by the importer targets and the
/// end-to-end tests. Inputs with more than two joins are skipped too, because each join may
/// multiply the rows and the fuzzer would measure only how slow a cross product is.
enum StatementFuzzing {
    static let tableT = """
        name,department,year,amount,rate,note
        甲,财政局,2022,100,95.5,
        乙,财政局,2024,-3,,"a, b"
        丙,教育局,2024,0,100,x
        ,教育局,,1e300,0.1,丁
        """
    static let tableU = """
        department,code,share
        财政局,262,0.5
        教育局,101,
        """

    static func run(_ source: String) {
        guard case .success(let statements) = Parser.jixiao.parse(source), allowed(statements, source: source) else {
            return
        }
        let session = Session(output: BufferSink(), messages: BufferSink())
        session.catalog["t"] = table(tableT, "t.csv")
        session.catalog["u"] = table(tableU, "u.csv")
        session.run(source, file: "fuzz.jx")
    }

    static func allowed(_ statements: [Statement], source: String) -> Bool {
        guard source.components(separatedBy: "join").count <= 3 else { return false }
        return statements.allSatisfy { statement in
            switch statement.kind {
            case .pipeline, .letTable, .setVariable, .assert, .print, .check: return true
            case .load, .save, .run, .report, .dotCommand, .saveToDatabase, .attach, .detach: return false
            }
        }
    }

    private static func table(_ csv: String, _ file: String) -> Table? {
        guard case .table(let load)? = try? FileImporter.load(data: Data(csv.utf8), file: file, options: LoadOptions())
        else { return nil }
        return load.table
    }
}
