// Lines and symbols of a layered chart, one series at a time.

extension CartesianCompiler {
    /// A line's runs (a missing value breaks it: never drawn down to zero; a value with no
    /// neighbours becomes a dot), then its symbols when the mark is a point, circle or square or
    /// a line with `point`. Symbols are obstacles for labels.
    static func lineAndPointMarks(_ l: LayerModel, _ s: Series, xPos: (Double) -> Double, yScale: LinearScale, style: Style,
                                  loneValue: Double, obstacles: inout RectIndex, markers: inout RectIndex) -> [SceneNode] {
        var nodes: [SceneNode] = []
        let width = l.layer.mark.strokeWidth ?? style.line.width
        if l.mark == .line {
            var cmds: [PathCommand] = []
            var runLength = 0
            var lone: [Point] = []
            func endRun() {
                if runLength == 1, case .move(let p) = cmds.last { lone.append(p); cmds.removeLast() }
                runLength = 0
            }
            for p in s.points {
                guard let y = p.y else { endRun(); continue }
                let pt = Point(xPos(p.x), yScale(y))
                cmds.append(runLength == 0 ? .move(pt) : .line(pt))
                runLength += 1
            }
            endRun()
            if !cmds.isEmpty {
                nodes.append(.path(cmds, fill: nil, stroke: Stroke(color: s.color, width: width, dash: l.layer.mark.strokeDash),
                                   role: .line(series: s.name, layer: l.index)))
            }
            for p in lone {
                nodes.append(.circle(center: p, radius: max(style.line.pointRadius, width), fill: s.color, stroke: nil,
                                     role: .point(series: s.name, value: loneValue)))
            }
        }
        guard l.mark != .line || l.layer.mark.point else { return nodes }
        let color = s.color.withAlpha(l.layer.mark.opacity ?? 1)
        let radius = l.mark == .line ? style.line.pointRadius : style.line.pointRadius * 1.3
        for p in s.points {
            guard let y = p.y else { continue }
            let c = Point(xPos(p.x), yScale(y))
            nodes.append(symbol(l.layer.mark, at: c, color: color, radius: radius, style: style, role: .point(series: s.name, value: y)))
            obstacles.insert(Rect(x: c.x - 4, y: c.y - 4, width: 8, height: 8))
            markers.insert(Rect(x: c.x - 4, y: c.y - 4, width: 8, height: 8))
        }
        return nodes
    }
}
