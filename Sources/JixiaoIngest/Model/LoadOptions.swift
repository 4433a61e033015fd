import JixiaoEngine

/// What the caller of `load` states about the documents; stated values override what the
/// document says (SPEC §4: `load "…" year=2024 region="…"`).
public struct LoadOptions: Sendable {
    public var year: Int?
    public var region: String?
    /// The `project_id` of the first project read; later ones count up from it.
    public var firstProjectID: Int
    /// The `indicator_id` of the first indicator read.
    public var firstIndicatorID: Int
    /// The one sheet of a workbook to read (`sheet="名称"` or `sheet=2`); nil reads every sheet.
    public var sheet: SheetChoice?
    /// Where a long read looks for Ctrl-C and reports its progress; nil reads to the end.
    public var context: ExecutionContext?

    public init(
        year: Int? = nil, region: String? = nil, firstProjectID: Int = 1, firstIndicatorID: Int = 1,
        context: ExecutionContext? = nil, sheet: SheetChoice? = nil
    ) {
        self.context = context
        self.sheet = sheet
        self.year = year
        self.region = region
        self.firstProjectID = firstProjectID
        self.firstIndicatorID = firstIndicatorID
    }
}
