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
    /// Where in the file, when the failure is about one of its values.
    var location: SourceLocation? = nil
}

/// A parsed topology: its arcs decoded to degrees, and its objects as written. Parsed with the
/// project's JSONParser (not Foundation's): it is faster on a file of numbers, keeps key order
/// (object names and properties come out as written) and gives each failure its line.
struct Topology: Sendable {
    var arcs: [[GeoPoint]]
    var objects: [JSONMember]
    /// The quantization transform, for Point positions (arcs are decoded at parse time).
    var pointTransform: (sx: Double, sy: Double, tx: Double, ty: Double)?

    typealias Failure = TopoJSONFailure

    static func parse(_ bytes: [UInt8], file: String = "topology") throws(TopoJSONFailure) -> Topology {
        let root: JSONNode
        do { root = try JSONParser.parse(bytes: bytes, file: file) } catch {
            throw Failure(path: "", message: "is not valid JSON (\(error.message))", location: error.location)
        }
        guard root.members != nil else { throw Failure(path: "", message: "must be a TopoJSON object ({\"type\": \"Topology\", …})", location: root.location) }
        guard case .string("Topology")? = root["type"]?.value else {
            let found = root["type"].map { if case .string(let t) = $0.value { "\"\(Quote.short(t))\"" } else { $0.kindName } } ?? "no \"type\""
            throw Failure(path: "type", message: "must be \"Topology\" for a TopoJSON file, found \(found)", location: root["type"]?.location ?? root.location)
        }
        guard let objects = root["objects"]?.members else { throw Failure(path: "objects", message: "is missing: a topology names its objects", location: root.location) }
        var transform: (sx: Double, sy: Double, tx: Double, ty: Double)?
        if let t = root["transform"] {
            guard let s = numbers(t["scale"]), let tr = numbers(t["translate"]), s.count == 2, tr.count == 2 else {
                throw Failure(path: "transform", message: "must be {\"scale\": [sx, sy], \"translate\": [tx, ty]}", location: t.location)
            }
            transform = (s[0], s[1], tr[0], tr[1])
        }
        guard let arcsNode = root["arcs"], case .array(let rawArcs) = arcsNode.value else {
            throw Failure(path: "arcs", message: "is missing: a topology lists its arcs", location: root.location)
        }
        var arcs: [[GeoPoint]] = []
        arcs.reserveCapacity(rawArcs.count)
        for (i, a) in rawArcs.enumerated() {
            guard case .array(let positions) = a.value else { throw Failure(path: "arcs[\(i)]", message: "must be an array of positions", location: a.location) }
            arcs.append(try decodeArc(positions, transform: transform, path: "arcs[\(i)]"))
        }
        return Topology(arcs: arcs, objects: objects, pointTransform: transform)
    }

    /// An arc's positions; quantized ones are deltas from the previous position, in units the
    /// transform scales and shifts into degrees.
    static func decodeArc(_ positions: [JSONNode], transform: (sx: Double, sy: Double, tx: Double, ty: Double)?, path: String) throws(TopoJSONFailure) -> [GeoPoint] {
        var out: [GeoPoint] = []
        out.reserveCapacity(positions.count)
        var x = 0.0, y = 0.0
        for (k, p) in positions.enumerated() {
            guard let c = position(p) else { throw Failure(path: "\(path)[\(k)]", message: "must be a position [x, y]", location: p.location) }
            if let t = transform {
                x += c.x; y += c.y
                out.append(GeoPoint(lon: x * t.sx + t.tx, lat: y * t.sy + t.ty))
            } else {
                out.append(GeoPoint(lon: c.x, lat: c.y))
            }
        }
        return out
    }

    /// The first two numbers of a position array (a third, elevation, is allowed and unused).
    static func position(_ node: JSONNode) -> (x: Double, y: Double)? {
        guard case .array(let a) = node.value, a.count >= 2, case .number(let x) = a[0].value, case .number(let y) = a[1].value else { return nil }
        return (x, y)
    }

