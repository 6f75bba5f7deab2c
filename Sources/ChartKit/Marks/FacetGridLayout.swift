// A grid of panels (Vega-Lite's `row` and `column` together), headed as Vega-Lite heads it:
// the column field's title above the grid and each column's value above its top panel; the
// row field's title left of the grid, turned to read upwards, and each row's value left of
// its first panel (turned too, unless the row header's labelAngle is 0). The panels carry
// no titles of their own.

public struct FacetGrid: Sendable {
    public var rows: [String]
    public var columns: [String]
    public var rowHeader: FacetHeader
    public var columnHeader: FacetHeader
}

enum FacetGridLayout {
    /// Room between a label and its panel.
    static let gap = 4.0

    /// Draws the header titles into `b`; the region left for the panels, with room for the
    /// labels left of it (`left`) and above it (`top`).
    static func reserve(_ grid: FacetGrid, in region: Rect, style: Style, into b: SceneBuilder) -> (panels: Rect, left: Double, top: Double) {
        var r = FacetHeaderLayout.place(grid.columnHeader, in: region, style: style, into: b)
        r = FacetHeaderLayout.place(grid.rowHeader, in: r, style: style, into: b)
        let font = style.axis.label.font
        let lineHeight = b.measurer.measure("Ag", font: font, wrapWidth: nil).height
        // A row facet alone has no column labels: no row of them above the panels.
        let top = grid.columns.allSatisfy(\.isEmpty) ? 0 : lineHeight + gap
        let left = (grid.rowHeader.labelAngle == 0 ? grid.rows.map { b.measurer.measure($0, font: font, wrapWidth: nil).width }.max() ?? 0 : lineHeight) + gap
        let panels = Rect(x: r.x + left, y: r.y + top, width: max(10, r.width - left), height: max(10, r.height - top))
        return (panels, left, top)
    }

    /// Writes each row's and column's value beside its panels: `rects` are the cells, row by
    /// row; `plots` their plots where the panel has one (the labels centre on them).
    static func labels(_ grid: FacetGrid, rects: [Rect], plots: [Rect?], left: Double, top: Double, style: Style, into b: SceneBuilder) {
        let columns = grid.columns.count
        let ls = style.axis.label
        for (i, value) in grid.rows.enumerated() where i * columns < rects.count {
            let cell = rects[i * columns], plot = plots[i * columns] ?? cell
            let run = grid.rowHeader.labelAngle == 0
                ? b.text(value, ls, at: Point(cell.x - gap, plot.midY), h: .end, v: .middle)
                : b.text(value, ls, at: Point(cell.x - left, plot.midY), h: .middle, v: .top, angle: -90)
            b.add(run, .axisLabel)
        }
        for (j, value) in grid.columns.enumerated() where j < rects.count && !value.isEmpty {
            let plot = plots[j] ?? rects[j]
            b.add(b.text(value, ls, at: Point(plot.midX, rects[j].y - top), h: .middle, v: .top), .axisLabel)
        }
    }
}
