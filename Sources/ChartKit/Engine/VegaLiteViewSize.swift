// Vega-Lite's default view size, for a spec that says it is Vega-Lite (`$schema`) and gives no
// width or height: a continuous axis is 200 px long (config.view.continuousWidth/Height), a
// discrete one 20 px per value (config.view.step). The project's own specs, written without a
// `$schema`, keep the style's size (800 × 500, the newsletters' figure). Single views only:
// small multiples, concatenations and maps keep the figure's size, as before.

enum VegaLiteViewSize {
    static let continuous = 200.0
    static let step = 20.0

    /// The plot side Vega-Lite would give; nil when the spec sizes it or is not Vega-Lite's.
    static func side(_ chart: Chart, horizontal: Bool) -> Double? {
        guard chart.spec.isVegaLite, chart.panels.isEmpty, !chart.spec.autosizeFit, chart.map == nil,
              !chart.layers.isEmpty, !chart.layers.contains(where: { $0.mark.type == .geoshape || $0.mark.type == .region }) else { return nil }
        let fields = chart.layers.compactMap { horizontal ? $0.x : $0.y }
        // A side with no field on it is a strip's (StripPlot), not a view's: it stays as it is.
        guard !fields.isEmpty else { return nil }
        let view = chart.spec.viewConfig
        if fields.contains(where: { $0.type.isDiscrete }), !fields.contains(where: { PointScale.applies($0) }),
           let count = BandStep.bandCount(chart, horizontal: horizontal) {
            if let fixed = horizontal ? view.discreteWidth : view.discreteHeight { return fixed }
            return min(SpecDecoder.maximumSide, max(10, (view.step ?? step) * Double(count)))
        }
        return (horizontal ? view.continuousWidth : view.continuousHeight) ?? continuous
    }
}
