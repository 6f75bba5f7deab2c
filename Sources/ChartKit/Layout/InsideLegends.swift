// Vega's corner orients ("top-left", "top-right", "bottom-left", "bottom-right"): the legend
// stands inside the plot, `offset` from that corner (Vega-Lite's config.legend.offset, 18), in
// a column with its title above, drawn over the marks as Vega draws legends after them.
// ChartFrame.layout sets these legends aside; the compiler draws them once its plot is known.

extension ChartFrame {
    /// Vega-Lite's default legend offset.
    static let insideLegendOffset = 18.0

    static func drawInsideLegends(plot: Rect, style: Style, into b: SceneBuilder) {
        let corners: [(LegendOrient, left: Bool, top: Bool)] = [(.topLeft, true, true), (.topRight, false, true),
                                                                (.bottomLeft, true, false), (.bottomRight, false, false)]
        for (corner, left, top) in corners {
            let here = b.insideLegends.filter { $0.orient == corner }
            guard !here.isEmpty else { continue }
            var pen = LegendPen(b: b, ls: style.legend)
            let size = column(here, at: nil, pen: &pen)
            let offset = here.compactMap(\.offset).max() ?? insideLegendOffset
            let x = left ? plot.x + offset : plot.maxX - offset - size.width
            let y = top ? plot.y + offset : plot.maxY - offset - size.height
            column(here, at: Point(x, y), pen: &pen)
        }
        b.insideLegends = []
    }
}
