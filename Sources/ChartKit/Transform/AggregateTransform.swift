// `aggregate`: one row per group of the `groupby` fields (in order of first appearance), with
// the group fields and one column per operation. `joinaggregate`: the same results written
// on every row of the group, every row kept (shares of a total, differences from a mean).

enum AggregateTransform {
    static func aggregate(_ ops: [AggregateOpSpec], groupby: [FieldName], _ t: DataTable) throws(ChartError) -> DataTable {
        let (groupColumns, groups, results) = try compute(ops, groupby: groupby, t)
        var rows: [[DataValue]] = [], locations: [SourceLocation] = []
        for g in 0..<groups.count {
            let first = groups.firstRow(of: g)
            guard first != nil || groupby.isEmpty else { continue }
            rows.append(groupColumns.map { c in first.map { t[$0, c] } ?? .missing } + results.map { $0[g] })
            locations.append(first.map { t.rowLocations[$0] } ?? ops[0].alias.location)
        }
        return t.derived(columns: groupby.map(\.value) + ops.map(\.alias.value), rows: rows, locations: locations)
    }

    static func join(_ ops: [AggregateOpSpec], groupby: [FieldName], _ t: DataTable) throws(ChartError) -> DataTable {
        let (_, groups, results) = try compute(ops, groupby: groupby, t)
        var out = t
        for (k, op) in ops.enumerated() {
            out = out.setting(op.alias.value, groups.groupOf.map { results[k][Int($0)] })
        }
        return out
    }

    /// The group columns, the groups, and each operation's result per group.
    private static func compute(_ ops: [AggregateOpSpec], groupby: [FieldName], _ t: DataTable) throws(ChartError)
        -> ([Int], Groups, [[DataValue]]) {
        var groupColumns: [Int] = []
        for g in groupby { groupColumns.append(try t.column(g)) }
        let groups = Groups(t, by: groupColumns)
        var results: [[DataValue]] = []
        for op in ops {
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
            results.append(perGroup)
        }
        return (groupColumns, groups, results)
    }
}