    static func numbers(_ node: JSONNode?) -> [Double]? {
        guard let node, case .array(let a) = node.value else { return nil }
        var out: [Double] = []
        out.reserveCapacity(a.count)
        for e in a {
            guard case .number(let n) = e.value else { return nil }
            out.append(n)
        }
        return out
    }

    // MARK: Features

    /// The object's features: a GeometryCollection's members, else the object itself.
    func features(_ name: String) throws(TopoJSONFailure) -> [TopoFeature] {
        let o = try object(name)
        let path = "objects.\(name)"
        if case .string("GeometryCollection")? = o["type"]?.value {
            guard let g = o["geometries"], case .array(let members) = g.value else {
                throw Failure(path: path, message: "is a GeometryCollection without \"geometries\"", location: o.location)
            }
            var out: [TopoFeature] = []
            out.reserveCapacity(members.count)
            for (k, m) in members.enumerated() {
                guard m.members != nil else { throw Failure(path: "\(path).geometries[\(k)]", message: "must be a geometry object", location: m.location) }
                out.append(try feature(m, path: "\(path).geometries[\(k)]"))
            }
            return out
        }
        return [try feature(o, path: path)]
    }

    func object(_ name: String) throws(TopoJSONFailure) -> JSONNode {
        guard let o = objects.first(where: { $0.key == name })?.value, o.members != nil else {
            let known = objects.map(\.key)
            throw Failure(path: "objects", message: "has no object \"\(Quote.short(name))\" (objects: \(known.joined(separator: ", ")))\(Suggest.didYouMean(name, in: known))")
        }
        return o
    }

    func feature(_ g: JSONNode, path: String) throws(TopoJSONFailure) -> TopoFeature {
        var properties: [(key: String, value: GeoProperty)] = []
        for m in g["properties"]?.members ?? [] where !properties.contains(where: { $0.key == m.key }) {
            properties.append((m.key, Self.property(m.value)))
        }
        var id: GeoProperty?
        if let v = g["id"] {
            let p = Self.property(v)
            if case .string = p { id = p } else if case .number = p { id = p }
        }
        return TopoFeature(id: id, properties: properties, shape: try shape(g, path: path))
    }

    static func property(_ v: JSONNode) -> GeoProperty {
        switch v.value {
        case .null: return .null
        case .string(let s): return .string(s)
        case .number(let n): return .number(n)
        case .bool(let b): return .bool(b)
        case .array, .object: return .other
        }
    }

