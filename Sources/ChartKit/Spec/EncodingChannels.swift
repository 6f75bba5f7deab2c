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
    static let unsupported = ["shape", "order", "fill", "stroke", "strokeWidth", "fillOpacity",
                              "strokeOpacity", "angle", "theta", "theta2", "radius", "radius2", "latitude", "longitude",
                              "latitude2", "longitude2", "url", "xError", "xError2", "yError", "yError2"]
    /// Vega-Lite channels for a live page (tooltips, links, screen-reader text, animation
    /// keys): a file cannot use them and dropping them changes no mark, so they warn.
    static let interactive = ["tooltip": "a file shows no tooltips", "href": "a file has no links to follow",
                              "description": "a file has no per-mark screen-reader text", "key": "a file is not animated"]
    /// Every key an encoding object may hold without an "unknown key" error.
    static let allKeys = Array(Set(fields + constants + facets + unsupported + interactive.keys + ["text"])).sorted()

    /// Sets the mark properties an encoding gives as constants (`{"value": …}` on colour,
    /// opacity, strokeDash, size, and a text mark's words). `skipping`: keys the layer's own
    /// encoding gave (an inherited encoding yields to them). Returns the field channels taken
    /// as constants, which are then not decoded as fields.
    static func applyConstants(_ e: ObjectReader, skipping: Set<String> = [], to mark: inout MarkSpec, log: DiagnosticLog) -> Set<String> {
        var taken = Set<String>()
        for key in constants where !skipping.contains(key) {
            guard let node = e[key], let value = node["value"], node["field"] == nil else { continue }
            taken.insert(key)
            refuseBesideValue(node, path: e.childPath(key), log: log)
            apply(key, value, path: "\(e.childPath(key)).value", to: &mark, log: log)
        }
        if mark.type == .text, !skipping.contains("text"), let value = e["text"]?["value"] {
            taken.insert("text")
            if case .string(let words) = value.value, !words.isEmpty { mark.textValue = words } else {
                log.error(value.location, "\(e.childPath("text")).value", "must be the words to write, found \(value.kindName)")
            }
        }
        return taken
    }

    /// A value definition is the value alone: anything beside it (a `condition` choosing
    /// another value for some rows) would be dropped without it, so it is named.
    static func refuseBesideValue(_ node: JSONNode, path: String, log: DiagnosticLog) {
        guard case .object(let members) = node.value else { return }
        for m in members where m.key != "value" {
            let why = m.key == "condition" ? "conditional values are not supported yet; split the data into layers with a filter each"
                                           : "is not a key of a value definition (it takes \"value\" alone)"
            log.error(m.keyLocation, "\(path).\(m.key)", why)
        }
    }

    /// Names the channels of an encoding that cannot be drawn: a field beside a value,
    /// opacity/size/strokeDash from a field, Vega-Lite channels not drawn, facet channels
    /// where they cannot make panels, and `text` on a mark that writes none. `mark` is nil for
    /// an encoding the layers share (its text is each text layer's). Returns the field
    /// channels refused, which are then not decoded.
    static func refuse(_ e: ObjectReader, mark: MarkType?, facetsAllowed: Bool, log: DiagnosticLog) -> Set<String> {
        var refused = Set<String>()
        for key in constants where e[key]?["value"] != nil && e[key]?["field"] != nil {
            log.error(e[key]!.location, e.childPath(key), "takes a \"field\" or a \"value\", not both")
            refused.insert(key)
        }
        for key in ["opacity", "strokeDash", "size"] where e.has(key) && e[key]?["value"] == nil {
            log.error(e[key]!.location, e.childPath(key), "driven by a field is not supported yet; give a constant {\"value\": …} or split the data into layers")
        }
        for (key, why) in interactive.sorted(by: { $0.key < $1.key }) where e.has(key) {
            log.warning(e[key]!.location, e.childPath(key), "is not applied: \(why)")
        }
        for key in unsupported where e.has(key) {
            log.error(e[key]!.location, e.childPath(key), "is a Vega-Lite channel this tool does not draw yet")
        }
        if let mark, mark != .text, e.has("text") {
            log.error(e["text"]!.location, e.childPath("text"), "applies to text marks; for values written on a \(mark.rawValue) mark, use \"mark\": {\"type\": \"\(mark.rawValue)\", \"labels\": true}")
            refused.insert("text")
        }
        for key in facets where e.has(key) && !facetsAllowed {
            log.error(e[key]!.location, e.childPath(key), "makes small multiples of a whole view; it cannot stand in a layer or a panel")
        }
        return refused
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
