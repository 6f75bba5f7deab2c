import Foundation

// Geometry in table cells. Vega keeps a feature's geometry as an object in its datum; a cell
// here holds numbers or text, so a geometry cell holds a reference ("\u{1}geo|<reading>|<k>"):
// which reading of which file, and which of its shapes. The shapes themselves are kept per
// reading while the file is unchanged. A reference survives every transform that copies cells
// (lookup, filter, facets), and the geoshape mark turns it back into the shape.

enum GeoShapeCells {
    static let prefix = "\u{1}geo|"

    private static let lock = NSLock()
    nonisolated(unsafe) private static var readings: [String: [GeoShape]] = [:]
    /// The identity (DataFileCache.fileIdentity) each file was last read at, and the readings
    /// made of it then: a changed file drops them all (its tables are no longer cached either).
    nonisolated(unsafe) private static var identities: [String: (identity: String, readings: Set<String>)] = [:]

    /// Keeps `shapes` as the reading `what` (the object and how it was read) of `file` at its
    /// current identity, and returns the cell of each.
    static func store(_ shapes: [GeoShape], file: String, what: String) -> [DataValue] {
        let identity = DataFileCache.fileIdentity(file) ?? ""
        let reading = "\(file)#\(identity)#\(what)"
        lock.lock()
        defer { lock.unlock() }
        if let old = identities[file], old.identity != identity {
            for r in old.readings { readings[r] = nil }
            identities[file] = nil
        }
        identities[file, default: (identity, [])].readings.insert(reading)
        readings[reading] = shapes
        return shapes.indices.map { .text("\(prefix)\(reading)|\($0)") }
    }

    /// The shape a cell refers to; nil for a cell that is not a geometry reference.
    static func shape(_ cell: DataValue) -> GeoShape? {
        guard case .text(let s) = cell, s.hasPrefix(prefix), let bar = s.lastIndex(of: "|"),
              let k = Int(s[s.index(after: bar)...]) else { return nil }
        let reading = String(s[s.index(s.startIndex, offsetBy: prefix.count)..<bar])
        lock.lock()
        defer { lock.unlock() }
        guard let shapes = readings[reading], k < shapes.count else { return nil }
        return shapes[k]
    }

    static func isReference(_ cell: DataValue) -> Bool {
        if case .text(let s) = cell { return s.hasPrefix(prefix) }
        return false
    }
}

/// `format.feature` or `format.mesh` of a TopoJSON file: which object, read how.
public struct TopoJSONSelection: Sendable {
    public enum Kind: String, Sendable { case feature, mesh }
    public var kind: Kind
    public var object: Located<String>

    static func decode(_ f: ObjectReader, log: DiagnosticLog) -> TopoJSONSelection? {
        let given = ["feature", "mesh"].filter(f.has)
        guard given.count == 1 else {
            if given.isEmpty {
                log.error(f.node.location, f.path, "a TopoJSON file needs \"feature\" (the object whose features are the rows) or \"mesh\" (the object whose borders make one line), e.g. \"feature\": \"states\"")
            } else {
                log.error(f["mesh"]!.location, f.childPath("mesh"), "cannot stand beside \"feature\": read an object as features or as a mesh")
            }
            return nil
        }
        let key = given[0]
        guard let name = f.string(key), let n = f[key] else { return nil }
        return TopoJSONSelection(kind: Kind(rawValue: key)!, object: Located(name, at: n.location, path: f.childPath(key)))
    }
}

enum TopoJSONTable {
    /// The rows of a TopoJSON file as Vega reads them: a feature per row (columns "type", "id",
    /// "properties.<name>" and "geometry"), or the mesh as one row.
    static func table(_ bytes: [UInt8], name: String, selection: TopoJSONSelection) throws(ChartError) -> DataTable {
        try table(name: name, selection: selection, bytes: { () throws(ChartError) in bytes })
    }

    /// The table of `selection`, reading the file's bytes only when its topology is not
    /// already parsed (TopologyCache).
    static func table(name: String, selection: TopoJSONSelection, bytes: () throws(ChartError) -> [UInt8]) throws(ChartError) -> DataTable {
        let topology = try TopologyCache.topology(path: name, bytes: bytes) { (b) throws(ChartError) in
            do throws(TopoJSONFailure) { return try Topology.parse(b, file: name) } catch { throw failure(error, name: name, selection: selection) }
        }
        let rows: [(id: GeoProperty?, properties: [(key: String, value: GeoProperty)], shape: GeoShape)]
        do throws(TopoJSONFailure) {
            switch selection.kind {
            case .feature: rows = try topology.features(selection.object.value).map { ($0.id, $0.properties, $0.shape) }
            case .mesh: rows = [(nil, [], try topology.mesh(selection.object.value))]
            }
        } catch {
            throw failure(error, name: name, selection: selection)
        }
        let geometry = GeoShapeCells.store(rows.map(\.shape), file: name, what: "\(selection.kind.rawValue):\(selection.object.value)")
        var columns = ["type"]
        var cells: [[DataValue]] = [rows.map { _ in .text(selection.kind == .mesh ? "MultiLineString" : "Feature") }]
        if rows.contains(where: { $0.id != nil }) {
            columns.append("id")
            cells.append(rows.map { cell($0.id) })
        }
        var propertyNames: [String] = []
        for r in rows { for p in r.properties where !propertyNames.contains(p.key) { propertyNames.append(p.key) } }
        for p in propertyNames {
            columns.append("properties.\(p)")
            cells.append(rows.map { r in cell(r.properties.first { $0.key == p }?.value) })
        }
        columns.append("geometry")
        cells.append(geometry)
        let location = SourceLocation(file: name, line: 1, column: 1)
        return DataTable(name: name, columns: columns, storage: cells.map { DataColumn.cells($0) },
                         rowLocations: RowLocations(Array(repeating: location, count: rows.count)))
    }

    /// A failure at its place: the line in the file when it is about a value there, the spec's
    /// format.feature when the object it names is missing, else the file.
    static func failure(_ error: TopoJSONFailure, name: String, selection: TopoJSONSelection) -> ChartError {
        let place = error.path.isEmpty ? "" : "\(error.path) "
        if error.path == "objects" && error.location == nil {
            return ChartError(Diagnostic(at: selection.object.location, path: selection.object.path, "\(name): \(place)\(error.message)"))
        }
        if let at = error.location { return ChartError(Diagnostic(at: at, "\(place)\(error.message)")) }
        return ChartError(file: name, "\(place)\(error.message)")
    }

    static func cell(_ p: GeoProperty?) -> DataValue {
        switch p {
        case .string(let s)?: return s.isEmpty ? .missing : .text(s)
        case .number(let v)?: return .number(v)
        case .bool(let b)?: return .text(b ? "true" : "false")
        default: return .missing
        }
    }
}
