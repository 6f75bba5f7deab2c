import Foundation

// A chart's data: named columns of cells, each row remembering where it was written so a bad
// value can be reported as `data/x.csv:7: column "target": "n/a" is not a number`.

public enum DataValue: Sendable, Equatable {
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
    public var rows: [[DataValue]]
    /// Where each row was written: a CSV line, the row object in the spec or a JSON file, or
    /// a workbook's row (line = the sheet's row number, column = its first column's number).
    public var rowLocations: [SourceLocation]
    /// Tables read from a workbook: the sheet and the spreadsheet column of each table column,
    /// so a message can name the cell ("Sheet1!C7") and point at its column.
    public var sheet: SheetOrigin? = nil
    /// Types `format.parse` gave columns: a channel without a `type` takes its column's.
    public var parsedTypes: [Int: FieldType] = [:]

    public init(name: String, label: String? = nil, columns: [String], rows: [[DataValue]], rowLocations: [SourceLocation]) {
        self.name = name
        self.label = label ?? name
        self.columns = columns
        self.rows = rows
        self.rowLocations = rowLocations
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
        out.reserveCapacity(rows.count)
        var problems: [Diagnostic] = []
        for (i, row) in rows.enumerated() {
            switch row[column] {
            case .missing: out.append(nil)
            case .number(let v) where abs(v) > DataTable.maximumMagnitude:
                out.append(nil)
                if problems.count < Limits.errorsPerColumn {
                    problems.append(Diagnostic(at: cellLocation(i, column), "column \"\(columns[column])\", row \(i + 1)\(cellName(i, column)): \(v) is beyond the ±1e100 a chart can draw"))
                }
            case .number(let v): out.append(v)
            case .text(let s):
                if let v = DataTable.parseNumber(s), abs(v) > DataTable.maximumMagnitude {
                    out.append(nil)
                    if problems.count < Limits.errorsPerColumn {
                        problems.append(Diagnostic(at: cellLocation(i, column), "column \"\(columns[column])\", row \(i + 1)\(cellName(i, column)): \"\(Quote.short(s))\" is beyond the ±1e100 a chart can draw"))
                    }
                } else if let v = DataTable.parseNumber(s) {
                    out.append(v)
                } else {
                    out.append(nil)
                    if problems.count < Limits.errorsPerColumn {
                        problems.append(Diagnostic(at: cellLocation(i, column), "column \"\(columns[column])\", row \(i + 1)\(cellName(i, column)): \"\(Quote.short(s))\" is not a number"))
                    }
                }
            }
        }
        if !problems.isEmpty {
            let bad = out.enumerated().filter { $0.element == nil && rows[$0.offset][column] != .missing }.count
            if bad > problems.count {
                problems.append(Diagnostic(at: nil, "… and \(bad - problems.count) more rows of column \"\(columns[column])\" that are not numbers", file: name))
            }
            return .failure(ChartError(problems))
        }
        return .success(out)
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
        var any = false
        for row in rows {
            switch row[column] {
            case .missing: continue
            case .number: any = true
            case .text(let s):
                if DataTable.parseNumber(s) == nil { return false }
                any = true
            }
        }
        return any
    }
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

// MARK: - Loading

public enum DataLoader {
    /// Loads a data spec; file paths are relative to the spec's folder.
    static func load(_ data: DataSpec, baseDirectory: String, paths: PathPolicy,
                     datasets: [String: Located<[JSONNode]>] = [:]) throws(ChartError) -> DataTable {
        var files: [String: [UInt8]] = [:]
        return try load(data, baseDirectory: baseDirectory, paths: paths, datasets: datasets, files: &files)
    }

