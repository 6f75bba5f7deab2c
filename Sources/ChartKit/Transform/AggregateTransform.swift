// `aggregate`: one row per group of the `groupby` fields (in order of first appearance), with
// the group fields and one column per operation. `joinaggregate`: the same results written
// on every row of the group, every row kept (shares of a total, differences from a mean).

enum AggregateTransform {
    static func aggregate(_ ops: [AggregateOpSpec], groupby: [FieldName], _ t: DataTable) throws(ChartError) -> DataTable {
        let (groupColumns, groups, results) = try compute(ops, groupby: groupby, t)
        var rows: [[DataValue]] = [], locations: [SourceLocation] = []
        for (gi, g) in groups.members.enumerated() where !g.isEmpty || groupby.isEmpty {
            rows.append(groupColumns.map { c in g.first.map { t.rows[$0][c] } ?? .missing } + results.map { $0[gi] })
            locations.append(g.first.map { t.rowLocations[$0] } ?? ops[0].alias.location)
        }
        return t.derived(columns: groupby.map(\.value) + ops.map(\.alias.value), rows: rows, locations: locations)
    }

    static func join(_ ops: [AggregateOpSpec], groupby: [FieldName], _ t: DataTable) throws(ChartError) -> DataTable {
        let (_, groups, results) = try compute(ops, groupby: groupby, t)
        var out = t
        for (k, op) in ops.enumerated() {
            out = out.setting(op.alias.value, groups.groupOf.map { results[k][$0] })
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
            let column = try op.field.map { (f) throws(ChartError) in try t.column(f) }
            let field = op.field ?? op.alias
            var perGroup: [DataValue] = []
            perGroup.reserveCapacity(groups.members.count)
            for g in groups.members {
                let values = column.map { c in g.map { t.rows[$0][c] } } ?? g.map { _ in DataValue.number(1) }
                perGroup.append(try reducer(values, field, t, g, op.alias.value))
            }
            results.append(perGroup)
        }
        return (groupColumns, groups, results)
    }
}
