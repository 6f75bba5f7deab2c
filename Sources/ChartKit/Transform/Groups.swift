// Rows grouped by the values of some columns (their category texts), groups in order of first
// appearance: the groups of `aggregate`, `joinaggregate`, `pivot` and the partitions of
// `window`. Kept as one group number per row and the rows sorted by group (4 bytes a row
// each), not an array per group. Coded columns group by their codes, without a string a row.

struct Groups {
    /// The group of each row.
    private(set) var groupOf: [Int32] = []
    /// The number of groups (one, empty, for a table without rows grouped by nothing).
    private(set) var count = 0
    /// The rows of group g are `order[starts[g]..<starts[g + 1]]`, in table order.
    private var order: [Int32] = []
    private var starts: [Int] = [0]

    init(_ t: DataTable, by columns: [Int]) {
        groupOf.reserveCapacity(t.rowCount)
        if columns.isEmpty {
            groupOf = [Int32](repeating: 0, count: t.rowCount)
            count = 1
        } else if !groupByCodes(t, columns) {
            groupByTexts(t, columns)
        }
        sortRows()
    }

    /// The rows of group `g`, in table order.
    func rows(of g: Int) -> [Int] { order[starts[g]..<starts[g + 1]].map { Int($0) } }

    /// The first row of group `g` (nil for the empty group of an empty table).
    func firstRow(of g: Int) -> Int? { starts[g] < starts[g + 1] ? Int(order[starts[g]]) : nil }

    /// Every group's rows (for few rows; large tables go group by group with `rows(of:)`).
    var members: [[Int]] { (0..<count).map(rows(of:)) }

    /// Coded columns: a row's key is its codes read as one mixed-radix number. False when a
    /// column is not coded or the keys would not fit an integer.
    private mutating func groupByCodes(_ t: DataTable, _ columns: [Int]) -> Bool {
        var coded: [(codes: CodeArray, radix: Int)] = []
        var keys = 1
        for c in columns {
            guard let g = t.storage[c].groupCodes else { return false }
            let (product, overflow) = keys.multipliedReportingOverflow(by: g.count)
            guard !overflow else { return false }
            keys = product
            coded.append((g.codes, g.count))
        }
        func key(_ r: Int) -> Int { coded.reduce(0) { $0 * $1.radix + $1.codes[r] } }
        if keys <= 1 << 16 {
            var group = [Int32](repeating: -1, count: keys)
            for r in 0..<t.rowCount { groupOf.append(assign(&group[key(r)])) }
        } else {
            var group: [Int: Int32] = [:]
            for r in 0..<t.rowCount { groupOf.append(assign(&group[key(r), default: -1])) }
        }
        return true
    }

    private mutating func groupByTexts(_ t: DataTable, _ columns: [Int]) {
        var group: [[String?]: Int32] = [:]
        for r in 0..<t.rowCount {
            groupOf.append(assign(&group[columns.map { t[r, $0].categoryText }, default: -1]))
        }
    }

    /// The group a key has, given a new number when it has none yet (-1).
    private mutating func assign(_ slot: inout Int32) -> Int32 {
        if slot < 0 {
            slot = Int32(count)
            count += 1
        }
        return slot
    }

    /// A counting sort of the rows by group, stable.
    private mutating func sortRows() {
        var sizes = [Int](repeating: 0, count: count)
        for g in groupOf { sizes[Int(g)] += 1 }
        starts = [0]
        starts.reserveCapacity(count + 1)
        for s in sizes { starts.append(starts.last! + s) }
        var next = Array(starts.dropLast())
        order = [Int32](repeating: 0, count: groupOf.count)
        for (r, g) in groupOf.enumerated() {
            order[next[Int(g)]] = Int32(r)
            next[Int(g)] += 1
        }
    }
}
