// The values an expression computes with, and JavaScript's conversions between them. Where the
// project's rule about missing values is stricter than JavaScript (null never silently becomes
// 0), the operators and functions decide; these conversions leave null to them.

/// A value inside an expression (Vega's: null, number, string, boolean).
public enum ExprValue: Sendable, Equatable {
    case null
    case number(Double)
    case string(String)
    case bool(Bool)
}

extension ExprValue {
    /// A table cell as an expression reads it. CSV cells arrive as text, so text that reads as a
    /// number is a number: `datum.gw * 2` has to work on a column loaded from a file.
    public init(_ v: DataValue) {
        switch v {
        case .missing: self = .null
        case .number(let x): self = .number(x)
        case .text(let s): self = DataTable.parseNumber(s).map(ExprValue.number) ?? .string(s)
        }
    }

    /// The value back as a table cell. Values a chart cannot draw (NaN, infinities) and empty
    /// text become missing, so a computed column has one notion of "no value".
    public var dataValue: DataValue {
        switch self {
        case .null: return .missing
        case .number(let x): return x.isFinite ? .number(x) : .missing
        case .string(let s): return s.isEmpty ? .missing : .text(s)
        case .bool(let b): return .text(b ? "true" : "false")
        }
    }

    /// JavaScript truthiness: null, false, 0, NaN and "" are false.
    public var isTruthy: Bool {
        switch self {
        case .null: return false
        case .number(let x): return x != 0 && !x.isNaN
        case .string(let s): return !s.isEmpty
        case .bool(let b): return b
        }
    }

    /// JavaScript's ToNumber, except that text reads the way DataTable reads cells ("" and
    /// "1,322" are NaN, not 0 and NaN): nil for null, which each caller treats its own way.
    var numberValue: Double? {
        switch self {
        case .null: return nil
        case .number(let x): return x
        case .string(let s): return DataTable.parseNumber(s) ?? .nan
        case .bool(let b): return b ? 1 : 0
        }
    }

    /// JavaScript's ToString; nil for null. Numbers are written as the project writes category
    /// names (Format.plain), so a label built by concatenation matches the category of that number.
    var stringValue: String? {
        switch self {
        case .null: return nil
        case .number(let x): return ExprValue.plain(x)
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        }
    }

    static func plain(_ x: Double) -> String {
        if x.isNaN { return "NaN" }
        if x.isInfinite { return x < 0 ? "-Infinity" : "Infinity" }
        return Format.plain(x)
    }

    /// How messages name the kind of a value.
    var kindName: String {
        switch self {
        case .null: return "null"
        case .number: return "a number"
        case .string: return "a string"
        case .bool: return "a boolean"
        }
    }
}
