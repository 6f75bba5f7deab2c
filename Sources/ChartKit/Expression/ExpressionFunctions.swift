import Foundation

// The functions an expression may call: Vega's names and meanings, a fixed list checked at parse
// time (an unknown name or a wrong argument count is an error before any row is read). Null in
// gives null out, so a missing value stays missing through a calculation.

enum ExprFunction: String, CaseIterable, Sendable {
    case abs, round, floor, ceil, sqrt, pow, log, exp, min, max
    case sin, cos, tan, asin, acos, atan, atan2
    case isValid, isNaN, isFinite, toNumber, toString, toBoolean
    case year, month, date, quarter
    case format, length, upper, lower, trim, substring, indexof
    /// `timeFormat(date, "%b %Y")`: a date written by a d3-time-format specifier.
    case timeFormat
    case `if`
    case random
    case quantileNormal, cumulativeNormal, densityNormal, quantileUniform, cumulativeUniform, densityUniform
    /// `value[index]`: written with brackets, never by name ("[]" is no name the lexer reads).
    case index = "[]"

    /// How many arguments a call takes; min and max take any number from one.
    var arity: ClosedRange<Int> {
        switch self {
        case .min, .max: return 1...Int.max
        case .pow, .format, .index, .atan2, .indexof, .timeFormat: return 2...2
        case .substring: return 2...3
        case .if: return 3...3
        case .random: return 0...0
        case .quantileNormal, .cumulativeNormal, .densityNormal, .quantileUniform, .cumulativeUniform, .densityUniform: return 1...3
        default: return 1...1
        }
    }

    /// "takes 1 argument", "takes 2 or 3 arguments", "takes at least 1 argument".
    var arityDescription: String {
        let plural = { (n: Int) in n == 1 ? "\(n) argument" : "\(n) arguments" }
        if arity.upperBound == Int.max { return "takes at least \(plural(arity.lowerBound))" }
        if arity.count == 1 { return arity.lowerBound == 0 ? "takes no arguments" : "takes \(plural(arity.lowerBound))" }
        return "takes \(arity.lowerBound) or \(plural(arity.upperBound))"
    }

    /// Applies a function of up to three arguments (`c` nil when not given). min, max and if are
    /// evaluated by the evaluator itself: one loops without an array, the other is lazy.
    func apply(_ a: ExprValue, _ b: ExprValue, _ c: ExprValue?) -> ExprValue {
        switch self {
        case .abs: return ExprFunction.math(a) { Swift.abs($0) }
        case .round: return ExprFunction.math(a, ExprFunction.roundHalfUp)
        case .floor: return ExprFunction.math(a) { $0.rounded(.down) }
        case .ceil: return ExprFunction.math(a) { $0.rounded(.up) }
        case .sqrt: return ExprFunction.math(a) { $0.squareRoot() }
        case .log: return ExprFunction.math(a) { Foundation.log($0) }
        case .exp: return ExprFunction.math(a) { Foundation.exp($0) }
        case .pow:
            guard let x = a.numberValue, let y = b.numberValue else { return .null }
            return .number(Foundation.pow(x, y))
        case .sin: return ExprFunction.math(a) { Foundation.sin($0) }
        case .cos: return ExprFunction.math(a) { Foundation.cos($0) }
        case .tan: return ExprFunction.math(a) { Foundation.tan($0) }
        case .asin: return ExprFunction.math(a) { Foundation.asin($0) }
        case .acos: return ExprFunction.math(a) { Foundation.acos($0) }
        case .atan: return ExprFunction.math(a) { Foundation.atan($0) }
        case .atan2:
            guard let y = a.numberValue, let x = b.numberValue else { return .null }
            return .number(Foundation.atan2(y, x))
        case .min, .max, .if, .random: return .null
        case .isValid, .isNaN, .isFinite, .toNumber, .toString, .toBoolean: return conversion(a)
        case .year, .month, .date, .quarter: return ExprFunction.datePart(self, a)
        case .format: return ExprFunction.format(a, spec: b)
        case .timeFormat: return ExprFunction.timeFormat(a, spec: b)
        case .length, .upper, .lower, .trim: return ExprFunction.text(self, a)
        case .substring: return ExprFunction.substring(a, b, c)
        case .indexof: return ExprFunction.indexOf(a, b)
        case .index: return ExprFunction.character(a, at: b)
        case .quantileNormal, .cumulativeNormal, .densityNormal, .quantileUniform, .cumulativeUniform, .densityUniform:
            return ExprFunction.distribution(self, a, b, c)
        }
    }

    private static func math(_ a: ExprValue, _ f: (Double) -> Double) -> ExprValue {
        a.numberValue.map { .number(f($0)) } ?? .null
    }

    /// JavaScript's Math.round: halves go up (-2.5 → -2), unlike Swift's away-from-zero.
    static func roundHalfUp(_ x: Double) -> Double {
        let down = x.rounded(.down)
        return x - down >= 0.5 ? down + 1 : down
    }

    /// min and max fold over their arguments one at a time; any null makes the result null, any
    /// NaN makes it NaN (JavaScript's Math.min).
    static func extreme(_ isMax: Bool, _ x: Double, _ y: Double) -> Double {
        if x.isNaN || y.isNaN { return .nan }
        return isMax ? Swift.max(x, y) : Swift.min(x, y)
    }
}

// MARK: - Tests and conversions

extension ExprFunction {
    private func conversion(_ a: ExprValue) -> ExprValue {
        switch self {
        case .isValid:
            if case .number(let x) = a { return .bool(!x.isNaN) }
            return .bool(a != .null)
        // Vega's isNaN and isFinite are Number.isNaN and Number.isFinite: no conversion first.
        case .isNaN:
            if case .number(let x) = a { return .bool(x.isNaN) }
            return .bool(false)
        case .isFinite:
            if case .number(let x) = a { return .bool(x.isFinite) }
            return .bool(false)
        case .toNumber: return ExprFunction.toNumber(a)
        case .toString: return ExprFunction.toString(a)
        default: return ExprFunction.toBoolean(a)
        }
    }

    /// Text reads as the data tables read cells; what does not read is null, not NaN.
    private static func toNumber(_ a: ExprValue) -> ExprValue {
        switch a {
        case .null, .number: return a
        case .string(let s): return DataTable.parseNumber(s).map(ExprValue.number) ?? .null
        case .bool(let b): return .number(b ? 1 : 0)
        }
    }

    /// Vega's toString: null and "" give null.
    private static func toString(_ a: ExprValue) -> ExprValue {
        guard let s = a.stringValue, !s.isEmpty else { return .null }
        return .string(s)
    }

    /// Vega's toBoolean: null and "" give null; "false" and "0" are false, the rest truthiness.
    private static func toBoolean(_ a: ExprValue) -> ExprValue {
        switch a {
        case .null, .string(""): return .null
        case .string("false"), .string("0"): return .bool(false)
        default: return .bool(a.isTruthy)
        }
    }
}
