import Foundation

// Colour scales for maps (and any chart that colours marks by value), after d3-scale and
// d3-scale-chromatic:
//
// - continuous ("linear"): a value's place in the domain picks a colour along a ramp; with a
//   midpoint (`domainMid`) the ramp is diverging and the domain symmetric around the midpoint;
// - classed: "threshold" (given break values) and "quantize" (the domain cut into equal steps);
// - categorical ("ordinal"): one colour per category value.
//
// Ramps are interpolated in OKLab (Ottosson 2020), a perceptual space, so equal steps in value
// look like equal steps in colour and lightness changes steadily: a sequential ramp stays in
// order when printed in grayscale. The named schemes are ColorBrewer's (Brewer, Harrower &
// Penn State; Apache-2.0), which are colour-blind safe, and viridis.

/// A colour in OKLab.
struct OKLab: Sendable, Equatable {
    var l: Double, a: Double, b: Double

    init(l: Double, a: Double, b: Double) { self.l = l; self.a = a; self.b = b }

    init(_ c: Color) {
        func lin(_ v: Double) -> Double { v <= 0.04045 ? v / 12.92 : pow((v + 0.055) / 1.055, 2.4) }
        let r = lin(c.r), g = lin(c.g), bl = lin(c.b)
        let lc = cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * bl)
        let mc = cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * bl)
        let sc = cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * bl)
        l = 0.2104542553 * lc + 0.7936177850 * mc - 0.0040720468 * sc
        a = 1.9779984951 * lc - 2.4285922050 * mc + 0.4505937099 * sc
        b = 0.0259040371 * lc + 0.7827717662 * mc - 0.8086757660 * sc
    }

    var color: Color {
        let lc = l + 0.3963377774 * a + 0.2158037573 * b
        let mc = l - 0.1055613458 * a - 0.0638541728 * b
        let sc = l - 0.0894841775 * a - 1.2914855480 * b
        let L = lc * lc * lc, M = mc * mc * mc, S = sc * sc * sc
        func gamma(_ v: Double) -> Double {
            let c = max(0, min(1, v))
            return c <= 0.0031308 ? 12.92 * c : 1.055 * pow(c, 1 / 2.4) - 0.055
        }
        return Color(r: gamma(4.0767416621 * L - 3.3077115913 * M + 0.2309699292 * S),
                     g: gamma(-1.2684380046 * L + 2.6097574011 * M - 0.3413193965 * S),
                     b: gamma(-0.0041960863 * L - 0.7034186147 * M + 1.7076147010 * S))
    }
}

extension Color {
    /// Perceptual lightness (OKLab L, 0 black to 1 white): what a grayscale print keeps.
    public var lightness: Double { OKLab(self).l }
}

/// Colours along t in [0, 1], interpolated between evenly spaced stops: in OKLab (the house
/// schemes), or in RGB as Vega interpolates its named schemes (d3's piecewise interpolateRgb).
public struct ColorRamp: Sendable, Equatable {
    public enum Space: Sendable { case oklab, rgb }
    public var stops: [Color]
    public var space: Space
    private var lab: [OKLab]

    public init(_ stops: [Color], space: Space = .oklab) {
        self.stops = stops.isEmpty ? [.black] : stops
        self.space = space
        lab = space == .oklab ? self.stops.map(OKLab.init) : []
    }

    public func color(at t: Double) -> Color {
        guard stops.count > 1 else { return stops[0] }
        let x = max(0, min(1, t.isFinite ? t : 0)) * Double(stops.count - 1)
        let k = min(stops.count - 2, Int(x))
        let f = x - Double(k)
        guard space == .oklab else {
            let a = stops[k], b = stops[k + 1]
            return Color(r: a.r + (b.r - a.r) * f, g: a.g + (b.g - a.g) * f, b: a.b + (b.b - a.b) * f)
        }
        let a = lab[k], b = lab[k + 1]
        return OKLab(l: a.l + (b.l - a.l) * f, a: a.a + (b.a - a.a) * f, b: a.b + (b.b - a.b) * f).color
    }

