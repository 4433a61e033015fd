import JixiaoEngine

/// An engine expression with the type it yields (nil for an untyped null).
public struct BoundExpression {
    public var expr: Expr
    public var type: DataType?

    public init(_ expr: Expr, _ type: DataType?) {
        self.expr = expr
        self.type = type
    }

    public var constant: Value? {
        if case .literal(let v) = expr { return v }
        return nil
    }
}
