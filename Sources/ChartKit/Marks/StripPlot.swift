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
        isStrip(chart) && chart.panels.isEmpty ? 20 : nil
    }

    /// Whether a layer's y is a strip's centred one: its ticks then stand across the strip,
    /// three quarters of the plot's height long (Vega-Lite's tick on a missing y).
    static func isStripY(_ field: Field) -> Bool { field.name == yName }

    static let yName = "__strip_y"

    /// The chart with the strip's layer given its centred, hidden y.
    static func centred(_ chart: Chart) -> Chart {
        guard isStrip(chart) else { return chart }
        var chart = chart
        var layer = chart.layers[0]
        let name = yName
        layer.table = layer.table.setting(name, Array(repeating: DataValue.number(0), count: layer.table.rowCount))
        guard let column = layer.table.columnIndex(name) else { return chart }
        let at = layer.mark.location
        var channel = ChannelSpec(location: at, path: "\(layer.mark.path.dropLast("mark".count))encoding.y")
        var axis = AxisSpec()
        axis.hidden = true
        axis.grid = false
        channel.axis = axis
        var scale = ScaleSpec()
        scale.domain = [JSONNode(.number(-1), at: at), JSONNode(.number(1), at: at)]
        channel.scale = scale
        layer.y = Field(name: name, column: column, type: .quantitative, channel: channel)
        chart.layers[0] = layer
        return chart
    }
}
