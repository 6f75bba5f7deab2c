import Foundation

// Heatmaps: the rect mark on two band axes (x columns, y rows), each cell filled by the colour
// scale a map would use (sequential, diverging, classed or categorical) with the same legends.
// Optional value labels inside the cells, dark or light against their fill.

enum RectCompiler {
    static func handles(_ chart: Chart) -> Bool {
        chart.layers.contains { $0.mark.type == .rect && !RectSpans.applies($0) && !PlotBands.applies($0) }
    }

    static func validate(_ chart: Chart) throws(ChartError) {
        let log = DiagnosticLog()
        _ = RectModel.build(chart, log: log)
        try log.throwIfAny()
    }

    static func compile(_ chart: Chart, measurer: TextMeasurer) -> CompiledChart {
        let model = RectModel.build(chart, log: DiagnosticLog())!
        let style = chart.style
        let b = SceneBuilder(measurer: measurer)
        var warnings: [String] = []
        var region = ChartFrame.layout(chart, legend: nil, into: b)

        let legend = model.legend.map { MapLegend(content: $0, title: model.colorField?.title, noData: nil, style: style,
                                                  gradientLength: model.colorField?.channel.legend?.gradientLength) }
        let orient = model.colorField?.channel.legend?.hidden == true ? LegendOrient.none
            : (model.colorField?.channel.legend?.orient ?? .right)
        let placement = legend.flatMap { $0.reserve(orient, in: &region, measurer: measurer) }

        let plot = layoutPlot(model, region: region, style: style, measurer: measurer)
        let columns = BandScale(domain: model.columns, range: (plot.rect.x, plot.rect.maxX), paddingInner: 0, paddingOuter: 0)
        let rows = BandScale(domain: model.rows, range: (plot.rect.y, plot.rect.maxY), paddingInner: 0, paddingOuter: 0)

        drawCells(model, columns: columns, rows: rows, style: style, into: b)
        if chart.layers.first(where: { $0.mark.type == .rect })!.mark.labels {
            drawCellLabels(model, columns: columns, rows: rows, style: style, into: b, warnings: &warnings)
        }
        let rectLayer = chart.layers.first { $0.mark.type == .rect && !RectSpans.applies($0) && !PlotBands.applies($0) }!
        for layer in chart.layers where CellText.applies(layer, over: rectLayer) {
            CellText.draw(layer, model: model, columns: columns, rows: rows, style: style, into: b)
        }
        drawAxes(model, plot: plot, region: region, columns: columns, rows: rows, style: style, into: b, warnings: &warnings)
        if let legend, let (arrangement, origin) = placement { legend.draw(arrangement, at: origin, into: b) }

        var scene = Scene(width: chart.width, height: chart.height, background: style.background, nodes: b.nodes, title: chart.spec.title)
        scene.plotArea = plot.rect
        return CompiledChart(scene: scene, warnings: warnings)
    }

    /// The plot's box and how the axis labels are drawn around it.
    struct PlotLayout {
        var rect: Rect
        var columnLabels: CategoryLabels
        var rowLabelWidth: Double
    }

    /// Row labels take the left margin (wrapped when they are longer than a third of the
    /// width), column labels the bottom; titles beyond them.
    static func layoutPlot(_ model: RectModel, region: Rect, style: Style, measurer: TextMeasurer) -> PlotLayout {
        let (xLook, yLook) = looks(model, style)
        var axis = yLook.style
        let rowLabels = model.yField.channel.axis.showsLabels ? model.rows.map { yLook.label($0, .string($0)) } : []
        let widest = rowLabels.map { measurer.measure($0, font: axis.label.font).width }.max() ?? 0
        let rowLabelWidth = min(widest, region.width / 3)
        var left = yLook.room(rowLabels.isEmpty ? 0 : rowLabelWidth + axis.labelPadding)
        if let t = axisTitle(model.yField) { left += measurer.measure(t, font: axis.title.font).height + axis.titlePadding }
        axis = xLook.style
        var rect = Rect(x: region.x + left, y: region.y, width: max(10, region.width - left), height: region.height)
        let columnLabels = model.xField.channel.axis.showsLabels ? model.columns.map { xLook.label($0, .string($0)) } : []
        let step = rect.width / Double(max(1, model.columns.count))
        let fitted = CategoryLabels.fit(columnLabels, step: step, style: axis, angle: model.xField.channel.axis?.labelAngle,
                                        measurer: measurer, preferThinning: model.xField.type != .nominal,
                                        overlap: model.xField.channel.axis?.more.labelOverlap)
        var bottom = columnLabels.isEmpty ? 0 : fitted.depth + axis.labelPadding
        if let t = axisTitle(model.xField) {
            bottom += measurer.measure(t, font: axis.title.font, wrapWidth: rect.width).height + axis.titlePadding
        }
        rect.height = max(10, region.height - bottom)
        return PlotLayout(rect: rect, columnLabels: fitted, rowLabelWidth: rowLabelWidth)
    }

