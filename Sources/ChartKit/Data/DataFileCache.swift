import Foundation

// Data files parsed once per process. A newsletter build renders many charts over the same
// few files (the Vega-Lite gallery reads cars.json in ten specs, movies.json's 3,201 records in
// six): parsing dominated a batch, and the second parse of an unchanged file gives the same
// table. A table is reused only when the file is the same (path, size and modification time
// to the nanosecond, as MapLoader does for maps) and read the same way (format, parse rules),
// and only after the reading spec's path policy allows the file, so the cache never lets a
// spec see what it could not read itself. The cache is bounded in cells: a long-running
// program (a preview server) that reads ever new files drops the oldest tables.

enum DataFileCache {
    /// At most this many cells (rows × columns) are kept; the gallery's files are ~0.2 M.
    static let cellBudget = 4_000_000

    private struct Entry {
        var table: DataTable
        var cells: Int
    }

    private static let lock = NSLock()
    private static let flight = SingleFlight()
    nonisolated(unsafe) private static var entries: [String: Entry] = [:]
    nonisolated(unsafe) private static var order: [String] = []
    nonisolated(unsafe) private static var cells = 0

    /// The table `read` parses from the file at `path` (already resolved), parsed once while
    /// the file is unchanged. `reading` names how it is read (format and parse rules). A file
    /// that cannot be stat'ed is not cached: `read` reports what is wrong with it.
    static func table(path: String, reading: String, read: () throws(ChartError) -> DataTable) throws(ChartError) -> DataTable {
        guard let identity = fileIdentity(path) else { return try read() }
        // The lexical absolute path: "rows.json" and "sub/../rows.json" are one file.
        let key = FileAccess.normalize(FileAccess.absolute(path)) + "\u{1F}" + identity + "\u{1F}" + reading
        if let cached = lookup(key) { return cached }
        // Two workers missing together parse it once (SingleFlight).
        return try flight.value(key: key, cached: { lookup(key) }) { () throws(ChartError) in
            let table = try read()
            store(table, key: key)
            return table
        }
    }

    /// Size, modification time (ns) and inode of a regular file, or nil.
    static func fileIdentity(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return "\(info.st_size)|\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)|\(info.st_ino)"
    }

    private static func lookup(_ key: String) -> DataTable? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]?.table
    }

    private static func store(_ table: DataTable, key: String) {
        let size = table.rowCount * max(table.columns.count, 1)
        guard size <= cellBudget else { return }
        lock.lock()
        defer { lock.unlock() }
        guard entries[key] == nil else { return }
        while cells + size > cellBudget, !order.isEmpty {
            let oldest = order.removeFirst()
            cells -= entries.removeValue(forKey: oldest)?.cells ?? 0
        }
        entries[key] = Entry(table: table, cells: size)
        order.append(key)
        cells += size
    }

    /// Forgets every table (tests that count parses).
    static func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        entries = [:]
        order = []
        cells = 0
    }
}
