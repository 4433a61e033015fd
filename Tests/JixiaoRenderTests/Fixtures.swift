import JixiaoEngine

@testable import JixiaoRender

/// Small tables shaped like the workbench's results.
enum Fixtures {
    /// Three projects: Chinese text, an integer, a double with a null, a boolean.
    static var projects: Table {
        Table([
            ("department", Column.from([.string("教育局"), .string("交通运输局"), .string("卫健委")])),
            (
                "name",
                Column.from([
                    .string("义务教育学校运转经费"),
                    .string("农村公路养护（2024年度）"),
                    .string("公共卫生服务"),
                ])
            ),
            ("indicator_count", Column.from([.integer(12), .integer(8), .integer(15)])),
            ("execution_rate", Column.from([.double(99.83), .null, .double(100)])),
            ("met", Column.from([.boolean(true), .boolean(false), .boolean(true)])),
        ])
    }

    /// `n` rows: `id` 0..<n, a label, and a double.
    static func numbered(_ n: Int) -> Table {
        Table([
            ("id", Column(.integer((0..<n).map(Int64.init)))),
            ("label", Column.from((0..<n).map { .string("项目\($0)") })),
            ("amount", Column(.double((0..<n).map { Double($0) * 1.5 }))),
        ])
    }

    /// A table with one string column holding `values`.
    static func strings(_ name: String, _ values: [String?]) -> Table {
        Table([(name, Column.from(values.map { $0.map(Value.string) ?? .null }))])
    }
}

/// The lines of rendered text, without the final empty one.
func lines(_ text: String) -> [String] {
    var parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if parts.last == "" { parts.removeLast() }
    return parts
}
