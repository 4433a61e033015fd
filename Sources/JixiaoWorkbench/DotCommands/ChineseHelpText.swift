/// The Chinese texts of `.help`: one summary per verb, function, aggregate, statement and
/// command, keyed by name; a name missing here falls back to its English summary (the test
/// `everyHelpEntryHasAChineseSummary` keeps the lists whole).
enum ChineseHelpText {
    static let intro = "语句是管道：先写表名，再在 `|` 后写动词："
    static let sections = [
        "Verbs": "动词", "Functions": "函数", "Aggregates": "聚合函数（用于 agg）",
        "Window functions": "窗口函数（用于 derive … per KEY by [-]EXPR；聚合函数也可用）", "Operators": "运算符", "Statements": "其他语句",
        "Commands": "命令",
    ]
    static let scoring = "评分规则：.help completion、.help status、.help grade、.help audit"
    static let closing = ".help 主题 可查看其中一项的说明，并附可在自带数据上运行的示例。"

    static let verbs: [String: String] = [
        "where": "保留 EXPR 为真的行（null 视为假）",
        "derive": "新增或替换列",
        "select": "保留、重排或计算列；-COL 删除某列",
        "rename": "重命名列",
        "group": "按键分组，由其后的 agg 汇总",
        "agg": "对每组（或整表）汇总；AGG 可组合聚合函数：sum(score) / sum(weight)",
        "sort": "稳定排序；- 表示降序；null 排在最后，NaN 排在所有数字之后",
        "take": "取前 N 行（可先跳过 M 行）",
        "top": "EXPR 最大的 N 行，可按组",
        "distinct": "去重的行，或各列的不同取值",
        "count": "每个键的行数及占比（百分数），按频次降序",
        "join": "内连接或左连接；重名列加右表名前缀",
        "append": "追加另一张表的行，按列名对齐",
        "pivot": "每个 KEY 一行，COL 的每个取值一列，单元格为 AGG",
        "unpivot": "把列转成（名称, 值）的行",
        "chart": "图表：横向条形图、按年份的折线图（每个系列一条线）或直方图",
    ]

    static let functions: [String: String] = [
        "abs": "abs(x)：绝对值", "ceil": "ceil(x)：不小于 x 的最小整数",
        "coalesce": "coalesce(a, b, …)：第一个非 null 的参数", "floor": "floor(x)：不大于 x 的最大整数",
        "if": "if(cond, a, b)：cond 为真时取 a，否则取 b（null 视为假）", "len": "len(s)：s 的字符数",
        "lower": "lower(s)：转为小写", "round": "round(x, n)：四舍五入到 n 位小数（默认 0）",
        "substr": "substr(s, start, length)：从第 start 个字符（从 1 起）取 length 个（默认取到末尾）",
        "trim": "trim(s)：去掉首尾空白", "upper": "upper(s)：转为大写",
        "concat": "concat(a, …)：把各值连成文字，跳过 null（a || b 在任一边为 null 时为 null）",
        "replace": "replace(s, from, to)：把 s 中每个 from 替换为 to",
        "regexp_replace": "regexp_replace(s, pattern, to)：把 pattern 的每个匹配替换为 to（$1 表示分组）",
        "regexp_extract": "regexp_extract(s, pattern [, group])：第一个匹配（或其分组）；无匹配时为 null",
        "split_part": "split_part(s, sep, n)：按 sep 切分 s 后的第 n 段（从 1 起；超出末段为空）",
        "starts_with": "starts_with(s, prefix)：s 是否以 prefix 开头", "ends_with": "ends_with(s, suffix)：s 是否以 suffix 结尾",
        "strpos": "strpos(s, sub)：sub 在 s 中首次出现的位置（按字符从 1 起）；未出现时为 0",
        "lpad": "lpad(s, n [, fill])：在左侧填充 s 至 n 个终端格（一个汉字占两格）",
        "rpad": "rpad(s, n [, fill])：在右侧填充 s 至 n 个终端格（一个汉字占两格）",
        "year": "year(x)：日期或日期文字（如 2022-12-30、2022年12月）的年份；x 为数字时即 x",
        "date":
            "date(text [, year])：把文档里的日期（2022年12月30日前、2022年12月底、3月底、2024-03-01、2024/3/1）读成日期类型；只有年月时取当月最后一天（与截止日期的完成度一致）；缺年份时用 year；读不出日期时为 null",
        "month": "month(d)：日期的月份，1 到 12", "day": "day(d)：日期是当月第几天",
        "quarter": "quarter(d)：日期的季度，1 到 4",
        "date_diff":
            "date_diff(unit, a, b)：从 a 到 b 跨过的 day、week（周一）、month、quarter 或 year 边界数，与 DuckDB 相同（2024-01-31 到 2024-02-01 为 1 个月）",
        "today": "today()：今天的日期（测试时可用 $JIXIAO_TODAY 固定）",
    ]

