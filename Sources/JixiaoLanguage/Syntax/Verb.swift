/// One stage of a pipeline, after a `|`.
///
/// Each verb of SPEC §5 is its own case of ``Kind``; the case names are the verbs' own words
/// except where the word is taken in Swift: `where` is ``Kind/filter(_:)`` and `agg` is
/// ``Kind/aggregate(_:)``.
public struct Verb: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// `where EXPR` — keep rows where it is true.
        case filter(Expression)
        /// `derive NAME = EXPR, …` — add or replace columns.
        case derive([Assignment])
        /// `select COL | NAME = EXPR | -COL, …`.
        case select([SelectItem])
        /// `rename NEW = OLD, …`.
        case rename([Rename])
        /// `group KEY, …` where a key is `name = expr` or an expression (usually a column).
        case group([GroupKey])
        /// `agg NAME = AGG(…), …` — after `group`, or alone for the whole table.
        case aggregate([Assignment])
        /// `sort [-]EXPR, …`.
        case sort([SortKey])
        /// `take N [offset M]`. Count and offset are expressions (`take $n`); the binder requires
        /// them to be constant non-negative integers.
        case take(count: Expression, offset: Expression?)
        /// `top N by EXPR [per COL, …]` — the N rows with the largest EXPR, per group if given.
        case top(count: Expression, by: Expression, per: [ColumnReference])
        /// `distinct [COL, …]` — empty means whole rows.
        case distinct([ColumnReference])
        /// `count [COL, …]` — group, `n = count()`, share, sorted by n descending.
        case count([ColumnReference])
        /// `join [left] TABLE on COL, … | EXPR`.
        case join(JoinKind, PipelineSource, on: JoinCondition)
        /// `pivot COL agg AGG by KEY, …`.
        case pivot(column: ColumnReference, aggregate: Expression, by: [ColumnReference])
        /// `unpivot COL, … into NAME, VALUE`.
        case unpivot(columns: [ColumnReference], nameColumn: Identifier, valueColumn: Identifier)
        /// `chart bar LABEL, VALUE`.
        /// `chart KIND LABEL, VALUE [by SERIES]`; `chart hist VALUE` has the value as its label.
        case chart(ChartKind, label: Expression, value: Expression, series: Expression? = nil)
    }

    public var kind: Kind
    /// The verb's name as written (`where`, `agg` …).
    public var name: Identifier
    /// From the verb's name to the end of its last argument (the `|` is not included).
    public var span: SourceSpan

    public init(_ kind: Kind, name: Identifier, span: SourceSpan) {
        self.kind = kind
        self.name = name
        self.span = span
    }
}

/// `NAME = EXPR`, in `derive`, `agg` and `select`.
public struct Assignment: Sendable, Hashable {
    public var name: Identifier
    public var value: Expression

    public init(name: Identifier, value: Expression) {
        self.name = name
        self.value = value
    }

    public var span: SourceSpan { name.span.union(value.span) }
}

/// One item of `select`.
public enum SelectItem: Sendable, Hashable {
    /// `COL` — keep it, in this position.
    case column(ColumnReference)
    /// `NAME = EXPR` — compute a column.
    case computed(Assignment)
    /// `-COL` — keep every other column.
    case drop(ColumnReference, span: SourceSpan)

    public var span: SourceSpan {
        switch self {
        case .column(let column): return column.span
        case .computed(let assignment): return assignment.span
        case .drop(_, let span): return span
        }
    }
}

/// `NEW = OLD` in `rename`.
public struct Rename: Sendable, Hashable {
    public var newName: Identifier
    public var oldName: ColumnReference

    public init(newName: Identifier, oldName: ColumnReference) {
        self.newName = newName
        self.oldName = oldName
    }
}

/// A grouping key: `department`, or `y = year(date)` with an explicit output name.
public struct GroupKey: Sendable, Hashable {
    /// The output column's name when written as `name = expr`; otherwise the binder names it
    /// after the column.
    public var name: Identifier?
    public var expression: Expression

    public init(name: Identifier?, expression: Expression) {
        self.name = name
        self.expression = expression
    }
}

/// `[-]EXPR` in `sort`.
public struct SortKey: Sendable, Hashable {
    public var expression: Expression
    /// Written with a leading `-`.
    public var descending: Bool
    /// Including the `-`.
    public var span: SourceSpan

    public init(expression: Expression, descending: Bool, span: SourceSpan) {
        self.expression = expression
        self.descending = descending
        self.span = span
    }
}

public enum JoinKind: String, Sendable, Hashable {
    /// Rows with a match on both sides (the default).
    case inner
    /// Every left row; right columns null where nothing matches.
    case left
}

/// How rows of a `join` match.
public enum JoinCondition: Sendable, Hashable {
    /// `on project_id` or `on project_id, year`: equal values in columns of that name on both
    /// sides.
    case columns([ColumnReference])
    /// `on project_id = pid` or any other condition.
    case expression(Expression)
}

/// The chart styles of `chart`.
public enum ChartKind: String, Sendable, Hashable, CaseIterable {
    /// Horizontal bars in the terminal.
    case bar
    /// VALUE over LABEL (years, usually), one line per SERIES.
    case line
    /// How VALUE's values are distributed, counted in bins.
    case hist
}