    /// Loads a data spec; `files` holds the files already read for this chart (by resolved
    /// path), so a workbook two layers read sheets of is read once.
    static func load(_ data: DataSpec, baseDirectory: String, paths: PathPolicy, datasets: [String: Located<[JSONNode]>],
                     files: inout [String: [UInt8]]) throws(ChartError) -> DataTable {
        func read(_ path: Located<String>) throws(ChartError) -> (full: String, bytes: [UInt8]) {
            let full = FileAccess.resolve(path.value, against: baseDirectory)
            if let bytes = files[full] { return (full, bytes) }
            // Every file goes through FileAccess: confined to the spec's folders, size-bounded.
            let bytes = try FileAccess.read(full, what: "data file", location: path.location, fieldPath: path.path, policy: paths,
                                            written: path.value)
            files[full] = bytes
            return (full, bytes)
        }
        switch data {
        case .csv(let path):
            let (full, bytes) = try read(path)
            var table = try parseCSV(bytes, name: full)
            table.label = path.value
            return table
        case .values(let items, let location):
            return try inlineValues(items, location: location)
        case .url(let url, let format):
            let (full, bytes) = try read(url)
            var table: DataTable
            switch format.type {
            case .csv: table = try parseCSV(bytes, name: full)
            case .tsv: table = try parseCSV(bytes, name: full, delimiter: "\t")
            case .json: table = try JSONRecords.table(bytes, name: full, property: format.property)
            case .xlsx: table = try Workbook.table(bytes, name: full, written: url.value, format: format)
            }
            table.label = url.value
            if let sheet = table.sheet { table.label += " (sheet \"\(sheet.sheet)\")" }
            try ParseRules.apply(format.parse, to: &table)
            return table
        case .named(let name):
            guard let set = datasets[name.value] else {
                throw ChartError(Diagnostic(at: name.location, path: name.path, DataSpecDecoder.unknownDataset(name.value, in: datasets)))
            }
            return try records(set.value, location: set.location, path: set.path, name: set.location.file, label: "dataset \"\(name.value)\"")
        }
    }

    /// Parses CSV text with a header row. Cells are kept as text; fields decide how to read them.
    /// `delimiter` "\t" reads TSV (tab-separated values) the same way, quotes and all.
    public static func parseCSV(_ bytes: [UInt8], name: String, delimiter: UnicodeScalar = ",") throws(ChartError) -> DataTable {
        let kind = delimiter == "\t" ? "TSV" : "CSV"
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ChartError(file: name, "is empty; expected a header row naming the columns")
        }
        if let bad = UTF8Text.firstInvalid(in: bytes) {
            throw ChartError(Diagnostic(at: SourceLocation(file: name, line: bad.line, column: bad.column),
                                        "byte 0x\(String(bad.byte, radix: 16, uppercase: true)) is not UTF-8 (save the \(kind) as UTF-8)"))
        }
        var header: [String]?
        var problems: [Diagnostic] = []
        var rows: [[DataValue]] = []
        var locations: [SourceLocation] = []
        var badRows = 0
        let failure = try CSVParser.parse(bytes, delimiter: delimiter == "\t" ? 0x09 : UInt8(ascii: ",")) { (fields, line) throws(ChartError) in
            guard let columns = header else {
                header = try checkedHeader(fields, line: line, name: name, problems: &problems)
                return
            }
            if fields.allSatisfy(\.isEmpty) { return }  // a line of empty fields
            if rows.count >= Limits.rows {
                throw ChartError(file: name, "has more than \(Limits.rows) rows, the limit for one table; aggregate it first")
            }
            let location = SourceLocation(file: name, line: line, column: 1)
            guard fields.count == columns.count else {
                badRows += 1
                if badRows <= Limits.errorsPerColumn {
                    problems.append(Diagnostic(at: location, "this row has \(fields.count) fields but the header has \(columns.count) (\(Quote.short(columns.joined(separator: ", "), limit: 120)))"))
                }
                return
            }
            rows.append(fields.map { $0.isEmpty ? .missing : .text($0) })
            locations.append(location)
        }
        if let failure {
            throw ChartError(Diagnostic(at: SourceLocation(file: name, line: failure.line, column: 1), failure.message))
        }
        guard let header else { throw ChartError(file: name, "is empty; expected a header row naming the columns") }
        if badRows > Limits.errorsPerColumn {
            problems.append(Diagnostic(at: nil, "… and \(badRows - Limits.errorsPerColumn) more rows with the wrong number of fields", file: name))
        }
        if !problems.isEmpty { throw ChartError(problems) }
        return DataTable(name: name, columns: header, rows: rows, rowLocations: locations)
    }

