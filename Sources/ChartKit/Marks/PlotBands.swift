// Bands across the plot from data: a rect layer with x and x2 on a continuous x axis and no y
// (`{"mark": "rect", "encoding": {"x": {"field": "start"}, "x2": {"field": "end"}}}`) spans
// the plot's full height at each row, as Vega-Lite draws it: periods (a Five-Year Plan, a
// policy in force) shaded behind a time series, coloured by a field with a legend like any
// series. The layer stays a layer of the Cartesian chart, so it is drawn in its place in the
// layer order and its colours continue the chart's palette.

enum PlotBands {
    /// A rect from x to x2 on numbers or dates, with nothing on y.
    static func applies(_ layer: ResolvedLayer) -> Bool {
        layer.mark.type == .rect && layer.y == nil && layer.y2 == nil && layer.x2 != nil
            && (layer.x?.type == .quantitative || layer.x?.type == .temporal)
    }

    /// The y a band layer stands on: the first other layer's (bands have no value of their
    /// own, so the axis and its title come from the layers that do).
    static func sharedY(_ chart: Chart) -> Field? {
        chart.layers.first { !applies($0) }?.y
    }

    /// Each row's far edge, as days on a time axis or numbers on a linear one; nil where the
    /// cell is missing or unreadable (that row draws no band).
    static func ends(_ x2: Field, type: FieldType, in table: DataTable) -> [Double?] {
        if type == .temporal {
            return table.rows.map { TemporalValue(cell: $0[x2.column])?.days }
        }
        guard case .success(let v) = table.numbers(column: x2.column) else { return [] }
        return v
    }

    /// One rect per row from x to x2, the plot's full height, in the series colour.
    static func draw(_ l: LayerModel, xPos: (Double) -> Double, plot: Rect, obstacles: inout RectIndex) -> [SceneNode] {
        var nodes: [SceneNode] = []
        let props = l.layer.mark.props
        for s in l.series {
            for p in s.points {
                guard let x2 = p.x2 else { continue }
                let a = xPos(p.x) + (props.xOffset ?? 0), c = xPos(x2) + (props.x2Offset ?? 0)
                let rect = Rect(x: min(a, c), y: plot.y, width: abs(c - a), height: plot.height)
                let fill = OpacityChannel.paint(p.color.map { $0.withAlpha($0.a * (l.layer.mark.opacity ?? 1)) }
                                                    ?? s.color.withAlpha(s.color.a * (l.layer.mark.opacity ?? 1)), p)
                nodes.append(barNode(rect, fill: fill, stroke: l.layer.mark.outline(nil), role: .band(from: p.x, to: x2),
                                     mark: l.layer.mark, vertical: true))
                obstacles.insert(rect)
            }
        }
        return nodes
    }
}
