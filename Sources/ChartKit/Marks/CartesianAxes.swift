// The y axes of a layered chart: tick labels (left: right-aligned; right: left-aligned) and
// titles turned along the axis; a right-hand axis with one series takes its colour (darkened
// when pale), so the reader knows whose axis it is.

extension CartesianCompiler.YAxis {
    /// The axis's look: the style with its channel's axis properties.
    func look(_ base: AxisStyle) -> AxisLook { AxisLook(base, spec) }

    /// Its labels as written (labelExpr), with their ticks; none when labels are off.
    var labels: [(tick: AxisTick, text: String)] {
        guard spec.axis.showsLabels else { return [] }
        return axis.ticks.map { t in
            let tick = AxisTick(value: .number(t), label: axis.label(t))
            return (tick, spec.axis.label(tick.label, value: tick.value))
        }
    }

    /// The room the axis takes beside the plot: its widest label and its title.
    func width(measurer: TextMeasurer, base: AxisStyle) -> Double {
        let look = look(base), style = look.style
        var w = look.room((labels.map { measurer.measure($0.text, font: style.label.font).width }.max() ?? 0) + style.labelPadding)
        if let t = title { w += measurer.measure(t, font: style.title.font).height + style.titlePadding }
        return w
    }
}

extension CartesianCompiler {
    static func drawYAxis(_ a: YAxis, scale: LinearScale, onRight: Bool, plot: Rect, region: Rect, look: AxisLook,
                          into b: SceneBuilder) {
        let axisStyle = look.style
        var runs: [TextRun] = []
        for (tick, text) in a.labels {
            guard case .number(let t) = tick.value, let ls = look.labelStyle(tick) else { continue }
            let p = scale(t)
            runs.append(onRight
                ? b.text(text, ls, at: Point(plot.maxX + look.offset + axisStyle.labelPadding, p), h: .start, v: .middle)
                : b.text(text, ls, at: Point(plot.x - look.offset - axisStyle.labelPadding, p), h: .end, v: .middle))
        }
        for run in LabelOverlap.policy(a.spec.axis, log: scale.transform.isLog).thin(runs) { b.add(a.spec.axis.offsetting(run, alongX: false), .axisLabel) }
        guard let t = a.title else { return }
        var ts = axisStyle.title
        // A colour of the axis's own wins over its series' colour.
        if let c = a.color, a.spec.axis?.more.titleColor == nil {
            ts.color = c.luminance > 0.45 ? Color(r: c.r * 0.7, g: c.g * 0.7, b: c.b * 0.7) : c
        }
        if onRight {
            let widest = a.labels.map { b.measurer.measure($0.text, font: axisStyle.label.font).width }.max() ?? 0
            let rightEdge = plot.maxX + look.room(widest + axisStyle.labelPadding) + axisStyle.titlePadding
            // Turned clockwise, the text's bottom edge faces right: anchor it there so the
            // title sits outside the tick labels.
            b.add(b.text(t, ts, at: Point(rightEdge, plot.midY), h: .middle, v: .bottom, angle: 90), .axisTitle)
        } else {
            b.add(b.text(t, ts, at: Point(region.x, plot.midY), h: .middle, v: .top, angle: -90), .axisTitle)
        }
    }
}