    /// The header row: every column named, no name twice, not too many.
    private static func checkedHeader(_ fields: [String], line: Int, name: String, problems: inout [Diagnostic]) throws(ChartError) -> [String] {
        if fields.count > Limits.columns {
            throw ChartError(file: name, "has \(fields.count) columns; the limit is \(Limits.columns)")
        }
        var seen = Set<String>()
        for (i, column) in fields.enumerated() {
            if column.isEmpty {
                problems.append(Diagnostic(at: SourceLocation(file: name, line: line, column: 1), "column \(i + 1) of the header has no name"))
            } else if !seen.insert(column).inserted {
                problems.append(Diagnostic(at: SourceLocation(file: name, line: line, column: 1), "the header names column \"\(Quote.short(column))\" twice"))
            }
        }
        return fields
    }

    /// Rows written in the spec as objects: `{"region": "Hebei", "target": 15}`.
    static func inlineValues(_ items: [JSONNode], location: SourceLocation) throws(ChartError) -> DataTable {
        try records(items, location: location, path: "data.values", name: location.file, label: "data.values")
    }

    /// A table from an array of records (objects): the columns in order of first appearance,
    /// a key a record lacks is a missing cell. `path` is the array's place in the spec
    /// ("data.values", "datasets.sales"); nil for a JSON data file, whose messages name rows.
    static func records(_ items: [JSONNode], location: SourceLocation, path: String?, name: String, label: String) throws(ChartError) -> DataTable {
        if items.count > Limits.rows {
            if let path { throw ChartError(Diagnostic(at: location, path: path, "has \(items.count) rows; the limit for one table is \(Limits.rows)")) }
            throw ChartError(Diagnostic(at: location, "the array has \(items.count) records; the limit for one table is \(Limits.rows) rows"))
        }
        var columns: [String] = []
        var columnSet = Set<String>()
        var rows: [[String: DataValue]] = []
        var locations: [SourceLocation] = []
        var problems: [Diagnostic] = []
        for (i, item) in items.enumerated() {
            guard let members = item.members else {
                guard problems.count < Limits.errorsPerColumn else { continue }
                let example = "must be an object such as {\"region\": \"Hebei\", \"target\": 15}, found \(item.kindName)"
                problems.append(path.map { Diagnostic(at: item.location, path: "\($0)[\(i)]", example) }
                                ?? Diagnostic(at: item.location, "record \(i + 1) \(example)"))
                continue
            }
            var row: [String: DataValue] = [:]
            for m in members {
                if columnSet.insert(m.key).inserted {
                    columns.append(m.key)
                    if columns.count > Limits.columns {
                        let message = "brings the table to more than \(Limits.columns) columns, the limit"
                        throw ChartError(path.map { Diagnostic(at: m.keyLocation, path: "\($0)[\(i)]", message) }
                                         ?? Diagnostic(at: m.keyLocation, "record \(i + 1) \(message)"))
                    }
                }
                switch m.value.value {
                case .null: row[m.key] = .missing
                case .number(let v): row[m.key] = .number(v)
                case .string(let s): row[m.key] = s.isEmpty ? .missing : .text(s)
                case .bool(let b): row[m.key] = .text(b ? "true" : "false")
                default:
                    guard problems.count < Limits.errorsPerColumn else { continue }
                    if let path {
                        problems.append(Diagnostic(at: m.value.location, path: "\(path)[\(i)].\(Quote.short(m.key))", "must be a number, a string or null, found \(m.value.kindName)"))
                    } else {
                        problems.append(Diagnostic(at: m.value.location, "record \(i + 1), field \"\(Quote.short(m.key))\": a cell must be a number, a string, true, false or null, found \(m.value.kindName); flatten it first (one column per value)"))
                    }
                }
            }
            rows.append(row)
            locations.append(item.location)
        }
        if !problems.isEmpty { throw ChartError(problems) }
        let table = rows.map { row in columns.map { row[$0] ?? .missing } }
        return DataTable(name: name, label: label, columns: columns, rows: table, rowLocations: locations)
    }
}
