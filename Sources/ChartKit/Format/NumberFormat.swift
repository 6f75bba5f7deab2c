import Foundation

// Numbers formatted as people write them in reports: 14.5, 1,322, 65%, 2.7T.
//
// The `format` option takes a d3-format specifier (the one Vega-Lite uses), optionally followed
// by literal text: ",.0f GW" → "1,322 GW", ".1f%" → "14.5%" (for values already in percent),
// ".0%" → "65%" (for fractions, multiplied by 100). Supported: sign (+, -, space), "," for
// thousands, ".precision", "~" to trim trailing zeros, and the types f, d, %, s, e, g, r.

public struct NumberFormat: Sendable, Equatable {
    public enum Kind: Character, Sendable {
        case fixed = "f", integer = "d", percent = "%", si = "s", exponent = "e", general = "g", rounded = "r"
    }

    public var sign: Character = "-"
    public var grouping = false
    public var precision: Int?
    public var trim = false
    public var kind: Kind?
    public var suffix = ""

    /// Parses a specifier; nil when it is not one.
    public init?(_ spec: String) {
        var chars = Array(spec)[...]
        if let c = chars.first, "+- ".contains(c) { sign = c; chars = chars.dropFirst() }
        if chars.first == "," { grouping = true; chars = chars.dropFirst() }
        if chars.first == "." {
            chars = chars.dropFirst()
            var digits = ""
            while let c = chars.first, c.isASCII, c.isNumber { digits.append(c); chars = chars.dropFirst() }
            guard let p = Int(digits), p <= 20 else { return nil }
            precision = p
        }
        if chars.first == "~" { trim = true; chars = chars.dropFirst() }
        if let c = chars.first, let k = Kind(rawValue: c) { kind = k; chars = chars.dropFirst() }
        suffix = String(chars)
        // A bare suffix with nothing before it is not a format ("GW" alone is a typo for ",.0f GW").
        if kind == nil && precision == nil && !grouping && !trim && !suffix.isEmpty && suffix == spec { return nil }
    }

    /// The format for axis ticks `step` apart: as many decimals as the step needs.
    public static func forTicks(step: Double, grouping: Bool = true) -> NumberFormat {
        // Beyond what digits can show, exponents ("1e+300"), not a hundred digits of noise.
        if step >= 1e15 || (step > 0 && step < 1e-6) { return NumberFormat(".2~e")! }
        var f = NumberFormat(",")!
        f.grouping = grouping
        f.kind = .fixed
        f.precision = decimals(for: step)
        return f
    }

    /// The fewest decimals that write every multiple of `step` exactly (0.25 → 2, 200 → 0).
    static func decimals(for step: Double) -> Int {
        guard step > 0, step.isFinite else { return 0 }
        for d in 0...10 {
            let scaled = step * pow(10, Double(d))
            if abs(scaled - scaled.rounded()) < 1e-6 * max(1, scaled) { return d }
        }
        return 10
    }

    /// A default for data labels: up to two decimals, trailing zeros trimmed, grouped thousands.
    public static let label: NumberFormat = NumberFormat(",.2~f")!

    /// The label format for a value: `label`, or an exponent form for magnitudes digits cannot show.
    static func labelFormat(for value: Double) -> NumberFormat {
        let m = abs(value)
        return m >= 1e15 || (m > 0 && m < 1e-4) ? NumberFormat(".3~e")! : label
    }

    public func string(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "NaN" : (value < 0 ? "−∞" : "∞") }
        var v = value
        var unit = ""
        var body: String
        switch kind {
        case .percent?:
            v *= 100
            body = fixed(abs(v), precision ?? 0)
            unit = "%"
        case .integer?:
            body = fixed(abs(v).rounded(), 0)
        case .si?:
            let (scaled, prefix) = Self.siScale(abs(v), significant: precision ?? 6)
            body = significant(scaled, precision ?? 6)
            if trim || precision == nil { body = Self.trimZeros(body) }
            unit = prefix
        case .exponent?:
            body = String(format: "%.\(precision ?? 6)e", abs(v))
            if trim, let e = body.firstIndex(of: "e") {
                body = Self.trimZeros(String(body[..<e])) + body[e...]
            }
        case .general?, .rounded?:
            body = significant(abs(v), precision ?? 6)
            if trim || kind == .general { body = Self.trimZeros(body) }
        case .fixed?:
            body = fixed(abs(v), precision ?? 6)
        case nil:
            // Like d3's "" type: the shortest clean representation (with ~ trimming).
            body = precision.map { significant(abs(v), $0) } ?? Format.plain(abs(v))
        }
        if trim && kind != .si && kind != .exponent { body = Self.trimZeros(body) }
        if grouping { body = Self.group(body) }
        let isNegative = v < 0 && Double(body.filter { $0.isNumber || $0 == "." }).map { $0 != 0 } == true
        let signText: String
        if isNegative { signText = "−" } else if sign == "+" { signText = "+" } else if sign == " " { signText = " " } else { signText = "" }
        return signText + body + unit + suffix
    }

    /// Fixed decimals, halves rounded away from zero as people do (14.25 → 14.3), where
    /// printf would round to even (14.2).
    private func fixed(_ v: Double, _ digits: Int) -> String {
        let factor = pow(10, Double(digits))
        let rounded = (v * factor).rounded(.toNearestOrAwayFromZero) / factor
        return String(format: "%.\(digits)f", rounded.isFinite && abs(v * factor) < 1e15 ? rounded : v)
    }

    private func significant(_ v: Double, _ digits: Int) -> String {
        guard v != 0 else { return "0" }
        let p = max(1, digits)
        let magnitude = Int(floor(log10(v)))
        let decimals = max(0, p - 1 - magnitude)
        return String(format: "%.\(decimals)f", v)
    }

    static func siScale(_ v: Double, significant: Int) -> (Double, String) {
        let prefixes = ["y", "z", "a", "f", "p", "n", "µ", "m", "", "k", "M", "G", "T", "P", "E", "Z", "Y"]
        guard v != 0 else { return (0, "") }
        let exponent = max(-8, min(8, Int(floor(log10(v) / 3))))
        return (v / pow(1000, Double(exponent)), prefixes[exponent + 8])
    }

    static func trimZeros(_ s: String) -> String {
        guard s.contains("."), !s.contains("e") else { return s }
        var t = s
        while t.hasSuffix("0") { t.removeLast() }
        if t.hasSuffix(".") { t.removeLast() }
        return t
    }

    /// Inserts thousands separators into the integer part.
    static func group(_ s: String) -> String {
        let parts = s.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let integer = Array(parts[0])
        guard integer.count > 3, integer.allSatisfy(\.isNumber) else { return s }
        var out = ""
        for (i, c) in integer.enumerated() {
            if i > 0 && (integer.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return parts.count > 1 ? out + "." + parts[1] : out
    }
}

enum Format {
    /// The shortest text that reads back as the same number: 14.5, 1322, 0.1, 65.
    static func plain(_ v: Double) -> String {
        if v == v.rounded() && abs(v) < 1e15 { return String(Int64(v)) }
        var s = "\(v)"
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }
}
