// Lines and symbols of a layered chart, one series at a time.

extension CartesianCompiler {
    /// A line's runs (a missing value breaks it: never drawn down to zero; a value with no
    /// neighbours becomes a dot), then its symbols when the mark is a point, circle or square or
    /// a line with `point`. Symbols are obstacles for labels.
    static func lineAndPointMarks(_ l: LayerModel, _ s: Series, xPos: (Double) -> Double, yScale: LinearScale, style: Style,
                                  loneValue: Double, symbols: SymbolScales, obstacles: inout RectIndex, markers: inout RectIndex) -> [SceneNode] {
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
                nodes.append(.path(cmds, fill: nil, stroke: Stroke(color: s.color, width: width, dash: s.dash ?? l.layer.mark.strokeDash),
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
            let role = Role.point(series: s.name, value: y)
            let paint = OpacityChannel.paint(p.color.map { $0.withAlpha(l.layer.mark.opacity ?? 1) } ?? color, p)
            var half = 4.0
            if p.size != nil || p.shape != nil || l.layer.mark.size != nil || l.layer.mark.shape != nil {
                // A size or shape: Vega's symbol geometry (area-true sizes, its shapes).
                let side = symbols.side(p, standard: l.layer.mark.size.map { $0.squareRoot() } ?? 2 * radius)
                let shape = p.shape.flatMap { symbols.shapes[$0] } ?? l.layer.mark.shape ?? (l.mark == .square ? .square : .circle)
                nodes.append(shapedSymbol(l.layer.mark, shape, at: c, side: side, color: paint, style: style, role: role))
                half = max(half, side / 2)
            } else {
                nodes.append(symbol(l.layer.mark, at: c, color: paint, radius: radius, style: style, role: role))
            }
            obstacles.insert(Rect(x: c.x - half, y: c.y - half, width: 2 * half, height: 2 * half))
            markers.insert(Rect(x: c.x - half, y: c.y - half, width: 2 * half, height: 2 * half))
        }
        return nodes
    }
}
