/// The few terminal styles the renderer uses; applied only when colour is on.
enum ANSIStyle: String {
    case bold = "\u{1B}[1m"
    case dim = "\u{1B}[2m"
    case number = "\u{1B}[36m"  // cyan
    case negative = "\u{1B}[31m"  // red
    case bar = "\u{1B}[34m"  // blue

    static let reset = "\u{1B}[0m"

    /// `text` wrapped in this style, or unchanged when colour is off or there is nothing to style.
    func apply(_ text: String, enabled: Bool) -> String {
        guard enabled, !text.isEmpty else { return text }
        return rawValue + text + ANSIStyle.reset
    }
}
