import Foundation

// Vega-Lite's size scale: a linear map from a quantitative field onto a mark's size, which for
// symbols is an area in px² (so a value twice as large draws a symbol twice the area, not twice
// the width). The domain includes zero for quantitative fields (Vega-Lite's `zero` default for
// size), and the range is Vega-Lite's config.scale [minSize, maxSize]: for points 4 px² up to
// (0.95 × the 20 px discrete step)² = 361 px² (src/compile/scale/range.ts, sizeRangeMax).
// Not tied to a chart kind: maps use it for proportional circles.

public struct SizeScale: Sendable, Equatable {
    public var domain: (Double, Double)
    public var range: (Double, Double)

    /// Vega-Lite's default range for point, circle and square marks, in px².
    public static let symbolRange = (4.0, 361.0)

    public init(domain: (Double, Double), range: (Double, Double) = SizeScale.symbolRange) {
        self.domain = domain
        self.range = range
    }

    /// The scale of a field's values: their extent, widened to zero unless `zero` is false.
    public init(values: [Double], zero: Bool = true, range: (Double, Double) = SizeScale.symbolRange) {
        var lo = values.min() ?? 0, hi = values.max() ?? 1
        if zero { lo = min(lo, 0); hi = max(hi, 0) }
        self.init(domain: (lo, hi), range: range)
    }

    public static func == (a: SizeScale, b: SizeScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }

    /// The area (px²) for a value; a domain of one value maps to the range's top, as Vega's
    /// linear scale maps a collapsed domain to the middle only for positions.
    public func area(_ v: Double) -> Double {
        max(0, LinearScale(domain: domain, range: range)(v))
    }

    /// The width of the square whose area the value gets: a circle's diameter (Vega's symbol
    /// geometry, vega-scenegraph's symbols: r = √size / 2).
    public func diameter(_ v: Double) -> Double { area(v).squareRoot() }

    /// The values a size legend shows: about `count` round ticks of the domain (Vega's legend
    /// entries default to 5).
    public func legendValues(count: Int = 5) -> [Double] {
        LinearScale(domain: domain, range: (0, 1)).ticks(count: count)
    }
}
