extension Expression {
    /// The expression with each direct sub-expression replaced by `transform` of it, the shape
    /// and spans kept. Binders that rewrite some calls (aggregates into hidden columns, window
    /// calls into window columns) handle those cases themselves and let this walk the rest, so a
    /// new kind of expression is taught to every rewriter in one place.
    ///
    /// Leaves and `.pipeline` (a separate scope) are returned as they are.
    public func mappingChildren(
        _ transform: (Expression) throws(Diagnostic) -> Expression
    ) throws(Diagnostic) -> Expression {
        let kind: Kind
        switch self.kind {
        case .call(let function, let arguments):
            var rewritten: [Expression] = []
            rewritten.reserveCapacity(arguments.count)
            for argument in arguments { rewritten.append(try transform(argument)) }
            kind = .call(function: function, arguments: rewritten)
        case .unary(let op, let operand):
            kind = .unary(op, try transform(operand))
        case .binary(let op, let l, let r):
            kind = .binary(op, try transform(l), try transform(r))
        case .inList(let v, let list, let negated):
            var items: [Expression] = []
            items.reserveCapacity(list.count)
            for item in list { items.append(try transform(item)) }
            kind = .inList(try transform(v), items, negated: negated)
        case .between(let v, let lo, let hi, let negated):
            kind = .between(try transform(v), lower: try transform(lo), upper: try transform(hi), negated: negated)
        case .isNull(let v, let negated):
            kind = .isNull(try transform(v), negated: negated)
        case .caseWhen(let branches, let otherwise):
            var rewritten: [CaseBranch] = []
            rewritten.reserveCapacity(branches.count)
            for branch in branches {
                rewritten.append(
                    CaseBranch(condition: try transform(branch.condition), value: try transform(branch.value)))
            }
            var rest: Expression?
            if let otherwise { rest = try transform(otherwise) }
            kind = .caseWhen(rewritten, otherwise: rest)
        case .integer, .decimal, .string, .boolean, .null, .column, .variable, .pipeline:
            return self
        }
        return Expression(kind, span: span)
    }
}
