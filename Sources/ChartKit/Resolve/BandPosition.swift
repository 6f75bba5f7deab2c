// Vega-Lite's `bandPosition` on a position channel: where in its band a mark sits (0 the
// band's start, 0.5 its centre). It is accepted where it names what the compilers draw, and
// an error naming it anywhere else:
// - 0.5 on the categories (nominal or ordinal) of a point, line, text, tick or rule layer: the
//   compilers put those marks at the band's centre;
// - 0 on the time unit of a bar chart's categories (bar_month_temporal_band_center): Vega-Lite
//   centres each bar on its unit's start, where the axis writes its label; the bar compiler
//   draws a band per unit with its label at the centre, which is the same picture.

enum BandPosition {
    static func check(_ chart: Chart, log: DiagnosticLog) {
        for layer in chart.layers {
            let fields = [layer.x, layer.y, layer.x2, layer.y2, layer.color, layer.xOffset, layer.yOffset, layer.detail,
                          layer.text, layer.size, layer.shape, layer.strokeDash, layer.order, layer.opacity]
            for f in fields.compactMap({ $0 }) {
                guard let p = f.channel.bandPosition, let why = refusal(p.value, f, layer, chart) else { continue }
                log.error(p.location, p.path, why)
            }
        }
    }

    /// Why this band position cannot be drawn as Vega-Lite draws it; nil when it is what is drawn.
    static func refusal(_ value: Double, _ f: Field, _ layer: ResolvedLayer, _ chart: Chart) -> String? {
        let position = [layer.x, layer.y].contains { $0?.channel.path == f.channel.path }
        guard position else { return "is a position in a band: it applies to x and y only" }
        let centred: Set<MarkType> = [.point, .circle, .square, .line, .text, .tick, .rule]
        if f.type.isDiscrete && centred.contains(layer.mark.type) && value == 0.5 { return nil }
        // Along a stacked segment of a horizontal chart (HorizontalStacks).
        if f.channel.path == layer.x?.channel.path, f.channel.stack != nil, layer.mark.type != .rule, layer.mark.type != .bar,
           HorizontalLayers.handles(chart) { return nil }
        let barModel = !RegionChartCompiler.handles(chart) && !RectCompiler.handles(chart) && !CartesianModel.handles(chart)
            && !HorizontalLayers.handles(chart)
        let singleBars = barModel && layer.mark.type == .bar
        if singleBars && f.type == .temporal && f.channel.timeUnit != nil && value == 0 { return nil }
        return "\(Format.plain(value)) is not drawn yet: marks sit at the centre of their band (0.5) for categories, "
            + "and bars of a time unit are centred on their label (0)"
    }
}
