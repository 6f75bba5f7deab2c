import Foundation

// GeoJSON (RFC 7946) for region maps: features with Polygon or MultiPolygon geometry, their
// `id` and flat properties. A dedicated reader rather than the spec's JSONParser: a province map
// holds tens of thousands of positions, and the spec parser builds a positioned node for every
// number (and works out its column), where this one reads coordinates straight into arrays and
// only works out a line and column when it has something to report.

/// A position in degrees: longitude east, latitude north (WGS84, as RFC 7946 requires).
public struct GeoPoint: Sendable, Equatable {
    public var lon: Double
    public var lat: Double
    public init(lon: Double, lat: Double) { self.lon = lon; self.lat = lat }
}

/// One polygon: the outer ring first, then its holes. Rings are closed (last point = first) and
/// oriented: the outer ring counter-clockwise, holes clockwise (in lon/lat with north up), so a
/// non-zero fill draws the holes whatever order the file wrote them in.
public struct GeoPolygon: Sendable, Equatable {
    public var rings: [[GeoPoint]]
}

/// A property value as far as matching and labels need it; nested objects and arrays are kept
/// only as "something else".
public enum GeoProperty: Sendable, Equatable {
    case string(String)
    case number(Double)
    case bool(Bool)
    case null
    case other

    /// The value as text for matching ("150000" for the number 150000); nil for null and nested values.
    public var text: String? {
        switch self {
        case .string(let s): return s
        case .number(let v): return Format.plain(v)
        case .bool(let b): return b ? "true" : "false"
        case .null, .other: return nil
        }
    }
}

public struct GeoFeature: Sendable {
    /// The feature's `id` member, if any.
    public var id: GeoProperty?
    /// Properties in file order.
    public var properties: [(key: String, value: GeoProperty)]
    public var polygons: [GeoPolygon]
    /// Byte offset of the feature in its file (for messages).
    var offset: Int

    public func property(_ key: String) -> GeoProperty? {
        properties.first { $0.key == key }?.value
    }

    /// The text of property `key`, or of the id for `key == "id"` when there is no such property.
    public func text(_ key: String) -> String? {
        if let p = property(key) { return p.text }
        if key == "id" { return id?.text }
        return nil
    }

    public var pointCount: Int { polygons.reduce(0) { $0 + $1.rings.reduce(0) { $0 + $1.count } } }
}

public struct GeoMap: Sendable {
    /// How the spec named the map: "china-provinces" or a path as written.
    public var name: String
    /// The file read (for messages).
    public var file: String
    public var features: [GeoFeature]
    /// The file's bytes, kept to turn a byte offset into a line and column when a message needs one.
    var bytes: [UInt8]
    /// Identifies this reading of the file (path, time, size) for caches derived from it.
    var cacheKey: String = ""

    /// Line and column (in characters) of a byte offset.
    func location(ofOffset offset: Int) -> SourceLocation {
        GeoJSONReader.location(in: bytes, offset: offset, file: file)
    }

    public var pointCount: Int { features.reduce(0) { $0 + $1.pointCount } }
}

struct GeoJSONError: Error {
    var offset: Int
    var path: String
    var message: String
}

/// Reads GeoJSON bytes into a GeoMap, or fails with the first problem, its place and path.
struct GeoJSONReader {
    static let maximumDepth = 64

    private let p: UnsafeBufferPointer<UInt8>
    private var i = 0

    private init(_ p: UnsafeBufferPointer<UInt8>) { self.p = p }

    static func read(_ bytes: [UInt8], name: String, file: String) throws(ChartError) -> GeoMap {
        let result: Result<[GeoFeature], GeoJSONError> = bytes.withUnsafeBufferPointer { buffer in
            var reader = GeoJSONReader(buffer)
            do {
                return .success(try reader.document())
            } catch let e as GeoJSONError {
                return .failure(e)
            } catch {
                return .failure(GeoJSONError(offset: 0, path: "", message: "\(error)"))
            }
        }
        switch result {
        case .success(let features):
            return GeoMap(name: name, file: file, features: features, bytes: bytes)
        case .failure(let e):
            let where_ = e.path.isEmpty ? "" : "\(e.path) "
            throw ChartError(Diagnostic(at: location(in: bytes, offset: e.offset, file: file), "\(where_)\(e.message)"))
        }
    }

