// Reshaping. `fold` turns a wide table long: each row becomes one row per folded field, with
// the field's name in `key` and its value in `value` (the other columns copied, as in Vega).
// `pivot` turns a long table wide: one row per group, one column per value of the pivot field
// (in ascending order, as Vega sorts them), filled with an aggregate of the value field.

enum FoldTransform {
    static func fold(_ fields: [FieldName], as alias: (String, String), _ t: DataTable) throws(ChartError) -> DataTable {
        var columnsToFold: [Int] = []
        for f in fields { columnsToFold.append(try t.column(f)) }
        let total = t.rows.count * fields.count
        if total > Limits.rows, let f = fields.first {
            throw ChartError(Diagnostic(at: f.location, path: f.path, "folding \(fields.count) fields of \(t.rows.count) rows makes \(total) rows; the limit is \(Limits.rows)"))
        }
        // The key and value columns come after the others (replacing same-named ones).
        let kept = t.columns.indices.filter { t.columns[$0] != alias.0 && t.columns[$0] != alias.1 }
        let columns = kept.map { t.columns[$0] } + [alias.0, alias.1]
        var rows: [[DataValue]] = [], locations: [SourceLocation] = []
        rows.reserveCapacity(total)
        for (i, row) in t.rows.enumerated() {
            let base = kept.map { row[$0] }
            for (k, c) in columnsToFold.enumerated() {
                rows.append(base + [.text(fields[k].value), row[c]])
                locations.append(t.rowLocations[i])
            }
        }
        return t.derived(columns: columns, rows: rows, locations: locations)
    }

    static func pivot(_ key: FieldName, value: FieldName, groupby: [FieldName], op: Located<String>, limit: Int?,
                      _ t: DataTable) throws(ChartError) -> DataTable {
        let keyColumn = try t.column(key), valueColumn = try t.column(value)
        var groupColumns: [Int] = []
        for g in groupby { groupColumns.append(try t.column(g)) }
        var names = Array(Set(t.rows.compactMap { $0[keyColumn].categoryText }))
        names.sort { a, b in
            if let x = Double(a), let y = Double(b) { return x < y }
            return a < b
        }
        if let limit { names = Array(names.prefix(limit)) }
        if names.count + groupby.count > Limits.columns {
            throw ChartError(Diagnostic(at: key.location, path: key.path, "\"\(key.value)\" has \(names.count) values: too many columns (the limit is \(Limits.columns))"))
        }
        let slot = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        let groups = Groups(t, by: groupColumns)
        let reducer = try AggregateOps.reducer(op.value, at: op)
        var rows: [[DataValue]] = [], locations: [SourceLocation] = []
        for gi in 0..<groups.count {
            let g = groups.rows(of: gi)
            guard !g.isEmpty else { continue }
            var cells = [[Int]](repeating: [], count: names.count)
            for r in g { if let name = t[r, keyColumn].categoryText, let k = slot[name] { cells[k].append(r) } }
            var row = groupColumns.map { t[g[0], $0] }
            for (k, members) in cells.enumerated() {
                // A combination with no rows is missing, not zero: nothing was reported there.
                row.append(members.isEmpty ? .missing : try reducer(members.map { t[$0, valueColumn] }, value, t, members, names[k]))
            }
            rows.append(row)
            locations.append(t.rowLocations[g[0]])
        }
        return t.derived(columns: groupby.map(\.value) + names, rows: rows, locations: locations)
    }
}

