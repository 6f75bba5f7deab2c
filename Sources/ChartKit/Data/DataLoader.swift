import Foundation

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
            let full = FileAccess.resolve(path.value, against: baseDirectory)
            var table = try cached(path, full: full, reading: "csv", paths: paths) { () throws(ChartError) in
                try readDelimited(path, full: full, delimiter: ",", paths: paths)
            }
            table.label = path.value
            return table
        case .values(let items, let location, let parse):
            var table = try inlineValues(items, location: location)
            try ParseRules.apply(parse, to: &table)
            return table
        case .url(let url, let format):
            let full = FileAccess.resolve(url.value, against: baseDirectory)
            var table = try cached(url, full: full, reading: format.cacheKey, paths: paths) { () throws(ChartError) in
                var table: DataTable
                switch format.type {
                case .csv: table = try readDelimited(url, full: full, delimiter: ",", paths: paths)
                case .tsv: table = try readDelimited(url, full: full, delimiter: "\t", paths: paths)
                case .json: table = try JSONRecords.table(try read(url).bytes, name: full, property: format.property)
                case .xlsx: table = try Workbook.table(try read(url).bytes, name: full, written: url.value, format: format)
                case .topojson: table = try TopoJSONTable.table(name: full, selection: format.topology!) { () throws(ChartError) in try read(url).bytes }
                }
                table.label = url.value  // what a parse rule's message names
                try ParseRules.apply(format.parse, to: &table)
                return table
            }
            table.label = url.value
            if let sheet = table.sheet { table.label += " (sheet \"\(sheet.sheet)\")" }
            return table
        case .named(let name):
            guard let set = datasets[name.value] else {
                throw ChartError(Diagnostic(at: name.location, path: name.path, DataSpecDecoder.unknownDataset(name.value, in: datasets)))
            }
            return try records(set.value, location: set.location, path: set.path, name: set.location.file, label: "dataset \"\(name.value)\"")
        }
    }

    /// A data file's table, parsed once per process while the file is unchanged (see
    /// DataFileCache); the spec's path policy is checked first, cached or not.
    private static func cached(_ path: Located<String>, full: String, reading: String, paths: PathPolicy,
                               read: () throws(ChartError) -> DataTable) throws(ChartError) -> DataTable {
        try FileAccess.confine(full, policy: paths, what: "data file", location: path.location, fieldPath: path.path, written: path.value)
        return try DataFileCache.table(path: full, reading: reading, read: read)
    }

    /// Parses CSV text with a header row. Cells are kept as text; fields decide how to read them.
    /// `delimiter` "\t" reads TSV (tab-separated values) the same way, quotes and all.
    public static func parseCSV(_ bytes: [UInt8], name: String, delimiter: UnicodeScalar = ",") throws(ChartError) -> DataTable {
        var reader = DelimitedTableReader(name: name, delimiter: delimiter)
        _ = try bytes.withUnsafeBufferPointer { (b) throws(ChartError) in try reader.read(b, final: true) }
        return try reader.finish()
    }

    /// Reads a CSV or TSV file piece by piece into a table (see DelimitedTableReader).
    static func readDelimited(_ path: Located<String>, full: String, delimiter: UnicodeScalar, paths: PathPolicy,
                              pieceSize: Int = 1 << 18) throws(ChartError) -> DataTable {
        var reader = DelimitedTableReader(name: full, delimiter: delimiter)
        try FileAccess.readPieces(full, what: "data file", location: path.location, fieldPath: path.path, policy: paths,
                                  written: path.value, pieceSize: pieceSize) { (piece, end) throws(ChartError) in try reader.read(piece, final: end) }
        return try reader.finish()
    }

    /// Rows written in the spec as objects: `{"region": "Hebei", "target": 15}`.
    static func inlineValues(_ items: [JSONNode], location: SourceLocation) throws(ChartError) -> DataTable {
        try records(items, location: location, path: "data.values", name: location.file, label: "data.values")
    }

    /// A number, string, boolean or null in place of a record is the record {"data": value},
    /// as Vega ingests it (data.values [1, 1, 2] is a column "data").
    private static func wrapped(_ item: JSONNode) -> [JSONMember]? {
        switch item.value {
        case .number, .string, .bool, .null: return [JSONMember(key: "data", keyLocation: item.location, value: item)]
        default: return nil
        }
    }

    /// A table from an array of records (objects): the columns in order of first appearance,
    /// a key a record lacks is a missing cell. `path` is the array's place in the spec
    /// ("data.values", "datasets.sales"); nil for a JSON data file, whose messages name rows.
    /// A nested object's values become columns named by their path ("record.low"), which is
    /// what a Vega-Lite field with a dot reads (`datum.record.low`).
    static func records(_ items: [JSONNode], location: SourceLocation, path: String?, name: String, label: String) throws(ChartError) -> DataTable {
        if items.count > Limits.rows {
            if let path { throw ChartError(Diagnostic(at: location, path: path, "has \(items.count) rows; the limit for one table is \(Limits.rows)")) }
            throw ChartError(Diagnostic(at: location, "the array has \(items.count) records; the limit for one table is \(Limits.rows) rows"))
        }
        var columns: [String] = []
        var columnIndex: [String: Int] = [:]
        var rows: [[DataValue]] = []
        rows.reserveCapacity(items.count)
        var locations: [SourceLocation] = []
        var problems: [Diagnostic] = []
        for (i, item) in items.enumerated() {
            guard let members = (item.members.map(nestedFlattened)) ?? wrapped(item) else {
                guard problems.count < Limits.errorsPerColumn else { continue }
                let example = "must be an object such as {\"region\": \"Hebei\", \"target\": 15} or a single value, found \(item.kindName)"
                problems.append(path.map { Diagnostic(at: item.location, path: "\($0)[\(i)]", example) }
                                ?? Diagnostic(at: item.location, "record \(i + 1) \(example)"))
                continue
            }
            var row = [DataValue](repeating: .missing, count: columns.count)
            for (k, m) in members.enumerated() {
                // Records usually repeat the first one's keys in its order: no hashing then.
                let c: Int
                if k < columns.count && columns[k] == m.key {
                    c = k
                } else if let known = columnIndex[m.key] {
                    c = known
                } else {
                    c = columns.count
                    columns.append(m.key)
                    columnIndex[m.key] = c
                    row.append(.missing)
                    if columns.count > Limits.columns {
                        let message = "brings the table to more than \(Limits.columns) columns, the limit"
                        throw ChartError(path.map { Diagnostic(at: m.keyLocation, path: "\($0)[\(i)]", message) }
                                         ?? Diagnostic(at: m.keyLocation, "record \(i + 1) \(message)"))
                    }
                }
                switch m.value.value {
                case .null: row[c] = .missing
                case .number(let v): row[c] = .number(v)
                case .string(let s): row[c] = s.isEmpty ? .missing : .text(s)
                case .bool(let b): row[c] = .text(b ? "true" : "false")
                default:
                    guard problems.count < Limits.errorsPerColumn else { continue }
                    if let path {
                        problems.append(Diagnostic(at: m.value.location, path: "\(path)[\(i)].\(Quote.short(m.key))", "must be a number, a string or null, found \(m.value.kindName)"))
                    } else {
                        problems.append(Diagnostic(at: m.value.location, "record \(i + 1), field \"\(Quote.short(m.key))\": a cell must be a number, a string, true, false or null, found \(m.value.kindName); flatten it first (one column per value; arrays of up to \(maximumArrayColumns) values are read as columns \"\(Quote.short(m.key))[0]\", …)"))
                    }
                }
            }
            rows.append(row)
            locations.append(item.location)
        }
        if !problems.isEmpty { throw ChartError(problems) }
        // A key first seen in a later record is a missing cell in the records before it.
        let table = rows.map { $0.count == columns.count ? $0 : $0 + Array(repeating: .missing, count: columns.count - $0.count) }
        return DataTable(name: name, label: label, columns: columns, rows: table, rowLocations: locations)
    }

    /// A record's members with nested objects opened into dotted keys and short arrays into
    /// indexed ones (`"record.low"`, `"ranges[2]"`: Vega-Lite's nested field access); the
    /// record itself when it has neither (most records, read without a copy).
    static func nestedFlattened(_ members: [JSONMember]) -> [JSONMember] {
        guard members.contains(where: { nests($0.value) }) else { return members }
        var out: [JSONMember] = []
        func open(_ key: String, _ value: JSONNode, at location: SourceLocation, depth: Int) {
            if depth < 8, let inner = value.members {
                for m in inner { open(key.isEmpty ? m.key : "\(key).\(m.key)", m.value, at: m.keyLocation, depth: depth + 1) }
            } else if depth < 8, case .array(let items) = value.value, items.count <= maximumArrayColumns {
                // Vega-Lite's "ranges[2]": the array's items as columns of their own.
                for (j, item) in items.enumerated() { open("\(key)[\(j)]", item, at: item.location, depth: depth + 1) }
            } else {
                out.append(JSONMember(key: key, keyLocation: location, value: value))
            }
        }
        for m in members { open(m.key, m.value, at: m.keyLocation, depth: 0) }
        return out
    }

    /// Arrays up to this long in a record are read as columns (`"ranges[0]"`, …); a longer
    /// one is an error naming it.
    static let maximumArrayColumns = 64

    private static func nests(_ v: JSONNode) -> Bool {
        if v.members != nil { return true }
        if case .array = v.value { return true }
        return false
    }
}
