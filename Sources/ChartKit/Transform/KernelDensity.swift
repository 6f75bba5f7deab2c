import Foundation

// Vega's Gaussian kernel density estimate (vega-statistics kde.js, bandwidth.js, normal.js),
// ported to give Vega's numbers. One Vega quirk is kept on purpose, because a Vega-Lite file
// must draw what Vega-Lite draws: a missing value stays in the sample as 0 (JavaScript reads
// `x - null` as x) and counts in n, so with 213 of 3,201 ratings missing the density of the
// others is scaled by 2,988 / 3,201, as in Vega-Lite's own area_density.

struct KernelDensity {
    /// Every value of the group, missing read as 0.
    let support: [Double]
    let bandwidth: Double

    init(_ values: [Double?], bandwidth: Double) {
        support = values.map { $0 ?? 0 }
        self.bandwidth = bandwidth > 0 ? bandwidth : KernelDensity.scott(values)
    }

    func pdf(_ x: Double) -> Double {
        var y = 0.0
        for s in support { y += KernelDensity.normalPDF((x - s) / bandwidth) }
        return y / bandwidth / Double(support.count)
    }

    func cdf(_ x: Double) -> Double {
        var y = 0.0
        for s in support { y += KernelDensity.normalCDF((x - s) / bandwidth) }
        return y / Double(support.count)
    }

    /// Scott's rule as Vega writes it: 1.06 · min(sd, IQR / 1.34) · n^-0.2, where sd and the
    /// quartiles are of the valid values but n counts every row of the group; falling back to
    /// sd, then |Q1|, then 1 when those are 0 or undefined.
    static func scott(_ values: [Double?]) -> Double {
        let valid = values.compactMap { $0 }.sorted()
        let sd = deviation(valid)
        var v = 0.0
        if let sd, !valid.isEmpty {
            let iqr = (AggregateOps.quantile(valid, 0.75) - AggregateOps.quantile(valid, 0.25)) / 1.34
            v = min(sd, iqr)
        }
        if v == 0 || v.isNaN { v = sd ?? 0 }
        if v == 0 || v.isNaN { v = valid.isEmpty ? 0 : abs(AggregateOps.quantile(valid, 0.25)) }
        if v == 0 || v.isNaN { v = 1 }
        return 1.06 * v * pow(Double(values.count), -0.2)
    }

    /// d3's deviation: the sample standard deviation, undefined below two values.
    static func deviation(_ v: [Double]) -> Double? {
        guard v.count > 1 else { return nil }
        let mean = v.reduce(0, +) / Double(v.count)
        return (v.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(v.count - 1)).squareRoot()
    }

    static let sqrt2pi = (2 * Double.pi).squareRoot()

    static func normalPDF(_ z: Double) -> Double { exp(-0.5 * z * z) / sqrt2pi }

    /// West (2009), "Better approximations to cumulative normal functions", as Vega computes it.
    static func normalCDF(_ z: Double) -> Double {
        let x = abs(z)
        var cd = 0.0
        if x <= 37 {
            let e = exp(-x * x / 2)
            if x < 7.07106781186547 {
                var n = 3.52624965998911e-02 * x + 0.700383064443688
                for c in [6.37396220353165, 33.912866078383, 112.079291497871, 221.213596169931, 220.206867912376] { n = n * x + c }
                var d = 8.83883476483184e-02 * x + 1.75566716318264
                for c in [16.064177579207, 86.7807322029461, 296.564248779674, 637.333633378831, 793.826512519948, 440.413735824752] { d = d * x + c }
                cd = e * n / d
            } else {
                var s = x + 0.65
                for k in [4.0, 3, 2, 1] { s = x + k / s }
                cd = e / s / 2.506628274631
            }
        }
        return z > 0 ? 1 - cd : cd
    }
}
