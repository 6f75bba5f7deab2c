// Text and rule marks drawn from data in a layered chart (Vega-Lite's meaning): a text mark
// writes each row's words centred on its position, moved by dx/dy; a rule with y and y2 is a
// vertical segment at x (ranges, error bars). Rules along one axis only became reference rules
// at resolve time (RuleLayers.swift).

extension CartesianCompiler {
    /// Words in the series colour when a colour field splits them, else the mark's colour or
    /// the style's text colour. Unlike value labels they are drawn where the spec puts them,
    /// collisions or not, and other labels then keep clear of them.
    static func textMarks(_ l: LayerModel, xPos: (Double) -> Double, yScale: LinearScale, plot: Rect, style: Style,
                          builder b: SceneBuilder, obstacles: inout RectIndex, warnings: inout [String]) -> [SceneNode] {
        var nodes: [SceneNode] = []
        var outside = 0
        let fixed = l.layer.mark.fixedTextColor
        for s in l.series {
            var ts = l.layer.mark.textStyle(style.bar.label)
            // A size from the encoding ({"value": …}) is the font size, over the mark's own.
            if let size = l.layer.mark.size { ts.font.size = size }
            ts.color = l.layer.color != nil ? s.color : (fixed ?? ts.color)
            ts.color = ts.color.withAlpha(ts.color.a * (l.layer.mark.opacity ?? 1))
            for p in s.points {
                guard let y = p.y, let words = p.text, !words.isEmpty else { continue }
                var pts = ts
                if let c = p.color { pts.color = c.withAlpha(c.a * (l.layer.mark.opacity ?? 1)) }
                pts.color = OpacityChannel.paint(pts.color, p)
                let run = l.layer.mark.atRow(p.row, in: l.layer.table).textRun(words, pts, at: Point(xPos(p.x), yScale(y)), builder: b)
                nodes.append(.text(run, role: .textMark(series: s.name)))
                obstacles.insert(run.bounds)
                if !plot.insetBy(-1).contains(run.bounds) { outside += 1 }
            }
        }
        if outside > 0 {
            warnings.append("\(l.layer.mark.path): \(outside) of \(nodes.count) texts reach outside the plot and may cover titles or axes; change dx/dy or widen the scale's domain")
        }
        return nodes
    }

    /// Segments from y2 to y at each x (or, on bands, from x to x2 at y: CartesianModel.bandRule),
    /// in the series colour or the style's rule colour.
    static func ruleMarks(_ l: LayerModel, xPos: (Double) -> Double, yScale: LinearScale, style: Style) -> [SceneNode] {
        let across = CartesianModel.bandRule(l.layer)
        // xPos carries the mark's xOffset; the far end moves by x2Offset instead.
        let x2Shift = (l.layer.mark.props.x2Offset ?? 0) - (l.layer.mark.props.xOffset ?? 0)
        var nodes: [SceneNode] = []
        let fixed = l.layer.mark.color.flatMap { Color(parsing: $0.value) }
        for s in l.series {
            var color = l.layer.color != nil ? s.color : (fixed ?? style.axis.title.color)
            color = color.withAlpha(color.a * (l.layer.mark.opacity ?? 1))
            let stroke = Stroke(color: color, width: l.layer.mark.strokeWidth ?? 1.5, dash: l.layer.mark.strokeDash)
            for p in s.points {
                guard let y = p.y, let end = across ? p.x2 : p.y2 else { continue }
                let x = xPos(p.x)
                var stroke = stroke
                if let c = p.color { stroke.color = c.withAlpha(c.a * (l.layer.mark.opacity ?? 1)) }
                stroke.color = OpacityChannel.paint(stroke.color, p)
                let from = across ? Point(x, yScale(y)) : Point(x, yScale(end))
                let to = across ? Point(xPos(end) + x2Shift, yScale(y)) : Point(x, yScale(y))
                nodes.append(.path([.move(from), .line(to)], fill: nil, stroke: stroke, role: .ruleMark(series: s.name)))
            }
        }
        return nodes
    }
}
