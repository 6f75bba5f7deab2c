// The output of the transforms that generate rows (density, regression, loess, quantile): per
// group, in order of first appearance (Vega's partition), the group's fields followed by the
// generated values. Each generated row points at its group's first row, so a later error
// still names a place in the data.

struct GeneratedTable {
    private let source: DataTable
    private let groupColumns: [Int]
    let groups: Groups
    private var rows: [[DataValue]] = []
    private var locations: [SourceLocation] = []

    init(_ t: DataTable, groupby: [FieldName]) throws(ChartError) {
        source = t
        var columns: [Int] = []
        for g in groupby { columns.append(try t.column(g)) }
        groupColumns = columns
        groups = Groups(t, by: columns)
    }

    /// Adds a row to group `g`: its group fields, then `values`.
    mutating func append(group g: Int, _ values: [DataValue], at fallback: SourceLocation) {
        let first = groups.firstRow(of: g)
        rows.append(groupColumns.map { c in first.map { source[$0, c] } ?? .missing } + values)
        locations.append(first.map { source.rowLocations[$0] } ?? fallback)
    }

    func table(_ names: [String]) -> DataTable {
        source.derived(columns: groupColumns.map { source.columns[$0] } + names, rows: rows, locations: locations)
    }

    /// A column read as numbers (missing stays nil; text that is not a number is an error).
    static func numbers(_ t: DataTable, _ field: FieldName) throws(ChartError) -> [Double?] {
        switch t.numbers(column: try t.column(field)) {
        case .success(let v): return v
        case .failure(let e): throw e
        }
    }
}
