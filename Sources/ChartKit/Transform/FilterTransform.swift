// `filter`: keeps the rows a predicate holds for — a Vega expression, or Vega-Lite's field
// predicates (equal, range, oneOf, valid, lt/lte/gt/gte) combined with and/or/not. A missing
// value passes no test but `"valid": false`.

enum FilterTransform {
    static func run(_ predicate: PredicateSpec, _ t: DataTable) throws(ChartError) -> DataTable {
        let test = try compile(predicate, t)
        return t.selecting(t.rows.indices.filter { test(t.rows[$0]) })
    }

    /// The predicate with its fields looked up once: a test per row.
    static func compile(_ p: PredicateSpec, _ t: DataTable) throws(ChartError) -> (DataTable.Row) -> Bool {
        switch p {
        case .expression(let source):
            let bound = try ExpressionTransforms.bind(source, in: t)
            return { bound.evaluate(row: $0, index: $0.row).isTruthy }
        case .equal(let f, let v):
            let want = DataValue(v)
            return onCell(try t.column(f), t) { $0.matches(want) && $0 != .missing }
        case .oneOf(let f, let values):
            let wanted = values.map(DataValue.init)
            return onCell(try t.column(f), t) { cell in cell != .missing && wanted.contains { cell.matches($0) } }
        case .valid(let f, let valid):
            return onCell(try t.column(f), t) { ($0 != .missing) == valid }
        case .range(let f, let lo, let hi):
            return onCell(try t.column(f), t) { cell in
                guard let v = cell.number else { return false }
                return (lo.map { v >= $0 } ?? true) && (hi.map { v <= $0 } ?? true)
            }
        case .compare(let f, let op, let node):
            let bound = DataValue(node)
            return onCell(try t.column(f), t) { cell in compare(cell, bound).map { order in
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
        case .timeUnit(let unit, let field, let inner):
            let keyed = t.setting(field.value, TimeUnitPredicate.keys(t, try t.column(field), unit: unit.value))
            let test = try compile(inner, keyed)
            return { test(keyed.rows[$0.row]) }
        }
    }

    /// A test of one column's cells, made once per distinct value of a coded column.
    private static func onCell(_ c: Int, _ t: DataTable, _ test: @escaping (DataValue) -> Bool) -> (DataTable.Row) -> Bool {
        if case .coded(let codes, let values) = t.storage[c] {
            let passes = values.map(test)
            return { passes[codes[$0.row]] }
        }
        return { test($0[c]) }
    }

    /// -1, 0 or 1: numbers by value, dates ("2023-06") by day, other text by its characters;
    /// nil when either side is missing.
    static func compare(_ a: DataValue, _ b: DataValue) -> Int? {
        if case .missing = a { return nil }
        if case .missing = b { return nil }
        // Two numbers need no keys: a filter compares every row with its bound, and a key
        // parses its cell's text as a date.
        if let x = a.number, let y = b.number { return SortKey.order(x, y) }
        return SortKey.compare(SortKey(a), SortKey(b))
    }
}

/// A cell read once for sorting: its number, its day when its text is a date, and its text.
/// A sort compares each row n log n times; parsing the date inside the comparator made a
/// stack's sort by a date column the largest cost of a gallery batch.
struct SortKey {
    let isMissing: Bool
    let number: Double?
    let days: Double?
    let text: String

    init(_ value: DataValue) {
        if case .missing = value { isMissing = true } else { isMissing = false }
        number = value.number
        let text = value.categoryText
        days = text.flatMap { TemporalValue.parse($0) }?.days
        self.text = text ?? ""
    }

    /// The keys of a column's cells, each distinct value read once (a sort's column is mostly
    /// a few categories repeated: series names, months).
    static func column(_ cells: [DataValue]) -> [SortKey] {
        var seen: [DataValue: SortKey] = [:]
        return cells.map { cell in
            if let key = seen[cell] { return key }
            let key = SortKey(cell)
            seen[cell] = key
            return key
        }
    }

    /// FilterTransform.compare's order: numbers by value, dates by day, other text by its
    /// characters.
    static func compare(_ a: SortKey, _ b: SortKey) -> Int {
        if let x = a.number, let y = b.number { return order(x, y) }
        if let x = a.days, let y = b.days { return order(x, y) }
        return order(a.text, b.text)
    }

    static func order<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x > y ? 1 : 0) }
}
