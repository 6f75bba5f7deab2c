// Vega-Lite layers that draw at constant positions, as this project's annotations:
//
//   {"mark": "rule", "encoding": {"y": {"datum": 13.5}}}       → a rule at 13.5 across the plot
//   {"mark": "rule", "encoding": {"x": {"datum": 2025}}}       → a rule at 2025 down the plot
//   {"mark": {"type": "text", "dx": 8, "dy": -6},
//    "encoding": {"x": {"datum": 2022}, "y": {"datum": 2.22},
//                 "text": {"value": "+12.8% vs 2020"}}}        → a callout at (2022, 2.22)
//
// A `datum` is a value in the data's domain (Vega-Lite's meaning), so the annotation machinery
// that already places rules and words on every axis kind draws them; the house style gives them
// its rule colour and dash. Rule and text layers driven by fields are not supported yet.

enum DatumLayers {
    /// The annotation a layer stands for, when it is a rule or text layer; `nil` otherwise
    /// (an ordinary layer). `handled` tells whether the layer was one of these (even if it had
    /// errors, which are logged).
    static func annotation(_ layer: ObjectReader, path: String, inherited: ObjectReader?, log: DiagnosticLog) -> (handled: Bool, AnnotationSpec?) {
        guard let markNode = layer["mark"] else { return (false, nil) }
        let type: String?
        switch markNode.value {
        case .string(let s): type = s
        case .object: if case .string(let s)? = markNode["type"]?.value { type = s } else { type = nil }
        default: type = nil
        }
        guard let kind = type, kind == "rule" || kind == "text" else { return (false, nil) }
        // Driven by a field, the layer is an ordinary one: marks from data, not an annotation.
        let ownEncoding = layer["encoding"]
        if ["x", "y", "x2", "y2", "text"].contains(where: { ownEncoding?[$0]?["field"] != nil }) || inherited?["text"]?["field"] != nil {
            return (false, nil)
        }
        let markPath = ObjectReader.join(path, "mark")
        // Mark properties: a colour; for text, the offsets, the anchoring and the words.
        var color: Located<String>?
        var dx = 0.0, dy = 0.0
        var align: HorizontalAnchor?, baseline: VerticalAnchor?, markWords: String?
        var pixelX: PixelPosition?
        let textKeys = ["type", "color", "dx", "dy", "align", "baseline", "text", "x", "y"]
        if markNode.members != nil, let m = ObjectReader(markNode, path: markPath, log: log, keys: kind == "text" ? textKeys : ["type", "color"]) {
            if let c = m.string("color"), let n = m["color"] { color = Located(c, at: n.location, path: m.childPath("color")) }
            dx = m.number("dx", min: -2000, max: 2000) ?? 0
            dy = m.number("dy", min: -2000, max: 2000) ?? 0
            align = m.choice("align", TextAlign.allCases.map(\.rawValue)).flatMap(TextAlign.init).map(\.anchor)
            baseline = m.choice("baseline", TextBaseline.allCases.map(\.rawValue)).flatMap(TextBaseline.init).map(\.anchor)
            if let n = m["text"] { markWords = MarkProperties.words(n, path: m.childPath("text"), log: log) }
            pixelX = PixelPosition.decode(m, "x", extentName: "width", log: log)
            if let n = m["y"] {
                log.error(n.location, m.childPath("y"), "a pixel position for y on a text layer drawn at datums is not drawn yet; give the layer's y a \"datum\"")
            }
        }
        let own = layer.object("encoding", keys: ["x", "y", "text", "color"])
        func channel(_ key: String) -> (JSONNode, String)? {
            if let own, let n = own[key] { return (n, own.childPath(key)) }
            // An inherited field channel (the shared x of a layered chart) is not this layer's
            // position; an inherited datum is.
            if let inherited, let n = inherited[key], n["datum"] != nil || key == "text" { return (n, inherited.childPath(key)) }
            return nil
        }
        var positions: [String: AnnotationValue] = [:]
        for key in ["x", "y"] {
            guard let (node, p) = channel(key) else { continue }
            guard let datum = node["datum"] else {
                log.error(node.location, p, "a \(kind) layer draws at a constant position here: write {\"datum\": …}; \(kind) layers driven by a field are not supported yet")
                return (true, nil)
            }
            switch datum.value {
            case .number(let v): positions[key] = .number(v)
            case .string(let s): positions[key] = .text(s)
            default:
                log.error(datum.location, "\(p).datum", "must be a number, a date or a category, found \(datum.kindName)")
                return (true, nil)
            }
        }
        if let c = own?["color"] { log.error(c.location, own!.childPath("color"), "a colour field on a \(kind) layer is not supported yet; give the mark a \"color\"") }
        let here = layer.node.location
        if kind == "rule" {
            guard positions.count == 1, let (channel, value) = positions.first else {
                log.error(here, path, positions.isEmpty ? "a rule layer needs \"x\" or \"y\" with a \"datum\""
                                                        : "a rule with both x and y is a point; give it one of them (segments are not supported yet)")
                return (true, nil)
            }
            var a = AnnotationSpec(kind: .rule, channel: channel, value: value, location: here, path: path)
            a.color = color
            return (true, a)
        }
        // The mark's pixel x stands for an x datum the layer does not give (a datum wins).
        if positions["x"] == nil, pixelX != nil { positions["x"] = .number(.nan) } else { pixelX = nil }
        guard let x = positions["x"], case .number(let y)? = positions["y"] else {
            log.error(here, path, "a text layer here needs \"x\" and \"y\" datums (y a number)")
            return (true, nil)
        }
        guard let (textNode, textPath) = channel("text") else {
            // Vega-Lite: the mark's own "text" when no channel gives the words.
            if let markWords {
                var a = textAnnotation(x: x, y: y, words: markWords, dx: dx, dy: dy, align: align, baseline: baseline, color: color, at: here, path: path)
                a.pixelX = pixelX
                return (true, a)
            }
            log.error(here, path, "a text layer needs its words: \"text\": {\"value\": \"…\"}")
            return (true, nil)
        }
        guard case .string(let words)? = textNode["value"]?.value, !words.isEmpty else {
            log.error(textNode.location, textPath, textNode["field"] != nil
                      ? "text drawn from a field is not supported yet; write the words as {\"value\": \"…\"}"
                      : "needs the words as {\"value\": \"…\"}")
            return (true, nil)
        }
        var a = textAnnotation(x: x, y: y, words: words, dx: dx, dy: dy, align: align, baseline: baseline, color: color, at: here, path: path)
        a.pixelX = pixelX
        return (true, a)
    }

    /// Words at (x, y), offset and anchored as the text mark says.
    static func textAnnotation(x: AnnotationValue, y: Double, words: String, dx: Double, dy: Double, align: HorizontalAnchor?,
                               baseline: VerticalAnchor?, color: Located<String>?, at here: SourceLocation, path: String) -> AnnotationSpec {
        var a = AnnotationSpec(kind: .text, channel: "x", value: x, location: here, path: path)
        a.pointY = y
        a.color = color
        a.callout = CalloutSpec(text: words, dx: dx, dy: dy, arrow: false, align: align, baseline: baseline)
        return a
    }
}
