/// Every message of the interface, each with its English and Chinese text in one place.
///
/// The `switch` in `template` is exhaustive, so a new message cannot be added without both
/// texts; the test `everyMessageHasAChineseText` checks that neither is empty and that both
/// mention the same holes. Messages the language layer makes in English (its diagnostics) are
/// matched against the English texts of the `translated` cases and put into Chinese when the
/// interface is Chinese.
public enum MessageKey: String, CaseIterable, Sendable {
    // The REPL.
    case welcome, howToLeave, interrupted
    // Start-up and loading.
    case loadedFolder, tableRows, loadWarnings, filesNotLoaded, noDatasetsFound, noTablesYet
    case tableSize, letSummary, savedRows, noWarnings, noTablesLoaded
    // Labels of the diagnostic lines.
    case errorLabel, warningLabel, noteLabel, usageLabel
    // Errors the language layer reports.
    case unknownColumn, unknownTable, unknownFunction, unknownVariable, unknownCommand, unknownVerb
    case unknownChartKind, unknownLoadOption, didYouMean, noLastResult, noSuchFile, filesCouldNotLoad
    case assertionFailed, assertionFailedWithMessage, sidesWere, conditionIsNull
    case mustBeAggregatedOrKey, whereNeedsCondition, expectedToClose, unmatchedParenthesis
    case cannotCompare, needsNumber, needsText, aggregateOutsideAgg
    case pipeBeforeVerb, writePipeVerbAbove, writePipeVerb, columnExists, chartLast, scriptFailedHere, inScriptHere
    case cannotReadPath, checkThePath, theVerbsAre, unknownMode, noHelpFor, expectedAfterFound, expectedAfter
    case expectedFound, expectedWhat, folderHoldsNoFiles, nothingToCheck, cannotWrite, cannotReadReason
    case booleanNotNumber, booleanInAggregate, booleanCompared, needsNumbers
    case notADate, writeADate, notForADate, dateArithmetic
    // Warnings of a statement.
    case divisionByZero, divisionByZeroRows, kernelWarningRows
    // Output.
    case elidedOnStderr, languageNow, numbersNow, reportOpened
    // The audit's findings and its summary.
    case auditSameContents, auditPrintedOnce, auditNoActual, auditActualFor, auditNoWeightScore, auditNoWeight
    case auditAWeight, auditQualitativeExpected, auditAtMostPercentOfTarget, auditPercentOf, auditAtMost
    case auditExecutionSum, auditWeightsExecution, auditWeights, auditHundredFor, auditNinetyOrHundred
    case auditOnDirection, auditImpliedFor, auditSummary

