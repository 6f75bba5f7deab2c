import Foundation

// What a rect layer (a heatmap) means once its fields are bound: the categories of both band
// axes in order, one cell per data row, and the colour scale with its legend (the same scales
// and legends a map uses). Built once for validation (every problem logged), again for drawing.

struct RectCell: Sendable {
    var column: Int
    var row: Int
    /// The data row the cell comes from.
    var dataRow: Int
    var datum: RegionDatum
}

struct RectModel {
    var xField: Field
    var yField: Field
    var colorField: Field?
    var columns: [String]
    var rows: [String]
    var cells: [RectCell]
    var scale: ColorScale?
    var legend: MapLegendContent?
    var fixedColor: Color
    var valueFormat: NumberFormat
    var opacity: Double

    static func build(_ chart: Chart, log: DiagnosticLog) -> RectModel? {
        guard let layer = chart.layers.first(where: { $0.mark.type == .rect && !RectSpans.applies($0) && !PlotBands.applies($0) }) else { return nil }
        var ok = checkComposition(chart, layer: layer, log: log)
        guard let x = bandField(layer.x, channel: "x", layer: layer, log: log),
              let y = bandField(layer.y, channel: "y", layer: layer, log: log) else { return nil }
        let table = layer.table
        var numbers: [Double?] = []
        if let c = layer.color, c.type == .quantitative, case .success(let v) = table.numbers(column: c.column) { numbers = v }

        // One cell per (x, y): a second row for a cell is an error, as Vega-Lite would draw
        // both on top of each other and show only the last.
        var seen: [String: Int] = [:]
        var raw: [(x: String, y: String, row: Int, datum: RegionDatum)] = []
        for (i, r) in table.rows.enumerated() {
            guard let xv = r[x.column].categoryText, let yv = r[y.column].categoryText else { continue }
            let key = xv + "\u{1F}" + yv
            if let first = seen[key] {
                log.rowError(table.rowLocations[i], "row \(i + 1): the cell \(x.name) \"\(Quote.short(xv, limit: 30))\", \(y.name) \"\(Quote.short(yv, limit: 30))\" is already given in row \(first + 1); a heatmap has one value per cell (aggregate the rows first)")
                ok = false
                continue
            }
            seen[key] = i
            var d = RegionDatum(row: i)
            if let c = layer.color {
                if c.type == .quantitative { d.value = numbers.indices.contains(i) ? numbers[i] : nil } else { d.category = r[c.column].categoryText }
            }
            raw.append((xv, yv, i, d))
        }
        let values = raw.map(\.datum.value)
        let columns = categories(raw.map(\.x), field: x, values: values)
        let rows = categories(raw.map(\.y), field: y, values: values)
        let length = (chart.width - 2 * chart.style.padding)
        BarChartCompiler.checkBandCount(columns.count, length: length, field: x, log: log)
        BarChartCompiler.checkBandCount(rows.count, length: chart.height - 2 * chart.style.padding, field: y, log: log)

        var scale: ColorScale?
        var legend: MapLegendContent?
        if let c = layer.color {
            let byRow = Dictionary(uniqueKeysWithValues: raw.map { ($0.row, $0.datum) })
            guard let built = RegionModel.buildScale(c, data: byRow, style: chart.style, log: log) else { return nil }
            (scale, legend) = built
        }
        guard ok else { return nil }
        let columnIndex = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        let rowIndex = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0) })
        let cells = raw.map { RectCell(column: columnIndex[$0.x]!, row: rowIndex[$0.y]!, dataRow: $0.row, datum: $0.datum) }
        let fixed = layer.mark.color.flatMap { Color(parsing: $0.value) } ?? chart.style.bar.color
        let format = layer.color?.channel.format.flatMap(NumberFormat.init) ?? sharedPrecision(raw.compactMap(\.datum.value))
        return RectModel(xField: x, yField: y, colorField: layer.color, columns: columns, rows: rows, cells: cells,
                         scale: scale, legend: legend, fixedColor: fixed, valueFormat: format,
                         opacity: layer.mark.opacity ?? 1)
    }

    /// A heatmap is one rect layer; what else the spec asks for is named.
    private static func checkComposition(_ chart: Chart, layer: ResolvedLayer, log: DiagnosticLog) -> Bool {
        var ok = true
        // A second end is a span on a continuous axis (RectSpans draws one on both axes); a
        // heatmap's cell fills its band, so an end here would be dropped.
        for end in [layer.x2, layer.y2].compactMap({ $0 }) {
            log.error(end.channel.location, end.channel.path, "a rect spanning to x2/y2 is drawn when both x and y are quantitative with their other ends (binned cells), or as a band the plot's height (x to x2 on numbers or dates, no y); a band across its width (y to y2, no x) is not drawn yet")
            ok = false
        }
        for other in chart.layers where other.mark.type != .rect {
            if CellText.applies(other, over: layer) {
                if !CellText.check(other, log: log) { ok = false }
                continue
            }
            log.error(other.mark.location, other.mark.path, "a \(other.mark.type.rawValue) layer cannot be drawn over a rect (heatmap) layer yet; to write each cell's value, use \"mark\": {\"type\": \"rect\", \"labels\": true}")
            ok = false
        }
        if chart.layers.filter({ $0.mark.type == .rect }).count > 1 {
            log.error(chart.layers[1].mark.location, chart.layers[1].mark.path, "a chart draws one rect layer")
            ok = false
        }
        for a in chart.spec.annotations {
            log.error(a.location, a.path, "annotations are not supported on a rect (heatmap) chart yet")
            ok = false
        }
        for off in [layer.xOffset, layer.yOffset].compactMap({ $0 }) {
            log.error(off.channel.location, off.channel.path, "does not apply to a rect mark: each cell fills its x and y band")
            ok = false
        }
        return ok
    }

    /// Rect cells sit on bands: x and y must be categories (ordinal years included).
    private static func bandField(_ field: Field?, channel: String, layer: ResolvedLayer, log: DiagnosticLog) -> Field? {
        guard var f = field else {
            log.error(layer.mark.location, layer.path.isEmpty ? "encoding" : "\(layer.path).encoding",
                      "a rect mark needs \"\(channel)\": the field whose values make the \(channel == "x" ? "columns" : "rows") of the heatmap")
            return nil
        }
        if f.type == .quantitative {
            // Numbers with no type (years in a CSV) are categories here; a stated
            // "quantitative" would need x2/y2 or binning, which rect does not take yet.
            guard f.channel.type == nil else {
                log.error(f.channel.type?.location, f.channel.type?.path ?? f.channel.path,
                          "a rect mark on a quantitative \(channel) needs \(channel)2 or binning, which are not supported yet; use \"type\": \"ordinal\" for one cell per value")
                return nil
            }
            f.type = .ordinal
        }
        if f.channel.stack != nil {
            log.error(f.channel.location, "\(f.channel.path).stack", "does not apply to a rect mark")
            return nil
        }
        return f
    }

    /// Category order: the channel's sort, else data order for names and ascending for
    /// ordered values (years), as on bar axes.
    /// `"sort": "-color"` orders by each category's total value.
    private static func categories(_ names: [String], field: Field, values: [Double?]) -> [String] {
        var seen = Set<String>()
        let distinct = names.filter { seen.insert($0).inserted }
        let data = zip(names, values).enumerated().map { BarDatum(category: $1.0, series: nil, value: $1.1 ?? 0, row: $0) }
        return BarModel.order(distinct, by: field.channel.sort, field: field, data: data, valueChannel: "color")
    }

    /// Cell labels line up in a grid, so they share one precision: the most decimals any value
    /// was written with (up to three), "56.2" beside "59.0" rather than "59".
    static func sharedPrecision(_ values: [Double]) -> NumberFormat {
        var decimals = 0
        for v in values where v.isFinite {
            while decimals < 3 && abs(v * pow(10, Double(decimals)) - (v * pow(10, Double(decimals))).rounded()) > 1e-6 * max(1, abs(v)) {
                decimals += 1
            }
        }
        return NumberFormat(",.\(decimals)f")!
    }

    /// A cell's fill and whether it has a value to show.
    func fill(_ cell: RectCell) -> Color? {
        let color: Color?
        switch scale {
        case nil: color = fixedColor
        case .continuous(let s)?: color = cell.datum.value.map(s.color)
        case .classed(let s)?: color = cell.datum.value.map(s.color)
        case .categorical(let s)?: color = cell.datum.category.flatMap(s.color)
        }
        return color.map { $0.withAlpha($0.a * opacity) }
    }

    /// The words a cell label shows: its value (or category).
    func labelText(_ cell: RectCell) -> String? {
        if let v = cell.datum.value { return valueFormat.string(v) }
        return cell.datum.category
    }
}
