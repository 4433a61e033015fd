/// Decides which newlines end a statement.
///
/// SPEC §5: a line ending in `|`, a line starting with `|`, or an open bracket continues the
/// statement. A line ending in `,` continues too, so long `derive`/`agg` lists can be written one
/// item per line. Every other newline ends the statement; blank and comment-only lines vanish.
enum StatementBreaks {
    /// `tokens` with continuation and repeated newlines removed.
    static func apply(_ tokens: [Token]) -> [Token] {
        var kept: [Token] = []
        kept.reserveCapacity(tokens.count)
        let pipeFollows = pipeFollowsNewlines(tokens)
        var depth = 0
        for (position, token) in tokens.enumerated() {
            switch token.kind {
            case .symbol(.leftParen): depth += 1
            case .symbol(.rightParen): depth = max(depth - 1, 0)
            case .newline:
                if depth > 0 || continuesAfter(kept.last) || pipeFollows[position] {
                    continue
                }
            default: break
            }
            kept.append(token)
        }
        return kept
    }

    /// True when `token`, the last one kept, leaves its statement open (or there is none yet).
    static func continuesAfter(_ token: Token?) -> Bool {
        guard let token else { return true }
        switch token.kind {
        case .newline, .symbol(.pipe), .symbol(.comma): return true
        default: return false
        }
    }

    /// For each position: is the next token that is not a newline a `|`? One backward pass, so
    /// thousands of blank lines cost linear time.
    private static func pipeFollowsNewlines(_ tokens: [Token]) -> [Bool] {
        var result = [Bool](repeating: false, count: tokens.count)
        var nextIsPipe = false
        for position in tokens.indices.reversed() {
            result[position] = nextIsPipe
            if tokens[position].kind != .newline { nextIsPipe = tokens[position].isSymbol(.pipe) }
        }
        return result
    }
}
