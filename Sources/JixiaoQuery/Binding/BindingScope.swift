import JixiaoEngine
import JixiaoLanguage

/// What names mean while binding one expression: the columns of the step's input (known before
/// any row is read), the session's variables, and a way to evaluate `rows(…)`/`value(…)`
/// sub-pipelines.
public struct BindingScope {
    public var columns: [PlanColumn]
    public var variables: [String: Value]
    /// Runs a pipeline (or a bare table name) used inside an expression.
    public var evaluatePipeline: (Pipeline) throws -> Table
    /// The statement's source text, for naming computed columns after what was written.
    public var source: String

    public init(
        columns: [PlanColumn], variables: [String: Value], source: String,
        evaluatePipeline: @escaping (Pipeline) throws -> Table
    ) {
        self.columns = columns
        self.variables = variables
        self.source = source
        self.evaluatePipeline = evaluatePipeline
    }

    /// The text a span covers, for default column names such as `year(date)`.
    public func text(of span: SourceSpan) -> String {
        let bytes = Array(source.utf8)
        guard span.start.offset >= 0, span.end.offset <= bytes.count, span.start.offset <= span.end.offset else {
            return ""
        }
        return String(decoding: bytes[span.start.offset..<span.end.offset], as: UTF8.self)
    }

    /// Every name a column answers to, for did-you-mean.
    var columnNames: [String] { columns.flatMap { [$0.field.name] + $0.field.aliases } }

    /// The column index for a reference, or a diagnostic naming the nearest column.
    public func resolve(_ reference: ColumnReference) throws(Diagnostic) -> Int {
        let name = reference.column.name
        if let qualifier = reference.table {
            // After a join, a clashing right-hand column is called `TABLE.column`.
            for candidate in ["\(qualifier.name).\(name)", "\(qualifier.name)_\(name)"] {
                if let i = columns.index(of: candidate) { return i }
            }
        }
        if let i = columns.index(of: name) { return i }
        throw Diagnostic.unknown("column", name, at: reference.span, among: columnNames)
    }
}
