import JixiaoDomain

/// An indicator row as read, before its values are resolved: resolution waits until the project
/// is complete, because a wrapped fragment on a later line may still extend the name or target.
struct IndicatorDraft: Sendable {
    var line: Int
    var level1: String?
    var level2: String?
    var name: String
    var values: [IndicatorHeader.Role: String]
}

/// A project as read from one document, with its indicators.
struct ParsedProject: Sendable {
    var record: ProjectRecord
    var indicators: [IndicatorRecord] = []
    /// Whether the year was read from the document itself rather than guessed.
    var yearStated = false
}

/// What a layout reader produces: projects and warnings, before ids and options are applied.
struct ParsedDocument: Sendable {
    var kind: DocumentKind
    var projects: [ParsedProject] = []
    var warnings: [LoadWarning] = []
    /// Lines that were neither read, nor recognised as titles or boilerplate (each is a warning too).
    var linesNotUnderstood = 0
}
