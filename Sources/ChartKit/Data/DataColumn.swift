// One column of a table. Columns read from text files are dictionary-coded: each distinct
// cell is kept once and every row holds a small code (one byte while a column has at most 255
// distinct values, two up to 65,535), because data for charts repeats itself — provinces,
// months, sources, units. A 500,000-row table of five such columns takes 3 MB instead of the
// 70 MB an array of cells per row took, and anything computed per value (reading numbers,
// `format.parse`) is done once per distinct value. Columns computed by transforms hold cells.

public enum DataColumn: Sendable, Equatable {
    /// `values[codes[row]]`; `values[0]` is `.missing`.
    case coded(CodeArray, values: [DataValue])
    /// A cell per row.
    case cells([DataValue])

    public var count: Int {
        switch self {
        case .coded(let codes, _): return codes.count
        case .cells(let cells): return cells.count
        }
    }

    public subscript(row: Int) -> DataValue {
        switch self {
        case .coded(let codes, let values): return values[codes[row]]
        case .cells(let cells): return cells[row]
        }
    }

    /// The cells of some rows, in the order given (a coded column stays coded).
    func selecting<C: Collection>(_ rows: C) -> DataColumn where C.Element == Int {
        switch self {
        case .coded(let codes, let values):
            var out = CodeArray(capacityFor: values.count)
            out.reserveCapacity(rows.count)
            for r in rows { out.append(codes[r]) }
            return .coded(out, values: values)
        case .cells(let cells):
            return .cells(rows.map { cells[$0] })
        }
    }

    /// Every cell passed through `f`, computed once per distinct value of a coded column.
    /// Returns nil where `f` does; `failed` lists the rows where it did (all of them).
    func mapped(_ f: (DataValue) -> DataValue?) -> (column: DataColumn, failed: [Int]) {
        switch self {
        case .coded(let codes, let values):
            let results = values.map(f)
            var failed: [Int] = []
            for r in 0..<codes.count where results[codes[r]] == nil { failed.append(r) }
            return (.coded(codes, values: results.map { $0 ?? .missing }).deduplicated(), failed)
        case .cells(let cells):
            var out: [DataValue] = [], failed: [Int] = []
            out.reserveCapacity(cells.count)
            for (r, cell) in cells.enumerated() {
                if let v = f(cell) { out.append(v) } else { out.append(.missing); failed.append(r) }
            }
            return (.cells(out), failed)
        }
    }

    /// The column with text that reads as a number turned into that number (for aggregates,
    /// which read numbers): once per distinct value of a coded column; cells stay as they are.
    func readingNumbers() -> DataColumn {
        guard case .coded(let codes, let values) = self else { return self }
        return .coded(codes, values: values.map { cell in
            if case .text(let s) = cell, let v = DataTable.parseNumber(s) { return .number(v) }
            return cell
        })
    }

    /// A coded column whose values are all different (two codes for one value merged), so
    /// that rows with equal codes are exactly the rows with equal cells.
    func deduplicated() -> DataColumn {
        guard case .coded(let codes, let values) = self else { return self }
        var first: [DataValue: Int] = [:]
        var remap = [Int](values.indices)
        var unique: [DataValue] = []
        for (code, value) in values.enumerated() {
            if let earlier = first[value] { remap[code] = earlier; continue }
            first[value] = unique.count
            remap[code] = unique.count
            unique.append(value)
        }
        if unique.count == values.count { return self }
        var out = CodeArray(capacityFor: unique.count)
        out.reserveCapacity(codes.count)
        for r in 0..<codes.count { out.append(remap[codes[r]]) }
        return .coded(out, values: unique)
    }

    /// For grouping: each row's code and the number of codes, when a coded column's values
    /// have different category texts (so equal codes mean equal group keys); nil otherwise.
    var groupCodes: (codes: CodeArray, count: Int)? {
        guard case .coded(let codes, let values) = self else { return nil }
        var seen = Set<String?>()
        for v in values where !seen.insert(v.categoryText).inserted { return nil }
        return (codes, values.count)
    }
}

/// Codes in the narrowest unsigned integers that hold them, widened as they grow.
public struct CodeArray: Sendable, Equatable {
    private var narrow: [UInt8] = []
    private var middle: [UInt16] = []
    private var wide: [UInt32] = []
    private var width = 1

