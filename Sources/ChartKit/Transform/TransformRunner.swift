import Foundation

// Runs a view's or a layer's transforms in order over a loaded table (Vega-Lite's dataflow):
// each step takes a table and gives a new one. Fields are looked up once per step, by name,
// with a did-you-mean at the place the name is written; rows keep the location of the row
// they came from, so a later error still points into the data file.

struct TransformContext {
    var baseDirectory: String
    var paths: PathPolicy
    /// The spec's named datasets, for a lookup `from` one of them.
    var datasets: [String: Located<[JSONNode]>] = [:]
    /// Where a calculation's read of a field the data lacks is reported (a warning, as Vega
    /// reads it as undefined); without one it is an error.
    var log: DiagnosticLog? = nil
}

enum TransformRunner {
    static func apply(_ transforms: [TransformSpec], to table: DataTable, context: TransformContext) throws(ChartError) -> DataTable {
        var t = table
        for spec in transforms {
            if ChartBudget.isExhausted { break }
            t = try run(spec, t, context: context)
            if t.rows.count > Limits.rows {
                throw ChartError(Diagnostic(at: spec.location, path: spec.path, "makes \(t.rows.count) rows; the limit for one table is \(Limits.rows)"))
            }
            t.label = "the data after \(spec.path)"
        }
        return t
    }

    private static func run(_ spec: TransformSpec, _ t: DataTable, context: TransformContext) throws(ChartError) -> DataTable {
        switch spec.kind {
        case .filter(let p): return try FilterTransform.run(p, t)
        case .calculate(let e, let alias): return try CalculateTransform.run(e, as: alias, t, log: context.log)
        case .fold(let fields, let alias): return try FoldTransform.fold(fields, as: alias, t)
        case .pivot(let key, let value, let groupby, let op, let limit):
            return try FoldTransform.pivot(key, value: value, groupby: groupby, op: op, limit: limit, t)
        case .aggregate(let ops, let groupby): return try AggregateTransform.aggregate(ops, groupby: groupby, t)
        case .joinaggregate(let ops, let groupby): return try AggregateTransform.join(ops, groupby: groupby, t)
        case .window(let ops, let sort, let groupby, let frame, let ignorePeers):
            return try WindowTransform.run(ops, sort: sort, groupby: groupby, frame: frame, ignorePeers: ignorePeers, t)
        case .lookup(let key, let from, let fromKey, let fields, let alias, let fallback):
            return try LookupTransform.run(key, from: from, key: fromKey, fields: fields, as: alias, default: fallback, t, context: context)
        case .timeUnit(let unit, let field, let alias): return try TimeUnitTransform.run(unit, field: field, as: alias, t)
        case .bin(let params, let field, let alias): return try BinTransform.run(params, field: field, as: alias, t)
        case .density(let params): return try DensityTransform.run(params, at: spec.location, t)
        case .regression(let params): return try RegressionTransform.run(params, at: spec.location, t)
        case .loess(let params): return try LoessTransform.run(params, at: spec.location, t)
        case .quantile(let params): return try QuantileTransform.run(params, at: spec.location, t)
        case .stack(let params): return try StackTransform.run(params, t)
        }
    }
}

extension DataTable {
    /// The column a transform names, or an error at the name listing the columns there are.
    func column(_ name: FieldName) throws(ChartError) -> Int {
        if let i = columnIndex(name.value) { return i }
        throw ChartError(Diagnostic(at: name.location, path: name.path,
                                    "\"\(Quote.short(name.value))\" is not a column of \(label) (columns: \(Quote.short(columns.joined(separator: ", "), limit: 200)))\(Suggest.didYouMean(name.value, in: columns))"))
    }

}

extension DataValue {
    /// The cell as a number: a number, or text that reads as one; nil for missing or words.
    var number: Double? {
        switch self {
        case .number(let v): return v
        case .text(let s): return DataTable.parseNumber(s)
        case .missing: return nil
        }
    }

    /// A JSON value from a spec (`"equal": 2020`) as a cell.
    init(_ node: JSONNode) {
        switch node.value {
        case .number(let v): self = .number(v)
        case .string(let s): self = s.isEmpty ? .missing : .text(s)
        case .bool(let b): self = .text(b ? "true" : "false")
        default: self = .missing
        }
    }

    /// Vega's equality of two cells: numbers by value ("2020" equals 2020), else the text.
    func matches(_ other: DataValue) -> Bool {
        if case .missing = self { if case .missing = other { return true }; return false }
        if let a = number, let b = other.number { return a == b }
        return categoryText == other.categoryText
    }
}