    /// `n` colours evenly spread over [t0, t1].
    public func sample(_ n: Int, from t0: Double = 0, to t1: Double = 1) -> [Color] {
        guard n > 1 else { return [color(at: (t0 + t1) / 2)] }
        return (0..<n).map { color(at: t0 + (t1 - t0) * Double($0) / Double(n - 1)) }
    }
}

public enum ColorSchemes {
    public enum Kind: Sendable { case sequential, diverging }

    static func hex(_ s: String) -> [Color] {
        s.split(separator: " ").map { Color(parsing: "#" + $0)! }
    }

    /// Sequential: light to dark, lightness falling steadily (grayscale keeps the order).
    static let sequential: [String: [Color]] = [
        "greens": hex("f7fcf5 e5f5e0 c7e9c0 a1d99b 74c476 41ab5d 238b45 006d2c 00441b"),
        "blues": hex("f7fbff deebf7 c6dbef 9ecae1 6baed6 4292c6 2171b5 08519c 08306b"),
        "oranges": hex("fff5eb fee6ce fdd0a2 fdae6b fd8d3c f16913 d94801 a63603 7f2704"),
        "purples": hex("fcfbfd efedf5 dadaeb bcbddc 9e9ac8 807dba 6a51a3 54278f 3f007d"),
        "greys": hex("ffffff f0f0f0 d9d9d9 bdbdbd 969696 737373 525252 252525 000000"),
        "ylgnbu": hex("ffffd9 edf8b1 c7e9b4 7fcdbb 41b6c4 1d91c0 225ea8 253494 081d58"),
        "ylorbr": hex("ffffe5 fff7bc fee391 fec44f fe9929 ec7014 cc4c02 993404 662506"),
        // viridis runs dark to light: low values dark.
        "viridis": hex("440154 482878 3e4a89 31688e 26828e 1f9e89 35b779 6ece58 b5de2b fde725"),
    ]

    /// Diverging: dark at both ends, light in the middle; the hue tells the side.
    static let diverging: [String: [Color]] = [
        "brbg": hex("543005 8c510a bf812d dfc27d f6e8c3 f5f5f5 c7eae5 80cdc1 35978f 01665e 003c30"),
        "puor": hex("7f3b08 b35806 e08214 fdb863 fee0b6 f7f7f7 d8daeb b2abd2 8073ac 542788 2d004b"),
        "rdbu": hex("67001f b2182b d6604d f4a582 fddbc7 f7f7f7 d1e5f0 92c5de 4393c3 2166ac 053061"),
    ]

    /// Vega's longer names for the same schemes.
    static let aliases: [String: String] = [
        "brownbluegreen": "brbg", "purpleorange": "puor", "redblue": "rdbu",
        "yellowgreenblue": "ylgnbu", "yelloworangebrown": "ylorbr", "grays": "greys",
    ]

    public static var names: [String] { (Array(sequential.keys) + Array(diverging.keys)).sorted() }

    /// A scheme by name (case-insensitive; Vega's long names too).
    public static func named(_ name: String) -> (kind: Kind, ramp: ColorRamp)? {
        let key = aliases[name.lowercased()] ?? name.lowercased()
        if let s = sequential[key] { return (.sequential, ColorRamp(s)) }
        if let d = diverging[key] { return (.diverging, ColorRamp(d)) }
        return nil
    }

    /// Where sequential classes and gradients start: the palest stop would vanish against a
    /// white page and white borders.
    static let sequentialStart = 0.12
}

/// A value → colour mapping with its legend.
public enum ColorScale: Sendable {
    case continuous(ContinuousColorScale)
    case classed(ClassedColorScale)
    case categorical(CategoricalColorScale)
}

/// A value's place in [lo, hi] (or, diverging, its distance from `mid`) picks a colour along the ramp.
public struct ContinuousColorScale: Sendable {
    public var domain: (Double, Double)
    /// The midpoint of a diverging scale.
    public var mid: Double?
    public var ramp: ColorRamp
    /// The part of the ramp used: sequential ramps skip their palest end.
    public var rampRange: (Double, Double)

