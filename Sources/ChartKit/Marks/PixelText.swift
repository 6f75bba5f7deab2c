// Text placed in pixels on both axes (Vega-Lite's `mark.x` and `mark.y` with neither channel
// encoded), such as a regression's R² written at the plot's top right corner:
// {"type": "text", "x": "width", "y": -5, "align": "right"}. Such a layer has no data
// position, so it takes no part in the axes: the layered chart leaves it out of its model and
// writes its words, one per row, at the plot's pixel position after the other marks.
// Text at each row's x with a pixel y (`{"type": "text", "y": -5}` and an x field: day names
// over the columns of a weather chart) is left out the same way and written at its column.

enum PixelText {
    /// A text layer placed by mark.x and mark.y alone.
    static func isPixelText(_ layer: ResolvedLayer) -> Bool {
        layer.mark.type == .text && layer.x == nil && layer.y == nil && layer.mark.props.x != nil && layer.mark.props.y != nil
    }

    /// A text layer at each row's x and at the pixel height mark.y (no y channel).
    static func isAlongX(_ layer: ResolvedLayer) -> Bool {
        layer.mark.type == .text && layer.x != nil && layer.y == nil && layer.mark.props.x == nil && layer.mark.props.y != nil
    }

    static func isPlaced(_ layer: ResolvedLayer) -> Bool { isPixelText(layer) || isAlongX(layer) }

    /// The chart without its pixel-placed text layers (the model's layers).
    static func withoutPixelText(_ chart: Chart) -> Chart {
        guard chart.layers.contains(where: isPlaced), chart.layers.contains(where: { !isPlaced($0) }) else { return chart }
        var chart = chart
        chart.layers.removeAll(where: isPlaced)
        return chart
    }

    /// How far above the plot pixel-placed words reach (a negative mark.y): the room the
    /// layout leaves them, as Vega-Lite's autosize counts marks outside the plot.
    static func roomAbove(_ chart: Chart, style: Style, measurer: TextMeasurer) -> Double {
        var room = 0.0
        for layer in chart.layers where isPlaced(layer) {
            guard case .pixels(let y)? = layer.mark.props.y, y < 0 else { continue }
            var ts = layer.mark.textStyle(style.bar.label)
            if let size = layer.mark.size { ts.font.size = size }
            let height = measurer.measure("Ag", font: ts.font, wrapWidth: nil).height
            // Hanging from its baseline at y (the usual "bottom"), it reaches a line above.
            room = max(room, -y + (layer.mark.props.baseline == .top ? 0 : height))
        }
        return room
    }

    /// The words of every pixel-placed layer of `chart`, in layer order; `xAt` places a
    /// row's x value on the chart's x axis (nil off it).
    static func draw(_ chart: Chart, plot: Rect, style: Style, builder b: SceneBuilder, xAt: (DataValue) -> Double?) {
        guard chart.layers.contains(where: { !isPlaced($0) }) else { return }
        for layer in chart.layers where isPlaced(layer) {
            let mark = layer.mark
            guard let py = mark.props.y else { continue }
            let y = py.resolve(start: plot.y, length: plot.height)
            let fixedX = mark.props.x.map { $0.resolve(start: plot.x, length: plot.width) }
            var ts = mark.textStyle(style.bar.label)
            if let size = mark.size { ts.font.size = size }
            ts.color = (mark.fixedTextColor ?? style.axis.title.color).withAlpha(mark.opacity ?? 1)
            let words = layer.text.map { CartesianModel.textColumn($0, in: layer.table) }
            for row in 0..<layer.table.rowCount {
                guard let text = words.map({ $0[row] }) ?? mark.textValue, !text.isEmpty else { continue }
                guard let x = fixedX ?? layer.x.flatMap({ xAt(layer.table.rows[row][$0.column]) }) else { continue }
                let at = Point(x + (mark.props.xOffset ?? 0), y + (mark.props.yOffset ?? 0))
                b.add(mark.atRow(row, in: layer.table).textRun(text, ts, at: at, builder: b), .textMark(series: nil))
            }
        }
    }
}
