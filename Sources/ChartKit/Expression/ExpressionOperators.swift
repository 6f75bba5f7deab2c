// What the operators mean: JavaScript's semantics, except the project's rule that a missing value
// never silently becomes a number. Arithmetic with null is null (JavaScript would read it as 0),
// division by zero is null (a chart cannot draw infinity), and an ordering with null is false.

extension UnaryOperator {
    func apply(_ v: ExprValue) -> ExprValue {
        switch self {
        case .not: return .bool(!v.isTruthy)
        case .minus: return v.numberValue.map { .number(-$0) } ?? .null
        case .plus: return v.numberValue.map(ExprValue.number) ?? .null
        }
    }
}

extension BinaryOperator {
    func apply(_ a: ExprValue, _ b: ExprValue) -> ExprValue {
        switch self {
        case .add: return BinaryOperator.add(a, b)
        case .subtract, .multiply, .divide, .remainder: return arithmetic(a, b)
        case .less, .lessOrEqual, .greater, .greaterOrEqual: return .bool(BinaryOperator.compare(a, b, self))
        case .equal: return .bool(BinaryOperator.looseEquals(a, b))
        case .notEqual: return .bool(!BinaryOperator.looseEquals(a, b))
        case .identical: return .bool(BinaryOperator.strictEquals(a, b))
        case .notIdentical: return .bool(!BinaryOperator.strictEquals(a, b))
        }
    }

    /// `+` concatenates when either side is a string (JavaScript), but null + "a" stays null.
    private static func add(_ a: ExprValue, _ b: ExprValue) -> ExprValue {
        if case .string(let s) = a, let t = b.stringValue { return .string(s + t) }
        if case .string(let t) = b, let s = a.stringValue { return .string(s + t) }
        guard let x = a.numberValue, let y = b.numberValue else { return .null }
        return .number(x + y)
    }

    private func arithmetic(_ a: ExprValue, _ b: ExprValue) -> ExprValue {
        guard let x = a.numberValue, let y = b.numberValue else { return .null }
        switch self {
        case .subtract: return .number(x - y)
        case .multiply: return .number(x * y)
        // JavaScript's % keeps the dividend's sign, as truncatingRemainder does.
        case .divide: return y == 0 ? .null : .number(x / y)
        default: return y == 0 ? .null : .number(x.truncatingRemainder(dividingBy: y))
        }
    }

    /// Strings order by Unicode scalars, numbers numerically; a string beside a number (or a
    /// boolean) is read as a number first, as JavaScript does. NaN and null order with nothing.
    private static func compare(_ a: ExprValue, _ b: ExprValue, _ op: BinaryOperator) -> Bool {
        if case .string(let s) = a, case .string(let t) = b {
            switch op {
            case .less: return s.unicodeScalars.lexicographicallyPrecedes(t.unicodeScalars)
            case .greater: return t.unicodeScalars.lexicographicallyPrecedes(s.unicodeScalars)
            case .lessOrEqual: return !t.unicodeScalars.lexicographicallyPrecedes(s.unicodeScalars)
            default: return !s.unicodeScalars.lexicographicallyPrecedes(t.unicodeScalars)
            }
        }
        guard let x = a.numberValue, let y = b.numberValue else { return false }
        switch op {
        case .less: return x < y
        case .greater: return x > y
        case .lessOrEqual: return x <= y
        default: return x >= y
        }
    }

    /// `==`: null equals only null; values of one kind compare directly (strings by Swift's
    /// canonical equivalence, so "é" typed either way matches); mixed kinds compare as numbers,
    /// as JavaScript's loose equality does ("2023" == 2023).
    private static func looseEquals(_ a: ExprValue, _ b: ExprValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.null, _), (_, .null): return false
        case (.string(let s), .string(let t)): return s == t
        case (.bool(let p), .bool(let q)): return p == q
        default:
            guard let x = a.numberValue, let y = b.numberValue else { return false }
            return x == y
        }
    }

    /// `===`: also the same kind. NaN equals nothing, itself included.
    private static func strictEquals(_ a: ExprValue, _ b: ExprValue) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case (.number(let x), .number(let y)): return x == y
        case (.string(let s), .string(let t)): return s == t
        case (.bool(let p), .bool(let q)): return p == q
        default: return false
        }
    }
}
