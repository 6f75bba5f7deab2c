import Foundation

// TopoJSON (https://github.com/topojson/topojson-specification): geometries that share their
// borders as "arcs", each arc written once and referenced by index (a negative index ~i is arc
// i walked backwards). A quantized topology writes arc positions as integer deltas, decoded with
// its `transform` (scale and translate). Decoded as topojson-client decodes it (feature and
// mesh), which is what Vega reads for `"format": {"type": "topojson", "feature"|"mesh": NAME}`:
//   feature: one GeoJSON feature per geometry of the object (a GeometryCollection's members),
//            with the geometry's `id` and `properties`;
//   mesh:    one MultiLineString of every arc the object uses, each once (shared borders drawn
//            once, not twice).

/// Any GeoJSON geometry, flattened to what a drawing needs: areas, lines and points.
public struct GeoShape: Sendable, Equatable {
    public var polygons: [GeoPolygon] = []
    public var lines: [[GeoPoint]] = []
    public var points: [GeoPoint] = []

    public init(polygons: [GeoPolygon] = [], lines: [[GeoPoint]] = [], points: [GeoPoint] = []) {
        self.polygons = polygons
        self.lines = lines
        self.points = points
    }

    mutating func append(_ o: GeoShape) {
        polygons += o.polygons
        lines += o.lines
        points += o.points
    }

    var isEmpty: Bool { polygons.isEmpty && lines.isEmpty && points.isEmpty }
}

/// A feature decoded from a topology: its id, flat properties and shape.
public struct TopoFeature: Sendable {
    public var id: GeoProperty?
    public var properties: [(key: String, value: GeoProperty)]
    public var shape: GeoShape
}

struct TopoJSONFailure: Error {
    var path: String
    var message: String
}

/// A parsed topology: its arcs decoded to degrees, and its objects as written.
struct Topology {
    var arcs: [[GeoPoint]]
    var objects: [String: Any]
    /// Object names (for messages).
    var objectNames: [String]
    /// The quantization transform, for Point positions (arcs are decoded at parse time).
    var pointTransform: (sx: Double, sy: Double, tx: Double, ty: Double)?

    typealias Failure = TopoJSONFailure

