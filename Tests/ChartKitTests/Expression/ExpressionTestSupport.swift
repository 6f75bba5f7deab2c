@testable import ChartKit

/// A row for expression tests, by field name.
let sampleRow: [String: ExprValue] = [
    "a": .number(2), "b": .number(3), "zero": .number(0), "s": .string("x"),
    "t": .bool(true), "f": .bool(false), "missing": .null,
]

/// `source` parsed and evaluated against `row`; fields not in the row read as null.
func evaluated(_ source: String, _ row: [String: ExprValue] = sampleRow) throws -> ExprValue {
    try Expression.parse(source).evaluate { row[$0] ?? .null }
}

/// The error parsing `source` throws, or nil when it parses.
func parseError(_ source: String) -> ExpressionError? {
    do {
        _ = try Expression.parse(source)
        return nil
    } catch {
        return error
    }
}

/// Equality that counts NaN as equal to NaN, for results that are meant to be NaN.
func same(_ a: ExprValue, _ b: ExprValue) -> Bool {
    if case .number(let x) = a, case .number(let y) = b, x.isNaN, y.isNaN { return true }
    return a == b
}