    /// Starts wide enough for `distinct` codes.
    init(capacityFor distinct: Int = 0) {
        width = distinct <= Int(UInt8.max) + 1 ? 1 : distinct <= Int(UInt16.max) + 1 ? 2 : 4
    }

    public var count: Int { width == 1 ? narrow.count : width == 2 ? middle.count : wide.count }

    public subscript(i: Int) -> Int {
        switch width {
        case 1: return Int(narrow[i])
        case 2: return Int(middle[i])
        default: return Int(wide[i])
        }
    }

    mutating func reserveCapacity(_ n: Int) {
        switch width {
        case 1: narrow.reserveCapacity(n)
        case 2: middle.reserveCapacity(n)
        default: wide.reserveCapacity(n)
        }
    }

    mutating func append(_ code: Int) {
        if width == 1 && code > Int(UInt8.max) { widen(to: code > Int(UInt16.max) ? 4 : 2) }
        if width == 2 && code > Int(UInt16.max) { widen(to: 4) }
        switch width {
        case 1: narrow.append(UInt8(truncatingIfNeeded: code))
        case 2: middle.append(UInt16(truncatingIfNeeded: code))
        default: wide.append(UInt32(truncatingIfNeeded: code))
        }
    }

    private mutating func widen(to newWidth: Int) {
        let old = (0..<count).map { self[$0] }
        narrow = []; middle = []; wide = []
        width = newWidth
        reserveCapacity(old.count * 2)
        for c in old { append(c) }
    }
}

/// Builds a coded column from cells given as UTF-8 bytes, finding each cell's code by hashing
/// its bytes, so that no string is made for a value already seen.
struct CodedColumnBuilder {
    private var codes = CodeArray()
    /// The distinct cells' bytes, one after the other: value k (code k + 1) is
    /// `bytes[starts[k]..<starts[k + 1]]`.
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var hashes: [UInt64] = []
    /// Open addressing: 0 is an empty slot, otherwise a code.
    private var slots = [Int32](repeating: 0, count: 64)

    var count: Int { codes.count }

    mutating func reserveCapacity(_ n: Int) { codes.reserveCapacity(n) }

    /// Appends one cell; no bytes is a missing cell.
    mutating func append(_ cell: UnsafeBufferPointer<UInt8>) {
        guard !cell.isEmpty else { codes.append(0); return }
        let hash = Self.hash(cell)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let k = Int(slots[slot]) - 1
            if hashes[k] == hash && starts[k + 1] - starts[k] == cell.count && equal(k, cell) {
                codes.append(k + 1)
                return
            }
            slot = (slot + 1) & mask
        }
        bytes.append(contentsOf: cell)
        starts.append(bytes.count)
        hashes.append(hash)
        slots[slot] = Int32(hashes.count)
        codes.append(hashes.count)
        if hashes.count * 2 > slots.count { grow() }
    }

    /// The column: the distinct cells as text, each kept once.
    func finish() -> DataColumn {
        var values: [DataValue] = [.missing]
        values.reserveCapacity(hashes.count + 1)
        bytes.withUnsafeBufferPointer { b in
            for k in 0..<hashes.count {
                values.append(.text(String(decoding: UnsafeBufferPointer(rebasing: b[starts[k]..<starts[k + 1]]), as: UTF8.self)))
            }
        }
        // Texts with different bytes can be one string to Swift (é composed or not): merged.
        return DataColumn.coded(codes, values: values).deduplicated()
    }

    private func equal(_ k: Int, _ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { b in
            var i = starts[k]
            for c in cell {
                if b[i] != c { return false }
                i += 1
            }
            return true
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for k in 0..<hashes.count {
            var slot = Int(truncatingIfNeeded: hashes[k]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(k + 1)
        }
    }

    /// FNV-1a, then a multiply to spread the low bits the slot index uses.
    private static func hash(_ cell: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in cell { h = (h ^ UInt64(c)) &* 0x100_0000_01b3 }
        return (h ^ (h >> 29)) &* 0xbf58_476d_1ce4_e5b9
    }
}
