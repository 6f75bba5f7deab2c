import Foundation

// `bin`: each value's bin, as its start and end (Vega's `bin_x` and `bin_x_end`), by Vega's
// rule (vega-statistics bin.js and the Bin transform, ported): the given `step`; else the
// largest of `steps` below span / maxbins; else a power of `base` near span / 10^⌈log maxbins⌉,
// grown by `base` while it makes more than `maxbins` bins and shrunk by each of `divide` while
// it does not. With `nice` the extent widens to whole steps; `anchor` shifts the boundaries to
// fall on it. The maximum falls in the last bin; values outside an `extent` have no bin.

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
        var starts: [DataValue] = [], ends: [DataValue] = []
        for value in values {
            guard let v = value, v >= lo, v <= hi else { starts.append(.missing); ends.append(.missing); continue }
            let clamped = max(lo, min(v, hi - step))
            let start = lo + step * (1e-14 + (clamped - lo) / step).rounded(.down)
            starts.append(.number(clean(start)))
            ends.append(.number(clean(lo + step * (1 + (start - lo) / step))))
        }
        return t.setting(alias.0, starts).setting(alias.1, ends)
    }

    /// The bins' first start, last end and step.
    static func bins(_ p: BinParams, extent: (Double, Double)) -> (Double, Double, Double) {
        var (lo, hi) = extent
        let logBase = log(p.base)
        let span = hi - lo != 0 ? hi - lo : (abs(lo) != 0 ? abs(lo) : 1)
        let maxbins = Double(p.maxbins)
        var step: Double
        if let given = p.step {
            step = given
        } else if let steps = p.steps {
            let i = steps.firstIndex { $0 >= span / maxbins } ?? steps.count
            step = steps[max(0, i - 1)]
        } else {
            let level = (log(maxbins) / logBase).rounded(.up)
            step = max(p.minstep, pow(p.base, (log(span) / logBase).rounded() - level))
            while (span / step).rounded(.up) > maxbins { step *= p.base }
            for d in p.divide {
                let v = step / d
                if v >= p.minstep && span / v <= maxbins { step = v }
            }
        }
        if p.nice {
            let v = log(step)
            let precision = v >= 0 ? 0 : Int(-v / logBase) + 1
            let eps = pow(p.base, Double(-precision - 1))
            let floored = (lo / step + eps).rounded(.down) * step
            lo = lo < floored ? floored - step : floored
            hi = (hi / step).rounded(.up) * step
        }
        if hi == lo { hi = lo + step }
        // The transform's stop: whole steps from the start.
        hi = lo + ((hi - lo) / step).rounded(.up) * step
        if let a = p.anchor {
            let d = a - (lo + step * ((a - lo) / step).rounded(.down))
            lo += d
            hi += d
        }
        return (clean(lo), clean(hi), step)
    }

    /// 0.30000000000000004 → 0.3: bin edges are written on axes.
    static func clean(_ v: Double) -> Double { (v * 1e9).rounded() / 1e9 }
}
