/// Parses each distinct printed value once: a table of ten million indicator rows holds a few
/// hundred thousand distinct targets and actuals, and `TargetValueParser` is the dearest step of
/// reading a row. Texts are told apart by their exact bytes, as everywhere in the workbench.
public final class TargetValueCache {
    private var parsed: [[UInt8]: TargetValue] = [:]

    public init() {}

    public func parse(_ printed: String) -> TargetValue {
        let key = Array(printed.utf8)
        if let known = parsed[key] { return known }
        let value = TargetValueParser.parse(printed)
        parsed[key] = value
        return value
    }
}
