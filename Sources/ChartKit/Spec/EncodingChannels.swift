// The encoding channels a layer may carry, in Vega-Lite's words, and what becomes of each:
// field channels the grammar binds to data; `{"value": …}` constants that set a mark property
// (Vega-Lite's meaning: the same for every mark); and Vega-Lite channels this project does not
// draw yet, each refused by name rather than dropped.

enum EncodingChannels {
    /// Channels bound to a field (decoded by `SpecDecoder.decodeChannel`).
    static let fields = ["x", "y", "x2", "y2", "color", "xOffset", "yOffset", "detail", "text", "region"]
    /// Channels that take a constant `{"value": …}` here.
    static let constants = ["color", "opacity", "strokeDash", "size"]
    /// Facet channels: a single view becomes a small multiple (see FacetDecoder).
    static let facets = ["row", "column", "facet"]
    /// Vega-Lite channels not drawn yet.
    static let unsupported = ["shape", "order", "tooltip", "href", "fill", "stroke", "strokeWidth", "fillOpacity",
                              "strokeOpacity", "angle", "theta", "theta2", "radius", "radius2", "latitude", "longitude",
                              "latitude2", "longitude2", "key", "url", "description", "xError", "xError2", "yError", "yError2"]
    /// Every key an encoding object may hold without an "unknown key" error.
    static let allKeys = Array(Set(fields + constants + facets + unsupported + ["text"])).sorted()

    /// Applies the constant channels of `encoding` to the mark and names every channel that
    /// cannot be drawn. Returns the keys left for field decoding.
    /// `facetsAllowed`: the encoding of a whole single view, where row/column/facet make a
    /// small multiple (FacetDecoder reads them); `skipping`: keys the layer's own encoding
    /// already gave (an inherited encoding yields to them).
    static func applyConstants(_ e: ObjectReader, facetsAllowed: Bool, skipping: Set<String> = [], to mark: inout MarkSpec,
                               log: DiagnosticLog) -> Set<String> {
        var handled = Set<String>()
        for key in constants where e.has(key) && !skipping.contains(key) {
            guard let node = e[key], let value = node["value"] else { continue }
            handled.insert(key)
            if node["field"] != nil {
                log.error(node.location, e.childPath(key), "takes a \"field\" or a \"value\", not both")
                continue
            }
            apply(key, value, path: "\(e.childPath(key)).value", to: &mark, log: log)
        }
        for key in ["opacity", "strokeDash", "size"] where e.has(key) && !handled.contains(key) {
            log.error(e[key]!.location, e.childPath(key), "driven by a field is not supported yet; give a constant {\"value\": …} or split the data into layers")
            handled.insert(key)
        }
        for key in unsupported where e.has(key) {
            log.error(e[key]!.location, e.childPath(key), "is a Vega-Lite channel this tool does not draw yet")
            handled.insert(key)
        }
        if mark.type == .text, let node = e["text"], !skipping.contains("text"), let value = node["value"] {
            handled.insert("text")
            if case .string(let words) = value.value, !words.isEmpty { mark.textValue = words } else {
                log.error(value.location, "\(e.childPath("text")).value", "must be the words to write, found \(value.kindName)")
            }
        } else if mark.type != .text, e.has("text") {
            log.error(e["text"]!.location, e.childPath("text"), "applies to text marks; for values written on a \(mark.type.rawValue) mark, use \"mark\": {\"type\": \"\(mark.type.rawValue)\", \"labels\": true}")
            handled.insert("text")
        }
        for key in facets where e.has(key) {
            handled.insert(key)
            guard !facetsAllowed else { continue }
            log.error(e[key]!.location, e.childPath(key), "makes small multiples of a whole view; it cannot stand in a layer or a panel")
        }
        return handled
    }

    /// The channels of an encoding shared by layers that no layer can draw, named once
    /// (constants and text are each layer's to take).
    static func refuseShared(_ e: ObjectReader, log: DiagnosticLog) {
        var probe = MarkSpec(type: .line, location: e.node.location, path: e.path)
        let quiet = DiagnosticLog()
        _ = applyConstants(e, facetsAllowed: false, to: &probe, log: quiet)
        // A constant's value is checked against each layer's mark; text belongs to text layers.
        let layerOwn = constants.map { e.childPath($0) + ".value" } + [e.childPath("text")]
        log.append(contentsOf: quiet.diagnostics.filter { d in !layerOwn.contains { d.path == $0 || d.path.hasPrefix($0 + ".") } })
    }

    private static func apply(_ key: String, _ value: JSONNode, path: String, to mark: inout MarkSpec, log: DiagnosticLog) {
        switch (key, value.value) {
        case ("color", .string(let c)):
            guard Color(parsing: c) != nil else {
                log.error(value.location, path, "\"\(Quote.short(c))\" is not a colour (use \"#rrggbb\")")
                return
            }
            mark.color = Located(c, at: value.location, path: path)
        case ("opacity", .number(let o)) where o >= 0 && o <= 1:
            mark.opacity = o
        case ("strokeDash", .array(let items)) where mark.type == .line:
            var dash: [Double] = []
            for item in items {
                guard case .number(let v) = item.value, v >= 0, v <= 100 else {
                    log.error(item.location, path, "must list lengths from 0 to 100")
                    return
                }
                dash.append(v)
            }
            mark.strokeDash = dash
        case ("size", .number(let s)) where mark.type == .line && s > 0 && s <= 50:
            mark.strokeWidth = s  // a line's size is its stroke width
        case ("strokeDash", _) where mark.type != .line, ("size", _) where mark.type != .line:
            log.error(value.location, path, "a constant \(key) is supported on line marks only so far")
        default:
            let expected = ["color": "a colour such as \"#c0392b\"", "opacity": "a number from 0 to 1",
                            "strokeDash": "an array of dash lengths such as [4, 3]", "size": "a stroke width from 0 to 50"][key]!
            log.error(value.location, path, "must be \(expected), found \(value.kindName)")
        }
    }
}
