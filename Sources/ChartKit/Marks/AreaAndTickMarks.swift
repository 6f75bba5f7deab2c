// Areas and ticks of a layered chart (CartesianCompiler draws the layers in order).

extension CartesianCompiler {
    /// Each series filled between its intervals' ends (a stack's, or zero and the value), one
    /// path per run of present values: a missing value breaks an unstacked area, never drops
    /// it to zero; a stack treats it as adding nothing, so the run goes on.
    static func areaMarks(_ l: LayerModel, intervals: [[(Double, Double)?]], xPos: (Double) -> Double, yScale: LinearScale,
                          style: Style) -> [SceneNode] {
        var nodes: [SceneNode] = []
        let opacity = l.layer.mark.opacity ?? style.area.opacity
        for (si, s) in l.series.enumerated() {
            var run: [(x: Double, y0: Double, y1: Double)] = []
            func flush() {
                guard run.count >= 2 else { run.removeAll(); return }
                var cmds: [PathCommand] = [.move(Point(xPos(run[0].x), yScale(run[0].y1)))]
                for r in run.dropFirst() { cmds.append(.line(Point(xPos(r.x), yScale(r.y1)))) }
                for r in run.reversed() { cmds.append(.line(Point(xPos(r.x), yScale(r.y0)))) }
                cmds.append(.close)
                nodes.append(.path(cmds, fill: s.color.withAlpha(opacity), stroke: nil, role: .area(series: s.name, layer: l.index)))
                run.removeAll()
            }
            for (pi, p) in s.points.enumerated() {
                if let (v0, v1) = intervals[si][pi], l.stack != nil || p.y != nil { run.append((p.x, v0, v1)) } else { flush() }
            }
            flush()
        }
        return nodes
    }

    /// Vega-Lite's tick: a short stroke across the x position at each value (`length`: three
    /// quarters of a band on a band axis); each is an obstacle for labels placed later.
    static func tickMarks(_ l: LayerModel, xPos: (Double) -> Double, yScale: LinearScale, length: Double,
                          obstacles: inout RectIndex, markers: inout RectIndex) -> [SceneNode] {
        var nodes: [SceneNode] = []
        let thickness = l.layer.mark.strokeWidth ?? 2
        for s in l.series {
            for p in s.points {
                guard let y = p.y else { continue }
                let c = Point(xPos(p.x), yScale(y))
                nodes.append(.path([.move(Point(c.x - length / 2, c.y)), .line(Point(c.x + length / 2, c.y))], fill: nil,
                                   stroke: Stroke(color: OpacityChannel.paint((p.color ?? s.color).withAlpha(l.layer.mark.opacity ?? 1), p), width: thickness, dash: []),
                                   role: .point(series: s.name, value: y)))
                let box = Rect(x: c.x - length / 2, y: c.y - thickness, width: length, height: 2 * thickness)
                markers.insert(box)
                obstacles.insert(box)
            }
        }
        return nodes
    }
}
