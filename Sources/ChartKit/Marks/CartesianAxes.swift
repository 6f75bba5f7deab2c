// The y axes of a layered chart: tick labels (left: right-aligned; right: left-aligned) and
// titles turned along the axis; a right-hand axis with one series takes its colour (darkened
// when pale), so the reader knows whose axis it is.

extension CartesianCompiler {
    static func drawYAxis(_ a: YAxis, scale: LinearScale, onRight: Bool, plot: Rect, region: Rect, style axisStyle: AxisStyle,
                          into b: SceneBuilder) {
        for t in a.axis.ticks {
            let p = scale(t)
            let run = onRight
                ? b.text(a.axis.format.string(t), axisStyle.label, at: Point(plot.maxX + axisStyle.labelPadding, p), h: .start, v: .middle)
                : b.text(a.axis.format.string(t), axisStyle.label, at: Point(plot.x - axisStyle.labelPadding, p), h: .end, v: .middle)
            b.add(run, .axisLabel)
        }
        guard let t = a.title else { return }
        var ts = axisStyle.title
        if let c = a.color { ts.color = c.luminance > 0.45 ? Color(r: c.r * 0.7, g: c.g * 0.7, b: c.b * 0.7) : c }
        if onRight {
            let widest = a.axis.ticks.map { b.measurer.measure(a.axis.format.string($0), font: axisStyle.label.font).width }.max() ?? 0
            let rightEdge = plot.maxX + widest + axisStyle.labelPadding + axisStyle.titlePadding
            // Turned clockwise, the text's bottom edge faces right: anchor it there so the
            // title sits outside the tick labels.
            b.add(b.text(t, ts, at: Point(rightEdge, plot.midY), h: .middle, v: .bottom, angle: 90), .axisTitle)
        } else {
            b.add(b.text(t, ts, at: Point(region.x, plot.midY), h: .middle, v: .top, angle: -90), .axisTitle)
        }
    }
}
