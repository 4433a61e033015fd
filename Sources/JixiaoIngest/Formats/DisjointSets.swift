/// Union-find over the integers `0..<count`: which lines of a page touch, which cells of a lattice
/// are one merged cell, which word stacks share a row. Path halving keeps every chain short.
struct DisjointSets {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    /// The representative of `k`'s set.
    mutating func root(_ k: Int) -> Int {
        var k = k
        while parent[k] != k {
            parent[k] = parent[parent[k]]
            k = parent[k]
        }
        return k
    }

    /// Joins the sets of `a` and `b`; `a`'s representative stays.
    mutating func union(_ a: Int, _ b: Int) {
        let ra = root(a), rb = root(b)
        if ra != rb { parent[rb] = ra }
    }
}