    static func location(in bytes: [UInt8], offset: Int, file: String) -> SourceLocation {
        var line = 1, column = 1
        var k = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let end = min(offset, bytes.count)
        while k < end {
            let b = bytes[k]
            if b == 0x0A { line += 1; column = 1 } else if b & 0xC0 != 0x80 { column += 1 }
            k += 1
        }
        return SourceLocation(file: file, line: line, column: column)
    }

    // MARK: Structure

    private mutating func document() throws -> [GeoFeature] {
        if p.count >= 3, p[0] == 0xEF, p[1] == 0xBB, p[2] == 0xBF { i = 3 }
        skipSpace()
        guard i < p.count else { throw fail("the file is empty; expected a GeoJSON object") }
        guard p[i] == UInt8(ascii: "{") else {
            throw fail("must be a GeoJSON object (a FeatureCollection, a Feature or a geometry), found \(describe())")
        }
        let start = i
        let object = try topObject(path: "")
        skipSpace()
        if i < p.count { throw fail("unexpected \(describe()) after the end of the GeoJSON object") }
        return try object.features(start: start)
    }

    /// What a GeoJSON object can hold, collected in whatever order its keys come.
    private struct Parts {
        var type: String?
        var typeOffset = 0
        var features: [GeoFeature]?
        var featuresOffset = 0
        var geometry: Geometry??
        var geometryOffset = 0
        var coordinates: Coordinates?
        var coordinatesOffset = 0
        var geometries: [Geometry]?
        var properties: [(key: String, value: GeoProperty)]?
        var id: GeoProperty?
        var path: String

        func features(start: Int) throws -> [GeoFeature] {
            switch type {
            case "FeatureCollection":
                guard let features else {
                    throw GeoJSONError(offset: start, path: path, message: "is a FeatureCollection without \"features\"")
                }
                return features
            case "Feature":
                return [try feature(start: start)]
            case nil:
                throw GeoJSONError(offset: start, path: path, message: "has no \"type\" (expected \"FeatureCollection\", \"Feature\" or a geometry type)")
            default:
                // A bare geometry: one feature without properties.
                let g = try geometry(start: start)
                return [GeoFeature(id: nil, properties: [], polygons: g.polygons, offset: start)]
            }
        }

        func feature(start: Int) throws -> GeoFeature {
            guard type == "Feature" else {
                let found = type.map { "\"\($0)\"" } ?? "no \"type\""
                throw GeoJSONError(offset: type == nil ? start : typeOffset, path: type == nil ? path : (path.isEmpty ? "type" : path + ".type"),
                                   message: "must be a Feature (\"type\": \"Feature\"), found \(found)")
            }
            guard let geometry else {
                throw GeoJSONError(offset: start, path: path, message: "has no \"geometry\" (use null for a feature without one)")
            }
            return GeoFeature(id: id, properties: properties ?? [], polygons: geometry?.polygons ?? [], offset: start)
        }

