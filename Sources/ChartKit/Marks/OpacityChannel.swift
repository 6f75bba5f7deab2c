// Vega-Lite's opacity from a quantitative field: a linear scale from the values' extent (no
// zero, Vega-Lite's default for opacity) onto config.scale [minOpacity, maxOpacity] =
// [0.3, 0.8], shared by the chart's layers; each mark takes its row's alpha, over the mark's
// own opacity (an encoding wins over a mark property in Vega-Lite).

enum OpacityChannel {
    static let defaultRange = (0.3, 0.8)

    /// Sets each point's alpha and the model's opacity scale.
    static func apply(_ model: inout CartesianModel) {
        let layers = model.layers.filter { $0.layer.opacity != nil }
        guard let field = layers.first?.layer.opacity else { return }
        let values = layers.flatMap { l in l.series.flatMap { $0.points.compactMap(\.opacity) } }
        var domain = (values.min() ?? 0, values.max() ?? 1)
        if let d = field.channel.scale?.domain.flatMap(SizeRange.numbers), d.count == 2 { domain = (d[0], d[1]) }
        let scale = LinearScale(domain: domain, range: SizeRange.of(field.channel.scale, defaults: defaultRange))
        model.opacityScale = scale
        model.opacityField = field
        for li in model.layers.indices where model.layers[li].layer.opacity != nil {
            for si in model.layers[li].series.indices {
                for pi in model.layers[li].series[si].points.indices {
                    guard let v = model.layers[li].series[si].points[pi].opacity else { continue }
                    model.layers[li].series[si].points[pi].alpha = max(0, min(1, scale(v)))
                }
            }
        }
    }

    /// A mark's colour with its row's alpha, when an opacity field gives one.
    static func paint(_ color: Color, _ p: SeriesPoint) -> Color {
        p.alpha.map { color.withAlpha($0) } ?? color
    }
}