    static let aggregates: [String: String] = [
        "avg": "avg(x)：非 null 值的平均数", "count": "count() 组内行数；count(x) x 非 null 的行数",
        "count_distinct": "count_distinct(x)：x 的不同非 null 值个数", "count_if": "count_if(cond)：cond 为真的行数",
        "first": "first(x)：组内第一个有值的 x", "last": "last(x)：组内最后一个有值的 x",
        "list": "list(x [, sep])：x 的不同取值，按出现顺序用 sep 连接（默认 \"; \"）", "max": "max(x)：最大的非 null 值（文字按码位）",
        "median": "median(x)：中位数（偶数个时取中间两个的平均）", "min": "min(x)：最小的非 null 值（文字按码位）",
        "quantile": "quantile(x, q)：x 的 q 分位数（q 取 0 到 1），在名次间插值",
        "share": "share()：组的行数占全部行的百分比（0 到 100，与比率一致）",
        "stddev": "stddev(x)：样本标准差（少于两个值时为 null）", "sum": "sum(x)：x 的合计；全为 null 时为 null",
    ]

    static let windowFunctions: [String: String] = [
        "row_number": "row_number()：行在其分区中的序号，从 1 起",
        "rank": "rank()：1 + 排在它前面的行数；并列同名次，其后留空",
        "dense_rank": "dense_rank()：与 rank() 相同，但并列之后不留空",
        "percent_rank": "percent_rank()：(rank - 1) / (分区行数 - 1)，只有一行时为 0",
        "ntile": "ntile(n)：按顺序分成 n 个大小相等的桶，取 1 到 n（靠前的桶多一行）",
        "lag": "lag(x [, n [, default]])：分区中前 n 行的 x（默认 null）",
        "lead": "lead(x [, n [, default]])：分区中后 n 行的 x",
        "first": "窗口中的 first(x)：分区按顺序的第一个 x，跳过 null",
        "last": "窗口中的 last(x)：分区按顺序的最后一个 x，跳过 null",
    ]

    static let statements: [String: String] = [
        "let": "把结果命名为一张表", "load": "加载文档、表格文件或文件夹",
        "save": "写出结果（.csv .tsv .json .jsonl .md .xlsx .sqlite）", "set": "设置变量，用 $NAME 引用",
        "assert": "EXPR 不为真时脚本失败；可用 rows(…) 和 value(…)", "print": "打印文字，并填入值",
        "run": "运行另一个脚本", "report": "把此后显示的表格、图表和 print 汇集成一个 HTML 报告",
        "check": "审计已加载的文档，结果写入表 `checks`",
        "attach": "附加 PostgreSQL 或 SQLite 数据库，其表以 NAME.TABLE 使用", "detach": "取消附加数据库",
    ]

    static let commands: [String: String] = [
        "help": "列出全部，或说明某个动词、函数或命令", "tables": "列出各表及其行数、列数",
        "schema": "显示表的列（或所有表的列）", "describe": "逐列统计：类型、null 数、不同值个数、最小/最大值或最常见的值",
        "warnings": "列出加载时的全部警告", "mode": "设置输出格式",
        "plan": "显示管道如何运行：算子、列、剪除了什么（不运行）",
        "save": "把会话的全部表（名称、中文标签、加载警告）写入快照 FILE.jxdb",
        "open": "打开快照 FILE.jxdb，取代会话中的表（不解析文字）",
        "sql": "显示从附加数据库的表开始的管道会发送到数据库的 SQL，以及哪些动词仍在本地运行",
        "numbers": "表格中数字的显示：小数位数、千分位、单位；raw 按原值显示",
        "wrap": "长文字单元格最多占 N 行（off：用 … 截断）", "output": "把结果写入 FILE，直到 `.output stdout`",
        "lang": "界面语言：中文或英文（默认取自 LC_ALL、LC_MESSAGES 或 LANG）", "timer": "显示每条语句的耗时",
        "maxrows": "表格最多显示 N 行（0：全部）", "history": "列出之前输入的语句", "run": "在本会话中运行脚本",
        "check": "审计已加载的文档（12 条规则），结果写入表 checks；与 `check` 相同",
        "quit": "退出 jixiao", "exit": "退出 jixiao（同 .quit）",
    ]
}
