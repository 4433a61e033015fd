import JixiaoEngine

/// The numbers of a column being read: 32-bit mantissas at one decimal scale while every value so
/// far fits (`CompactNumbers`: ids, years, amounts with two decimals), else 64-bit integers or
/// doubles, widened once, when the first value that does not fit arrives.
///
/// Compacting as the rows arrive, not after, is what keeps a large load's peak low: the wide
/// array of a column is never built unless its values need it. The scale grows when a value
/// has more decimals than the ones before (every stored mantissa is multiplied up once), as long
/// as all of them still fit.
struct NumberStore {
    private enum Storage { case compact, integers, doubles }

    /// True while the column holds only integers; the accumulator's kind follows it.
    private(set) var isInteger = true
    private var storage = Storage.compact
    private var scale = 0
    private var mantissas: [Int32] = []
    private var integers: [Int64] = []
    private var doubles: [Double] = []
    private let capacity: Int

    init(capacity: Int, isInteger: Bool) {
        self.capacity = capacity
        self.isInteger = isInteger
        mantissas.reserveCapacity(capacity)
    }

    var count: Int {
        switch storage {
        case .compact: return mantissas.count
        case .integers: return integers.count
        case .doubles: return doubles.count
        }
    }

    /// `n` placeholder rows (zeros) for nulls.
    mutating func appendZeros(_ n: Int) {
        switch storage {
        case .compact: mantissas.append(contentsOf: repeatElement(0, count: n))
        case .integers: integers.append(contentsOf: repeatElement(0, count: n))
        case .doubles: doubles.append(contentsOf: repeatElement(0, count: n))
        }
    }

    /// Appends a batch of integers (the column is still integer).
    mutating func append(integers batch: UnsafeBufferPointer<Int64>) {
        if storage == .compact {
            let fitted = withUnsafeTemporaryAllocation(of: Int32.self, capacity: Swift.max(batch.count, 1)) { buffer in
                for i in 0..<batch.count {
                    guard let m = Int32(exactly: batch[i]) else { return false }
                    buffer[i] = m
                }
                mantissas.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<batch.count]))
                return true
            }
            if fitted { return }
            widen()
        }
        integers.append(contentsOf: batch)
    }

    /// Appends a batch of decimals (the column has become decimal).
    mutating func append(doubles batch: UnsafeBufferPointer<Double>) {
        var start = 0
        while storage == .compact && start < batch.count {
            // The values from `start` at the current scale, until one needs more decimals.
            let stopped = withUnsafeTemporaryAllocation(of: Int32.self, capacity: batch.count - start) { buffer in
                var i = start
                while i < batch.count, let m = CompactNumbers.mantissa(batch[i], scale: scale) {
                    buffer[i - start] = m
                    i += 1
                }
                mantissas.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[0..<(i - start)]))
                return i
            }
            start = stopped
            guard start < batch.count else { return }
            if let wanted = CompactNumbers.scale(of: batch[start], from: scale + 1), rescale(to: wanted) { continue }
            widen()
        }
        doubles.append(contentsOf: UnsafeBufferPointer(rebasing: batch[start...]))
    }

    mutating func append(integer: Int64) {
        withUnsafePointer(to: integer) { append(integers: UnsafeBufferPointer(start: $0, count: 1)) }
    }

    mutating func append(double: Double) {
        withUnsafePointer(to: double) { append(doubles: UnsafeBufferPointer(start: $0, count: 1)) }
    }

    /// The integer column becomes decimal: compact integers are decimals of scale 0 as they are.
    mutating func becomeDecimal() {
        guard isInteger else { return }
        isInteger = false
        if storage == .integers {
            var widened = [Double]()
            widened.reserveCapacity(Swift.max(capacity, integers.count))
            widened.append(contentsOf: integers.lazy.map(Double.init))
            doubles = widened
            integers = []
            storage = .doubles
        }
    }

    /// Appends the rows of `other`, which holds the same kind of numbers (the caller makes both
    /// decimal when one is).
    mutating func append(contentsOf other: consuming NumberStore) {
        precondition(isInteger == other.isInteger, "NumberStore: join integers with decimals after becomeDecimal")
        if storage == .compact && other.storage == .compact {
            let wanted = Swift.max(scale, other.scale)
            if rescale(to: wanted), other.rescale(to: wanted) {
                mantissas.append(contentsOf: other.mantissas)
                return
            }
        }
        if storage == .compact { widen() }
        switch storage {
        case .compact: break
        case .integers:
            switch other.storage {
            case .compact: integers.append(contentsOf: other.mantissas.lazy.map { Int64($0) })
            case .integers: integers.append(contentsOf: other.integers)
            case .doubles: preconditionFailure("NumberStore: integers joined with decimals")
            }
        case .doubles:
            switch other.storage {
            case .compact:
                let p = CompactNumbers.powersOfTen[other.scale]
                doubles.append(contentsOf: other.mantissas.lazy.map { Double($0) / p })
            case .integers: doubles.append(contentsOf: other.integers.lazy.map(Double.init))
            case .doubles: doubles.append(contentsOf: other.doubles)
            }
        }
    }

    func build(validity: Bitmap?) -> Column {
        switch storage {
        case .compact:
            return Column(
                .compact(CompactNumbers(mantissas: mantissas, scale: scale, isInteger: isInteger)), validity: validity)
        case .integers: return Column(.integer(integers), validity: validity)
        case .doubles: return Column(.double(doubles), validity: validity)
        }
    }

    /// Multiplies every mantissa up to `wanted` decimals; false (nothing changed) when one would
    /// no longer fit 32 bits.
    private mutating func rescale(to wanted: Int) -> Bool {
        guard wanted != scale else { return true }
        guard storage == .compact, wanted > scale, wanted <= CompactNumbers.maximumScale else { return false }
        var factor: Int64 = 1
        for _ in scale..<wanted { factor *= 10 }
        let limit = Int64(Int32.max) / factor
        var largest: Int64 = 0
        for m in mantissas { largest = Swift.max(largest, Int64(m.magnitude)) }
        guard largest <= limit else { return false }
        let f = Int32(factor)
        mantissas.withUnsafeMutableBufferPointer { m in
            for i in m.indices { m[i] &*= f }
        }
        scale = wanted
        return true
    }

    /// Moves the compact mantissas into 64-bit storage: integers, or doubles for decimals.
    private mutating func widen() {
        guard storage == .compact else { return }
        if isInteger {
            var wide = [Int64]()
            wide.reserveCapacity(Swift.max(capacity, mantissas.count))
            wide.append(contentsOf: mantissas.lazy.map { Int64($0) })
            integers = wide
            storage = .integers
        } else {
            let p = CompactNumbers.powersOfTen[scale]
            var wide = [Double]()
            wide.reserveCapacity(Swift.max(capacity, mantissas.count))
            wide.append(contentsOf: mantissas.lazy.map { Double($0) / p })
            doubles = wide
            storage = .doubles
        }
        mantissas = []
    }
}
