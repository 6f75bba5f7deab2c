// Text placed in pixels on both axes (Vega-Lite's `mark.x` and `mark.y` with neither channel
// encoded), such as a regression's R² written at the plot's top right corner:
// {"type": "text", "x": "width", "y": -5, "align": "right"}. Such a layer has no data
// position, so it takes no part in the axes: the layered chart leaves it out of its model and
// writes its words, one per row, at the plot's pixel position after the other marks.

enum PixelText {
    /// A text layer placed by mark.x and mark.y alone.
    static func isPixelText(_ layer: ResolvedLayer) -> Bool {
        layer.mark.type == .text && layer.x == nil && layer.y == nil && layer.mark.props.x != nil && layer.mark.props.y != nil
    }

    /// The chart without its pixel-placed text layers (the model's layers).
    static func withoutPixelText(_ chart: Chart) -> Chart {
        guard chart.layers.contains(where: isPixelText), chart.layers.contains(where: { !isPixelText($0) }) else { return chart }
        var chart = chart
        chart.layers.removeAll(where: isPixelText)
        return chart
    }

    /// The words of every pixel-placed layer of `chart`, in layer order.
    static func draw(_ chart: Chart, plot: Rect, style: Style, builder b: SceneBuilder) {
        for layer in chart.layers where isPixelText(layer) {
            let mark = layer.mark
            guard let px = mark.props.x, let py = mark.props.y else { continue }
            let at = Point(px.resolve(start: plot.x, length: plot.width), py.resolve(start: plot.y, length: plot.height))
            var ts = mark.textStyle(style.bar.label)
            if let size = mark.size { ts.font.size = size }
            ts.color = (mark.fixedTextColor ?? style.axis.title.color).withAlpha(mark.opacity ?? 1)
            let words = layer.text.map { CartesianModel.textColumn($0, in: layer.table) }
            for row in 0..<layer.table.rowCount {
                guard let text = words.map({ $0[row] }) ?? mark.textValue, !text.isEmpty else { continue }
                b.add(mark.atRow(row, in: layer.table).textRun(text, ts, at: at, builder: b), .textMark(series: nil))
            }
        }
    }
}
