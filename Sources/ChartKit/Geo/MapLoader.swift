import Foundation

// Finding and reading a map: a bundled one by name ("china-provinces", shipped as a resource
// beside the styles) or a GeoJSON file by path, relative to the spec. Maps are parsed once per
// process and shared: a batch of charts over the same map reads it once.

public enum MapLoader {
    /// The map a region mark draws when the spec names none.
    public static let defaultName = "china-provinces"

    /// The folder of bundled maps: the resource bundle, or CCNT_CHART_MAPS (for embedding
    /// programs that move files around).
    static func bundledDirectory() -> String? {
        if let env = ProcessInfo.processInfo.environment["CCNT_CHART_MAPS"], !env.isEmpty { return env }
        return Resources.directory(named: "maps")
    }

    public static func bundledNames() -> [String] {
        guard let dir = bundledDirectory(), let files = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        return files.filter { $0.hasSuffix(".geojson") }.map { String($0.dropLast(8)) }.sorted()
    }

    /// True when `source` names a bundled map rather than a file.
    static func isName(_ source: String) -> Bool {
        !(source.contains("/") || source.hasSuffix(".json") || source.hasSuffix(".geojson"))
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var cache: [String: GeoMap] = [:]
    nonisolated(unsafe) private static var indexes: [String: RegionIndex] = [:]

    /// The name index of a map for a key property (built once per map and key: validation and
    /// drawing both need it).
    static func index(_ map: GeoMap, key: String?) -> RegionIndex {
        guard !map.cacheKey.isEmpty else { return RegionIndex(map: map, key: key) }
        let k = map.cacheKey + "|" + (key.map { "key:" + $0 } ?? "")
        lock.lock()
        let cached = indexes[k]
        lock.unlock()
        if let cached { return cached }
        let index = RegionIndex(map: map, key: key)
        lock.lock()
        indexes[k] = index
        lock.unlock()
        return index
    }

    /// Loads the map `source` names; errors point at `location`/`path` in the spec.
    static func load(_ source: String, baseDirectory: String, paths: PathPolicy = .unrestricted, location: SourceLocation?,
                     path: String) throws(ChartError) -> GeoMap {
        let file: String
        if isName(source) {
            guard let dir = bundledDirectory() else {
                throw ChartError(Diagnostic(at: location, path: path, "cannot find the bundled maps (set CCNT_CHART_MAPS to the maps folder)"))
            }
            file = (dir as NSString).appendingPathComponent("\(source).geojson")
            guard FileManager.default.fileExists(atPath: file) else {
                let names = bundledNames()
                throw ChartError(Diagnostic(at: location, path: path,
                                            "\"\(source)\" is not a bundled map (bundled: \(names.joined(separator: ", ")); or give a path to a .geojson file)\(Suggest.didYouMean(source, in: names))"))
            }
        } else {
            file = FileAccess.resolve(source, against: baseDirectory)
            try FileAccess.confine(file, policy: paths, what: "map file", location: location, fieldPath: path, written: source)
        }
        // A file that changes while a program runs (a library user's editor) is read again.
        var key = file
        if let a = try? FileManager.default.attributesOfItem(atPath: file) {
            key += "|\((a[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)|\((a[.size] as? Int) ?? 0)"
        }
        lock.lock()
        let cached = cache[key]
        lock.unlock()
        if let cached, cached.name == source { return cached }
        let bytes = try FileAccess.read(file, what: "map file", location: location, fieldPath: path, written: isName(source) ? nil : source)
        var map = try GeoJSONReader.read(bytes, name: source, file: file)
        map.cacheKey = key
        if map.features.count > Limits.mapFeatures {
            throw ChartError(Diagnostic(at: location, path: path, "\"\(Quote.short(source))\" has \(map.features.count) features; the limit is \(Limits.mapFeatures)"))
        }
        if map.features.isEmpty {
            throw ChartError(Diagnostic(at: location, path: path, "\"\(source)\" has no features to draw"))
        }
        lock.lock()
        cache[key] = map
        lock.unlock()
        return map
    }
}
