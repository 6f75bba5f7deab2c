// Where each row of a table was written, kept as runs: rows on consecutive lines of one file at
// one column (every CSV row, most JSON arrays) share one entry, so a 500,000-row CSV costs a
// few bytes instead of a `SourceLocation` (a file name and two integers) per row.

public struct RowLocations: RandomAccessCollection, Sendable, Equatable {
    /// Rows from `firstRow` on sit at `line`, `line + 1`, … of `files[file]` at `column`,
    /// up to the next run's first row.
    private struct Run: Sendable, Equatable {
        var firstRow: Int
        var line: Int
        var column: Int
        var file: Int
    }

    private var files: [String] = []
    private var runs: [Run] = []
    public private(set) var count = 0

    public init() {}

    public init<S: Sequence>(_ locations: S) where S.Element == SourceLocation {
        for location in locations { append(location) }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(row: Int) -> SourceLocation {
        precondition(row >= 0 && row < count, "row \(row) is outside 0..<\(count)")
        // The last run that starts at or before `row`.
        var lo = 0, hi = runs.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if runs[mid].firstRow <= row { lo = mid } else { hi = mid - 1 }
        }
        let run = runs[lo]
        return SourceLocation(file: files[run.file], line: run.line + (row - run.firstRow), column: run.column)
    }

    public mutating func append(_ location: SourceLocation) {
        let file = fileIndex(location.file)
        if let last = runs.last, last.file == file, last.column == location.column,
           last.line + (count - last.firstRow) == location.line {
            count += 1
            return
        }
        runs.append(Run(firstRow: count, line: location.line, column: location.column, file: file))
        count += 1
    }

    /// The locations of some rows, in the order given.
    func selecting<C: Collection>(_ rows: C) -> RowLocations where C.Element == Int {
        var out = RowLocations()
        for r in rows { out.append(self[r]) }
        return out
    }

    private mutating func fileIndex(_ name: String) -> Int {
        // Tables point into one or two files (the data and the spec): a scan from the end is
        // the quickest lookup there is.
        if let i = files.lastIndex(of: name) { return i }
        files.append(name)
        return files.count - 1
    }
}
