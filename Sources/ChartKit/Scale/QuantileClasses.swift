// Vega's "quantile" colour scale (d3-scale's scaleQuantile): the data's values cut into `n`
// classes holding equal numbers of values, at the k/n quantiles (d3's R-7 rule, linear
// between the two nearest sorted values); `n` is the range's colours, else `scheme.count`,
// else 5 (vega-encode's DEFAULT_COUNT).

enum QuantileClasses {
    /// The n - 1 class breaks of `values` (missing values left out).
    static func breaks(_ values: [Double], classes n: Int) -> [Double] {
        let sorted = values.filter(\.isFinite).sorted()
        guard !sorted.isEmpty, n > 1 else { return [] }
        return (1..<n).map { k in
            let i = Double(sorted.count - 1) * Double(k) / Double(n)
            let i0 = Int(i.rounded(.down))
            let next = sorted[min(i0 + 1, sorted.count - 1)]
            return sorted[i0] + (next - sorted[i0]) * (i - Double(i0))
        }
    }
}
