// `stack`: each row's start and end in its group's pile (Vega's stack transform, vega-encode
// Stack.js). Rows keep their order; within a group they pile in `sort` order (else as they
// come). "zero": positive values up from 0, negative ones down; "center": the pile centred on
// half the largest group's total; "normalize": shares of the group's total, from 0 to 1.
// A missing value counts as 0, as Vega's `+null`.

enum StackTransform {
    static func run(_ p: StackParams, _ t: DataTable) throws(ChartError) -> DataTable {
        let values = try GeneratedTable.numbers(t, p.field).map { $0 ?? 0 }
        var groupColumns: [Int] = []
        for g in p.groupby { groupColumns.append(try t.column(g)) }
        var sortColumns: [(Int, Bool)] = []
        for s in p.sort { sortColumns.append((try t.column(s.field), s.descending)) }
        let groups = Groups(t, by: groupColumns).members.map { WindowTransform.ordered($0, t, by: sortColumns) }
        let sums = groups.map { $0.reduce(0) { $0 + abs(values[$1]) } }
        let largest = sums.max() ?? 0
        var starts = [DataValue](repeating: .missing, count: t.rowCount), ends = starts
        for (g, rows) in groups.enumerated() {
            switch p.offset {
            case .zero:
                var up = 0.0, down = 0.0
                for r in rows {
                    let v = values[r]
                    if v < 0 { starts[r] = .number(down); down += v; ends[r] = .number(down) }
                    else { starts[r] = .number(up); up += v; ends[r] = .number(up) }
                }
            case .center:
                var last = (largest - sums[g]) / 2
                for r in rows { starts[r] = .number(last); last += abs(values[r]); ends[r] = .number(last) }
            case .normalize:
                let scale = 1 / sums[g]
                var last = 0.0, total = 0.0
                for r in rows {
                    starts[r] = RegressionTransform.number(last)
                    total += abs(values[r])
                    last = scale * total
                    ends[r] = RegressionTransform.number(last)
                }
            }
        }
        return t.setting(p.alias.0, starts).setting(p.alias.1, ends)
    }
}
