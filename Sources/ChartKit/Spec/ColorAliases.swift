// Vega-Lite's `fill` and `stroke` channels, where they mean the mark's colour: `fill` on a
// filled mark (bars, areas, circles, squares, rects, text, points with "filled": true) and
// `stroke` on a stroked one (lines, rules, outlined points). There they are read as `color`
// (a field, or a constant value; Vega-Lite lets them win over `color`). A fill on a stroked
// mark, or an outline of another colour than a filled mark's fill, is not drawn yet: an error.

enum ColorAliases {
    static let keys = ["fill", "stroke"]

    /// "fill" for a filled mark, "stroke" for a stroked one: the key that is its colour.
    static func colorKey(_ mark: MarkSpec) -> String {
        switch mark.type {
        case .line, .rule: return "stroke"
        case .point: return mark.filled == true ? "fill" : "stroke"
        default: return "fill"
        }
    }

    /// Reads the layer's `fill` and `stroke` (its own, else inherited) into its colour.
    static func apply(own: ObjectReader?, inherited: ObjectReader?, mark: inout MarkSpec, encoding: inout EncodingSpec,
                      decode: (JSONNode, String) -> ChannelSpec?, log: DiagnosticLog) {
        for key in keys {
            guard let e = [own, inherited].compactMap({ $0 }).first(where: { $0.has(key) }), let node = e[key] else { continue }
            let path = e.childPath(key)
            guard key == colorKey(mark) else {
                let why = key == "fill" ? "fills the inside of filled marks; a \(mark.type.rawValue) mark is drawn by its stroke: use \"color\""
                                        : "an outline in another colour than a \(mark.type.rawValue) mark's fill is not drawn yet; use \"color\" for its colour"
                log.error(node.location, path, why)
                continue
            }
            if let value = node["value"], node["field"] == nil {
                EncodingChannels.apply("color", value, path: "\(path).value", to: &mark, log: log)
            } else if encoding.color != nil {
                log.error(node.location, path, "stands beside a colour field: Vega-Lite draws the \(key) from it and the rest from \"color\", which is not supported yet; give one of them")
            } else {
                encoding.color = decode(node, path)
            }
        }
    }
}
