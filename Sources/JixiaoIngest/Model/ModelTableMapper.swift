import JixiaoDomain
import JixiaoEngine

/// Turns a data table whose headers are the model's columns or their Chinese labels into rows of
/// `projects` or `indicators` (`load "x.csv" as indicators`), so that hand-kept spreadsheets join
/// the published documents in one model.
///
/// Rows go through the same records and schema as documents, so the types, the column order and
/// the derived columns (`completion`, `status`, `grade`, …) are the documents'. Model columns the
/// file lacks are null; columns the model lacks are kept after the model's.
public enum ModelTableMapper {
    public enum Model: String, Sendable, CaseIterable {
        case projects, indicators
    }

    /// Reads `load` as rows of `model`, numbered from the options' first ids. `projectIDs` gives
    /// the id of an already loaded project by name, so indicators are linked to their project.
    public static func map(
        _ load: TableLoad, as model: Model, file: String, options: LoadOptions,
        projectIDs: [String: Int] = [:]
    ) throws -> TableLoad {
        let fields = model == .projects ? ProjectSchema.columns.map(\.field) : IndicatorSchema.columns.map(\.field)
        var match = ModelColumnMatch(load, file: file, fields: fields)
        guard !match.columnOf.isEmpty else {
            let examples =
                model == .projects
                ? "项目名称, 主管部门, 项目总额 or name, department, budget_total"
                : "一级指标, 三级指标, 指标值 or level1, name, target_text"
            throw DocumentImportError(
                file: file,
                reason: .malformed(line: 1, "no header names a column of \(model.rawValue) (such as \(examples))"))
        }
        var table =
            model == .projects
            ? ProjectRowMapping.table(&match, options: options)
            : IndicatorRowMapping.table(&match, options: options, projectIDs: projectIDs)
        for c in match.extras { table.set(load.table.fields[c].name, load.table.columns[c]) }
        return TableLoad(
            table: table, warnings: load.warnings + match.allWarnings, format: load.format, rowLines: load.rowLines)
    }

    /// A column of the schema's type from one value per row, to state what the records cannot
    /// (a null `doc_kind` or `project_id` where the file gives none).
    static func column(_ values: [Value], type: DataType) -> Column {
        var builder = ColumnBuilder(type: type, capacity: values.count)
        for v in values { builder.append(v) }
        return builder.build()
    }
}
