import Foundation

// A chart's data: named columns of cells, each row remembering where it was written so a bad
// value can be reported as `data/x.csv:7: column "target": "n/a" is not a number`.

public enum DataValue: Sendable, Hashable {
    case missing
    case number(Double)
    case text(String)

    /// The value as a category name.
    var categoryText: String? {
        switch self {
        case .missing: return nil
        case .number(let v): return Format.plain(v)
        case .text(let s): return s
        }
    }
}

public struct DataTable: Sendable {
    /// The file (as reachable from the working folder) that row locations point into.
    public var name: String
    /// How messages about fields name the data: the path as the spec wrote it.
    public var label: String
    public var columns: [String]
    /// The cells, column by column (see DataColumn): `table[row, column]` reads one.
    public private(set) var storage: [DataColumn]
    public private(set) var rowCount: Int
    /// Where each row was written: a CSV line, the row object in the spec or a JSON file, or
    /// a workbook's row (line = the sheet's row number, column = its first column's number).
    public private(set) var rowLocations: RowLocations
    /// Tables read from a workbook: the sheet and the spreadsheet column of each table column,
    /// so a message can name the cell ("Sheet1!C7") and point at its column.
    public var sheet: SheetOrigin? = nil
    /// Types `format.parse` gave columns: a channel without a `type` takes its column's.
    public var parsedTypes: [Int: FieldType] = [:]

    /// A table from its columns; every column has a cell per location.
    public init(name: String, label: String? = nil, columns: [String], storage: [DataColumn], rowLocations: RowLocations) {
        precondition(storage.count == columns.count && storage.allSatisfy { $0.count == rowLocations.count },
                     "a table needs one column of \(rowLocations.count) cells per name")
        self.name = name
        self.label = label ?? name
        self.columns = columns
        self.storage = storage
        self.rowCount = rowLocations.count
        self.rowLocations = rowLocations
    }

    /// A table from rows of cells (each as long as `columns`).
    public init<L: Sequence>(name: String, label: String? = nil, columns: [String], rows: [[DataValue]], rowLocations: L)
        where L.Element == SourceLocation {
        let storage = columns.indices.map { c in DataColumn.cells(rows.map { $0[c] }) }
        self.init(name: name, label: label, columns: columns, storage: storage, rowLocations: RowLocations(rowLocations))
    }

    public subscript(row: Int, column: Int) -> DataValue { storage[column][row] }

    /// The rows, each a view of its cells: `for row in table.rows { row[column] }`.
    public var rows: Rows { Rows(storage: storage, count: rowCount) }

    /// A copy with `values` as column `name` (a new column at the end, or the old one replaced).
    func setting(_ name: String, _ values: DataColumn) -> DataTable {
        precondition(values.count == rowCount, "a column of \(values.count) cells for \(rowCount) rows")
        var t = self
        if let i = columnIndex(name) {
            t.storage[i] = values
            t.parsedTypes[i] = nil
        } else {
            t.columns.append(name)
            t.storage.append(values)
        }
        return t
    }

    /// A copy with `values` (a cell per row) as column `name`.
    func setting(_ name: String, _ values: [DataValue]) -> DataTable { setting(name, .cells(values)) }

    /// The same table with only some rows, in the order given.
    func selecting(_ rows: [Int]) -> DataTable {
        var t = self
        t.storage = storage.map { $0.selecting(rows) }
        t.rowLocations = rowLocations.selecting(rows)
        t.rowCount = rows.count
        return t
    }

    /// A table of the same origin with other columns and rows.
    func derived(columns: [String], rows: [[DataValue]], locations: [SourceLocation]) -> DataTable {
        DataTable(name: name, label: label, columns: columns, rows: rows, rowLocations: locations)
    }

    /// Replaces one column's cells (same number of rows).
    mutating func replaceColumn(_ column: Int, with values: DataColumn) {
        precondition(values.count == rowCount, "a column of \(values.count) cells for \(rowCount) rows")
        storage[column] = values
    }

    public func columnIndex(_ name: String) -> Int? { columns.firstIndex(of: name) }

    /// Where the cell of `row` (0-based) in `column` was written: the row's location, at the
    /// cell's own column in a workbook.
    func cellLocation(_ row: Int, _ column: Int) -> SourceLocation {
        var location = rowLocations[row]
        if let sheet, column < sheet.columns.count { location.column = sheet.columns[column] }
        return location
    }

    /// " (Sheet1!C7)" for a workbook's cell, "" otherwise: appended to "column "x", row 3".
    func cellName(_ row: Int, _ column: Int) -> String {
        guard let sheet, column < sheet.columns.count else { return "" }
        return " (\(sheet.reference(column: sheet.columns[column], row: rowLocations[row].line)))"
    }

    /// Every value of a column as a number; text that does not parse is an error naming the
    /// row, the column and the value. Empty cells stay missing (nil).
    func numbers(column: Int) -> Result<[Double?], ChartError> {
        var out: [Double?] = []
        out.reserveCapacity(rowCount)
        var problems: [Diagnostic] = []
        var bad = 0
        func take(_ reading: NumberReading, row i: Int) {
            switch reading {
            case .value(let v): out.append(v)
            case .problem(let why):
                out.append(nil)
                bad += 1
                if problems.count < Limits.errorsPerColumn {
                    problems.append(Diagnostic(at: cellLocation(i, column), "column \"\(columns[column])\", row \(i + 1)\(cellName(i, column)): \(why)"))
                }
            }
        }
        switch storage[column] {
        case .coded(let codes, let values):
            // Each distinct value is read once.
            let readings = values.map(NumberReading.init)
            for i in 0..<rowCount { take(readings[codes[i]], row: i) }
        case .cells(let cells):
            for (i, cell) in cells.enumerated() { take(NumberReading(cell), row: i) }
        }
        if !problems.isEmpty {
            if bad > problems.count {
                problems.append(Diagnostic(at: nil, "… and \(bad - problems.count) more rows of column \"\(columns[column])\" that are not numbers", file: name))
            }
            return .failure(ChartError(problems))
        }
        return .success(out)
    }

