// A table from CSV or TSV bytes that arrive in pieces (FileAccess.readPieces): each piece is
// checked as UTF-8, its records parsed, and their cells coded column by column as they come,
// so the file's bytes are never all in memory and no string is made per cell. Cells are kept
// as text; fields decide how to read them.

struct DelimitedTableReader {
    let name: String
    private let kind: String
    private var parser: CSVParser
    private var header: [String]?
    private var columns: [CodedColumnBuilder] = []
    private var locations = RowLocations()
    private var problems: [Diagnostic] = []
    private var badRows = 0
    /// UTF-8 checking runs ahead of parsing: bytes past the last taken ones already checked,
    /// and the line the check has reached.
    private var checkedAhead = 0
    private var checkLine = 1
    private var onlyWhitespace = true

    init(name: String, delimiter: UnicodeScalar = ",") {
        self.name = name
        kind = delimiter == "\t" ? "TSV" : "CSV"
        parser = CSVParser(delimiter: delimiter == "\t" ? 0x09 : UInt8(ascii: ","))
    }

    /// Takes the complete lines of `piece` (all of it when `final`); returns how many bytes.
    mutating func read(_ piece: UnsafeBufferPointer<UInt8>, final: Bool) throws(ChartError) -> Int {
        // Only whole lines: a character cut by the piece's end is never checked half.
        var end = piece.count
        if !final {
            while end > 0 && piece[end - 1] != 0x0A { end -= 1 }
        }
        let lines = UnsafeBufferPointer(rebasing: piece[0..<end])
        try check(UnsafeBufferPointer(rebasing: lines[min(checkedAhead, end)...]))
        if onlyWhitespace && locations.count == 0 {
            onlyWhitespace = lines.allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        }
        // The parser is moved out while its records go into the columns (two parts of self).
        var parser = self.parser
        let result = try parser.parse(lines, final: final) { (record, line) throws(ChartError) in try take(record, line: line) }
        self.parser = parser
        switch result {
        case .failure(let failure):
            throw ChartError(Diagnostic(at: SourceLocation(file: name, line: failure.line, column: 1), failure.message))
        case .success(let taken):
            checkedAhead = max(end, checkedAhead) - taken
            return taken
        }
    }

    /// The table, once every piece is read.
    func finish() throws(ChartError) -> DataTable {
        guard let header, !(onlyWhitespace && locations.count == 0) else {
            throw ChartError(file: name, "is empty; expected a header row naming the columns")
        }
        var problems = problems
        if badRows > Limits.errorsPerColumn {
            problems.append(Diagnostic(at: nil, "… and \(badRows - Limits.errorsPerColumn) more rows with the wrong number of fields", file: name))
        }
        if !problems.isEmpty { throw ChartError(problems) }
        return DataTable(name: name, columns: header, storage: columns.map { $0.finish() }, rowLocations: locations)
    }

    private mutating func check(_ bytes: UnsafeBufferPointer<UInt8>) throws(ChartError) {
        if let bad = UTF8Text.firstInvalid(in: bytes, line: &checkLine) {
            throw ChartError(Diagnostic(at: SourceLocation(file: name, line: bad.line, column: bad.column),
                                        "byte 0x\(String(bad.byte, radix: 16, uppercase: true)) is not UTF-8 (save the \(kind) as UTF-8)"))
        }
    }

    private mutating func take(_ record: CSVParser.Record, line: Int) throws(ChartError) {
        guard let header else {
            header = try Self.checkedHeader(record.strings, line: line, name: name, problems: &problems)
            columns = Array(repeating: CodedColumnBuilder(), count: record.count)
            return
        }
        if (0..<record.count).allSatisfy(record.isEmpty) { return }  // a line of empty fields
        if locations.count >= Limits.rows {
            throw ChartError(file: name, "has more than \(Limits.rows) rows, the limit for one table; aggregate it first")
        }
        let location = SourceLocation(file: name, line: line, column: 1)
        guard record.count == header.count else {
            badRows += 1
            if badRows <= Limits.errorsPerColumn {
                problems.append(Diagnostic(at: location, "this row has \(record.count) fields but the header has \(header.count) (\(Quote.short(header.joined(separator: ", "), limit: 120)))"))
            }
            return
        }
        for c in 0..<record.count {
            try record.withField(c) { (cell) throws(ChartError) in columns[c].append(cell) }
        }
        locations.append(location)
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
}
