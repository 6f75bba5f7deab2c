import CSV
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
    /// Where each row was written: a CSV line, or the row object in the spec.
    public var rowLocations: [SourceLocation]

    public init(name: String, label: String? = nil, columns: [String], rows: [[DataValue]], rowLocations: [SourceLocation]) {
        self.name = name
        self.label = label ?? name
        self.columns = columns
        self.rows = rows
        self.rowLocations = rowLocations
    }

    public func columnIndex(_ name: String) -> Int? { columns.firstIndex(of: name) }

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
                    problems.append(Diagnostic(at: rowLocations[i], "column \"\(columns[column])\", row \(i + 1): \(v) is beyond the ±1e100 a chart can draw"))
                }
            case .number(let v): out.append(v)
            case .text(let s):
                if let v = DataTable.parseNumber(s), abs(v) > DataTable.maximumMagnitude {
                    out.append(nil)
                    if problems.count < Limits.errorsPerColumn {
                        problems.append(Diagnostic(at: rowLocations[i], "column \"\(columns[column])\", row \(i + 1): \"\(Quote.short(s))\" is beyond the ±1e100 a chart can draw"))
                    }
                } else if let v = DataTable.parseNumber(s) {
                    out.append(v)
                } else {
                    out.append(nil)
                    if problems.count < Limits.errorsPerColumn {
                        problems.append(Diagnostic(at: rowLocations[i], "column \"\(columns[column])\", row \(i + 1): \"\(Quote.short(s))\" is not a number"))
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

// MARK: - Loading

public enum DataLoader {
    /// Loads a data spec; CSV paths are relative to the spec's folder.
    static func load(_ data: DataSpec, baseDirectory: String, paths: PathPolicy) throws(ChartError) -> DataTable {
        switch data {
        case .csv(let path):
            let full = FileAccess.resolve(path.value, against: baseDirectory)
            let bytes = try FileAccess.read(full, what: "data file", location: path.location, fieldPath: path.path, policy: paths,
                                           written: path.value)
            var table = try parseCSV(bytes, name: full)
            table.label = path.value
            return table
        case .values(let items, let location):
            return try inlineValues(items, location: location)
        }
    }

    /// Parses CSV text with a header row. Cells are kept as text; fields decide how to read them.
    public static func parseCSV(_ bytes: [UInt8], name: String) throws(ChartError) -> DataTable {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw ChartError(file: name, "is empty; expected a header row naming the columns")
        }
        if let bad = UTF8Text.firstInvalid(in: bytes) {
            throw ChartError(Diagnostic(at: SourceLocation(file: name, line: bad.line, column: bad.column),
                                        "byte 0x\(String(bad.byte, radix: 16, uppercase: true)) is not UTF-8 (save the CSV as UTF-8)"))
        }
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = try recordStartLines(bytes, name: name)
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text,
                                   hasHeaderRow: true, trimFields: true)
        } catch {
            throw ChartError(file: name, "has no header row")
        }
        guard let header = reader.headerRow, !(header.count == 1 && header[0].isEmpty) else {
            throw ChartError(file: name, "is empty; expected a header row naming the columns")
        }
        if header.count > Limits.columns {
            throw ChartError(file: name, "has \(header.count) columns; the limit is \(Limits.columns)")
        }
        var problems: [Diagnostic] = []
        var seen = Set<String>()
        for (i, column) in header.enumerated() {
            if column.isEmpty {
                problems.append(Diagnostic(at: SourceLocation(file: name, line: lines.first ?? 1, column: 1), "column \(i + 1) of the header has no name"))
            } else if !seen.insert(column).inserted {
                problems.append(Diagnostic(at: SourceLocation(file: name, line: lines.first ?? 1, column: 1), "the header names column \"\(Quote.short(column))\" twice"))
            }
        }
        var rows: [[DataValue]] = []
        var locations: [SourceLocation] = []
        var record = 1
        var badRows = 0
        while let fields = reader.next() {
            if rows.count >= Limits.rows {
                throw ChartError(file: name, "has more than \(Limits.rows) rows, the limit for one table; aggregate it first")
            }
            let line = record < lines.count ? lines[record] : (lines.last ?? 1)
            record += 1
            if fields.allSatisfy(\.isEmpty) { continue }  // blank line
            let location = SourceLocation(file: name, line: line, column: 1)
            if fields.count != header.count {
                badRows += 1
                if badRows <= Limits.errorsPerColumn {
                    problems.append(Diagnostic(at: location, "this row has \(fields.count) fields but the header has \(header.count) (\(Quote.short(header.joined(separator: ", "), limit: 120)))"))
                }
                continue
            }
            rows.append(fields.map { $0.isEmpty ? .missing : .text($0) })
            locations.append(location)
        }
        if badRows > Limits.errorsPerColumn {
            problems.append(Diagnostic(at: nil, "… and \(badRows - Limits.errorsPerColumn) more rows with the wrong number of fields", file: name))
        }
        if !problems.isEmpty { throw ChartError(problems) }
        return DataTable(name: name, columns: header, rows: rows, rowLocations: locations)
    }

    /// The line on which each CSV record starts (records can span lines inside quotes), and a
    /// check for an unterminated quote, which the CSV reader would silently run to the end.
    static func recordStartLines(_ bytes: [UInt8], name: String) throws(ChartError) -> [Int] {
        var starts: [Int] = [1]
        var line = 1
        var inQuotes = false
        var quoteLine = 0
        for b in bytes {
            if b == UInt8(ascii: "\"") {
                if !inQuotes { quoteLine = line }
                inQuotes.toggle()
            } else if b == 0x0A {
                line += 1
                if !inQuotes { starts.append(line) }
            }
        }
        if inQuotes {
            throw ChartError(Diagnostic(at: SourceLocation(file: name, line: quoteLine, column: 1), "a quoted field opened on this line is never closed"))
        }
        return starts
    }

    /// Rows written in the spec as objects: `{"region": "Hebei", "target": 15}`.
    static func inlineValues(_ items: [JSONNode], location: SourceLocation) throws(ChartError) -> DataTable {
        if items.count > Limits.rows {
            throw ChartError(Diagnostic(at: location, path: "data.values", "has \(items.count) rows; the limit for one table is \(Limits.rows)"))
        }
        var columns: [String] = []
        var columnSet = Set<String>()
        var rows: [[String: DataValue]] = []
        var locations: [SourceLocation] = []
        var problems: [Diagnostic] = []
        for (i, item) in items.enumerated() {
            guard let members = item.members else {
                guard problems.count < Limits.errorsPerColumn else { continue }
                problems.append(Diagnostic(at: item.location, path: "data.values[\(i)]", "must be an object such as {\"region\": \"Hebei\", \"target\": 15}, found \(item.kindName)"))
                continue
            }
            var row: [String: DataValue] = [:]
            for m in members {
                if columnSet.insert(m.key).inserted {
                    columns.append(m.key)
                    if columns.count > Limits.columns {
                        throw ChartError(Diagnostic(at: m.keyLocation, path: "data.values[\(i)]", "brings the table to more than \(Limits.columns) columns, the limit"))
                    }
                }
                switch m.value.value {
                case .null: row[m.key] = .missing
                case .number(let v): row[m.key] = .number(v)
                case .string(let s): row[m.key] = s.isEmpty ? .missing : .text(s)
                case .bool(let b): row[m.key] = .text(b ? "true" : "false")
                default:
                    guard problems.count < Limits.errorsPerColumn else { continue }
                    problems.append(Diagnostic(at: m.value.location, path: "data.values[\(i)].\(m.key)", "must be a number, a string or null, found \(m.value.kindName)"))
                }
            }
            rows.append(row)
            locations.append(item.location)
        }
        if !problems.isEmpty { throw ChartError(problems) }
        let table = rows.map { row in columns.map { row[$0] ?? .missing } }
        return DataTable(name: location.file, label: "data.values", columns: columns, rows: table, rowLocations: locations)
    }
}
