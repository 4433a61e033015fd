import Foundation
import JixiaoEngine
import Testing

@testable import JixiaoRender

@Suite("Number text")
struct NumberTextTests {
    @Test("The fast double formatter spells every value exactly as Value.format does")
    func matchesValueFormat() {
        var generator = SystemRandomNumberGenerator()
        var samples: [Double] = [
            0, -0.0, 0.1 + 0.2, 1.5, -2.25, 99.83, 1e-4, 1.2345e-4, 9.9e-5, 1e15, 1e15 + 0.5,
            123456789.123, 0.000123456789012345, 1 / 3, 2 / 3, -1e300, .leastNonzeroMagnitude, .nan, .infinity,
            -.infinity, 9007199254740992, 12345678901234.5, 1234567890123.45,
        ]
        for _ in 0..<20_000 {
            let exponent = Double(Int.random(in: -8...17, using: &generator))
            let mantissa = Double.random(in: -10...10, using: &generator)
            samples.append(mantissa * pow(10, exponent))
            samples.append((mantissa * 100).rounded() / 100)  // two-decimal money amounts
        }
        for d in samples {
            #expect(NumberText.format(d) == Value.format(d), "\(d)")
        }
    }

    @Test("Counts are grouped by thousands and pluralised")
    func counts() {
        #expect(CountText.grouped(0) == "0")
        #expect(CountText.grouped(999) == "999")
        #expect(CountText.grouped(1234) == "1,234")
        #expect(CountText.grouped(1_234_567) == "1,234,567")
        #expect(CountText.counted(1, "row") == "1 row")
        #expect(CountText.counted(1000, "column") == "1,000 columns")
    }
}
