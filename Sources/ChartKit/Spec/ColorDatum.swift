// A `datum` on a colour channel of a layer drawn from data (Vega-Lite): a constant in the
// colour scale's domain, so every mark of the layer takes that value's colour and the legend
// lists it, untitled. `"color": {"datum": "AAPL"}` on one layer and "AMZN" on another (a
// repeated layer) colour the two layers as two categories of one scale, in layer order.
// Here the constant becomes a column of the layer's table that the colour channel reads, with
// the datums of every layer as the scale's domain, so the series machinery draws it.
// An `xOffset` (or `yOffset`) datum is the same on the offset scale: repeated bar layers, each
// with its own datum, stand side by side in each band (bar_grouped_repeated).

enum ColorDatum {
    /// The column a colour datum is read from.
    static let columnName = "(colour datum)"

    static func isColorChannel(_ path: String) -> Bool {
        ["color", "fill", "stroke"].contains { path == $0 || path.hasSuffix(".\($0)") }
    }

    static func isOffsetChannel(_ path: String) -> Bool {
        ["xOffset", "yOffset"].contains { path == $0 || path.hasSuffix(".\($0)") }
    }

    /// The column an offset datum is read from.
    static func offsetColumn(_ key: String) -> String { "(\(key) datum)" }

    /// The datum as text: a string, a number or a boolean, as a category.
    static func decode(_ r: ObjectReader, log: DiagnosticLog) -> Located<String>? {
        guard let n = r["datum"] else { return nil }
        switch n.value {
        case .string(let s): return Located(s, at: n.location, path: r.childPath("datum"))
        case .number(let v): return Located(Format.plain(v), at: n.location, path: r.childPath("datum"))
        case .bool(let b): return Located(b ? "true" : "false", at: n.location, path: r.childPath("datum"))
        default:
            log.error(n.location, r.childPath("datum"), "must be a category (a string or a number), found \(n.kindName)")
            return nil
        }
    }

    /// Every layer's colour datum, in layer order, each once: the colour scale's domain.
    static func domain(_ layers: [LayerSpec], channel: KeyPath<EncodingSpec, ChannelSpec?> = \.color) -> [Located<String>] {
        var out: [Located<String>] = []
        for l in layers {
            if let d = l.encoding[keyPath: channel]?.categoryDatum, !out.contains(where: { $0.value == d.value }) { out.append(d) }
        }
        return out
    }

    /// A colour scale written on another layer's field: layers share one colour scale, so a
    /// datum listed in its domain takes the colour its range gives that place.
    static func writtenScale(_ layers: [LayerSpec]) -> ScaleSpec? {
        layers.lazy.compactMap { l in l.encoding.color.flatMap { $0.categoryDatum == nil ? $0.scale : nil } }.first { $0.domain != nil }
    }

    /// Rewrites a layer whose colour is a datum to read it from a constant column.
    static func column(_ layer: inout LayerSpec, table t: inout DataTable, domain: [Located<String>], shared: ScaleSpec? = nil,
                       channel: WritableKeyPath<EncodingSpec, ChannelSpec?> = \.color, name: String = columnName) {
        guard var ch = layer.encoding[keyPath: channel], let datum = ch.categoryDatum else { return }
        t = t.setting(name, [DataValue](repeating: .text(datum.value), count: t.rowCount))
        ch.field = Located(name, at: datum.location, path: datum.path)
        if ch.type == nil { ch.type = Located(.nominal, at: datum.location, path: datum.path) }
        if ch.title == nil { ch.title = .some(nil) }
        var scale = ch.scale ?? shared ?? ScaleSpec()
        if scale.domain == nil { scale.domain = domain.map { JSONNode(.string($0.value), at: $0.location) } }
        ch.scale = scale
        layer.encoding[keyPath: channel] = ch
    }

    /// Offset datums of every layer: constant columns on one offset scale per channel.
    static func offsetColumns(_ layer: inout LayerSpec, table t: inout DataTable, layers: [LayerSpec]) {
        for (key, channel) in [("xOffset", \EncodingSpec.xOffset), ("yOffset", \EncodingSpec.yOffset)] {
            column(&layer, table: &t, domain: domain(layers, channel: channel), channel: channel, name: offsetColumn(key))
        }
    }
}
