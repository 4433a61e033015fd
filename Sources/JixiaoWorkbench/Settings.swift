import JixiaoRender

/// What the user can change about how results are shown.
public struct Settings: Sendable {
    public var format: OutputFormat = .table
    public var maxRows: Int = 40
    public var timer = false
    public var color = false
    /// Colour for errors and warnings on stderr (which may be a terminal when stdout is not).
    public var colorMessages = false
    /// Terminal width in cells; nil when output is not a terminal (tables are then not cut).
    public var width: Int? = nil

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
        RenderOptions(width: width ?? 100_000, maxRows: format == .table ? maxRows : Int.max, color: color)
    }
}
