// `window`: values computed over each row's neighbours in its partition (the `groupby`
// fields), in `sort` order: ranks, the previous or next value (`lag`, `lead`: year-on-year
// growth), and aggregates over a frame of offsets (`"frame": [null, 0]`, the default: from the
// partition's start to this row, a running total). As in Vega, rows that sort equal are peers
// and the frame reaches over them unless `ignorePeers`; the rows keep their order.

enum WindowTransform {
    /// Aggregates other than sums and counts are recomputed for every frame: bounded.
    static let maximumFrameWork = 50_000_000

    static func run(_ ops: [WindowOpSpec], sort: [SortFieldSpec], groupby: [FieldName], frame: (Int?, Int?), ignorePeers: Bool,
                    _ t: DataTable) throws(ChartError) -> DataTable {
        var groupColumns: [Int] = []
        for g in groupby { groupColumns.append(try t.column(g)) }
        var sortColumns: [(Int, Bool)] = []
        for s in sort { sortColumns.append((try t.column(s.field), s.descending)) }
        let partitions = Groups(t, by: groupColumns).members.map { ordered($0, t, by: sortColumns) }
        var out = t
        for op in ops {
            let column = try op.field.map { (f) throws(ChartError) in try t.column(f) }
            var values = [DataValue](repeating: .missing, count: t.rows.count)
            for rows in partitions where !rows.isEmpty {
                let peers = peerRanges(rows, t, by: sortColumns)
                let computed = try compute(op, rows: rows, column: column, peers: peers, frame: frame, ignorePeers: ignorePeers || sort.isEmpty, t)
                for (k, r) in rows.enumerated() { values[r] = computed[k] }
            }
            out = out.setting(op.alias.value, values)
        }
        return out
    }

