/// A prefix operator.
public enum UnaryOperator: String, Sendable, Hashable {
    /// `-x`. Applied to a number literal the parser folds it into the literal instead.
    case negate = "-"
    /// `not x`.
    case not
}

/// An infix operator. Alternative spellings are normalised: `=` and `==` are ``equal``;
/// `!=`, `<>` and `≠` are ``notEqual``; `≥` is ``greaterOrEqual``; `≤` is ``lessOrEqual``.
public enum BinaryOperator: String, Sendable, Hashable, CaseIterable {
    case or, and
    case equal = "=", notEqual = "!="
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    /// `text contains "part"`: substring test.
    case contains
    /// `text matches "regex"`: regular-expression test.
    case matches
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%"
    /// `a || b`: the texts joined; null when either is null.
    case concatenate = "||"

    /// Binding strength, higher binds tighter: `or` < `and` < (`not`) < comparisons < `+ -` <
    /// `* / %` < unary `-`.
    public var precedence: Int {
        switch self {
        case .or: return 1
        case .and: return 2
        case .equal, .notEqual, .less, .lessOrEqual, .greater, .greaterOrEqual, .contains, .matches:
            return 4
        case .add, .subtract, .concatenate: return 5
        case .multiply, .divide, .modulo: return 6
        }
    }

    /// True for the operators that compare two values; they do not chain (`a < b < c` is an
    /// error rather than a surprise).
    public var isComparison: Bool { precedence == 4 }
}
