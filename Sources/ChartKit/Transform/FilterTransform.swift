// `filter`: keeps the rows a predicate holds for — a Vega expression, or Vega-Lite's field
// predicates (equal, range, oneOf, valid, lt/lte/gt/gte) combined with and/or/not. A missing
// value passes no test but `"valid": false`.

enum FilterTransform {
    static func run(_ predicate: PredicateSpec, _ t: DataTable) throws(ChartError) -> DataTable {
        let test = try compile(predicate, t)
        var rows: [[DataValue]] = [], locations: [SourceLocation] = []
        for (i, row) in t.rows.enumerated() where test(row) {
            rows.append(row)
            locations.append(t.rowLocations[i])
        }
        return t.derived(columns: t.columns, rows: rows, locations: locations)
    }

    /// The predicate with its fields looked up once: a test per row.
    static func compile(_ p: PredicateSpec, _ t: DataTable) throws(ChartError) -> ([DataValue]) -> Bool {
        switch p {
        case .expression(let source):
            let bound = try ExpressionTransforms.bind(source, in: t)
            return { bound.evaluate(row: $0).isTruthy }
        case .equal(let f, let v):
            let c = try t.column(f), want = DataValue(v)
            return { $0[c].matches(want) && $0[c] != .missing }
        case .oneOf(let f, let values):
            let c = try t.column(f), wanted = values.map(DataValue.init)
            return { row in row[c] != .missing && wanted.contains { row[c].matches($0) } }
        case .valid(let f, let valid):
            let c = try t.column(f)
            return { ($0[c] != .missing) == valid }
        case .range(let f, let lo, let hi):
            let c = try t.column(f)
            return { row in
                guard let v = row[c].number else { return false }
                return (lo.map { v >= $0 } ?? true) && (hi.map { v <= $0 } ?? true)
            }
        case .compare(let f, let op, let node):
            let c = try t.column(f), bound = DataValue(node)
            return { row in compare(row[c], bound).map { order in
                switch op {
                case "lt": return order < 0
                case "lte": return order <= 0
                case "gt": return order > 0
                default: return order >= 0
                }
            } ?? false }
        case .and(let parts):
            let tests = try parts.map { (p) throws(ChartError) in try compile(p, t) }
            return { row in tests.allSatisfy { $0(row) } }
        case .or(let parts):
            let tests = try parts.map { (p) throws(ChartError) in try compile(p, t) }
            return { row in tests.contains { $0(row) } }
        case .not(let inner):
            let test = try compile(inner, t)
            return { !test($0) }
        }
    }

    /// -1, 0 or 1: numbers by value, dates ("2023-06") by day, other text by its characters;
    /// nil when either side is missing.
    static func compare(_ a: DataValue, _ b: DataValue) -> Int? {
        if case .missing = a { return nil }
        if case .missing = b { return nil }
        if let x = a.number, let y = b.number { return x < y ? -1 : (x > y ? 1 : 0) }
        if let s = a.categoryText, let r = b.categoryText, let x = TemporalValue.parse(s), let y = TemporalValue.parse(r) {
            return x.days < y.days ? -1 : (x.days > y.days ? 1 : 0)
        }
        let s = a.categoryText ?? "", r = b.categoryText ?? ""
        return s < r ? -1 : (s > r ? 1 : 0)
    }
}
