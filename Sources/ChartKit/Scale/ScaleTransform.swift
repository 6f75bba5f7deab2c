import Foundation

// Vega's continuous position scales other than linear: "log" (with "base"), "pow" (with
// "exponent"), "sqrt" (pow with exponent 0.5) and "symlog" (with "constant"). Each maps a value
// through a function before the linear interpolation onto the range. Only log has its own ticks
// and nice domain (powers of the base); pow, sqrt and symlog tick and nice like linear, as in d3
// ("linearish" scales).

public enum ScaleTransform: Sendable, Equatable {
    case linear
    case log(base: Double)
    case pow(exponent: Double)
    case symlog(constant: Double)

    /// The value in the space the scale interpolates linearly.
    func forward(_ v: Double) -> Double {
        switch self {
        case .linear: return v
        case .log(let base): return Foundation.log(v) / Foundation.log(base)
        case .pow(let e): return v < 0 ? -Foundation.pow(-v, e) : Foundation.pow(v, e)
        case .symlog(let c): return v < 0 ? -log1p(-v / c) : log1p(v / c)
        }
    }

    /// The value whose `forward` is `t`.
    func inverse(_ t: Double) -> Double {
        switch self {
        case .linear: return t
        case .log(let base): return Foundation.pow(base, t)
        case .pow(let e): return t < 0 ? -Foundation.pow(-t, 1 / e) : Foundation.pow(t, 1 / e)
        case .symlog(let c): return t < 0 ? -c * expm1(-t) : c * expm1(t)
        }
    }

    var isLog: Bool { if case .log = self { return true } else { return false } }

    /// The transform a spec's scale asks for: "type" with "base", "exponent" or "constant"
    /// (Vega's defaults 10, 1 and 1).
    static func of(_ scale: ScaleSpec?) -> ScaleTransform {
        switch scale?.type?.value {
        case "log": return .log(base: scale?.base ?? 10)
        case "pow": return .pow(exponent: scale?.exponent ?? 1)
        case "sqrt": return .pow(exponent: 0.5)
        case "symlog": return .symlog(constant: scale?.constant ?? 1)
        default: return .linear
        }
    }
}

/// d3-scale's log ticks and nice, and Vega's thinning of their labels (vega-scale tickLog).
struct LogTicks {
    let base: Double

    private func logb(_ v: Double) -> Double { log(v) / log(base) }
    private func powb(_ e: Double) -> Double {
        // Exact powers of ten for negative exponents (1 / 1000 rather than 10^-3's 0.0010000000000000002).
        e < 0 ? 1 / pow(base, -e) : pow(base, e)
    }

    /// The domain widened to whole powers of the base.
    func nice(_ domain: (Double, Double)) -> (Double, Double) {
        guard domain.0 > 0, domain.1 > domain.0 else { return domain }
        return (powb(floor(logb(domain.0) + 1e-12)), powb(ceil(logb(domain.1) - 1e-12)))
    }

    /// d3's scaleLog.ticks: every multiple 1…base-1 of each power when fewer than `count`
    /// powers span the domain, else the powers alone (every n-th when there are many).
    func ticks(_ domain: (Double, Double), count: Int) -> [Double] {
        let (u, v) = (min(domain.0, domain.1), max(domain.0, domain.1))
        guard u > 0, v > u else { return [] }
        let i = logb(u), j = logb(v), n = Double(max(1, count))
        if base.rounded() == base && j - i < n {
            var z: [Double] = []
            for e in Int(floor(i))...Int(ceil(j)) {
                for k in 1..<Int(base) {
                    let t = e < 0 ? Double(k) / powb(Double(-e)) : Double(k) * powb(Double(e))
                    if t < u * (1 - 1e-12) { continue }
                    if t > v * (1 + 1e-12) { break }
                    z.append(t)
                }
            }
            if Double(z.count) * 2 >= n { return z }
            return LinearScale(domain: (u, v), range: (0, 1)).ticks(count: count)
        }
        let exponents = LinearScale(domain: (i, j), range: (0, 1)).ticks(count: Int(min(j - i, n)))
        return exponents.map(powb)
    }

    /// Vega's test of which log ticks get a label: about `count` of them, the powers first
    /// and then the small multiples (1, 2, 3 of each decade for ten labels over three decades).
    func labelled(_ t: Double, domain: (Double, Double), count: Int) -> Bool {
        let k = max(1, base * Double(count) / Double(max(1, ticks(domain, count: count).count)))
        var i = t / powb(logb(t).rounded())
        if i * base < base - 0.5 { i *= base }
        return i <= k + 1e-9
    }
}
