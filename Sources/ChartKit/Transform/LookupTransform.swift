// `lookup`: joins another table by key — each row takes the `fields` of the row of `from.data`
// whose `from.key` equals its `lookup` field (numbers by value: 110000 matches "110000"), or
// `default` (else missing) when none does. A key given twice in the other table is an error:
// which of the two rows was meant cannot be guessed.

enum LookupTransform {
    static func run(_ key: FieldName, from: DataSpec, key fromKey: FieldName, fields: [FieldName]?, as alias: [String]?,
                    default fallback: JSONNode?, _ t: DataTable, context: TransformContext) throws(ChartError) -> DataTable {
        let keyColumn = try t.column(key)
        let other = try DataLoader.load(from, baseDirectory: context.baseDirectory, paths: context.paths, datasets: context.datasets)
        let otherKey = try other.column(fromKey)
        var wanted: [(column: Int, name: String)] = []
        if let fields {
            for (i, f) in fields.enumerated() { wanted.append((try other.column(f), alias?[i] ?? f.value)) }
        } else if let whole = alias?.first {
            wanted = [(try wholeRowColumn(other, from: from), whole)]
        } else {
            wanted = other.columns.indices.filter { $0 != otherKey }.map { ($0, other.columns[$0]) }
        }
        var index: [String: Int] = [:]
        for (r, row) in other.rows.enumerated() {
            guard let k = normalized(row[otherKey]) else { continue }
            if let first = index[k] {
                throw ChartError(Diagnostic(at: other.rowLocations[r], "\"\(Quote.short(row[otherKey].categoryText ?? ""))\" is the key of rows \(first + 1) and \(r + 1) of \(other.label); lookup needs one row per key (\(fromKey.path))"))
            }
            index[k] = r
        }
        let missing = fallback.map(DataValue.init) ?? .missing
        var out = t
        for (column, name) in wanted {
            out = out.setting(name, t.rows.map { row in
                guard let k = normalized(row[keyColumn]), let r = index[k] else { return missing }
                return other.rows[r][column]
            })
        }
        return out
    }

    /// `as` without `from.fields` takes the whole matching row as one object. A cell holds no
    /// objects, but a geographic feature is drawn by its geometry alone, so the geometry stands
    /// for the row (what `"shape": {"field": …, "type": "geojson"}` draws); other rows cannot
    /// be looked up whole.
    static func wholeRowColumn(_ other: DataTable, from: DataSpec) throws(ChartError) -> Int {
        if let g = other.columnIndex("geometry"), other.rows.contains(where: { GeoShapeCells.isReference($0[g]) }) { return g }
        var at: SourceLocation?
        if case .url(let u, _) = from { at = u.location }
        throw ChartError(Diagnostic(at: at, "lookup \"as\" without from.fields takes whole rows, which is supported for geographic features only (TopoJSON data); list the wanted columns in from.fields"))
    }

    /// Keys compare as numbers when they read as numbers ("110000" and 110000 are one key).
    static func normalized(_ v: DataValue) -> String? {
        if let n = v.number { return Format.plain(n) }
        return v.categoryText
    }
}
