// `aggregate`: one row per group of the `groupby` fields (in order of first appearance), with
// the group fields and one column per operation. `joinaggregate`: the same results written
// on every row of the group, every row kept (shares of a total, differences from a mean).
// argmin/argmax pick a row (ArgExtreme): their columns are that row's values.

enum AggregateTransform {
    static func aggregate(_ ops: [AggregateOpSpec], groupby: [FieldName], _ t: DataTable) throws(ChartError) -> DataTable {
        let (groupColumns, groups, results) = try compute(ops, groupby: groupby, t)
        var rows: [[DataValue]] = [], locations: [SourceLocation] = []
        for g in 0..<groups.count {
            let first = groups.firstRow(of: g)
            guard first != nil || groupby.isEmpty else { continue }
            rows.append(groupColumns.map { c in first.map { t[$0, c] } ?? .missing } + results.map { $0.values[g] })
            locations.append(first.map { t.rowLocations[$0] } ?? ops[0].alias.location)
        }
        return t.derived(columns: groupby.map(\.value) + results.map(\.name), rows: rows, locations: locations)
    }

    static func join(_ ops: [AggregateOpSpec], groupby: [FieldName], _ t: DataTable) throws(ChartError) -> DataTable {
        let (_, groups, results) = try compute(ops, groupby: groupby, t)
        var out = t
        for result in results {
            out = out.setting(result.name, groups.groupOf.map { result.values[Int($0)] })
        }
        return out
    }

    /// The group columns, the groups, and the output columns with their value per group.
    private static func compute(_ ops: [AggregateOpSpec], groupby: [FieldName], _ t: DataTable) throws(ChartError)
        -> ([Int], Groups, [(name: String, values: [DataValue])]) {
        var groupColumns: [Int] = []
        for g in groupby { groupColumns.append(try t.column(g)) }
        let groups = Groups(t, by: groupColumns)
        var results: [(name: String, values: [DataValue])] = []
        for op in ops {
            if TransformDecoder.argOps.contains(op.op.value) {
                results += try ArgExtreme.columns(op, groups, t)
                continue
            }
            let reducer = try AggregateOps.reducer(op.op.value, at: op.op)
            // Text that reads as a number is read once per distinct value of a coded column.
            let numeric = !["count", "valid", "missing", "distinct"].contains(op.op.value)
            let column = try op.field.map { (f) throws(ChartError) in
                numeric ? t.storage[try t.column(f)].readingNumbers() : t.storage[try t.column(f)]
            }
            let field = op.field ?? op.alias
            var perGroup: [DataValue] = []
            perGroup.reserveCapacity(groups.count)
            for g in 0..<groups.count {
                let rows = groups.rows(of: g)
                let values = column.map { c in rows.map { c[$0] } } ?? rows.map { _ in DataValue.number(1) }
                perGroup.append(try reducer(values, field, t, rows, op.alias.value))
            }
            results.append((op.alias.value, perGroup))
        }
        return (groupColumns, groups, results)
    }
}

/// Vega's argmin and argmax: per group, the first row holding the smallest (largest) number of
/// the field, missing values left out. Vega gives the row itself; a cell cannot hold a row, so
/// the result is the `of` column's value there (an encoding's `{"argmax": …}`), else every
/// column of the row as "alias.column" — the name Vega-Lite's nested field `alias.column` reads.
enum ArgExtreme {
    static func columns(_ op: AggregateOpSpec, _ groups: Groups, _ t: DataTable) throws(ChartError) -> [(name: String, values: [DataValue])] {
        guard let field = op.field else { return [] }
        let values = try GeneratedTable.numbers(t, field)
        let isMax = op.op.value == "argmax"
        let picked: [Int?] = (0..<groups.count).map { g in
            var best: (row: Int, value: Double)?
            for r in groups.rows(of: g) {
                guard let v = values[r] else { continue }
                if best == nil || (isMax ? v > best!.value : v < best!.value) { best = (r, v) }
            }
            return best?.row
        }
        let wanted: [(name: String, column: Int)]
        if let of = op.of {
            wanted = [(op.alias.value, try t.column(of))]
        } else {
            wanted = t.columns.indices.map { ("\(op.alias.value).\(t.columns[$0])", $0) }
        }
        return wanted.map { w in (w.name, picked.map { r in r.map { t[$0, w.column] } ?? .missing }) }
    }
}
