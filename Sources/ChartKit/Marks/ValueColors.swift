// A quantitative colour field on symbols (point, circle, square) of a chart with axes: each
// mark takes the colour of its value on a colour scale — the scales maps and heatmaps use
// (RegionModel.buildScale: linear, domainMid, threshold, quantize, schemes) — and the chart
// draws that scale's gradient (or classed) legend. A value condition, where one holds, wins.

struct ValueColors: Sendable {
    var field: Field
    var scale: ColorScale
    var legend: MapLegendContent
    /// Per row of the layer's table: its colour (nil where the value is missing).
    var rowColors: [Color?]

    /// Symbols coloured by numbers; other marks split series by a colour field.
    static func applies(_ layer: ResolvedLayer) -> Bool {
        layer.color?.type == .quantitative && ([.point, .circle, .square].contains(layer.mark.type) || RectSpans.applies(layer))
    }

    static func build(_ layer: ResolvedLayer, style: Style, log: DiagnosticLog) -> ValueColors? {
        guard let c = layer.color, case .success(let numbers) = layer.table.numbers(column: c.column) else { return nil }
        var data: [Int: RegionDatum] = [:]
        for (i, v) in numbers.enumerated() { data[i] = RegionDatum(row: i, value: v) }
        guard let (scale, legend) = RegionModel.buildScale(c, data: data, style: style, log: log) else { return nil }
        let colors = numbers.map { v -> Color? in
            guard let v else { return nil }
            switch scale {
            case .continuous(let s): return s.color(v)
            case .classed(let s): return s.color(v)
            case .categorical: return nil
            }
        }
        return ValueColors(field: c, scale: scale, legend: legend, rowColors: colors)
    }

    /// The legend as drawn: where the channel's legend puts it (the style's place by default);
    /// nil when hidden.
    func mapLegend(style: Style) -> (MapLegend, LegendOrient)? {
        guard field.channel.legend?.hidden != true else { return nil }
        let l = MapLegend(content: legend, title: field.title, noData: nil, style: style, gradientLength: field.channel.legend?.gradientLength)
        return (l, field.channel.legend?.orient ?? style.legend.orient)
    }
}
