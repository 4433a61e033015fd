/// Hands out column names without repeats: a name already taken gets `_2`, `_3`, …
///
/// Each base name remembers its next free suffix, so a header of thousands of identical names
/// costs one lookup per name; searching the suffixes from 2 every time was quadratic, and a
/// 5 MB line of one repeated word took minutes.
struct UniqueNames {
    private var taken: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    /// `name`, or the first `name_k` (k ≥ 2) not given out yet; it is taken from now on.
    mutating func claim(_ name: String) -> String {
        var chosen = name
        if taken.contains(name) {
            var k = nextSuffix[name] ?? 2
            while taken.contains("\(name)_\(k)") { k += 1 }
            nextSuffix[name] = k + 1
            chosen = "\(name)_\(k)"
        }
        taken.insert(chosen)
        return chosen
    }
}
