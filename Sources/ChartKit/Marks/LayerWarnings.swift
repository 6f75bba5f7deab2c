// Keys that a chart accepts but that cannot take effect where they are written. Nothing may
// vanish without a word: each such key gives a warning naming it, what happens instead and
// what to write.

enum LayerWarnings {
    static func of(_ chart: Chart) -> [String] {
        var out: [String] = []
        for layer in chart.layers {
            guard let value = valueChannel(layer), value.channel.stack != nil else { continue }
            if layer.color == nil {
                out.append("\(value.channel.path).stack has nothing to stack: no colour field splits this layer into series, "
                           + "so its \(layer.mark.type.rawValue)s are drawn from zero, none on another; to stack several columns, put their values in one column and name the series with a colour field")
            }
        }
        // Layers set side by side by their offset datums are not over each other.
        let bars = chart.layers.indices.filter { chart.layers[$0].mark.type == .bar && OffsetDatums.of(chart.layers[$0]) == nil }
        if bars.count > 1 {
            let paths = bars.map { chart.layers[$0].path }.joined(separator: ", ")
            out.append("\(paths) are bar layers drawn over each other at the same x (Vega-Lite does not stack across layers, and "
                       + "neither does ccnt-chart); to stack or group them, put the values in one layer with a colour field naming the series")
        }
        return out
    }

    /// The quantitative position channel of a layer (y for vertical bars and every non-bar).
    private static func valueChannel(_ layer: ResolvedLayer) -> Field? {
        if layer.mark.type == .bar, layer.x?.type == .quantitative, layer.y?.type != .quantitative { return layer.x }
        return layer.y
    }
}