    /// A cell read as a number for a chart: missing, a number, or what is wrong with it.
    private enum NumberReading {
        case value(Double?)
        case problem(String)

        init(_ cell: DataValue) {
            switch cell {
            case .missing: self = .value(nil)
            case .number(let v) where abs(v) > DataTable.maximumMagnitude:
                self = .problem("\(v) is beyond the ±1e100 a chart can draw")
            case .number(let v): self = .value(v)
            case .text(let s):
                if let v = DataTable.parseNumber(s) {
                    self = abs(v) > DataTable.maximumMagnitude ? .problem("\"\(Quote.short(s))\" is beyond the ±1e100 a chart can draw") : .value(v)
                } else {
                    self = .problem("\"\(Quote.short(s))\" is not a number")
                }
            }
        }
    }

    /// Values beyond this are refused: every physical quantity fits, and sums of them (stacks,
    /// extents) stay far from overflowing to infinity.
    public static let maximumMagnitude = 1e100

    /// Plain decimal numbers only ("14.5", "-3", "1e3"). Text such as "1,322" or "14.5%" is
    /// refused rather than guessed at: the same text means different numbers in different locales.
    static func parseNumber(_ s: String) -> Double? {
        // Trimming with Foundation costs more than the parse itself; most cells need none.
        let t = s.utf8.first == 0x20 || s.utf8.last == 0x20 || s.utf8.first == 0x09 || s.utf8.last == 0x09
            ? s.trimmingCharacters(in: .whitespaces) : s
        guard let first = t.utf8.first,
              first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == UInt8(ascii: ".") || (0x30...0x39).contains(first),
              let v = Double(t), v.isFinite else { return nil }
        return v
    }

    /// True when every non-missing cell reads as a number (used to infer a field's type).
    func isNumeric(column: Int) -> Bool {
        if let t = parsedTypes[column] { return t == .quantitative }
        func numeric<C: Collection>(_ cells: C) -> Bool where C.Element == DataValue {
            var any = false
            for cell in cells {
                switch cell {
                case .missing: continue
                case .number: any = true
                case .text(let s):
                    if DataTable.parseNumber(s) == nil { return false }
                    any = true
                }
            }
            return any
        }
        switch storage[column] {
        case .coded(let codes, let values):
            // A value no row uses any more (after a filter) does not count.
            var used = [Bool](repeating: false, count: values.count)
            for i in 0..<codes.count { used[codes[i]] = true }
            return numeric(values.indices.lazy.filter { used[$0] }.map { values[$0] })
        case .cells(let cells):
            return numeric(cells)
        }
    }

    /// The rows of a table, each a view of its cells.
    public struct Rows: RandomAccessCollection, Sendable {
        let storage: [DataColumn]
        public let count: Int
        public var startIndex: Int { 0 }
        public var endIndex: Int { count }
        public subscript(row: Int) -> Row { Row(storage: storage, row: row) }

        /// Every row's cells as an array (for tests and small tables).
        public var arrays: [[DataValue]] { map { Array($0) } }
    }

    /// One row: `row[column]` is its cell in that column.
    public struct Row: RandomAccessCollection, Sendable {
        let storage: [DataColumn]
        public let row: Int
        public var startIndex: Int { 0 }
        public var endIndex: Int { storage.count }
        public subscript(column: Int) -> DataValue { storage[column][row] }
    }
}

extension DataTable.Rows: Equatable {
    public static func == (a: Self, b: Self) -> Bool { a.arrays == b.arrays }
    /// Compares with rows written out, as tests do: `table.rows == [[.text("Hebei"), .number(15)]]`.
    public static func == (a: Self, b: [[DataValue]]) -> Bool { a.arrays == b }
}

extension DataTable.Row: Equatable {
    public static func == (a: Self, b: Self) -> Bool { Array(a) == Array(b) }
    public static func == (a: Self, b: [DataValue]) -> Bool { Array(a) == b }
}

/// Where a workbook's table came from: its sheet and, for each table column, the spreadsheet
/// column it was read from (1 for A).
public struct SheetOrigin: Sendable, Equatable {
    public var sheet: String
    public var columns: [Int]
    /// The workbook's dates count from 1904 (old Mac Excel) instead of 1900.
    public var date1904: Bool = false

    /// "Sheet1!C7", or "'Q1 data'!C7" when the name needs quoting (as Excel writes it).
    func reference(column: Int, row: Int) -> String {
        "\(SheetOrigin.quotedName(sheet))!\(CellRange.columnName(column))\(row)"
    }

    static func quotedName(_ name: String) -> String {
        let plain = !name.isEmpty && name.unicodeScalars.allSatisfy { $0 == "_" || $0 == "." || CharacterSet.alphanumerics.contains($0) }
            && !(name.first?.isNumber ?? false)
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }
}

