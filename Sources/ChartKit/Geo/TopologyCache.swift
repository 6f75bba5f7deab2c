import Foundation

// A TopoJSON file parsed once per process while it is unchanged. One file gives several tables
// (Vega-Lite's gallery reads us-10m.json's counties in one spec, its states in two others), and
// parsing its 640 KB of arcs was most of the cost of each: DataFileCache keeps tables per
// reading (which object, feature or mesh), this keeps the topology they are read from. Same
// rule as DataFileCache: the same path, size, modification time and inode; the caller has
// already checked that the spec may read the file. A few topologies only: they are large and
// a chart reads one or two.

enum TopologyCache {
    static let capacity = 4

    private static let lock = NSLock()
    private static let flight = SingleFlight()
    nonisolated(unsafe) private static var entries: [(key: String, topology: Topology)] = []

    /// The topology of the file at `path` (resolved), parsed from `bytes()` on a miss.
    static func topology(path: String, bytes: () throws(ChartError) -> [UInt8],
                         parse: ([UInt8]) throws(ChartError) -> Topology) throws(ChartError) -> Topology {
        guard let identity = DataFileCache.fileIdentity(path) else { return try parse(try bytes()) }
        let key = FileAccess.normalize(FileAccess.absolute(path)) + "\u{1F}" + identity
        if let hit = lookup(key) { return hit }
        return try flight.value(key: key, cached: { lookup(key) }) { () throws(ChartError) in
            let topology = try parse(try bytes())
            store(topology, key: key)
            return topology
        }
    }

    private static func lookup(_ key: String) -> Topology? {
        lock.lock()
        defer { lock.unlock() }
        return entries.first { $0.key == key }?.topology
    }

    private static func store(_ topology: Topology, key: String) {
        lock.lock()
        defer { lock.unlock() }
        guard !entries.contains(where: { $0.key == key }) else { return }
        if entries.count == capacity { entries.removeFirst() }
        entries.append((key, topology))
    }

    /// Forgets every topology (tests that count parses).
    static func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        entries = []
    }
}
