// The functions on dates and text: year/month/date/quarter of the dates reports write
// ("2023", "2023-06", "2023-06-30", or a year number), d3-style number formats, and string
// functions that count Characters (what a reader sees) rather than JavaScript's UTF-16 units.

extension ExprFunction {
    /// A date as the data tables read one: text through TemporalValue.parse, a number as a year.
    /// (Vega reads a number as milliseconds since 1970; in this project's data 2023 is a year.)
    static func temporal(_ a: ExprValue) -> TemporalValue? {
        switch a {
        case .string(let s): return TemporalValue.parse(s)
        case .number(let x): return TemporalValue.year(x)
        default: return nil
        }
    }

    static func datePart(_ f: ExprFunction, _ a: ExprValue) -> ExprValue {
        guard let t = temporal(a) else { return .null }
        switch f {
        case .year: return .number(Double(t.year))
        // Vega's month is 0-based, as JavaScript's Date.getMonth: January is 0, December 11.
        case .month: return .number(Double(t.month - 1))
        case .quarter: return .number(Double((t.month - 1) / 3 + 1))
        default: return .number(Double(t.day))
        }
    }

    /// `timeFormat(date, specifier)`: a date (text, or a number as a year) written by d3's
    /// time directives; null for no date or a specifier this engine cannot write.
    static func timeFormat(_ a: ExprValue, spec: ExprValue) -> ExprValue {
        guard case .string(let s) = spec, let f = try? TimeFormat(s), let t = temporal(a) else { return .null }
        return .string(f.string(t))
    }

    /// `format(value, specifier)` with a specifier known only per row.
    static func format(_ a: ExprValue, spec: ExprValue) -> ExprValue {
        guard case .string(let s) = spec, let f = NumberFormat(s) else { return .null }
        return format(a, with: f)
    }

    /// Values that are not numbers, NaN and infinities format as null: "NaN" or "∞" is never a
    /// label a chart wants.
    static func format(_ a: ExprValue, with f: NumberFormat) -> ExprValue {
        switch a {
        case .number(let x) where x.isFinite: return .string(f.string(x))
        case .string(let s): return DataTable.parseNumber(s).map { .string(f.string($0)) } ?? .null
        default: return .null
        }
    }

    /// length, upper, lower, trim. Numbers and booleans are written out first (Vega calls
    /// String(x)); null stays null.
    static func text(_ f: ExprFunction, _ a: ExprValue) -> ExprValue {
        guard let s = a.stringValue else { return .null }
        switch f {
        case .length: return .number(Double(s.count))
        case .upper: return .string(s.uppercased())
        case .lower: return .string(s.lowercased())
        default: return .string(trimmed(s))
        }
    }

    private static func trimmed(_ s: String) -> String {
        guard let first = s.firstIndex(where: { !$0.isWhitespace }),
              let last = s.lastIndex(where: { !$0.isWhitespace }) else { return "" }
        return String(s[first...last])
    }

    /// JavaScript's substring: indexes clamp to the string, NaN counts as 0, and a start past
    /// the end swaps with it. Any null argument gives null.
    static func substring(_ a: ExprValue, _ b: ExprValue, _ c: ExprValue?) -> ExprValue {
        guard let s = a.stringValue, let start = b.numberValue else { return .null }
        let count = s.count
        var end = Double(count)
        if let c {
            guard let e = c.numberValue else { return .null }
            end = e
        }
        let clamp = { (x: Double) -> Int in x.isNaN ? 0 : Int(Swift.min(Swift.max(x, 0), Double(count))) }
        let lo = Swift.min(clamp(start), clamp(end)), hi = Swift.max(clamp(start), clamp(end))
        let from = s.index(s.startIndex, offsetBy: lo)
        return .string(String(s[from..<s.index(from, offsetBy: hi - lo)]))
    }
}
