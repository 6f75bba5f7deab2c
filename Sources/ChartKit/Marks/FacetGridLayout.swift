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
        let top = grid.columns.allSatisfy(\.isEmpty) ? 0 : lineHeight + (grid.columnHeader.labelPadding ?? gap)
        let level = grid.rowHeader.labelAngle == 0
        let labelWidth = level ? grid.rows.map { b.measurer.measure(grid.rowHeader.label($0), font: font, wrapWidth: nil).width }.max() ?? 0 : lineHeight
        let left = max(0, labelWidth + (grid.rowHeader.labelPadding ?? gap))
        let panels = Rect(x: r.x + left, y: r.y + top, width: max(10, r.width - left), height: max(10, r.height - top))
        return (panels, left, top)
    }

    /// Writes each row's and column's value beside its panels: `rects` are the cells, row by
    /// row; `plots` their plots where the panel has one (the labels centre on them).
    static func labels(_ grid: FacetGrid, rects: [Rect], plots: [Rect?], left: Double, top: Double, style: Style, into b: SceneBuilder) {
        let columns = grid.columns.count
        let ls = style.axis.label
        let row = grid.rowHeader, column = grid.columnHeader
        let rowGap = row.labelPadding ?? gap
        for (i, value) in grid.rows.enumerated() where i * columns < rects.count {
            let cell = rects[i * columns], plot = plots[i * columns] ?? cell
            let text = row.label(value)
            let run: TextRun
            if row.labelAngle == 0 {
                // Level labels stand in a column left of the panels: right-aligned against
                // them by default, or from the column's left edge, or centred in it.
                let align = row.labelAlign ?? .end
                let x = align == .end ? cell.x - rowGap : align == .start ? cell.x - left : cell.x - left + (left - rowGap) / 2
                run = b.text(text, ls, at: Point(x, plot.midY), h: align, v: .middle)
            } else {
                run = b.text(text, ls, at: Point(cell.x - left, plot.midY), h: .middle, v: .top, angle: -90)
            }
            b.add(run, .axisLabel)
        }
        for (j, value) in grid.columns.enumerated() where j < rects.count && !value.isEmpty {
            let plot = plots[j] ?? rects[j]
            let align = column.labelAlign ?? .middle
            let x = align == .start ? plot.x : align == .end ? plot.maxX : plot.midX
            b.add(b.text(column.label(value), ls, at: Point(x, rects[j].y - top), h: align, v: .top), .axisLabel)
        }
    }
}
