// Evaluates a parsed expression for one row. Fields are read through a non-escaping closure from
// slot to value: it lives on the stack, so a row costs no allocation unless the expression itself
// builds strings. Recursion follows the tree, whose depth the parser bounds.

enum ExpressionEvaluator {
    static func evaluate(_ node: ExprNode, _ read: (Int) -> ExprValue) -> ExprValue {
        switch node {
        case .constant(let v): return v
        case .field(let slot): return read(slot)
        // The row's draw comes through `read` too (negative slots), which knows the row.
        case .random(let site): return read(-1 - site)
        case .unary(let op, let operand): return op.apply(evaluate(operand, read))
        case .chain(let first, let links): return chain(first, links, read)
        case .and(let operands): return and(operands, read)
        case .or(let operands): return or(operands, read)
        case .conditional(let test, let yes, let no):
            return evaluate(test, read).isTruthy ? evaluate(yes, read) : evaluate(no, read)
        case .call(let f, let args): return call(f, args, read)
        case .format(let value, let f): return ExprFunction.format(evaluate(value, read), with: f)
        case .position(let value, let list): return ExpressionParser.position(of: evaluate(value, read), in: list)
        case .lookup(let key, let object): return ExpressionParser.member(evaluate(key, read), of: object)
        }
    }

    private static func chain(_ first: ExprNode, _ links: [ExprLink], _ read: (Int) -> ExprValue) -> ExprValue {
        var value = evaluate(first, read)
        for link in links {
            value = link.op.apply(value, evaluate(link.operand, read))
        }
        return value
    }

    /// JavaScript's &&: the first falsy operand, else the last (so `datum.missing && x` is null).
    private static func and(_ operands: [ExprNode], _ read: (Int) -> ExprValue) -> ExprValue {
        var value = ExprValue.null
        for operand in operands {
            value = evaluate(operand, read)
            if !value.isTruthy { return value }
        }
        return value
    }

    /// JavaScript's ||: the first truthy operand, else the last.
    private static func or(_ operands: [ExprNode], _ read: (Int) -> ExprValue) -> ExprValue {
        var value = ExprValue.null
        for operand in operands {
            value = evaluate(operand, read)
            if value.isTruthy { return value }
        }
        return value
    }

    private static func call(_ f: ExprFunction, _ args: [ExprNode], _ read: (Int) -> ExprValue) -> ExprValue {
        switch f {
        case .min, .max: return extreme(f == .max, args, read)
        case .if: return evaluate(args[0], read).isTruthy ? evaluate(args[1], read) : evaluate(args[2], read)
        default:
            let a = evaluate(args[0], read)
            let b = args.count > 1 ? evaluate(args[1], read) : .null
            let c = args.count > 2 ? evaluate(args[2], read) : nil
            return f.apply(a, b, c)
        }
    }

    /// min/max without gathering the arguments into an array.
    private static func extreme(_ isMax: Bool, _ args: [ExprNode], _ read: (Int) -> ExprValue) -> ExprValue {
        var result: Double?
        for arg in args {
            guard let x = evaluate(arg, read).numberValue else { return .null }
            result = result.map { ExprFunction.extreme(isMax, $0, x) } ?? x
        }
        return result.map(ExprValue.number) ?? .null
    }
}
