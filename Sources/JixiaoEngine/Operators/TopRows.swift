/// The first `k` rows of an order without sorting them all: a max-heap (by `precedes`) of the `k`
/// best rows so far, whose root is the worst of them; a row enters only when it precedes the root.
/// On ten million rows and k = 100 almost every row costs one comparison.
enum TopRows {
    static func select(
        _ k: Int, of rowCount: Int, context: ExecutionContext,
        by precedes: (Int32, Int32) -> Bool
    ) throws -> Selection {
        guard k > 0 else { return [] }
        var heap = Selection()
        heap.reserveCapacity(k)
        for row in 0..<Int32(rowCount) {
            if row & 0xFFFFF == 0 { try context.checkInterrupt() }
            if heap.count < k {
                heap.append(row)
                siftUp(&heap, heap.count - 1, precedes)
            } else if precedes(row, heap[0]) {
                heap[0] = row
                siftDown(&heap, 0, precedes)
            }
        }
        heap.sort(by: precedes)
        return heap
    }

    /// Restores the heap upward from `i`: a parent never precedes its children.
    private static func siftUp(_ heap: inout Selection, _ i: Int, _ precedes: (Int32, Int32) -> Bool) {
        var child = i
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(heap[parent], heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private static func siftDown(_ heap: inout Selection, _ i: Int, _ precedes: (Int32, Int32) -> Bool) {
        var parent = i
        while true {
            let left = 2 * parent + 1, right = left + 1
            var worst = parent
            if left < heap.count, precedes(heap[worst], heap[left]) { worst = left }
            if right < heap.count, precedes(heap[worst], heap[right]) { worst = right }
            if worst == parent { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
