import Foundation

// Scales in the manner of d3-scale: small values with a domain, a range, ticks and nice().

/// A continuous linear map from data values to pixels.
public struct LinearScale: Sendable, Equatable {
    public var domain: (Double, Double)
    public var range: (Double, Double)
    /// log, pow, sqrt or symlog: the function values pass through first (ScaleTransform.swift).
    public var transform: ScaleTransform

    public init(domain: (Double, Double), range: (Double, Double), transform: ScaleTransform = .linear) {
        self.domain = domain
        self.range = range
        self.transform = transform
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range && a.transform == b.transform
    }

    /// The same scale onto another range.
    func onto(_ range: (Double, Double)) -> LinearScale {
        LinearScale(domain: domain, range: range, transform: transform)
    }

    public func callAsFunction(_ v: Double) -> Double {
        let f = transform.forward
        let (d0, d1) = (f(domain.0), f(domain.1))
        guard d1 != d0 else { return (range.0 + range.1) / 2 }
        let p = range.0 + (f(v) - d0) / (d1 - d0) * (range.1 - range.0)
        // A log scale has no zero: a bar from 0 starts at the range's end, as in Vega-Lite.
        return p.isFinite || transform == .linear ? p : range.0
    }

    /// d3's tickIncrement: the step between about `count` ticks, a 1, 2 or 5 times a power of ten.
    public static func tickStep(_ start: Double, _ stop: Double, count: Int) -> Double {
        let span = abs(stop - start)
        guard span > 0, span.isFinite, count > 0 else { return 1 }
        let rawStep = span / Double(count)
        let power = floor(log10(rawStep))
        let base = pow(10, power)
        let error = rawStep / base
        let factor: Double
        if error >= sqrt(50) { factor = 10 } else if error >= sqrt(10) { factor = 5 } else if error >= sqrt(2) { factor = 2 } else { factor = 1 }
        return factor * base
    }

    /// Extends the domain outwards to whole tick steps. Unlike d3, which re-derives the step
    /// from the grown domain (0–15 → 0–16 → 0–20), this weighs the candidate 1-2-5 steps near the
    /// wanted count against the empty space each leaves (0–15 stays 0–15 in steps of 5): empty
    /// bands at the top of a chart read as missing data.
    public func niced(count: Int = 8) -> LinearScale {
        let (d0, d1) = domain
        guard d1 > d0, d0.isFinite, d1.isFinite else { return self }
        let wanted = Double(max(1, count))
        let raw = (d1 - d0) / wanted
        let power = floor(log10(raw))
        var best: (score: Double, lo: Double, hi: Double)?
        for p in [power - 1, power, power + 1] {
            for m in [1.0, 2.0, 5.0] {
                let step = m * pow(10, p)
                let lo = floor(d0 / step + 1e-9) * step, hi = ceil(d1 / step - 1e-9) * step
                let n = (hi - lo) / step
                guard n >= 1, n <= 4 * wanted else { continue }
                let waste = ((hi - lo) - (d1 - d0)) / (hi - lo)
                let score = waste * 2 + abs(n - wanted) / wanted
                if best == nil || score < best!.score - 1e-12 { best = (score, lo, hi) }
            }
        }
        guard let best else { return self }
        return LinearScale(domain: (best.lo, best.hi), range: range)
    }

    /// The step of whole-domain ticks: the 1-2-5 step that divides the domain into about `count` parts.
    func domainStep(count: Int) -> Double {
        let (d0, d1) = (min(domain.0, domain.1), max(domain.0, domain.1))
        let wanted = Double(max(1, count))
        let power = floor(log10((d1 - d0) / wanted))
        var best: (Double, Double)?
        for p in [power - 1, power, power + 1] {
            for m in [1.0, 2.0, 5.0] {
                let step = m * pow(10, p)
                let n = ((d1 - d0) / step).rounded()
                guard abs((d1 - d0) / step - n) < 1e-6, n >= 1 else { continue }
                let score = abs(n - wanted)
                if best == nil || score < best!.0 { best = (score, step) }
            }
        }
        return best?.1 ?? LinearScale.tickStep(d0, d1, count: count)
    }

    /// The tick values inside the domain, `count` being the approximate number wanted.
    public func ticks(count: Int = 8) -> [Double] {
        ticks(step: LinearScale.tickStep(min(domain.0, domain.1), max(domain.0, domain.1), count: count))
    }

    /// The multiples of `step` inside the domain.
    public func ticks(step: Double) -> [Double] {
        let (d0, d1) = (min(domain.0, domain.1), max(domain.0, domain.1))
        guard d1 > d0, step > 0 else { return [d0] }
        // Work in integer multiples of the step so 0.1 + 0.2 never shows up as 0.30000000000000004.
        let first = Int((d0 / step - 1e-9).rounded(.up))
        let last = Int((d1 / step + 1e-9).rounded(.down))
        guard last >= first, last - first < 10_000 else { return [] }
        return (first...last).map { Double($0) * step }.map { abs($0) < step * 1e-9 ? 0 : $0 }
    }

    public func tickStep(count: Int = 8) -> Double {
        LinearScale.tickStep(min(domain.0, domain.1), max(domain.0, domain.1), count: count)
    }
}

/// Discrete categories spread over a range in equal steps, each with a band (d3's scaleBand).
public struct BandScale: Sendable, Equatable {
    public var domain: [String]
    public var range: (Double, Double)
    /// Gap between bands as a fraction of the step.
    public var paddingInner: Double
    /// Gap before the first and after the last band, as a fraction of the step.
    public var paddingOuter: Double
    private var index: [String: Int]

    public init(domain: [String], range: (Double, Double), paddingInner: Double = 0.2, paddingOuter: Double? = nil) {
        self.domain = domain
        self.range = range
        self.paddingInner = paddingInner
        self.paddingOuter = paddingOuter ?? paddingInner / 2
        var index: [String: Int] = [:]
        for (i, d) in domain.enumerated() where index[d] == nil { index[d] = i }
        self.index = index
    }

    public static func == (a: BandScale, b: BandScale) -> Bool {
        a.domain == b.domain && a.range == b.range && a.paddingInner == b.paddingInner && a.paddingOuter == b.paddingOuter
    }

    public var step: Double {
        let n = Double(domain.count)
        let span = range.1 - range.0
        return span / max(1, n - paddingInner + 2 * paddingOuter)
    }

    public var bandwidth: Double { step * (1 - paddingInner) }

    /// The start of the band for `value`; nil when the value is not in the domain.
    public func callAsFunction(_ value: String) -> Double? {
        guard let i = index[value] else { return nil }
        return range.0 + step * (paddingOuter + Double(i))
    }

    /// The centre of the band for `value`.
    public func center(_ value: String) -> Double? {
        self(value).map { $0 + bandwidth / 2 }
    }
}
