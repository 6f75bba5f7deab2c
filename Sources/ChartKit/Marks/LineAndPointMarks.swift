// Lines and symbols of a layered chart, one series at a time.

extension CartesianCompiler {
    /// A line's runs (a missing value breaks it: never drawn down to zero; a value with no
    /// neighbours becomes a dot), each drawn with the mark's interpolation, then its symbols
    /// when the mark is a point, circle or square or a line with a point overlay. Symbols are
    /// obstacles for labels.
    static func lineAndPointMarks(_ l: LayerModel, _ s: Series, xPos: (Double) -> Double, yScale: LinearScale, style: Style,
                                  loneValue: Double, symbols: SymbolScales, obstacles: inout RectIndex, markers: inout RectIndex) -> [SceneNode] {
        var nodes: [SceneNode] = []
        let mark = l.layer.mark
        // A line's size is its stroke width (Vega-Lite).
        let width = mark.strokeWidth ?? mark.props.size ?? style.line.width
        if mark.trail {
            // A trail is filled, its width at each point from the size scale (TrailPath).
            let runs = TrailPath.runs(s, xPos: xPos, yScale: yScale, joined: mark.props.joinsAcrossInvalid == true) { p in
                p.size.flatMap { v in symbols.size.map { $0.area(v) } } ?? width
            }
            let cmds = runs.flatMap(TrailPath.commands)
            if !cmds.isEmpty {
                nodes.append(.path(cmds, fill: lineColor(l, s), stroke: nil, role: .line(series: s.name, layer: l.index)))
            }
        } else if l.mark == .line {
            let runs = presentRuns(s, xPos: xPos, yScale: yScale, joined: mark.props.joinsAcrossInvalid == true)
            let interpolation = mark.props.interpolate ?? .linear
            let cmds = runs.filter { $0.count > 1 }.flatMap { interpolation.path($0, tension: mark.props.tension ?? 0) }
            if !cmds.isEmpty {
                nodes.append(.path(cmds, fill: nil, stroke: Stroke(color: lineColor(l, s), width: width, dash: s.dash ?? mark.strokeDash),
                                   role: .line(series: s.name, layer: l.index)))
            }
            for run in runs where run.count == 1 {
                nodes.append(.circle(center: run[0], radius: max(style.line.pointRadius, width), fill: s.color, stroke: nil,
                                     role: .point(series: s.name, value: loneValue)))
            }
        }
        let overlay = mark.props.pointOverlay
        guard l.mark != .line || overlay != nil else { return nodes }
        let paint = overlay.map(SymbolPaint.overlay) ?? SymbolPaint.of(mark)
        let color = overlay.map { ($0.color ?? s.color).withAlpha($0.opacity ?? 1) } ?? s.color.withAlpha(mark.opacity ?? 1)
        let radius = l.mark == .line ? style.line.pointRadius : style.line.pointRadius * 1.3
        for p in s.points {
            guard let y = p.y else { continue }
            let c = Point(xPos(p.x), yScale(y))
            let role = Role.point(series: s.name, value: y)
            // A row's own colour (a condition) or opacity (a field) repaints its symbol.
            let rowColor = OpacityChannel.paint(p.color.map { $0.withAlpha(mark.opacity ?? 1) } ?? color, p)
            var half = 4.0
            if p.size != nil || p.shape != nil || mark.size != nil || mark.shape != nil {
                // A size or shape: Vega's symbol geometry (area-true sizes, its shapes).
                let side = symbols.side(p, standard: mark.size.map { $0.squareRoot() } ?? 2 * paint.radius(radius))
                let shape = p.shape.flatMap { symbols.shapes[$0] } ?? mark.shape ?? (paint.square ? .square : .circle)
                nodes.append(paint.shapedNode(shape, at: c, side: side, color: rowColor, style: style, role: role))
                half = max(half, side / 2)
            } else {
                nodes.append(paint.node(at: c, color: rowColor, radius: radius, style: style, role: role))
            }
            obstacles.insert(Rect(x: c.x - half, y: c.y - half, width: 2 * half, height: 2 * half))
            markers.insert(Rect(x: c.x - half, y: c.y - half, width: 2 * half, height: 2 * half))
        }
        return nodes
    }

    /// The runs of consecutive present values of a series, in page coordinates (one run of all
    /// of them when `joined`).
    static func presentRuns(_ s: Series, xPos: (Double) -> Double, yScale: LinearScale, joined: Bool = false) -> [[Point]] {
        var runs: [[Point]] = [[]]
        for p in s.points {
            if let y = p.y { runs[runs.count - 1].append(Point(xPos(p.x), yScale(y))) } else if !joined && !runs[runs.count - 1].isEmpty { runs.append([]) }
        }
        return runs.filter { !$0.isEmpty }
    }

    /// The series colour, or the mark's `stroke` when no colour field splits the series (an
    /// encoded colour wins over a mark property in Vega-Lite), faded by its strokeOpacity.
    static func lineColor(_ l: LayerModel, _ s: Series) -> Color {
        let props = l.layer.mark.props
        var color = l.layer.color == nil ? (props.stroke.map { $0.withAlpha($0.a * (l.layer.mark.opacity ?? 1)) } ?? s.color) : s.color
        if let o = props.strokeOpacity { color = color.withAlpha(color.a * o) }
        return color
    }
}
