// The parts of a spec that only maps have: which map (`"map"`), how it is projected
// (`"projection"`, Vega-Lite's words), an inset (`"inset"`), and the region mark's options.
//
//   "map": "china-provinces"                       a bundled map
//   "map": "maps/yrd-cities.geojson"               a GeoJSON file, relative to the spec
//   "map": {"source": "maps/x.geojson", "key": "adcode"}   match data to this property only
//   "projection": {"type": "albers", "parallels": [25, 47], "rotate": [-105, 0]}
//   "inset": {"bounds": [[118, 29], [123, 33]], "title": "Yangtze River Delta"}
//   "mark": {"type": "region", "labels": "short", "noData": "Not named in the source"}

public struct MapSpec: Sendable {
    /// A bundled map name or a GeoJSON path; nil draws the default map (china-provinces).
    public var source: Located<String>?
    /// The feature property data values are matched against; nil matches every name and code.
    public var key: Located<String>?
    public var projection: ProjectionSpec?
    public var inset: InsetSpec?
    public var location: SourceLocation
}

public struct ProjectionSpec: Sendable {
    public var type: ProjectionType?
    public var parallels: (Double, Double)?
    /// Degrees east of the meridian at the centre (from Vega-Lite's `rotate: [-λ, 0]`).
    public var centralMeridian: Double?
    public var location: SourceLocation
}

public enum InsetPosition: String, Sendable, CaseIterable {
    case bottomRight = "bottom-right", bottomLeft = "bottom-left", topRight = "top-right", topLeft = "top-left"
}

public struct InsetSpec: Sendable {
    /// South-west and north-east corners, [longitude, latitude].
    public var southWest: GeoPoint
    public var northEast: GeoPoint
    public var title: String?
    public var position: InsetPosition?
    /// The inset's width as a fraction of the map's.
    public var size: Double?
    public var location: SourceLocation
    public var path: String
}

public enum RegionLabelKind: String, Sendable, CaseIterable {
    /// English names ("Inner Mongolia"); small regions fall back to codes ("BJ") or leader lines.
    case short
    /// Short Chinese names (内蒙古); small regions fall back to one-character abbreviations (京).
    case zh
    /// The data value, formatted.
    case value
    /// Two-letter codes (NM).
    case code
}

public struct RegionMarkOptions: Sendable {
    public var labels: RegionLabelKind?
    /// The legend label of regions without data; nil: "No data"; "" hides the legend entry.
    public var noData: String?
    public var labelsLocation: SourceLocation?
}

enum MapSpecDecoder {
    static let topKeys = ["map", "projection", "inset"]
    static let mapKeys = ["source", "key"]
    static let projectionKeys = ["type", "parallels", "rotate"]
    static let insetKeys = ["bounds", "title", "position", "size"]
    static let regionMarkKeys = ["type", "labels", "noData", "description"]

    /// The map, projection and inset of a spec; nil when it has none of them.
    static func decode(_ top: ObjectReader, log: DiagnosticLog) -> MapSpec? {
        guard topKeys.contains(where: top.has) else { return nil }
        var spec = MapSpec(location: top.node.location)
        if let n = top["map"] {
            switch n.value {
            case .string(let s):
                spec.source = Located(s, at: n.location, path: "map")
                spec.location = n.location
            case .object:
                if let r = ObjectReader(n, path: "map", log: log, keys: mapKeys) {
                    spec.location = n.location
                    if let s = r.string("source"), let sn = r["source"] { spec.source = Located(s, at: sn.location, path: "map.source") }
                    if let k = r.string("key"), let kn = r["key"] { spec.key = Located(k, at: kn.location, path: "map.key") }
                    if !r.has("source") { log.error(n.location, "map", "needs a \"source\": \"china-provinces\" or a path to a .geojson file") }
                }
            default:
                log.error(n.location, "map", "must be a map name such as \"china-provinces\", a path to a .geojson file, or {\"source\": …, \"key\": …}; found \(n.kindName)")
            }
            if let s = spec.source, s.value.isEmpty {
                log.error(s.location, s.path, "is empty; give \"china-provinces\" or a path to a .geojson file")
            }
        }
        if let r = top.object("projection", keys: projectionKeys) {
            var p = ProjectionSpec(location: r.node.location)
            if let t = r.choice("type", ProjectionType.allCases.map(\.rawValue)) { p.type = ProjectionType(rawValue: t) }
            if let items = r.array("parallels"), let n = r["parallels"] {
                let numbers = items.compactMap { i -> Double? in if case .number(let v) = i.value { return v } else { return nil } }
                if numbers.count == 2, numbers.allSatisfy({ abs($0) < 90 }), numbers[0] != -numbers[1] {
                    p.parallels = (numbers[0], numbers[1])
                } else {
                    log.error(n.location, "projection.parallels", "must be two latitudes in degrees, such as [25, 47], not on opposite sides of the equator at equal distance")
                }
                if p.type != nil && p.type != .albers {
                    log.error(n.location, "projection.parallels", "apply to the \"albers\" projection")
                }
            }
            if let n = r["rotate"] {
                // Vega-Lite / d3: rotate [λ, φ, γ] turns the globe by -λ; only λ is supported.
                var values: [Double] = []
                var ok = true
                switch n.value {
                case .number(let v): values = [v]
                case .array(let items):
                    for i in items { if case .number(let v) = i.value { values.append(v) } else { ok = false } }
                default: ok = false
                }
                if !ok || values.isEmpty || values.count > 3 || abs(values[0]) > 360 {
                    log.error(n.location, "projection.rotate", "must be [λ] or [λ, 0]: the globe turned by λ degrees, so [-105, 0] centres the map on 105°E")
                } else if values.dropFirst().contains(where: { $0 != 0 }) {
                    log.error(n.location, "projection.rotate", "can only turn about the poles: write [\(Format.plain(values[0])), 0]")
                } else {
                    p.centralMeridian = -values[0]
                }
            }
            spec.projection = p
        }
        if let n = top["inset"] {
            spec.inset = decodeInset(n, log: log)
        }
        return spec
    }