    /// The x and y axes' looks: the style with each axis's own properties.
    static func looks(_ model: RectModel, _ style: Style) -> (x: AxisLook, y: AxisLook) {
        (AxisLook(style.axis, model.xField.channel), AxisLook(style.axis, model.yField.channel))
    }

    static func axisTitle(_ field: Field) -> String? {
        field.channel.axis?.hidden == true ? nil : field.title
    }

    static func cellRect(_ cell: RectCell, _ model: RectModel, columns: BandScale, rows: BandScale) -> Rect {
        let x = columns(model.columns[cell.column])!, y = rows(model.rows[cell.row])!
        return Rect(x: x, y: y, width: columns.bandwidth, height: rows.bandwidth)
    }

    /// Cells without a value stay empty, as in Vega-Lite; a hairline of background between
    /// cells keeps neighbours of one colour apart.
    static func drawCells(_ model: RectModel, columns: BandScale, rows: BandScale, style: Style, into b: SceneBuilder) {
        let gap = min(0.5, columns.bandwidth / 8, rows.bandwidth / 8)
        for cell in model.cells {
            guard let fill = model.fill(cell) else { continue }
            var r = cellRect(cell, model, columns: columns, rows: rows)
            r = Rect(x: r.x + gap, y: r.y + gap, width: r.width - 2 * gap, height: r.height - 2 * gap)
            b.add(.rect(r, fill: fill, stroke: nil, role: .cell(column: model.columns[cell.column], row: model.rows[cell.row], value: cell.datum.value)))
        }
    }

    /// Each cell's value centred in it; a cell too small for its words is left bare and counted.
    static func drawCellLabels(_ model: RectModel, columns: BandScale, rows: BandScale, style: Style, into b: SceneBuilder,
                               warnings: inout [String]) {
        var skipped = 0
        for cell in model.cells {
            guard let fill = model.fill(cell), let text = model.labelText(cell) else { continue }
            let r = cellRect(cell, model, columns: columns, rows: rows)
            var ls = style.bar.label
            ls.color = fill.luminance > 0.35 ? Color(r: 0.1, g: 0.1, b: 0.1) : .white
            let run = b.text(text, ls, at: Point(r.midX, r.midY), h: .middle, v: .middle)
            guard run.size.width <= r.width - 4, run.size.height <= r.height else { skipped += 1; continue }
            b.add(run, .valueLabel)
        }
        if skipped > 0 {
            let path = model.colorField.map { "\($0.channel.path)" } ?? "mark.labels"
            warnings.append("\(path): \(skipped) of \(model.cells.count) cell labels do not fit their cells and are left out; widen the chart, shorten the format, or drop \"labels\"")
        }
    }

    static func drawAxes(_ model: RectModel, plot: PlotLayout, region: Rect, columns: BandScale, rows: BandScale, style: Style,
                         into b: SceneBuilder, warnings: inout [String]) {
        let (xLook, yLook) = looks(model, style)
        let p = plot.rect
        var axis = yLook.style
        if model.yField.channel.axis.showsLabels {
            let wrap = plot.rowLabelWidth
            for r in model.rows {
                guard let c = rows.center(r), let ls = yLook.labelStyle(AxisTick(value: .string(r), label: r)) else { continue }
                let run = b.text(yLook.label(r, .string(r)), ls, at: Point(p.x - yLook.offset - axis.labelPadding, c), h: yLook.spec?.more.labelAlign ?? .end, v: .middle,
                                 wrap: wrap, align: .end)
                b.add(yLook.spec.offsetting(run, alongX: false), .axisLabel)
            }
        }
        if let t = axisTitle(model.yField) {
            b.add(b.text(t, axis.title, at: Point(region.x, p.midY), h: .middle, v: .top, angle: -90), .axisTitle)
        }
        axis = xLook.style
        let labelY = p.maxY + axis.labelPadding
        let columnLabels = model.xField.channel.axis.showsLabels
        if columnLabels {
            if let w = CategoryLabels.thinningWarning(plot.columnLabels, count: model.columns.count, field: model.xField) { warnings.append(w) }
            plot.columnLabels.drawBelow(model.columns, centers: columns.center, y: labelY, look: xLook, into: b)
        }
        if let t = axisTitle(model.xField) {
            let y = labelY + (columnLabels ? plot.columnLabels.depth : 0) + axis.titlePadding
            b.add(b.text(t, axis.title, at: Point(p.midX, y), h: .middle, v: .top, wrap: p.width, align: .middle), .axisTitle)
        }
    }
}