    public func t(_ v: Double) -> Double {
        let (lo, hi) = domain
        guard hi > lo else { return 0.5 }
        return max(0, min(1, (v - lo) / (hi - lo)))
    }

    public func color(_ v: Double) -> Color {
        ramp.color(at: rampRange.0 + (rampRange.1 - rampRange.0) * t(v))
    }
}

/// Values cut into classes at break values: class 0 below breaks[0], class k from breaks[k-1]
/// up to (not including) breaks[k], the last class from the last break up.
public struct ClassedColorScale: Sendable {
    public enum Kind: String, Sendable { case threshold, quantize, quantile }
    public var kind: Kind
    public var breaks: [Double]
    public var colors: [Color]
    public var labels: [String]

    public func classIndex(_ v: Double) -> Int {
        var k = 0
        while k < breaks.count && v >= breaks[k] { k += 1 }
        return k
    }

    public func color(_ v: Double) -> Color { colors[min(classIndex(v), colors.count - 1)] }
}

public struct CategoricalColorScale: Sendable {
    public var values: [String]
    public var colors: [Color]

    public func color(_ value: String) -> Color? {
        guard let k = values.firstIndex(of: value), !colors.isEmpty else { return nil }
        return colors[k % colors.count]
    }
}

enum ClassLabels {
    /// The format for class bounds without a spec format: as many decimals as the bounds need
    /// (at most three), thousands grouped.
    static func defaultFormat(for values: [Double]) -> NumberFormat {
        let decimals = min(3, values.map { NumberFormat.decimals(for: abs($0)) }.max() ?? 0)
        return NumberFormat(",.\(decimals)f")!
    }

    /// "13–14%": the lower bound loses a suffix both bounds share.
    static func range(_ a: String, _ b: String) -> String {
        func suffix(_ s: String) -> Substring {
            guard let last = s.lastIndex(where: { $0.isNumber }) else { return "" }
            return s[s.index(after: last)...]
        }
        let sa = suffix(a), sb = suffix(b)
        let lower = !sa.isEmpty && sa == sb ? String(a.dropLast(sa.count)) : a
        return "\(lower)–\(b)"
    }

    /// Threshold classes: "< 13%", "13–14%", …, "≥ 15%".
    static func threshold(_ breaks: [Double], format: NumberFormat) -> [String] {
        guard let first = breaks.first, let last = breaks.last else { return ["all values"] }
        var out = ["< \(format.string(first))"]
        for k in 1..<max(1, breaks.count) where breaks.count > 1 {
            out.append(range(format.string(breaks[k - 1]), format.string(breaks[k])))
        }
        out.append("≥ \(format.string(last))")
        return out
    }

    /// Quantize classes between the domain's ends: "10–12%", "12–14%", …
    static func quantize(_ breaks: [Double], domain: (Double, Double), format: NumberFormat) -> [String] {
        let bounds = [domain.0] + breaks + [domain.1]
        return (1..<bounds.count).map { range(format.string(bounds[$0 - 1]), format.string(bounds[$0])) }
    }

    /// Exactly `n` equal classes over [lo, hi] with round bounds: the smallest step of 1, 2,
    /// 2.5 or 5 times a power of ten for which n steps from a multiple of it cover the range.
    static func niceQuantize(_ lo: Double, _ hi: Double, count n: Int) -> (Double, Double) {
        guard hi > lo, n > 0 else { return (lo, hi) }
        let raw = (hi - lo) / Double(n)
        let power = floor(log10(raw))
        for p in [power - 1, power, power + 1] {
            for m in [1.0, 2.0, 2.5, 5.0, 10.0] {
                let step = m * pow(10, p)
                guard step >= raw * (1 - 1e-9) else { continue }
                let start = floor(lo / step + 1e-9) * step
                if start + Double(n) * step >= hi - 1e-9 * step { return (start, start + Double(n) * step) }
            }
        }
        return (lo, hi)
    }
}
