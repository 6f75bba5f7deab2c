import Foundation

// `bin`: each value's bin, as its start and end (Vega's `bin_x` and `bin_x_end`). The step is
// the given one, else the smallest of 1, 2 or 5 × 10ⁿ that covers the extent in `maxbins` bins
// (Vega's rule); with `nice` the extent widens to whole steps. The maximum falls in the last bin.

enum BinTransform {
    static func run(_ params: BinParams, field: FieldName, as alias: (String, String), _ t: DataTable) throws(ChartError) -> DataTable {
        let c = try t.column(field)
        // Read once, every bad cell named (the table's own reading, as a quantitative channel's).
        let values: [Double?]
        switch t.numbers(column: c) {
        case .success(let v): values = v
        case .failure(let e): throw e
        }
        let numbers = values.compactMap { $0 }
        guard let dataLo = numbers.min(), let dataHi = numbers.max() else {
            return t.setting(alias.0, t.rows.map { _ in .missing }).setting(alias.1, t.rows.map { _ in .missing })
        }
        let (lo, hi, step) = bins(params, extent: params.extent ?? (dataLo, dataHi))
        let count = max(1, Int(((hi - lo) / step).rounded()))
        var starts: [DataValue] = [], ends: [DataValue] = []
        for value in values {
            guard let v = value, v >= lo, v <= hi else { starts.append(.missing); ends.append(.missing); continue }
            let k = min(count - 1, Int(((v - lo) / step).rounded(.down)))
            let start = lo + Double(k) * step
            starts.append(.number(clean(start)))
            ends.append(.number(clean(start + step)))
        }
        return t.setting(alias.0, starts).setting(alias.1, ends)
    }

    /// The binned extent and the step.
    static func bins(_ p: BinParams, extent: (Double, Double)) -> (Double, Double, Double) {
        var (lo, hi) = extent
        if hi <= lo { hi = lo + 1 }
        var step = p.step ?? 0
        if step <= 0 {
            let raw = (hi - lo) / Double(p.maxbins)
            let power = pow(10, (log10(raw)).rounded(.down))
            step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= raw * (1 - 1e-12) } ?? 10 * power
        }
        if p.nice {
            lo = (lo / step).rounded(.down) * step
            hi = (hi / step).rounded(.up) * step
            if hi <= lo { hi = lo + step }
        }
        return (clean(lo), clean(hi), step)
    }

    /// 0.30000000000000004 → 0.3: bin edges are written on axes.
    static func clean(_ v: Double) -> Double { (v * 1e9).rounded() / 1e9 }
}
