/// Did-you-mean suggestions for misspelt names of verbs, columns, tables and functions.
public enum Suggest {
    /// The candidate closest to `name` by edit distance (case-insensitive, a swap of two
    /// neighbouring characters counts as one edit), or nil when none is close enough to be a
    /// plausible typo: at most 1 edit for names up to 3 characters, 2 up to 6, 3 beyond.
    /// Ties go to the candidate listed first, so callers can order by preference.
    public static func nearest(_ name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased())
        guard !target.isEmpty else { return nil }
        let threshold = target.count <= 3 ? 1 : (target.count <= 6 ? 2 : 3)
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            // The distance is at least the difference in length: skip hopeless candidates early.
            guard abs(other.count - target.count) <= threshold else { continue }
            let distance = editDistance(target, other)
            guard distance <= threshold, distance < other.count else { continue }
            if let current = best, current.distance <= distance { continue }
            best = (candidate, distance)
        }
        return best?.candidate
    }

    /// Optimal-string-alignment distance: insertions, deletions, substitutions and adjacent
    /// transpositions each cost one.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previousPrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, previousPrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (previousPrevious, previous, current) = (previous, current, previousPrevious)
        }
        return previous[b.count]
    }
}
