import JixiaoRender

/// What the user can change about how results are shown.
public struct Settings: Sendable {
    public var format: OutputFormat = .table
    public var maxRows: Int = 40
    /// Whether `.maxrows` was given: off the terminal, rows are elided only then.
    public var maxRowsChosen = false
    public var timer = false
    public var color = false
    /// Colour for errors and warnings on stderr (which may be a terminal when stdout is not).
    public var colorMessages = false
    /// Terminal width in cells; nil when output is not a terminal (tables are then not cut).
    public var width: Int? = nil
    /// The language of messages, hints, help and summaries (`.lang`, or the locale at start).
    public var language: InterfaceLanguage = .english

    /// How numbers are shown to a person (`.numbers`).
    public var numbers: NumberStyle = .analyst
    /// Lines a long text cell may take in the box table (`.wrap N`).
    public var wrapLines = 1

    public init() {}

    /// The names `--format` and `.mode` take.
    public static var formatNames: [String] { OutputFormat.allCases.map(\.rawValue) }

    /// Sets the output format by name; false (and no change) for a name that is not one.
    @discardableResult
    public mutating func setFormat(named name: String) -> Bool {
        guard let format = OutputFormat(rawValue: name) else { return false }
        self.format = format
        return true
    }

    public var renderOptions: RenderOptions {
        var options = RenderOptions(
            width: width ?? 100_000, maxRows: format.isForPeople ? maxRows : Int.max, color: color,
            numbers: numbers, wrapLines: wrapLines)
        options.chineseText = language == .chinese
        return options
    }
}