        func geometry(start: Int) throws -> Geometry {
            let allowed = ["Polygon", "MultiPolygon", "GeometryCollection"]
            guard let type else {
                throw GeoJSONError(offset: start, path: path, message: "has no \"type\" (a geometry is a Polygon or a MultiPolygon)")
            }
            switch type {
            case "Polygon", "MultiPolygon":
                guard let coordinates else {
                    throw GeoJSONError(offset: start, path: path, message: "is a \(type) without \"coordinates\"")
                }
                let depth = type == "Polygon" ? 3 : 4
                let polygons = try Geometry.polygons(coordinates, depth: depth, type: type, path: path.isEmpty ? "coordinates" : path + ".coordinates")
                return Geometry(polygons: polygons)
            case "GeometryCollection":
                guard let geometries else {
                    throw GeoJSONError(offset: start, path: path, message: "is a GeometryCollection without \"geometries\"")
                }
                return Geometry(polygons: geometries.flatMap(\.polygons))
            case "Point", "MultiPoint", "LineString", "MultiLineString":
                throw GeoJSONError(offset: typeOffset, path: path.isEmpty ? "type" : path + ".type",
                                   message: "is \"\(type)\"; a region map needs areas: Polygon or MultiPolygon geometries")
            default:
                throw GeoJSONError(offset: typeOffset, path: path.isEmpty ? "type" : path + ".type",
                                   message: "\"\(type)\" is not a GeoJSON type (a region map takes \(allowed.map { "\"\($0)\"" }.joined(separator: ", ")))\(Suggest.didYouMean(type, in: allowed + ["FeatureCollection", "Feature"]))")
            }
        }
    }

    struct Geometry {
        var polygons: [GeoPolygon]

        /// Checks the nesting of a Polygon (depth 3) or MultiPolygon (depth 4) and builds its polygons.
        static func polygons(_ c: Coordinates, depth: Int, type: String, path: String) throws -> [GeoPolygon] {
            func expectList(_ c: Coordinates, _ path: String, _ what: String) throws -> [Coordinates] {
                switch c {
                case .list(let items, _): return items
                case .ring(let points, let offset):
                    // An empty list parses as a list; a ring here means positions one level too high.
                    if points.isEmpty { return [] }
                    throw GeoJSONError(offset: offset, path: path, message: "holds positions where \(what) were expected (a \(type) nests \(depth) levels of arrays)")
                case .position(_, let offset):
                    throw GeoJSONError(offset: offset, path: path, message: "is a position where \(what) were expected (a \(type) nests \(depth) levels of arrays)")
                }
            }
            func polygon(_ c: Coordinates, _ path: String) throws -> GeoPolygon? {
                let rings = try expectList(c, path, "rings")
                var out: [[GeoPoint]] = []
                for (k, r) in rings.enumerated() {
                    let ringPath = "\(path)[\(k)]"
                    switch r {
                    case .ring(let points, let offset):
                        out.append(try ring(points, offset: offset, path: ringPath, hole: k > 0))
                    case .list(let items, let offset):
                        if items.isEmpty {
                            throw GeoJSONError(offset: offset, path: ringPath, message: "is an empty ring; a ring needs at least 4 positions")
                        }
                        throw GeoJSONError(offset: offset, path: ringPath, message: "nests too deep: a ring is an array of positions such as [105.2, 35.1] (a \(type) nests \(depth) levels of arrays)")
                    case .position(_, let offset):
                        throw GeoJSONError(offset: offset, path: ringPath, message: "is a position where a ring (an array of positions) was expected")
                    }
                }
                return out.isEmpty ? nil : GeoPolygon(rings: out)
            }
            if depth == 3 {
                return try polygon(c, path).map { [$0] } ?? []
            }
            var out: [GeoPolygon] = []
            for (k, item) in try expectList(c, path, "polygons").enumerated() {
                if let pg = try polygon(item, "\(path)[\(k)]") { out.append(pg) }
            }
            return out
        }

        /// Validates a ring, closes it when the file left it open, and orients it.
        static func ring(_ points: [GeoPoint], offset: Int, path: String, hole: Bool) throws -> [GeoPoint] {
            var pts = points
            if let f = pts.first, let l = pts.last, f != l { pts.append(f) }
            // Corners, not positions: a ring that goes back and forth between two points has
            // six positions and no area.
            struct Key: Hashable { var lon: UInt64, lat: UInt64 }
            var corners = Set<Key>()
            for q in pts where corners.count < 3 { corners.insert(Key(lon: q.lon.bitPattern, lat: q.lat.bitPattern)) }
            let distinct = corners.count
            if pts.count >= 4 && distinct < 3 {
                throw GeoJSONError(offset: offset, path: path, message: "has \(points.count) positions but only \(distinct) distinct point\(distinct == 1 ? "" : "s"); a ring needs at least 3 corners")
            }
            if pts.count < 4 {
                throw GeoJSONError(offset: offset, path: path, message: "has \(points.count) position\(points.count == 1 ? "" : "s"); a ring needs at least 4 (3 corners and the first again)")
            }
            // Shoelace area, positive when counter-clockwise with north up.
            var area = 0.0
            for k in 0..<(pts.count - 1) {
                area += pts[k].lon * pts[k + 1].lat - pts[k + 1].lon * pts[k].lat
            }
            if (area < 0) != hole { pts.reverse() }
            return pts
        }
    }

    /// Coordinates as read, before their geometry type says how deep they must nest.
    indirect enum Coordinates {
        case position(GeoPoint, Int)
        /// An array of positions (a ring, or a LineString's points).
        case ring([GeoPoint], Int)
        case list([Coordinates], Int)
    }

    private mutating func topObject(path: String) throws -> Parts {
        try object(path: path, depth: 0)
    }

    private mutating func object(path: String, depth: Int) throws -> Parts {
        guard depth < Self.maximumDepth else { throw fail("nests deeper than \(Self.maximumDepth) levels", path: path) }
        var parts = Parts(path: path)
        try members(path: path) { reader, key, keyOffset in
            let childPath = path.isEmpty ? key : "\(path).\(key)"
            switch key {
            case "type":
                parts.typeOffset = reader.i
                guard reader.peek() == UInt8(ascii: "\"") else {
                    throw reader.fail("must be a string such as \"FeatureCollection\", found \(reader.describe())", path: childPath)
                }
                parts.type = try reader.string()
            case "features":
                parts.featuresOffset = reader.i
                parts.features = try reader.featureArray(path: childPath, depth: depth + 1)
            case "geometry":
                parts.geometryOffset = reader.i
                if reader.peek() == UInt8(ascii: "n") {
                    try reader.literal("null", path: childPath)
                    parts.geometry = .some(nil)
                } else {
                    guard reader.peek() == UInt8(ascii: "{") else {
                        throw reader.fail("must be a geometry object or null, found \(reader.describe())", path: childPath)
                    }
                    let start = reader.i
                    let g = try reader.object(path: childPath, depth: depth + 1)
                    parts.geometry = .some(try g.geometry(start: start))
                }
            case "geometries":
                guard reader.peek() == UInt8(ascii: "[") else {
                    throw reader.fail("must be an array of geometries, found \(reader.describe())", path: childPath)
                }
                var geometries: [Geometry] = []
                try reader.elements(path: childPath) { r, k in
                    let itemPath = "\(childPath)[\(k)]"
                    guard r.peek() == UInt8(ascii: "{") else {
                        throw r.fail("must be a geometry object, found \(r.describe())", path: itemPath)
                    }
                    let start = r.i
                    let g = try r.object(path: itemPath, depth: depth + 2)
                    geometries.append(try g.geometry(start: start))
                }
                parts.geometries = geometries
            case "coordinates":
                parts.coordinatesOffset = reader.i
                guard reader.peek() == UInt8(ascii: "[") else {
                    throw reader.fail("must be an array, found \(reader.describe())", path: childPath)
                }
                parts.coordinates = try reader.coordinates(path: childPath, depth: depth + 1)
            case "properties":
                if reader.peek() == UInt8(ascii: "n") {
                    try reader.literal("null", path: childPath)
                    parts.properties = []
                } else {
                    guard reader.peek() == UInt8(ascii: "{") else {
                        throw reader.fail("must be an object or null, found \(reader.describe())", path: childPath)
                    }
                    var props: [(key: String, value: GeoProperty)] = []
                    try reader.members(path: childPath) { r, k, _ in
                        props.append((k, try r.property(path: "\(childPath).\(k)", depth: depth + 2)))
                    }
                    parts.properties = props
                }
            case "id":
                let v = try reader.property(path: childPath, depth: depth + 1)
                switch v {
                case .string, .number: parts.id = v
                default:
                    throw GeoJSONError(offset: keyOffset, path: childPath, message: "must be a string or a number")
                }
            default:
                try reader.skipValue(path: childPath, depth: depth + 1)
            }
        }
        return parts
    }

    private mutating func featureArray(path: String, depth: Int) throws -> [GeoFeature] {
        guard peek() == UInt8(ascii: "[") else { throw fail("must be an array of features, found \(describe())", path: path) }
        var out: [GeoFeature] = []
        try elements(path: path) { r, k in
            let itemPath = "\(path)[\(k)]"
            guard r.peek() == UInt8(ascii: "{") else {
                throw r.fail("must be a Feature object, found \(r.describe())", path: itemPath)
            }
            let start = r.i
            let parts = try r.object(path: itemPath, depth: depth + 1)
            out.append(try parts.feature(start: start))
        }
        return out
    }

    /// Nested coordinate arrays; arrays of positions are read straight into point arrays.
    private mutating func coordinates(path: String, depth: Int) throws -> Coordinates {
        guard depth < Self.maximumDepth else { throw fail("nests deeper than \(Self.maximumDepth) levels", path: path) }
        let start = i
        i += 1  // [
        skipSpace()
        guard i < p.count else { throw fail("ends inside an array", path: path) }
        if p[i] == UInt8(ascii: "]") { i += 1; return .list([], start) }
        if isNumberStart(p[i]) {
            return .position(try positionBody(path: path, index: nil, start: start), start)
        }
        guard p[i] == UInt8(ascii: "[") else {
            throw fail("must hold arrays or numbers (a position is [longitude, latitude]), found \(describe())", path: path)
        }
        // Peek: is the first element a position (an array of numbers)?
        var k = i + 1
        while k < p.count, isSpace(p[k]) { k += 1 }
        if k < p.count, isNumberStart(p[k]) {
            var points: [GeoPoint] = []
            var index = 0
            while true {
                skipSpace()
                guard i < p.count, p[i] == UInt8(ascii: "[") else {
                    throw fail("must be a position such as [105.2, 35.1], found \(describe())", path: "\(path)[\(index)]")
                }
                let s = i
                i += 1
                skipSpace()
                points.append(try positionBody(path: path, index: index, start: s))
                index += 1
                skipSpace()
                guard i < p.count else { throw fail("ends inside an array", path: path) }
                if p[i] == UInt8(ascii: ",") { i += 1; continue }
                if p[i] == UInt8(ascii: "]") { i += 1; break }
                throw fail("expected ',' or ']', found \(describe())", path: path)
            }
            return .ring(points, start)
        }
        var items: [Coordinates] = []
        var index = 0
        while true {
            skipSpace()
            let itemPath = "\(path)[\(index)]"
            guard i < p.count, p[i] == UInt8(ascii: "[") else {
                throw fail("must be an array, found \(describe())", path: itemPath)
            }
            items.append(try coordinates(path: itemPath, depth: depth + 1))
            index += 1
            skipSpace()
            guard i < p.count else { throw fail("ends inside an array", path: path) }
            if p[i] == UInt8(ascii: ",") { i += 1; continue }
            if p[i] == UInt8(ascii: "]") { i += 1; break }
            throw fail("expected ',' or ']', found \(describe())", path: path)
        }
        return .list(items, start)
    }

    /// The numbers of a position after its '[': longitude, latitude, and an ignored altitude.
    private mutating func positionBody(path basePath: String, index: Int?, start: Int) throws -> GeoPoint {
        var values: (Double, Double) = (0, 0)
        var count = 0
        // Built only for a message: a map has tens of thousands of positions.
        var path: String { index.map { "\(basePath)[\($0)]" } ?? basePath }
        while true {
            skipSpace()
            guard i < p.count, isNumberStart(p[i]) else {
                throw fail("must be a position of numbers [longitude, latitude], found \(describe())", path: path)
            }
            let v = try number(path: path)
            if count == 0 { values.0 = v } else if count == 1 { values.1 = v }
            count += 1
            skipSpace()
            guard i < p.count else { throw fail("ends inside a position", path: path) }
            if p[i] == UInt8(ascii: ",") { i += 1; continue }
            if p[i] == UInt8(ascii: "]") { i += 1; break }
            throw fail("expected ',' or ']' in a position, found \(describe())", path: path)
        }
        guard count >= 2 else {
            throw GeoJSONError(offset: start, path: path, message: "has \(count) number; a position needs a longitude and a latitude")
        }
        let (lon, lat) = values
        guard abs(lon) <= 180.000001, abs(lat) <= 90.000001 else {
            throw GeoJSONError(offset: start, path: path, message: "[\(Format.plain(lon)), \(Format.plain(lat))] is not a longitude and latitude in degrees: GeoJSON positions are WGS84 [longitude, latitude] (RFC 7946); re-export the file in EPSG:4326 if it was saved in a projected system")
        }
        return GeoPoint(lon: lon, lat: lat)
    }

    // MARK: Generic values

    /// Iterates an object's members, handing the reader, the key and the key's offset to `body`,
    /// which must consume the value.
    private mutating func members(path: String, _ body: (inout GeoJSONReader, String, Int) throws -> Void) throws {
        i += 1  // {
        skipSpace()
        if i < p.count, p[i] == UInt8(ascii: "}") { i += 1; return }
        var seen = Set<String>()
        while true {
            skipSpace()
            guard i < p.count, p[i] == UInt8(ascii: "\"") else {
                throw fail("expected a key in double quotes, found \(describe())", path: path)
            }
            let keyOffset = i
            let key = try string()
            if !seen.insert(key).inserted {
                throw GeoJSONError(offset: keyOffset, path: path, message: "has the key \"\(key)\" twice")
            }
            skipSpace()
            guard i < p.count, p[i] == UInt8(ascii: ":") else {
                throw fail("expected ':' after \"\(key)\", found \(describe())", path: path)
            }
            i += 1
            skipSpace()
            guard i < p.count else { throw fail("ends before the value of \"\(key)\"", path: path) }
            try body(&self, key, keyOffset)
            skipSpace()
            guard i < p.count else { throw fail("ends inside an object; expected ',' or '}'", path: path) }
            if p[i] == UInt8(ascii: ",") { i += 1; continue }
            if p[i] == UInt8(ascii: "}") { i += 1; return }
            throw fail("expected ',' or '}', found \(describe())", path: path)
        }
    }

    private mutating func elements(path: String, _ body: (inout GeoJSONReader, Int) throws -> Void) throws {
        i += 1  // [
        skipSpace()
        if i < p.count, p[i] == UInt8(ascii: "]") { i += 1; return }
        var k = 0
        while true {
            skipSpace()
            guard i < p.count else { throw fail("ends inside an array", path: path) }
            try body(&self, k)
            k += 1
            skipSpace()
            guard i < p.count else { throw fail("ends inside an array; expected ',' or ']'", path: path) }
            if p[i] == UInt8(ascii: ",") { i += 1; continue }
            if p[i] == UInt8(ascii: "]") { i += 1; return }
            throw fail("expected ',' or ']', found \(describe())", path: path)
        }
    }

    private mutating func property(path: String, depth: Int) throws -> GeoProperty {
        guard i < p.count else { throw fail("ends before a value", path: path) }
        switch p[i] {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true", path: path); return .bool(true)
        case UInt8(ascii: "f"): try literal("false", path: path); return .bool(false)
        case UInt8(ascii: "n"): try literal("null", path: path); return .null
        case let b where isNumberStart(b): return .number(try number(path: path))
        default:
            try skipValue(path: path, depth: depth)
            return .other
        }
    }

    private mutating func skipValue(path: String, depth: Int) throws {
        guard depth < Self.maximumDepth else { throw fail("nests deeper than \(Self.maximumDepth) levels", path: path) }
        guard i < p.count else { throw fail("ends before a value", path: path) }
        switch p[i] {
        case UInt8(ascii: "{"):
            try members(path: path) { r, k, _ in try r.skipValue(path: "\(path).\(k)", depth: depth + 1) }
        case UInt8(ascii: "["):
            try elements(path: path) { r, k in try r.skipValue(path: "\(path)[\(k)]", depth: depth + 1) }
        default:
            _ = try property(path: path, depth: depth)
        }
    }

    private mutating func literal(_ word: StaticString, path: String) throws {
        let n = word.utf8CodeUnitCount
        let w = word.utf8Start
        guard i + n <= p.count else { throw fail("unexpected \(describe()); expected a value", path: path) }
        for k in 0..<n where p[i + k] != w[k] {
            throw fail("unexpected \(describe()); expected a value", path: path)
        }
        i += n
    }

    private mutating func string() throws -> String {
        let start = i
        i += 1
        let contentStart = i
        var escaped = false
        var nonASCII = false
        while i < p.count {
            let b = p[i]
            if b == UInt8(ascii: "\"") {
                let raw = UnsafeBufferPointer(rebasing: p[contentStart..<i])
                if nonASCII { try Self.requireUTF8(raw, offset: contentStart) }
                i += 1
                if !escaped { return String(decoding: raw, as: UTF8.self) }
                return try Self.unescape(raw, offset: contentStart)
            }
            if b == UInt8(ascii: "\\") { escaped = true; i += 2; continue }
            if b < 0x20 { throw fail("control character or line break inside a string") }
            if b >= 0x80 { nonASCII = true }
            i += 1
        }
        throw GeoJSONError(offset: start, path: "", message: "unterminated string")
    }

    /// Names (the ones labels draw and data matches) must be UTF-8, checked only for strings
    /// that have non-ASCII bytes: the coordinates that make up most of a map are never strings.
    private static func requireUTF8(_ raw: UnsafeBufferPointer<UInt8>, offset: Int) throws {
        let bytes = Array(raw)
        var k = 0
        while k < bytes.count {
            guard let n = UTF8Text.sequenceLength(bytes, at: k) else {
                throw GeoJSONError(offset: offset + k, path: "", message: "byte 0x\(String(bytes[k], radix: 16, uppercase: true)) inside a string is not UTF-8 (save the file as UTF-8)")
            }
            k += n
        }
    }

    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>, offset: Int) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var k = 0
        func hex4(_ at: Int) throws -> UInt32 {
            guard at + 4 <= raw.count else { throw GeoJSONError(offset: offset + at, path: "", message: "incomplete \\u escape") }
            var v: UInt32 = 0
            for j in at..<(at + 4) {
                guard let d = JSONParser.hexDigit(raw[j]) else {
                    throw GeoJSONError(offset: offset + j, path: "", message: "invalid hex digit in \\u escape")
                }
                v = v * 16 + d
            }
            return v
        }
        while k < raw.count {
            let b = raw[k]
            guard b == UInt8(ascii: "\\") else { out.append(b); k += 1; continue }
            guard k + 1 < raw.count else { throw GeoJSONError(offset: offset + k, path: "", message: "unterminated escape") }
            let e = raw[k + 1]
            k += 2
            if let simple = JSONParser.simpleEscape(e) { out.append(simple); continue }
            switch e {
            case UInt8(ascii: "u"):
                var scalar = try hex4(k)
                k += 4
                if (0xD800..<0xDC00).contains(scalar), k + 6 <= raw.count, raw[k] == UInt8(ascii: "\\"), raw[k + 1] == UInt8(ascii: "u") {
                    let low = try hex4(k + 2)
                    if (0xDC00..<0xE000).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                        k += 6
                    }
                }
                let u = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                out.append(contentsOf: Array(String(Character(u)).utf8))
            default:
                throw GeoJSONError(offset: offset + k - 1, path: "", message: "invalid escape in string")
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A JSON number. Up to 18 significant digits and modest exponents are converted exactly
    /// through a power-of-ten table (mantissa and power are both exact doubles, so the one
    /// division or multiplication rounds correctly); anything else goes to strtod.
    private mutating func number(path: @autoclosure () -> String) throws -> Double {
        let start = i
        var negative = false
        if p[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var mantissa: UInt64 = 0
        var digits = 0
        var exponent = 0
        var sawDigit = false
        while i < p.count, p[i] &- UInt8(ascii: "0") < 10 {
            sawDigit = true
            if digits < 19 {
                mantissa = mantissa &* 10 &+ UInt64(p[i] &- UInt8(ascii: "0"))
                if mantissa != 0 { digits += 1 }
            } else {
                exponent += 1
            }
            i += 1
        }
        guard sawDigit else { throw fail("expected digits in a number", path: path()) }
        if i < p.count, p[i] == UInt8(ascii: ".") {
            i += 1
            var frac = false
            while i < p.count, p[i] &- UInt8(ascii: "0") < 10 {
                frac = true
                if digits < 19 {
                    mantissa = mantissa &* 10 &+ UInt64(p[i] &- UInt8(ascii: "0"))
                    if mantissa != 0 { digits += 1 }
                    exponent -= 1
                }
                i += 1
            }
            guard frac else { throw fail("expected digits after the decimal point", path: path()) }
        }
        if i < p.count, p[i] == UInt8(ascii: "e") || p[i] == UInt8(ascii: "E") {
            i += 1
            var expNegative = false
            if i < p.count, p[i] == UInt8(ascii: "+") || p[i] == UInt8(ascii: "-") { expNegative = p[i] == UInt8(ascii: "-"); i += 1 }
            var e = 0
            var any = false
            while i < p.count, p[i] &- UInt8(ascii: "0") < 10 {
                any = true
                if e < 100_000 { e = e * 10 + Int(p[i] &- UInt8(ascii: "0")) }
                i += 1
            }
            guard any else { throw fail("expected digits in an exponent", path: path()) }
            exponent += expNegative ? -e : e
        }
        var value: Double
        if mantissa < (1 << 53), exponent >= -22, exponent <= 22 {
            let m = Double(mantissa)
            value = exponent < 0 ? m / Self.powers[-exponent] : m * Self.powers[exponent]
        } else {
            let text = String(decoding: UnsafeBufferPointer(rebasing: p[start..<i]), as: UTF8.self)
            value = abs(strtod(text, nil))
        }
        guard value.isFinite else { throw GeoJSONError(offset: start, path: path(), message: "has a number too large for a coordinate") }
        if negative { value = -value }
        return value
    }

    private static let powers: [Double] = (0...22).map { pow(10.0, Double($0)) }

    // MARK: Bytes

    @inline(__always) private func isSpace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09
    }

    @inline(__always) private func isNumberStart(_ b: UInt8) -> Bool {
        b == UInt8(ascii: "-") || b &- UInt8(ascii: "0") < 10
    }

    @inline(__always) private mutating func skipSpace() {
        while i < p.count, isSpace(p[i]) { i += 1 }
    }

    private func peek() -> UInt8? { i < p.count ? p[i] : nil }

    private func describe() -> String {
        guard i < p.count else { return "the end of the file" }
        let b = p[i]
        switch b {
        case UInt8(ascii: "{"): return "an object"
        case UInt8(ascii: "["): return "an array"
        case UInt8(ascii: "\""): return "a string"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return "a boolean"
        case UInt8(ascii: "n"): return "null"
        case let c where isNumberStart(c): return "a number"
        case 0x21..<0x7F: return "'\(Character(Unicode.Scalar(b)))'"
        default: return "byte 0x" + String(b, radix: 16, uppercase: true)
        }
    }

    private func fail(_ message: String, path: String = "") -> GeoJSONError {
        GeoJSONError(offset: i, path: path, message: message)
    }
}
