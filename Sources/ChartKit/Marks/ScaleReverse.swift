// Vega-Lite's reversed position scales: `"scale": {"reverse": true}`, or `"sort": "descending"`
// on a quantitative or temporal field (where there is nothing to order, Vega-Lite's sort turns
// the axis round: it starts at the maximum; a population pyramid's left half grows leftwards).
// The scale's range is swapped, so marks, ticks, grid lines and labels all follow. Drawn on
// the value axes of bar charts and on the continuous x and value y of layered charts; anywhere
// else a reversed scale is an error naming it.

extension Field {
    /// Whether this field's position scale runs backwards (an explicit `reverse` wins).
    var reversed: Bool { channel.scale?.reverse?.value ?? (!type.isDiscrete && channel.sort == .descending) }
}

enum ScaleReverse {
    /// `range`, swapped when `field`'s scale is reversed.
    static func range(_ range: (Double, Double), for field: Field?) -> (Double, Double) {
        field?.reversed == true ? (range.1, range.0) : range
    }

    /// Errors for reversed scales the chart's compiler would not reverse. `cartesian`: drawn by
    /// CartesianCompiler; else a chart of bars is drawn by BarChartCompiler.
    static func check(_ chart: Chart, cartesian: Bool, log: DiagnosticLog) {
        let bars = !cartesian && !RectCompiler.handles(chart) && !RegionChartCompiler.handles(chart)
            && chart.layers.contains { $0.mark.type == .bar }
        for layer in chart.layers {
            for (key, field) in [("x", layer.x), ("y", layer.y)] {
                guard let field, field.reversed else { continue }
                let drawn: Bool
                if cartesian { drawn = key == "x" ? !field.type.isDiscrete : field.type == .quantitative }
                else { drawn = bars && field.type == .quantitative }
                guard !drawn else { continue }
                let (at, path) = field.channel.scale?.reverse.map { ($0.location, $0.path) }
                    ?? (field.channel.sortLocation ?? field.channel.location, "\(field.channel.path).sort")
                log.error(at, path, field.type.isDiscrete
                          ? "reverses a scale of categories, which is not drawn yet; order them with \"sort\""
                          : "reverses the axis, which is drawn on bar charts' value axes and on layered charts' continuous x and y so far")
            }
            // Value labels of a layered chart stand above their values; on a y that runs
            // downwards they would sit at the bars' bases.
            if cartesian, let y = layer.y, y.reversed, layer.mark.labels || layer.mark.totalLabels {
                log.error(layer.mark.location, "\(layer.mark.path).labels", "value labels on a reversed y axis are placed on bar charts only so far; write them with a text layer")
            }
            for field in [layer.color, layer.size, layer.opacity, layer.shape, layer.strokeDash].compactMap({ $0 }) {
                guard let r = field.channel.scale?.reverse, r.value else { continue }
                log.error(r.location, r.path, "is applied to x and y scales so far")
            }
        }
    }
}