    public var template: MessageTemplate {
        switch self {
        case .welcome:
            MessageTemplate(
                "jixiao {0} — .help lists verbs, functions and commands; Ctrl-D or .quit leaves",
                "jixiao {0} — .help 列出动词、函数和命令；Ctrl-D 或 .quit 退出")
        case .howToLeave:
            MessageTemplate(
                "(the session goes on; to leave, press Ctrl-D or type .quit)",
                "（会话继续；退出请按 Ctrl-D 或输入 .quit）")
        case .interrupted: MessageTemplate("interrupted", "已中断")
        case .loadedFolder: MessageTemplate("loaded {0}", "已加载 {0}")
        case .tableRows: MessageTemplate("{0}: {1}", "{0}：{1}")
        case .loadWarnings:
            MessageTemplate("{0} (.warnings lists them)", "{0}（.warnings 列出全部）")
        case .filesNotLoaded:
            MessageTemplate("{0} file(s) in {1} could not be loaded", "{1} 中有 {0} 个文件无法加载")
        case .noDatasetsFound:
            MessageTemplate(
                "no Datasets/ folder found (here, beside the program, or in $JIXIAO_DATASETS); no tables loaded.\nLoad a file with: load \"PATH\"   (or start with --datasets DIR)",
                "未找到 Datasets/ 文件夹（当前目录、程序所在项目或 $JIXIAO_DATASETS）；尚未加载任何表。\n加载文件：load \"路径\"   （或启动时加 --datasets 目录）")
        case .noTablesYet:
            MessageTemplate("no tables yet: `load \"FILE\"` adds some", "还没有表：用 `load \"文件\"` 加载")
        case .tableSize: MessageTemplate("{0} × {1}", "{0} × {1}")
        case .letSummary: MessageTemplate("{0}: {1} × {2}", "{0}：{1} × {2}")
        case .savedRows: MessageTemplate("saved {0} to {1}", "已将 {0} 保存到 {1}")
        case .noWarnings: MessageTemplate("no warnings", "没有警告")
        case .noTablesLoaded:
            MessageTemplate(
                "no tables are loaded yet: load \"PATH\" reads a document, a table file or a folder",
                "还没有加载任何表：load \"路径\" 可读入文档、表格文件或文件夹")
        case .errorLabel: MessageTemplate("error", "错误")
        case .warningLabel: MessageTemplate("warning", "警告")
        case .noteLabel: MessageTemplate("note", "说明")
        case .usageLabel: MessageTemplate("usage: {0}", "用法：{0}")
        case .unknownColumn: MessageTemplate("unknown column \"{0}\"", "未知的列 \"{0}\"")
        case .unknownTable: MessageTemplate("unknown table \"{0}\"", "未知的表 \"{0}\"")
        case .unknownFunction: MessageTemplate("unknown function \"{0}\"", "未知的函数 \"{0}\"")
        case .unknownVariable: MessageTemplate("unknown variable \"{0}\"", "未知的变量 \"{0}\"")
        case .unknownCommand: MessageTemplate("unknown command \"{0}\"", "未知的命令 \"{0}\"")
        case .unknownVerb: MessageTemplate("unknown verb \"{0}\"", "未知的动词 \"{0}\"")
        case .unknownChartKind: MessageTemplate("unknown chart kind \"{0}\"", "未知的图表类型 \"{0}\"")
        case .unknownLoadOption: MessageTemplate("unknown load option \"{0}\"", "未知的加载选项 \"{0}\"")
        case .didYouMean: MessageTemplate("did you mean \"{0}\"?", "是不是 \"{0}\"？")
        case .noLastResult: MessageTemplate("there is no last result yet", "还没有上一个结果")
        case .noSuchFile: MessageTemplate("no such file or folder: {0}", "没有这个文件或文件夹：{0}")
        case .filesCouldNotLoad:
            MessageTemplate("{0} could not be loaded (see above)", "{0}无法加载（见上文）")
        case .assertionFailed: MessageTemplate("assertion failed", "断言不成立")
        case .assertionFailedWithMessage: MessageTemplate("assertion failed: {0}", "断言不成立：{0}")
        case .sidesWere: MessageTemplate("left side is {0}, right side is {1}", "左边是 {0}，右边是 {1}")
        case .conditionIsNull: MessageTemplate("the condition is null", "条件为 null")
        case .mustBeAggregatedOrKey:
            MessageTemplate(
                "\"{0}\" must be inside an aggregate such as sum(…) or be a group key",
                "\"{0}\" 必须放在聚合函数（如 sum(…)）里，或作为分组键")
        case .whereNeedsCondition:
            MessageTemplate(
                "`where` needs a condition (true/false), but this is {0}", "`where` 需要一个条件（true/false），但这里是{0}")
        case .expectedToClose: MessageTemplate("expected `)` to close `(` at {0}", "缺少 `)`，与 {0} 处的 `(` 配对")
        case .unmatchedParenthesis: MessageTemplate("unmatched `)`", "多余的 `)`")
        case .cannotCompare: MessageTemplate("cannot compare {0} with {1}", "无法比较{0}与{1}")
        case .needsNumber: MessageTemplate("{0} needs a number, but this is {1}", "{0} 需要数字，但这里是{1}")
        case .needsText: MessageTemplate("{0} needs text, but this is {1}", "{0} 需要文本，但这里是{1}")
        case .notADate: MessageTemplate("\"{0}\" is not a date", "\"{0}\" 不是日期")
        case .writeADate:
            MessageTemplate(
                "write a date as \"2024-03-01\" or \"2024年3月1日\"", "日期写作 \"2024-03-01\" 或 \"2024年3月1日\"")
        case .notForADate: MessageTemplate("`{0}` does not apply to a date", "`{0}` 不能用于日期")
        case .dateArithmetic:
            MessageTemplate(
                "a date plus or minus whole days is a date; date − date is the days between",
                "日期加减整数天仍是日期；日期减日期得相差的天数")
        case .aggregateOutsideAgg:
            MessageTemplate(
                "{0}() is an aggregate: use it in `agg`, e.g. `| agg x = {0}(…)`",
                "{0}() 是聚合函数：请在 `agg` 中使用，例如 `| agg x = {0}(…)`")
        case .pipeBeforeVerb: MessageTemplate("expected `|` before the verb `{0}`", "动词 `{0}` 前缺少 `|`")
        case .writePipeVerbAbove:
            MessageTemplate("write `| {0} …` to continue the pipeline on the line above", "写成 `| {0} …` 以接续上一行的管道")
        case .writePipeVerb: MessageTemplate("write `| {0} …`", "写成 `| {0} …`")
        case .columnExists: MessageTemplate("there is already a column \"{0}\"", "已经有一列叫 \"{0}\"")
        case .chartLast: MessageTemplate("`chart` must be the last verb of a pipeline", "`chart` 必须是管道的最后一个动词")
        case .scriptFailedHere: MessageTemplate("the script run here failed", "此处运行的脚本失败了")
        case .inScriptHere: MessageTemplate("in the script run here", "在此处运行的脚本中")
        case .cannotReadPath: MessageTemplate("cannot read {0}", "无法读取 {0}")
        case .checkThePath:
            MessageTemplate("check the path; it is relative to the current folder", "请检查路径；相对路径以当前文件夹为准")
        case .theVerbsAre: MessageTemplate("the verbs are {0}", "动词有：{0}")
        case .unknownMode: MessageTemplate("unknown mode \"{0}\"; one of: {1}", "未知的输出格式 \"{0}\"；可选：{1}")
        case .noHelpFor: MessageTemplate("no help for \"{0}\"{1}", "没有关于 \"{0}\" 的帮助{1}")
        case .expectedAfterFound: MessageTemplate("expected {0} after {1}, found {2}", "{1} 之后应为 {0}，实际是 {2}")
        case .expectedAfter: MessageTemplate("expected {0} after {1}", "{1} 之后应为 {0}")
        case .expectedFound: MessageTemplate("expected {0}, found {1}", "此处应为 {0}，实际是 {1}")
        case .expectedWhat: MessageTemplate("expected {0}", "此处应为 {0}")
        case .folderHoldsNoFiles: MessageTemplate("{0}: the folder holds no files to load", "{0}：文件夹中没有可加载的文件")
        case .nothingToCheck:
            MessageTemplate(
                "nothing to check: no projects are loaded (`load \"FILE\"` adds some)",
                "没有可审计的内容：尚未加载项目（用 `load \"文件\"` 加载）")
        case .cannotWrite: MessageTemplate("cannot write {0}: {1}", "无法写入 {0}：{1}")
        case .cannotReadReason: MessageTemplate("cannot read {0}: {1}", "无法读取 {0}：{1}")
        case .booleanNotNumber:
            MessageTemplate(
                "a true/false value is not a number; if(x, 1, 0) makes one of it", "布尔值不是数字；可用 if(x, 1, 0) 转成数字")
        case .booleanInAggregate:
            MessageTemplate(
                "count the true rows with count_if(…), or share them with avg(if(…, 100, 0))",
                "用 count_if(…) 统计为真的行数，或用 avg(if(…, 100, 0)) 求占比")
        case .booleanCompared:
            MessageTemplate(
                "a true/false value is compared with true or false (`met = true`), or used alone (`where met`)",
                "布尔值应与 true 或 false 比较（`met = true`），或直接使用（`where met`）")
        case .needsNumbers: MessageTemplate("{0}() needs numbers, but this is {1}", "{0}() 需要数字，但这里是{1}")
        case .divisionByZero: MessageTemplate("division by zero gave null", "除以零，结果为 null")
        case .divisionByZeroRows: MessageTemplate("division by zero gave null ({0})", "除以零，结果为 null（{0}）")
        case .kernelWarningRows: MessageTemplate("{0} ({1})", "{0}（{1}）")
        case .elidedOnStderr:
            MessageTemplate(
                "note: {0} rows not written; .maxrows 0 or --format csv writes every row",
                "说明：有 {0} 行未输出；.maxrows 0 或 --format csv 输出全部行")
        case .languageNow: MessageTemplate("messages in English", "界面语言：中文")
        case .numbersNow: MessageTemplate("numbers: {0}", "数字格式：{0}")
        case .auditSameContents: MessageTemplate("same contents as project {0}", "与项目 {0} 内容相同")
        case .auditPrintedOnce: MessageTemplate("a project printed once", "项目只应出现一次")
        case .auditNoActual: MessageTemplate("no actual value", "没有实际值")
        case .auditActualFor: MessageTemplate("the actual for {0}", "应有 {0} 的实际值")
        case .auditNoWeightScore: MessageTemplate("no weight, score {0}", "没有分值，得分 {0}")
        case .auditNoWeight: MessageTemplate("no weight", "没有分值")
        case .auditAWeight: MessageTemplate("a weight (分值)", "应有分值")
        case .auditQualitativeExpected:
            MessageTemplate("a 定量 target (≥ ≤ =) for a number, or words for 定性", "数字应为定量目标（≥ ≤ =），定性目标应为文字")
        case .auditAtMostPercentOfTarget: MessageTemplate("at most {0}% of the target", "不超过目标的 {0}%")
        case .auditPercentOf: MessageTemplate("{0} = {1}% of {2}", "{0} = {2} 的 {1}%")
        case .auditAtMost: MessageTemplate("at most {0}", "不超过 {0}")
        case .auditExecutionSum: MessageTemplate("{0} = {1} execution + {2} indicators", "{0} = 执行率得分 {1} + 指标得分 {2}")
        case .auditWeightsExecution: MessageTemplate("Σ weights {0} + {1} execution = {2}", "分值合计 {0} + 执行率 {1} = {2}")
        case .auditWeights: MessageTemplate("Σ weights {0}", "分值合计 {0}")
        case .auditHundredFor: MessageTemplate("100 ({0} for the indicators)", "100（指标 {0}）")
        case .auditNinetyOrHundred: MessageTemplate("90 or 100", "90 或 100")
        case .auditOnDirection: MessageTemplate("{0} on {1}", "{0}，方向为{1}")
        case .auditImpliedFor: MessageTemplate("{0} for {1}", "{1} 应对应{0}")
        case .auditSummary:
            MessageTemplate("{0} in {1} ({2} checked)", "{0}，涉及 {1}（共检查 {2} 个文档）")
        case .reportOpened:
            MessageTemplate("collecting what is shown from now on into {0}", "此后显示的内容将汇集到 {0}")
        }
    }

