// Vega-Lite's `{"step": n}` width or height: the plot is n pixels per band of that axis's
// discrete field. Vega sizes a band scale's range as step × (bands − paddingInner +
// 2 × paddingOuter), and a point scale's as step × (points − 1 + 2 × padding); with
// Vega-Lite's default paddings (0.1 and 0.05 for bands, 0.5 for points) both are step × the
// number of values, which is the plot side PlotSize then grows the figure to.

enum BandStep {
    /// The plot side a step asks for on x (`horizontal`) or y; nil when the spec gives none or
    /// the axis is not one of categories (see `warnings`).
    static func side(_ chart: Chart, horizontal: Bool) -> Double? {
        guard chart.panels.isEmpty, let step = horizontal ? chart.spec.widthStep : chart.spec.heightStep,
              let count = bandCount(chart, horizontal: horizontal) else { return nil }
        if horizontal, let x = chart.layers.first?.x, PointScale.applies(x) {
            return min(SpecDecoder.maximumSide, max(10, PointScale.length(step: step.value, count: count, field: x)))
        }
        return min(SpecDecoder.maximumSide, max(10, step.value * Double(count)))
    }

    /// Steps that cannot be applied: in a figure of panels, or on an axis that is not of categories.
    static func warnings(_ chart: Chart) -> [String] {
        var out: [String] = []
        for (step, horizontal) in [(chart.spec.widthStep, true), (chart.spec.heightStep, false)] {
            guard let step else { continue }
            let side = horizontal ? "width" : "height"
            if !chart.panels.isEmpty {
                out.append("\(step.path): {\"step\": …} in a figure of panels is not applied yet; the style's \(side) is used")
            } else if chart.spec.autosizeFit {
                out.append("\(step.path): {\"step\": …} is not applied with \"autosize\": \"fit\" (the size is the whole figure's); the style's \(side) is used")
            } else if bandCount(chart, horizontal: horizontal) == nil {
                out.append("\(step.path): {\"step\": …} sizes an axis of categories; \(horizontal ? "x" : "y") is continuous here, so the style's \(side) is used")
            }
        }
        return out
    }

    /// The distinct values of the discrete field on x or y, over every layer.
    static func bandCount(_ chart: Chart, horizontal: Bool) -> Int? {
        var values = Set<String>()
        var discrete = false
        for layer in chart.layers {
            guard let f = horizontal ? layer.x : layer.y, f.type.isDiscrete else { continue }
            discrete = true
            for row in layer.table.rows { if let v = row[f.column].categoryText { values.insert(v) } }
            // The other ends of spans across categories are categories of the axis too.
            if let f2 = horizontal ? layer.x2 : layer.y2, f2.type.isDiscrete || f.type.isDiscrete {
                for row in layer.table.rows { if let v = row[f2.column].categoryText { values.insert(v) } }
            }
        }
        return discrete && !values.isEmpty ? values.count : nil
    }
}
