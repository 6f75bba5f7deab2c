// A one-dimensional strip: a tick, point, circle or square layer with x and no y. Vega-Lite
// then places every mark at the middle of the plot's height (its y is `height / 2`) and
// draws no y axis. Here the layer gets a y of its own — a hidden column of zeros on a value
// axis from -1 to 1, with no labels, title or grid — so the layered chart draws it as any
// other layer.

enum StripPlot {
    static let marks: Set<MarkType> = [.tick, .point, .circle, .square]

    /// The layer draws a strip: a lone layer of these marks with x and without y.
    static func isStrip(_ chart: Chart) -> Bool {
        chart.layers.count == 1 && marks.contains(chart.layers[0].mark.type) && chart.layers[0].x != nil && chart.layers[0].y == nil
    }

    /// Vega-Lite's plot height without a y channel (config.view.discreteHeight, 20 px).
    static func defaultHeight(_ chart: Chart) -> Double? {
        (isStrip(chart) || isBandAcross(chart.layers.first?.y)) && chart.panels.isEmpty ? 20 : nil
    }

    /// Whether a layer's y is a strip's centred one: its ticks then stand across the strip,
    /// three quarters of the plot's height long (Vega-Lite's tick on a missing y).
    static func isStripY(_ field: Field) -> Bool { field.name == yName }

    static let yName = "__strip_y"

    /// The chart with the strip's layer given its centred, hidden y.
    static func centred(_ chart: Chart) -> Chart {
        guard isStrip(chart) else { return chart }
        var chart = chart
        chart.layers[0] = centredField(chart.layers[0], channel: "y")
        return chart
    }

    // The same across: a lone text or symbol layer with y and no x (the middle column of a
    // population pyramid, ages written between its halves) stands at the middle of the plot's
    // width, Vega-Lite's x for such a mark; its plot is 20 px wide unless sized
    // (config.view.discreteWidth). Given a hidden x at resolve time, so any compiler draws it.

    static let acrossMarks: Set<MarkType> = [.text, .point, .circle, .square]
    static let xName = "__strip_x"

    /// Gives a lone layer with y and without x (or a pixel mark.x) its centred, hidden x.
    static func centreAcross(_ layers: inout [ResolvedLayer]) {
        guard layers.count == 1, let layer = layers.first, acrossMarks.contains(layer.mark.type),
              layer.x == nil, layer.y != nil, layer.mark.props.x == nil else { return }
        layers[0] = centredField(layer, channel: "x")
    }

    // Bars with x and no y (a bullet chart's ranges and measures): Vega-Lite draws each from
    // zero to its value across the plot's full height, which is 20 px unless sized. Here every
    // layer gets one hidden category on y, a band that fills the plot, so the horizontal bar
    // chart draws them (its other layers, ticks and points, at the band's centre).

    static let bandName = "__strip_band"
    static let bandMarks: Set<MarkType> = [.bar, .tick, .point, .circle, .square]

    /// Gives every layer of a chart of bars (and ticks or points) with x and no y the one
    /// hidden category.
    static func bandAcross(_ layers: inout [ResolvedLayer]) {
        guard layers.contains(where: { $0.mark.type == .bar }), layers.allSatisfy({ l in
            bandMarks.contains(l.mark.type) && l.y == nil && l.y2 == nil && l.yOffset == nil && l.x?.type == .quantitative
        }) else { return }
        for i in layers.indices {
            var layer = layers[i]
            layer.table = layer.table.setting(bandName, Array(repeating: DataValue.text(""), count: layer.table.rowCount))
            guard let column = layer.table.columnIndex(bandName) else { continue }
            let at = layer.mark.location
            var channel = ChannelSpec(location: at, path: "\(layer.mark.path.dropLast("mark".count))encoding.y")
            channel.axis = AxisSpec(hidden: true)
            layer.y = Field(name: bandName, column: column, type: .nominal, channel: channel)
            layers[i] = layer
        }
    }

    /// The band of bars without y fills the plot (no padding around it).
    static func isBandAcross(_ field: Field?) -> Bool { field?.name == bandName }

    /// Vega-Lite's plot width without an x channel (config.view.discreteWidth, 20 px).
    static func defaultWidth(_ chart: Chart) -> Double? {
        chart.panels.isEmpty && chart.layers.count == 1 && chart.layers[0].x?.name == xName ? 20 : nil
    }

    /// `layer` with a hidden quantitative `channel` ("x" or "y") of zeros on a domain from -1
    /// to 1, without labels, title or grid: its marks sit at the plot's middle.
    private static func centredField(_ layer: ResolvedLayer, channel key: String) -> ResolvedLayer {
        var layer = layer
        let name = key == "x" ? xName : yName
        layer.table = layer.table.setting(name, Array(repeating: DataValue.number(0), count: layer.table.rowCount))
        guard let column = layer.table.columnIndex(name) else { return layer }
        let at = layer.mark.location
        var channel = ChannelSpec(location: at, path: "\(layer.mark.path.dropLast("mark".count))encoding.\(key)")
        var axis = AxisSpec()
        axis.hidden = true
        axis.grid = false
        channel.axis = axis
        var scale = ScaleSpec()
        scale.domain = [JSONNode(.number(-1), at: at), JSONNode(.number(1), at: at)]
        channel.scale = scale
        let field = Field(name: name, column: column, type: .quantitative, channel: channel)
        if key == "x" { layer.x = field } else { layer.y = field }
        return layer
    }
}