    /// The cases whose English text the language layer produces on its own, tried in order
    /// when a diagnostic is put into Chinese.
    /// The texts of the audit's findings, most specific first (`{0} for {1}` would match much).
    static let auditTranslated: [MessageKey] = [
        .auditSameContents, .auditPrintedOnce, .auditNoActual, .auditActualFor, .auditNoWeightScore, .auditNoWeight,
        .auditAWeight, .auditQualitativeExpected, .auditAtMostPercentOfTarget, .auditPercentOf, .auditAtMost,
        .auditExecutionSum, .auditWeightsExecution, .auditWeights, .auditHundredFor, .auditNinetyOrHundred,
        .auditOnDirection, .auditImpliedFor,
    ]

    static let translated: [MessageKey] = [
        .unknownColumn, .unknownTable, .unknownFunction, .unknownVariable, .unknownCommand, .unknownVerb,
        .unknownChartKind, .unknownLoadOption, .didYouMean, .noLastResult, .noSuchFile, .filesCouldNotLoad,
        .assertionFailedWithMessage, .assertionFailed, .sidesWere, .conditionIsNull, .mustBeAggregatedOrKey,
        .whereNeedsCondition, .expectedToClose, .unmatchedParenthesis, .cannotCompare, .needsNumber, .needsText,
        .aggregateOutsideAgg, .divisionByZero, .interrupted, .usageLabel, .pipeBeforeVerb, .writePipeVerbAbove,
        .writePipeVerb, .columnExists, .chartLast, .scriptFailedHere, .inScriptHere, .cannotReadPath, .checkThePath,
        .booleanNotNumber, .booleanInAggregate, .booleanCompared, .needsNumbers,
        .notADate, .writeADate, .notForADate, .dateArithmetic,
        .theVerbsAre, .unknownMode, .noHelpFor, .folderHoldsNoFiles, .nothingToCheck, .cannotWrite, .cannotReadReason,
        // The general shapes last: they would match the specific messages above too.
        .expectedAfterFound, .expectedAfter, .expectedFound, .expectedWhat,
    ]
}
