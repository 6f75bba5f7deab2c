// The encoding channels a layer may carry, in Vega-Lite's words, and what becomes of each:
// field channels the grammar binds to data; `{"value": …}` constants that set a mark property
// (Vega-Lite's meaning: the same for every mark); and Vega-Lite channels this project does not
// draw yet, each refused by name rather than dropped.

enum EncodingChannels {
    /// Channels bound to a field (decoded by `SpecDecoder.decodeChannel`).
    static let fields = ["x", "y", "x2", "y2", "color", "xOffset", "yOffset", "detail", "text", "region",
                         "size", "shape", "strokeDash", "order", "opacity"]
    /// Channels that take a constant `{"value": …}` here.
    static let constants = ["color", "opacity", "strokeDash", "size", "shape"]
    /// Facet channels: a single view becomes a small multiple (see FacetDecoder).
    static let facets = ["row", "column", "facet"]
    /// Vega-Lite channels not drawn yet.
    static let unsupported = ["strokeWidth", "fillOpacity",
                              "strokeOpacity", "angle", "theta", "theta2", "radius", "radius2", "latitude", "longitude",
                              "latitude2", "longitude2", "url", "xError", "xError2", "yError", "yError2"]
    /// Vega-Lite channels for a live page (tooltips, links, screen-reader text, animation
    /// keys): a file cannot use them and dropping them changes no mark, so they warn.
    static let interactive = ["tooltip": "a file shows no tooltips", "href": "a file has no links to follow",
                              "description": "a file has no per-mark screen-reader text", "key": "a file is not animated"]
    /// Every key an encoding object may hold without an "unknown key" error.
    static let allKeys = Array(Set(fields + constants + facets + unsupported + interactive.keys + ["text"] + ColorAliases.keys)).sorted()

    /// Sets the mark properties an encoding gives as constants (`{"value": …}` on colour,
    /// opacity, strokeDash, size, and a text mark's words). `skipping`: keys the layer's own
    /// encoding gave (an inherited encoding yields to them). Returns the field channels taken
    /// as constants, which are then not decoded as fields.
    static func applyConstants(_ e: ObjectReader, skipping: Set<String> = [], to mark: inout MarkSpec, log: DiagnosticLog) -> Set<String> {
        var taken = Set<String>()
        for key in constants where !skipping.contains(key) {
            guard let node = e[key], node["value"] != nil || node["condition"] != nil, node["field"] == nil else { continue }
            taken.insert(key)
            guard let r = ObjectReader(node, path: e.childPath(key), log: log, keys: ["value", "condition"]) else { continue }
            if let value = r["value"] { apply(key, value, path: r.childPath("value"), to: &mark, log: log) }
            if let c = r["condition"], let conditions = ValueConditions.decode(c, channel: key, path: r.childPath("condition"), log: log) {
                mark.colorConditions = conditions
            }
        }
        if mark.type == .text, !skipping.contains("text"), let value = e["text"]?["value"] {
            taken.insert("text")
            if case .string(let words) = value.value, !words.isEmpty { mark.textValue = words } else {
                log.error(value.location, "\(e.childPath("text")).value", "must be the words to write, found \(value.kindName)")
            }
        }
        return taken
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

    static func apply(_ key: String, _ value: JSONNode, path: String, to mark: inout MarkSpec, log: DiagnosticLog) {
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
        case ("size", .number(let s)) where [.line, .rule].contains(mark.type) && s > 0 && s <= 50:
            mark.strokeWidth = s  // a line's or rule's size is its stroke width (Vega-Lite)
        case ("size", .number(let s)) where [.point, .circle, .square].contains(mark.type) && s >= 0 && s <= 10_000:
            mark.size = s  // a symbol's size is its area in px²
        case ("size", .number(let s)) where mark.type == .text && s > 0 && s <= 200:
            mark.size = s  // a text mark's size is its font size
        case ("strokeDash", _) where mark.type != .line:
            log.error(value.location, path, "a constant \(key) is supported on line marks only so far")
        case ("shape", .string(let s)) where mark.type == .point:
            guard let shape = SymbolShape(rawValue: s) else {
                log.error(value.location, path, "\"\(Quote.short(s))\" is not a shape (available: \(ObjectReader.quoted(SymbolShape.allCases.map(\.rawValue))))")
                return
            }
            mark.shape = shape
        case ("shape", _) where mark.type != .point:
            log.error(value.location, path, "a shape is drawn on point marks (Vega-Lite's circle and square marks keep their shape)")
        case ("size", _) where [.bar, .tick, .area, .rect, .region].contains(mark.type):
            log.error(value.location, path, "a constant size is supported on lines and rules (stroke width), symbols (area) and text (font size) so far")
        default:
            let expected = ["color": "a colour such as \"#c0392b\"", "opacity": "a number from 0 to 1",
                            "strokeDash": "an array of dash lengths such as [4, 3]", "shape": "a shape name such as \"triangle-up\"", "size": [.line, .rule].contains(mark.type) ? "a stroke width from 0 to 50"
                                : (mark.type == .text ? "a font size from 0 to 200" : "an area in px² from 0 to 10000")][key]!
            log.error(value.location, path, "must be \(expected), found \(value.kindName)")
        }
    }
}