    /// A geometry's shape: Polygon, MultiPolygon, LineString, MultiLineString, Point,
    /// MultiPoint, GeometryCollection, or null (nothing to draw).
    func shape(_ g: JSONNode, path: String) throws(TopoJSONFailure) -> GeoShape {
        let arcsPath = "\(path).arcs"
        func list(_ v: JSONNode?, _ p: String, _ what: String) throws(TopoJSONFailure) -> [JSONNode] {
            guard let v, case .array(let items) = v.value else { throw Failure(path: p, message: "must be an array of \(what)", location: v?.location ?? g.location) }
            return items
        }
        func arcList(_ v: JSONNode?, _ p: String) throws(TopoJSONFailure) -> [Int] {
            var out: [Int] = []
            for (k, x) in try list(v, p, "arc indices").enumerated() {
                guard case .number(let n) = x.value, let i = Int(exactly: n), (i >= 0 ? i : ~i) < arcs.count else {
                    let shown = if case .number(let n) = x.value { Format.plain(n) } else { x.kindName }
                    throw Failure(path: "\(p)[\(k)]", message: "\(shown) is not an arc of this topology (it has \(arcs.count))", location: x.location)
                }
                out.append(i)
            }
            return out
        }
        func rings(_ v: JSONNode?, _ p: String) throws(TopoJSONFailure) -> GeoPolygon? {
            var out: [[GeoPoint]] = []
            for (k, r) in try list(v, p, "rings (arrays of arc indices)").enumerated() {
                let ring = self.ring(try arcList(r, "\(p)[\(k)]"))
                if let oriented = Self.oriented(ring, hole: k > 0) { out.append(oriented) } else if k == 0 { return nil }
            }
            return out.isEmpty ? nil : GeoPolygon(rings: out)
        }
        func point(_ v: JSONNode?, _ p: String) throws(TopoJSONFailure) -> GeoPoint {
            guard let v, let c = Self.position(v) else { throw Failure(path: p, message: "must be a position [x, y]", location: v?.location ?? g.location) }
            return self.point(c)
        }
        let type: String? = if case .string(let t)? = g["type"]?.value { t } else { nil }
        switch type {
        case "Polygon":
            return GeoShape(polygons: try rings(g["arcs"], arcsPath).map { [$0] } ?? [])
        case "MultiPolygon":
            var polygons: [GeoPolygon] = []
            for (k, pg) in try list(g["arcs"], arcsPath, "polygons").enumerated() { if let p = try rings(pg, "\(arcsPath)[\(k)]") { polygons.append(p) } }
            return GeoShape(polygons: polygons)
        case "LineString":
            return GeoShape(lines: [line(try arcList(g["arcs"], arcsPath))])
        case "MultiLineString":
            var lines: [[GeoPoint]] = []
            for (k, l) in try list(g["arcs"], arcsPath, "lines").enumerated() { lines.append(line(try arcList(l, "\(arcsPath)[\(k)]"))) }
            return GeoShape(lines: lines)
        case "Point":
            return GeoShape(points: [try point(g["coordinates"], "\(path).coordinates")])
        case "MultiPoint":
            var points: [GeoPoint] = []
            for (k, q) in try list(g["coordinates"], "\(path).coordinates", "positions").enumerated() { points.append(try point(q, "\(path).coordinates[\(k)]")) }
            return GeoShape(points: points)
        case "GeometryCollection":
            var out = GeoShape()
            for (k, m) in try list(g["geometries"], "\(path).geometries", "geometry objects").enumerated() {
                guard m.members != nil else { throw Failure(path: "\(path).geometries[\(k)]", message: "must be a geometry object", location: m.location) }
                out.append(try shape(m, path: "\(path).geometries[\(k)]"))
            }
            return out
        case nil where g["type"] == nil || g["type"]?.value == .null:
            return GeoShape()
        default:
            let allowed = ["Polygon", "MultiPolygon", "LineString", "MultiLineString", "Point", "MultiPoint", "GeometryCollection"]
            let t = type ?? g["type"]!.kindName
            throw Failure(path: "\(path).type", message: "\"\(Quote.short(t))\" is not a TopoJSON geometry type\(Suggest.didYouMean(t, in: allowed))", location: g["type"]?.location)
        }
    }

    /// A Point's position: quantized positions are not delta-encoded, only transformed; the
    /// arcs are already in degrees, so the topology's transform is applied here alone.
    func point(_ c: (x: Double, y: Double)) -> GeoPoint { pointTransform.map { GeoPoint(lon: c.x * $0.sx + $0.tx, lat: c.y * $0.sy + $0.ty) } ?? GeoPoint(lon: c.x, lat: c.y) }


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
        func collect(_ v: JSONNode?) {
            guard let v else { return }
            switch v.value {
            case .number(let n):
                guard let i = Int(exactly: n) else { return }
                let a = i >= 0 ? i : ~i
                if a < arcs.count, used.insert(a).inserted { order.append(a) }
            case .array(let list):
                for e in list { collect(e) }
            default: return
            }
        }
        func walk(_ g: JSONNode) {
            collect(g["arcs"])
            guard case .array(let members)? = g["geometries"]?.value else { return }
            for m in members where m.members != nil { walk(m) }
        }
        walk(o)
        return GeoShape(lines: order.map { arcs[$0] })
    }
}
