// Areas and ticks of a layered chart (CartesianCompiler draws the layers in order).

extension CartesianCompiler {
    /// Each series filled between its intervals' ends (a stack's, or zero and the value), one
    /// path per run of present values: a missing value breaks an unstacked area, never drops
    /// it to zero; a stack treats it as adding nothing, so the run goes on. Both edges follow
    /// the mark's interpolation; a line overlay strokes the top edge, a point overlay marks
    /// each value.
    static func areaMarks(_ l: LayerModel, intervals: [[(Double, Double)?]], xPos: (Double) -> Double, yScale: LinearScale,
                          style: Style, obstacles: inout RectIndex, markers: inout RectIndex) -> [SceneNode] {
        var nodes: [SceneNode] = []
        let mark = l.layer.mark
        let overlaid = mark.props.lineOverlay != nil || mark.props.pointOverlay != nil
        // Vega-Lite lightens an area under its overlays to 0.7 unless the opacity is given.
        let opacity = mark.opacity ?? mark.props.fillOpacity ?? (overlaid ? 0.7 : style.area.opacity)
        let interpolation = mark.props.interpolate ?? .linear
        let tension = mark.props.tension ?? 0
        for (si, s) in l.series.enumerated() {
            var run: [(x: Double, y0: Double, y1: Double)] = []
            func flush() {
                defer { run.removeAll() }
                guard run.count >= 2 else { return }
                let top = run.map { Point(xPos($0.x), yScale($0.y1)) }
                let bottom = run.reversed().map { Point(xPos($0.x), yScale($0.y0)) }
                let cmds = interpolation.path(top, tension: tension) + interpolation.path(bottom, tension: tension, continuing: true) + [.close]
                if let g = mark.colorGradient {
                    let box = PlaneGeometry.bounds([top + bottom])
                    nodes.append(.gradientPath(cmds, gradient: g.over(box, opacity: opacity), stroke: mark.outline(nil), role: .area(series: s.name, layer: l.index)))
                } else {
                    nodes.append(.path(cmds, fill: s.color.withAlpha(opacity), stroke: mark.outline(nil), role: .area(series: s.name, layer: l.index)))
                }
                if let line = mark.props.lineOverlay {
                    let color = (line.color ?? s.color).withAlpha(line.opacity ?? 1)
                    nodes.append(.path(interpolation.path(top, tension: tension), fill: nil,
                                       stroke: Stroke(color: color, width: line.strokeWidth ?? style.line.width, dash: line.strokeDash),
                                       role: .line(series: s.name, layer: l.index)))
                }
            }
            for (pi, p) in s.points.enumerated() {
                if let (v0, v1) = intervals[si][pi], l.stack != nil || p.y != nil { run.append((p.x, v0, v1)) }
                else if mark.props.joinsAcrossInvalid != true { flush() }
            }
            flush()
            if let o = mark.props.pointOverlay {
                nodes += overlayPoints(o, s, intervals: intervals[si], xPos: xPos, yScale: yScale, style: style,
                                       obstacles: &obstacles, markers: &markers)
            }
        }
        return nodes
    }

    /// An area's point overlay: a point at each value's top (a stack's top edge).
    static func overlayPoints(_ o: PointOverlay, _ s: Series, intervals: [(Double, Double)?], xPos: (Double) -> Double,
                              yScale: LinearScale, style: Style, obstacles: inout RectIndex, markers: inout RectIndex) -> [SceneNode] {
        let paint = SymbolPaint.overlay(o)
        let color = (o.color ?? s.color).withAlpha(o.opacity ?? 1)
        var nodes: [SceneNode] = []
        for (pi, p) in s.points.enumerated() {
            guard let y = p.y, let (_, top) = intervals[pi] else { continue }
            let c = Point(xPos(p.x), yScale(top))
            nodes.append(paint.node(at: c, color: color, radius: style.line.pointRadius, style: style, role: .point(series: s.name, value: y)))
            let box = Rect(x: c.x - 4, y: c.y - 4, width: 8, height: 8)
            obstacles.insert(box)
            markers.insert(box)
        }
        return nodes
    }

    /// Vega-Lite's tick: a short stroke across the x position at each value (`length`: three
    /// quarters of a band on a band axis); each is an obstacle for labels placed later.
    static func tickMarks(_ l: LayerModel, xPos: (Double) -> Double, yScale: LinearScale, length: Double,
                          obstacles: inout RectIndex, markers: inout RectIndex) -> [SceneNode] {
        var nodes: [SceneNode] = []
        // Vega-Lite's tick: `thickness` across, `size` along (its length).
        let thickness = l.layer.mark.props.thickness ?? l.layer.mark.strokeWidth ?? 2
        let upright = StripPlot.isStripY(l.y)
        let length = l.layer.mark.props.size ?? (upright ? 0.75 * abs(yScale.range.0 - yScale.range.1) : length)
        for s in l.series {
            for p in s.points {
                guard let y = p.y else { continue }
                let c = Point(xPos(p.x), yScale(y))
                // Across a strip (no y) the tick stands upright; on a y value it lies along x.
                let half = upright ? Point(0, length / 2) : Point(length / 2, 0)
                nodes.append(.path([.move(Point(c.x - half.x, c.y - half.y)), .line(Point(c.x + half.x, c.y + half.y))], fill: nil,
                                   stroke: Stroke(color: OpacityChannel.paint((p.color ?? s.color).withAlpha(l.layer.mark.opacity ?? 1), p), width: thickness, dash: []),
                                   role: .point(series: s.name, value: y)))
                let box = upright ? Rect(x: c.x - thickness, y: c.y - length / 2, width: 2 * thickness, height: length)
                    : Rect(x: c.x - length / 2, y: c.y - thickness, width: length, height: 2 * thickness)
                markers.insert(box)
                obstacles.insert(box)
            }
        }
        return nodes
    }
}