    static func decodeInset(_ node: JSONNode, log: DiagnosticLog) -> InsetSpec? {
        guard let r = ObjectReader(node, path: "inset", log: log, keys: insetKeys) else { return nil }
        guard let bn = r["bounds"] else {
            log.error(node.location, "inset", "needs \"bounds\": [[west, south], [east, north]] in degrees, e.g. [[118, 29], [123, 33]]")
            return nil
        }
        var corners: [GeoPoint] = []
        if case .array(let items) = bn.value, items.count == 2 {
            for item in items {
                if case .array(let pair) = item.value, pair.count == 2, case .number(let lon) = pair[0].value, case .number(let lat) = pair[1].value,
                   abs(lon) <= 180, abs(lat) <= 90 {
                    corners.append(GeoPoint(lon: lon, lat: lat))
                }
            }
        }
        guard corners.count == 2 else {
            log.error(bn.location, "inset.bounds", "must be [[west, south], [east, north]] in degrees, e.g. [[118, 29], [123, 33]]")
            return nil
        }
        guard corners[0].lon < corners[1].lon, corners[0].lat < corners[1].lat else {
            log.error(bn.location, "inset.bounds", "must list the south-west corner first: [[west, south], [east, north]]")
            return nil
        }
        var inset = InsetSpec(southWest: corners[0], northEast: corners[1], location: node.location, path: "inset")
        inset.title = r.string("title")
        if let p = r.choice("position", InsetPosition.allCases.map(\.rawValue)) { inset.position = InsetPosition(rawValue: p) }
        inset.size = r.number("size", min: 0.1, max: 0.6)
        return inset
    }

    /// A region mark written as an object.
    static func decodeRegionMark(_ node: JSONNode, path: String, log: DiagnosticLog) -> MarkSpec? {
        guard let r = ObjectReader(node, path: path, log: log, keys: regionMarkKeys) else { return nil }
        var mark = MarkSpec(type: .region, location: node.location, path: path)
        var options = RegionMarkOptions()
        if let n = r["labels"] {
            options.labelsLocation = n.location
            let kinds = RegionLabelKind.allCases.map(\.rawValue)
            switch n.value {
            case .bool(let b): options.labels = b ? .short : nil
            case .string(let s):
                if let k = RegionLabelKind(rawValue: s) { options.labels = k } else {
                    log.error(n.location, r.childPath("labels"), "\"\(s)\" is not a label kind (use \(ObjectReader.quoted(kinds)), true or false)\(Suggest.didYouMean(s, in: kinds))")
                }
            default:
                log.error(n.location, r.childPath("labels"), "must be \(ObjectReader.quoted(kinds)), true or false; found \(n.kindName)")
            }
        }
        if let n = r["noData"] {
            switch n.value {
            case .string(let s): options.noData = s
            case .bool(false), .null: options.noData = ""
            default: log.error(n.location, r.childPath("noData"), "must be the legend label for regions without data (a string), or false to leave it out of the legend")
            }
        }
        mark.region = options
        return mark
    }
}
