import JixiaoEngine
import JixiaoLanguage

/// `take N [offset M]`. Count and offset are expressions (`take $n`) that must bind to
/// constant non-negative whole numbers.
public struct TakeVerb: VerbClause {
    public static let name = "take"
    public static let usage = "take N [offset M]"
    public static let summary = "the first N rows (after skipping M)"
    public static let synonyms = ["limit", "head"]
    public static let example = "indicators | sort -weight | take 5 offset 5"

    public var count: Expression
    public var offset: Expression?

    public static func parse(_ parser: inout SyntaxParser) throws(Diagnostic) -> TakeVerb {
        let count = try parser.parseArgument()
        guard parser.takeWord("offset") != nil else { return TakeVerb(count: count, offset: nil) }
        return TakeVerb(count: count, offset: try parser.parseArgument())
    }

    public var printedArguments: [String] {
        [SyntaxDump.expression(count)] + (offset.map { ["offset=\(SyntaxDump.expression($0))"] } ?? [])
    }

    public func bind(_ input: [PlanColumn], _ context: inout BindContext) throws -> PlanStep {
        let n = try context.count(count, on: input, what: "the number of rows")
        let m = try offset.map { try context.count($0, on: input, what: "the offset") } ?? 0
        let take = Take(count: n, offset: m)
        return PlanStep(
            "Take", details: ["rows: \(n)" + (m > 0 ? ", offset \(m)" : "")], output: input, reads: [],
            lineage: PlanStep.passing(input.count), span: context.verb.span
        ) {
            try take.run($0.table, context: $0.context)
        }
    }

    /// offset + count when both are valid, for a `sort` before this `take`; nil leaves the
    /// error (if any) to this verb's own binding.
    func rowsNeeded(on input: [PlanColumn], _ context: BindContext) -> Int? {
        guard let n = try? context.count(count, on: input, what: "the number of rows") else { return nil }
        guard let offset else { return n }
        return (try? context.count(offset, on: input, what: "the offset")).map { n + $0 }
    }
}