    /// A partition's rows in sort order (stable). Missing values come first when ascending and
    /// last when descending, as Vega's comparator (vega-util `ascending`) puts null before any
    /// value: a running count sorted by a field with nulls starts with the nulls' count.
    static func ordered(_ rows: [Int], _ t: DataTable, by sort: [(Int, Bool)]) -> [Int] {
        guard !sort.isEmpty else { return rows }
        // The sort columns' cells read once, in row order: the comparator runs n log n times.
        let keys = sort.map { (c, _) in SortKey.column(rows.map { t[$0, c] }) }
        return rows.enumerated().sorted { a, b in
            for (k, (_, descending)) in sort.enumerated() {
                let x = keys[k][a.offset], y = keys[k][b.offset]
                if x.isMissing || y.isMissing {
                    if x.isMissing == y.isMissing { continue }
                    return descending ? y.isMissing : x.isMissing
                }
                let order = SortKey.compare(x, y)
                guard order != 0 else { continue }
                return descending ? order > 0 : order < 0
            }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// For each position, the first and last positions of its peers (equal sort values).
    /// Without a sort every row stands alone, as in Vega (its comparator is then constant -1):
    /// ranks count the rows of the partition (a Wilkinson dot plot's stacking index).
    static func peerRanges(_ rows: [Int], _ t: DataTable, by sort: [(Int, Bool)]) -> [(Int, Int)] {
        guard !sort.isEmpty else { return rows.indices.map { ($0, $0) } }
        var out = [(Int, Int)](repeating: (0, rows.count - 1), count: rows.count)
        var start = 0
        for k in 1...rows.count {
            let same = k < rows.count && sort.allSatisfy { (c, _) in t.rows[rows[k]][c] == t.rows[rows[k - 1]][c] || t.rows[rows[k]][c].matches(t.rows[rows[k - 1]][c]) }
            if !same {
                for j in start..<k { out[j] = (start, k - 1) }
                start = k
            }
        }
        return out
    }

    private static func compute(_ op: WindowOpSpec, rows: [Int], column: Int?, peers: [(Int, Int)], frame: (Int?, Int?), ignorePeers: Bool,
                                _ t: DataTable) throws(ChartError) -> [DataValue] {
        let n = rows.count
        let cell = { (k: Int) -> DataValue in column.map { t.rows[rows[k]][$0] } ?? .missing }
        switch op.op.value {
        case "row_number": return (0..<n).map { .number(Double($0 + 1)) }
        case "rank": return peers.map { .number(Double($0.0 + 1)) }
        case "dense_rank":
            var rank = 0, last = -1
            return peers.map { p in if p.0 != last { rank += 1; last = p.0 }; return .number(Double(rank)) }
        case "percent_rank": return peers.map { .number(n > 1 ? Double($0.0) / Double(n - 1) : 0) }
        case "cume_dist": return peers.map { .number(Double($0.1 + 1) / Double(n)) }
        case "lag", "lead":
            let offset = Int(op.param ?? 1) * (op.op.value == "lag" ? -1 : 1)
            return (0..<n).map { k in (0..<n).contains(k + offset) ? cell(k + offset) : .missing }
        default:
            let bounds = (0..<n).map { frameBounds($0, n: n, frame: frame, peers: peers, ignorePeers: ignorePeers) }
            return try frameValues(op, bounds: bounds, cell: cell, rows: rows, t)
        }
    }

    /// The first and last positions of a row's frame (empty when first > last).
    static func frameBounds(_ k: Int, n: Int, frame: (Int?, Int?), peers: [(Int, Int)], ignorePeers: Bool) -> (Int, Int) {
        var lo = frame.0.map { max(0, k + $0) } ?? 0
        var hi = frame.1.map { min(n - 1, k + $0) } ?? n - 1
        if !ignorePeers {
            if frame.0 != nil, lo < n { lo = peers[lo].0 }
            if frame.1 != nil, hi >= 0 { hi = peers[hi].1 }
        }
        return (lo, hi)
    }

    /// first/last/nth values and aggregates over each frame: prefix sums for sums, counts and
    /// means; the rest recomputed per frame within a bound.
    private static func frameValues(_ op: WindowOpSpec, bounds: [(Int, Int)], cell: (Int) -> DataValue, rows: [Int],
                                    _ t: DataTable) throws(ChartError) -> [DataValue] {
        let name = op.op.value
        switch name {
        case "first_value": return bounds.map { $0.0 <= $0.1 ? cell($0.0) : .missing }
        case "last_value": return bounds.map { $0.0 <= $0.1 ? cell($0.1) : .missing }
        case "nth_value":
            let nth = Int(op.param ?? 1) - 1
            return bounds.map { $0.0 + nth <= $0.1 && nth >= 0 ? cell($0.0 + nth) : .missing }
        case "count": return bounds.map { .number(Double(max(0, $0.1 - $0.0 + 1))) }
        default: break
        }
        let field = op.field ?? op.alias
        let values = (0..<rows.count).map(cell)
        if ["sum", "mean", "average", "valid", "missing"].contains(name) {
            // Prefix sums: each frame's sum and count in constant time.
            var sum = [0.0], valid = [0]
            for (k, v) in values.enumerated() {
                var n: Double?
                if case .text(let s) = v {
                    guard let parsed = DataTable.parseNumber(s) else { throw AggregateOps.notANumber(s, field: field, at: t.rowLocations[rows[k]], op: name) }
                    n = parsed
                } else {
                    n = v.number
                }
                sum.append(sum.last! + (n ?? 0))
                valid.append(valid.last! + (n == nil ? 0 : 1))
            }
            return bounds.map { (lo, hi) in
                guard lo <= hi else { return name == "mean" || name == "average" ? .missing : .number(0) }
                let s = sum[hi + 1] - sum[lo], c = valid[hi + 1] - valid[lo]
                switch name {
                case "sum": return .number(s)
                case "valid": return .number(Double(c))
                case "missing": return .number(Double(hi - lo + 1 - c))
                default: return c > 0 ? .number(s / Double(c)) : .missing
                }
            }
        }
        let work = bounds.reduce(0) { $0 + max(0, $1.1 - $1.0 + 1) }
        if work > maximumFrameWork {
            throw ChartError(Diagnostic(at: op.op.location, path: op.op.path, "\"\(name)\" over these frames would read \(work) values; narrow the frame or partition with groupby (sums, counts and means have no such limit)"))
        }
        let reducer = try AggregateOps.reducer(name, at: op.op)
        return try bounds.map { (lo, hi) throws(ChartError) in
            lo <= hi ? try reducer(Array(values[lo...hi]), field, t, Array(rows[lo...hi]), op.alias.value) : .missing
        }
    }
}
