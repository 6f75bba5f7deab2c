import Foundation

// `quantile`: per group, the value at each probability (Vega's quantile transform): the given
// `probs`, else step/2, 3·step/2, … below 1 (d3.range). Quantiles are d3's (R-7: linear between
// the two closest ranks) of the group's valid numbers; a group without any gives missing values.

enum QuantileTransform {
    static func run(_ p: QuantileParams, at location: SourceLocation, _ t: DataTable) throws(ChartError) -> DataTable {
        let values = try GeneratedTable.numbers(t, p.field)
        var out = try GeneratedTable(t, groupby: p.groupby)
        let probs = p.probs ?? range(from: p.step / 2, to: 1 - 1e-14, step: p.step)
        for g in 0..<out.groups.count {
            let sorted = out.groups.rows(of: g).compactMap { values[$0] }.sorted()
            for prob in probs {
                let q: DataValue = sorted.isEmpty ? .missing : .number(AggregateOps.quantile(sorted, prob))
                out.append(group: g, [.number(prob), q], at: location)
            }
        }
        return out.table([p.alias.0, p.alias.1])
    }

    /// d3.range: start + i·step for i below ceil((stop − start) / step).
    static func range(from start: Double, to stop: Double, step: Double) -> [Double] {
        let n = max(0, Int(((stop - start) / step).rounded(.up)))
        return (0..<n).map { start + Double($0) * step }
    }
}
