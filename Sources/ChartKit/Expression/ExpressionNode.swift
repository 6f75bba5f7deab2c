// The parsed form of an expression. Fields are numbered slots rather than names, so evaluating a
// row never hashes a string: the closure form maps a slot back to its name, the bound form to a
// column index fixed once before the loop.

indirect enum ExprNode: Sendable {
    case constant(ExprValue)
    /// A field, by its slot in `Expression.fields`.
    case field(Int)
    case unary(UnaryOperator, ExprNode)
    /// Operators of one precedence applied left to right: `a - b + c`. A flat list rather than
    /// nested pairs, so a long sum costs a loop, not one stack frame per term.
    case chain(ExprNode, [ExprLink])
    /// `&&` and `||` over two or more operands, short-circuiting.
    case and([ExprNode])
    case or([ExprNode])
    /// `test ? a : b`, and the function `if(test, a, b)`: only the chosen branch is evaluated.
    case conditional(ExprNode, ExprNode, ExprNode)
    case call(ExprFunction, [ExprNode])
    /// `format(value, "…")` with a literal specifier, parsed once here instead of on every row.
    case format(ExprNode, NumberFormat)
    /// `random()`, numbered by its place among the expression's calls of it (SeededRandom).
    case random(Int)
    /// `indexof([a, b, …], value)`: the value's place in a literal list (ExpressionLists).
    case position(ExprNode, in: [ExprValue])
    /// `{'a': 1, 'b': 2}[key]`: a constant object looked up by a computed key (ExpressionObjects).
    case lookup(ExprNode, in: [String: ExprValue])

    /// The operands, for constant folding; nil for leaves (a field is never constant).
    var children: [ExprNode]? {
        switch self {
        case .constant, .field, .random: return nil
        case .unary(_, let a): return [a]
        case .chain(let first, let links): return [first] + links.map(\.operand)
        case .and(let operands), .or(let operands): return operands
        case .conditional(let t, let a, let b): return [t, a, b]
        case .call(_, let args): return args
        case .format(let a, _): return [a]
        case .position(let a, _): return [a]
        case .lookup(let a, _): return [a]
        }
    }

    var constantValue: ExprValue? {
        if case .constant(let v) = self { return v }
        return nil
    }
}

struct ExprLink: Sendable {
    var op: BinaryOperator
    var operand: ExprNode
}

enum UnaryOperator: String, Sendable {
    case minus = "-", plus = "+", not = "!"
}

enum BinaryOperator: String, Sendable {
    case multiply = "*", divide = "/", remainder = "%"
    case add = "+", subtract = "-"
    case less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
    case equal = "==", notEqual = "!=", identical = "===", notIdentical = "!=="
}

/// The binary operators from loosest to tightest, as JavaScript ranks them.
enum OperatorLevel: Int, CaseIterable, Sendable {
    case or, and, equality, relational, additive, multiplicative

    static func of(_ symbol: String) -> OperatorLevel? {
        switch symbol {
        case "||": return .or
        case "&&": return .and
        case "==", "!=", "===", "!==": return .equality
        case "<", "<=", ">", ">=": return .relational
        case "+", "-": return .additive
        case "*", "/", "%": return .multiplicative
        default: return nil
        }
    }

    var tighter: OperatorLevel? { OperatorLevel(rawValue: rawValue + 1) }
}

/// Where a field is read in the source, for messages about unknown fields.
struct FieldReference: Sendable, Equatable {
    var name: String
    var offset: Int
    var length: Int
}
