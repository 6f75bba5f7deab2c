import Foundation

// The colour schemes a spec names in `scale.scheme`: Vega's, with Vega's colours and Vega's use
// of them (vega-encode's configureScheme), so a Vega-Lite spec draws the colours Vega-Lite
// draws. The tables are VegaSchemeTables.swift. The house style's own defaults (style
// `region.scheme`) are ColorSchemes, which a spec does not name.
//
// - A continuous scale (linear, log, …) runs along the scheme: a continuous scheme is Vega's
//   interpolator (RGB between its stops), a discrete one is interpolated between its colours.
// - Classes and categories (threshold, quantize, ordinal) take `n` colours: a continuous
//   scheme is sampled at 1/(n+1) … n/(n+1), both ends left out (vega-scale's
//   quantizeInterpolator); a discrete one gives its first colours, and an ordinal scale deals
//   the whole list, repeating past its end.
// - `extent` [a, b] uses the part of a continuous scheme from a to b (b < a runs it backwards).

public enum VegaScheme: Sendable, Equatable {
    case continuous(ColorRamp)
    case discrete([Color])

    /// The ramp a continuous scale draws along, and the part of it used.
    func ramp(extent: (Double, Double)?) -> (ramp: ColorRamp, range: (Double, Double)) {
        switch self {
        case .continuous(let r): return (r, extent ?? (0, 1))
        case .discrete(let colors): return (ColorRamp(colors, space: .rgb), (0, 1))
        }
    }

    /// `n` colours for classes of a threshold or quantize scale: `nil` when a discrete scheme
    /// has fewer.
    func classColors(_ n: Int, extent: (Double, Double)?) -> [Color]? {
        switch self {
        case .continuous(let r): return Self.quantize(r, n, extent: extent)
        case .discrete(let colors): return colors.count >= n ? Array(colors.prefix(n)) : nil
        }
    }

    /// The palette an ordinal scale deals to `n` categories in order (repeating past its end).
    func ordinalColors(_ n: Int, extent: (Double, Double)?) -> [Color] {
        switch self {
        case .continuous(let r): return Self.quantize(r, max(1, n), extent: extent)
        case .discrete(let colors): return colors
        }
    }

    /// vega-scale's quantizeInterpolator: samples at k/(n+1), k = 1…n.
    private static func quantize(_ r: ColorRamp, _ n: Int, extent: (Double, Double)?) -> [Color] {
        let (a, b) = extent ?? (0, 1)
        return (1...max(1, n)).map { r.color(at: a + (b - a) * Double($0) / Double(n + 1)) }
    }
}

public enum VegaSchemes {
    private static func colors(_ hex: String) -> [Color] {
        let digits = Array(hex)
        return stride(from: 0, to: digits.count - 5, by: 6).map { Color(parsing: "#" + String(digits[$0..<$0 + 6]))! }
    }

    private static let table: [String: VegaScheme] = {
        var out: [String: VegaScheme] = [:]
        for (name, hex) in VegaSchemeTables.continuous { out[name.lowercased()] = .continuous(ColorRamp(colors(hex), space: .rgb)) }
        for (name, hex) in VegaSchemeTables.discrete { out[name.lowercased()] = .discrete(colors(hex)) }
        return out
    }()

    /// Every name, as Vega spells it.
    public static let names: [String] = (VegaSchemeTables.continuous + VegaSchemeTables.discrete).map(\.0).sorted()

    /// A scheme by name, case-insensitive as in Vega.
    public static func named(_ name: String) -> VegaScheme? { table[name.lowercased()] }
}