    static func parse(_ bytes: [UInt8]) throws(TopoJSONFailure) -> Topology {
        let root: Any
        do { root = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) } catch {
            throw Failure(path: "", message: "is not valid JSON (\((error as NSError).localizedDescription))")
        }
        guard let top = root as? [String: Any] else { throw Failure(path: "", message: "must be a TopoJSON object ({\"type\": \"Topology\", …})") }
        guard top["type"] as? String == "Topology" else {
            let found = (top["type"] as? String).map { "\"\($0)\"" } ?? "no \"type\""
            throw Failure(path: "type", message: "must be \"Topology\" for a TopoJSON file, found \(found)")
        }
        guard let objects = top["objects"] as? [String: Any] else { throw Failure(path: "objects", message: "is missing: a topology names its objects") }
        var transform: (sx: Double, sy: Double, tx: Double, ty: Double)?
        if let t = top["transform"] {
            guard let t = t as? [String: Any], let s = numbers(t["scale"]), let tr = numbers(t["translate"]), s.count == 2, tr.count == 2 else {
                throw Failure(path: "transform", message: "must be {\"scale\": [sx, sy], \"translate\": [tx, ty]}")
            }
            transform = (s[0], s[1], tr[0], tr[1])
        }
        guard let rawArcs = top["arcs"] as? [Any] else { throw Failure(path: "arcs", message: "is missing: a topology lists its arcs") }
        var arcs: [[GeoPoint]] = []
        arcs.reserveCapacity(rawArcs.count)
        for (i, a) in rawArcs.enumerated() {
            guard let positions = a as? [Any] else { throw Failure(path: "arcs[\(i)]", message: "must be an array of positions") }
            arcs.append(try decodeArc(positions, transform: transform, path: "arcs[\(i)]"))
        }
        // JSONSerialization forgets key order: messages list the object names sorted.
        return Topology(arcs: arcs, objects: objects, objectNames: objects.keys.sorted(), pointTransform: transform)
    }

    /// An arc's positions; quantized ones are deltas from the previous position, in units the
    /// transform scales and shifts into degrees.
    static func decodeArc(_ positions: [Any], transform: (sx: Double, sy: Double, tx: Double, ty: Double)?, path: String) throws(TopoJSONFailure) -> [GeoPoint] {
        var out: [GeoPoint] = []
        out.reserveCapacity(positions.count)
        var x = 0.0, y = 0.0
        for (k, p) in positions.enumerated() {
            guard let c = numbers(p), c.count >= 2 else { throw Failure(path: "\(path)[\(k)]", message: "must be a position [x, y]") }
            if let t = transform {
                x += c[0]; y += c[1]
                out.append(GeoPoint(lon: x * t.sx + t.tx, lat: y * t.sy + t.ty))
            } else {
                out.append(GeoPoint(lon: c[0], lat: c[1]))
            }
        }
        return out
    }

    static func numbers(_ v: Any?) -> [Double]? {
        guard let a = v as? [Any] else { return nil }
        var out: [Double] = []
        for e in a {
            guard let n = e as? NSNumber else { return nil }
            out.append(n.doubleValue)
        }
        return out
    }

    // MARK: Features

    /// The object's features: a GeometryCollection's members, else the object itself.
    func features(_ name: String) throws(TopoJSONFailure) -> [TopoFeature] {
        let o = try object(name)
        let path = "objects.\(name)"
        if o["type"] as? String == "GeometryCollection" {
            guard let members = o["geometries"] as? [Any] else { throw Failure(path: path, message: "is a GeometryCollection without \"geometries\"") }
            var out: [TopoFeature] = []
            for (k, m) in members.enumerated() {
                guard let g = m as? [String: Any] else { throw Failure(path: "\(path).geometries[\(k)]", message: "must be a geometry object") }
                out.append(try feature(g, path: "\(path).geometries[\(k)]"))
            }
            return out
        }
        return [try feature(o, path: path)]
    }

    func object(_ name: String) throws(TopoJSONFailure) -> [String: Any] {
        guard let o = objects[name] as? [String: Any] else {
            let known = objectNames
            throw Failure(path: "objects", message: "has no object \"\(Quote.short(name))\" (objects: \(known.joined(separator: ", ")))\(Suggest.didYouMean(name, in: known))")
        }
        return o
    }

    func feature(_ g: [String: Any], path: String) throws(TopoJSONFailure) -> TopoFeature {
        var properties: [(key: String, value: GeoProperty)] = []
        if let p = g["properties"] as? [String: Any] {
            for key in p.keys.sorted() { properties.append((key, Self.property(p[key]!))) }
        }
        var id: GeoProperty?
        if let v = g["id"] {
            let p = Self.property(v)
            if case .string = p { id = p } else if case .number = p { id = p }
        }
        return TopoFeature(id: id, properties: properties, shape: try shape(g, path: path))
    }

    static func property(_ v: Any) -> GeoProperty {
        if v is NSNull { return .null }
        if let s = v as? String { return .string(s) }
        if let n = v as? NSNumber {
            if String(cString: n.objCType) == "c" { return .bool(n.boolValue) }
            return .number(n.doubleValue)
        }
        return .other
    }

    /// A geometry's shape: Polygon, MultiPolygon, LineString, MultiLineString, Point,
    /// MultiPoint, GeometryCollection, or null (nothing to draw).
    func shape(_ g: [String: Any], path: String) throws(TopoJSONFailure) -> GeoShape {
        let type = g["type"] as? String
        func arcList(_ v: Any?, _ p: String) throws(TopoJSONFailure) -> [Int] {
            guard let a = Self.numbers(v) else { throw Failure(path: p, message: "must be an array of arc indices") }
            var out: [Int] = []
            for (k, x) in a.enumerated() {
                let i = Int(x)
                guard Double(i) == x, (i >= 0 ? i : ~i) < arcs.count else {
                    throw Failure(path: "\(p)[\(k)]", message: "\(Format.plain(x)) is not an arc of this topology (it has \(arcs.count))")
                }
                out.append(i)
            }
            return out
        }
        func rings(_ v: Any?, _ p: String) throws(TopoJSONFailure) -> GeoPolygon? {
            guard let list = v as? [Any] else { throw Failure(path: p, message: "must be an array of rings (arrays of arc indices)") }
            var out: [[GeoPoint]] = []
            for (k, r) in list.enumerated() {
                let ring = self.ring(try arcList(r, "\(p)[\(k)]"))
                if let oriented = Self.oriented(ring, hole: k > 0) { out.append(oriented) } else if k == 0 { return nil }
            }
            return out.isEmpty ? nil : GeoPolygon(rings: out)
        }
        func positions(_ v: Any?, _ p: String) throws(TopoJSONFailure) -> [GeoPoint] {
            guard let list = v as? [Any] else { throw Failure(path: p, message: "must be an array of positions") }
            var out: [GeoPoint] = []
            for (k, q) in list.enumerated() {
                guard let c = Self.numbers(q), c.count >= 2 else { throw Failure(path: "\(p)[\(k)]", message: "must be a position [x, y]") }
                out.append(point(c))
            }
            return out
        }
        let arcsPath = "\(path).arcs"
        switch type {
        case "Polygon":
            return GeoShape(polygons: try rings(g["arcs"], arcsPath).map { [$0] } ?? [])
        case "MultiPolygon":
            guard let list = g["arcs"] as? [Any] else { throw Failure(path: arcsPath, message: "must be an array of polygons") }
            var polygons: [GeoPolygon] = []
            for (k, pg) in list.enumerated() { if let p = try rings(pg, "\(arcsPath)[\(k)]") { polygons.append(p) } }
            return GeoShape(polygons: polygons)
        case "LineString":
            return GeoShape(lines: [line(try arcList(g["arcs"], arcsPath))])
        case "MultiLineString":
            guard let list = g["arcs"] as? [Any] else { throw Failure(path: arcsPath, message: "must be an array of lines") }
            var lines: [[GeoPoint]] = []
            for (k, l) in list.enumerated() { lines.append(line(try arcList(l, "\(arcsPath)[\(k)]"))) }
            return GeoShape(lines: lines)
        case "Point":
            guard let c = Self.numbers(g["coordinates"]), c.count >= 2 else { throw Failure(path: "\(path).coordinates", message: "must be a position [x, y]") }
            return GeoShape(points: [point(c)])
        case "MultiPoint":
            return GeoShape(points: try positions(g["coordinates"], "\(path).coordinates"))
        case "GeometryCollection":
            guard let members = g["geometries"] as? [Any] else { throw Failure(path: path, message: "is a GeometryCollection without \"geometries\"") }
            var out = GeoShape()
            for (k, m) in members.enumerated() {
                guard let mg = m as? [String: Any] else { throw Failure(path: "\(path).geometries[\(k)]", message: "must be a geometry object") }
                out.append(try shape(mg, path: "\(path).geometries[\(k)]"))
            }
            return out
        case nil where g["type"] == nil || g["type"] is NSNull:
            return GeoShape()
        default:
            let allowed = ["Polygon", "MultiPolygon", "LineString", "MultiLineString", "Point", "MultiPoint", "GeometryCollection"]
            let t = type ?? "\(g["type"]!)"
            throw Failure(path: "\(path).type", message: "\"\(Quote.short(t))\" is not a TopoJSON geometry type\(Suggest.didYouMean(t, in: allowed))")
        }
    }

    /// A Point's position: quantized positions are not delta-encoded, only transformed; the
    /// arcs are already in degrees, so the topology's transform is applied here alone.
    func point(_ c: [Double]) -> GeoPoint { pointTransform.map { GeoPoint(lon: c[0] * $0.sx + $0.tx, lat: c[1] * $0.sy + $0.ty) } ?? GeoPoint(lon: c[0], lat: c[1]) }


    /// The positions along `indices`, each arc after the first starting where the last ended
    /// (its first position dropped), as topojson-client's `arc` stitches them.
    func line(_ indices: [Int]) -> [GeoPoint] {
        var points: [GeoPoint] = []
        for i in indices {
            if !points.isEmpty { points.removeLast() }
            let a = arcs[i >= 0 ? i : ~i]
            if i >= 0 { points += a } else { points += a.reversed() }
        }
        if points.count == 1 { points.append(points[0]) }
        return points
    }

    func ring(_ indices: [Int]) -> [GeoPoint] {
        var points = line(indices)
        while !points.isEmpty && points.count < 4 { points.append(points[0]) }
        return points
    }

    /// A ring oriented as GeoJSONReader orients them (outer counter-clockwise with north up,
    /// holes clockwise) so a non-zero fill draws holes; nil for a ring without area (quantizing
    /// collapses the smallest islands to a point or a line).
    static func oriented(_ ring: [GeoPoint], hole: Bool) -> [GeoPoint]? {
        guard ring.count >= 4 else { return nil }
        var area = 0.0
        for k in 0..<(ring.count - 1) { area += ring[k].lon * ring[k + 1].lat - ring[k + 1].lon * ring[k].lat }
        guard area != 0 else { return nil }
        return (area < 0) != hole ? ring.reversed() : ring
    }

    // MARK: Mesh

    /// The object's mesh: every arc it uses, once, as a line (topojson-client's `mesh` without
    /// a filter; arcs are not joined end to end, which changes no pixel of a stroke but its joins).
    func mesh(_ name: String) throws(TopoJSONFailure) -> GeoShape {
        let o = try object(name)
        var used = Set<Int>()
        var order: [Int] = []
        func collect(_ v: Any?) {
            if let n = v as? NSNumber {
                let i = n.intValue, a = i >= 0 ? i : ~i
                if a < arcs.count, used.insert(a).inserted { order.append(a) }
            } else if let list = v as? [Any] {
                for e in list { collect(e) }
            }
        }
        func walk(_ g: [String: Any]) {
            collect(g["arcs"])
            for m in g["geometries"] as? [Any] ?? [] { if let mg = m as? [String: Any] { walk(mg) } }
        }
        walk(o)
        return GeoShape(lines: order.map { arcs[$0] })
    }
}
