// Layered horizontal charts: categories down the y axis, values along x, as Vega-Lite draws a
// layer whose x is quantitative and y a category. The bar compiler lays out the axes (it owns
// horizontal bands); the layers other than the bars are drawn here on those bands: points,
// circles, squares, ticks, text, rules spanning x to x2 (the bar of a dumbbell chart), and
// further bar layers, each drawn over the ones before it from zero to its value as Vega-Lite
// overlays layers (the ranges and measures of a bullet chart).

struct HorizontalMark: Sendable {
    var category: String
    var value: Double
    var value2: Double?
    var text: String?
    var series: String?
    /// A quantitative yOffset (a jittered strip plot): where in its band the mark sits, 0 at
    /// the band's bottom and 1 at its top (Vega-Lite's offset scale spans the bandwidth,
    /// from the data's least value to its greatest, upwards).
    var bandPosition: Double? = nil
    /// The colour of the first colour condition whose test the row passes (ValueConditions).
    var conditionColor: Color? = nil
    /// The series the mark piles in when its x is stacked: its colour's or detail's value.
    var stackKey: String? = nil
    /// Its row in the layer's table (for mark properties evaluated per row).
    var row: Int = 0
}

struct HorizontalLayer: Sendable {
    var layer: ResolvedLayer
    var marks: [HorizontalMark]
    var colors: [String: Color]
    var color: Color
    /// The x's `stack`: marks stand in their piles' segments (HorizontalStacks).
    var stack: StackMode? = nil

    var label: String { layer.x?.title ?? layer.x?.name ?? layer.mark.type.rawValue }
}

enum HorizontalLayers {
    /// Marks drawn here on horizontal bands (bars are the bar compiler's).
    static let marks: Set<MarkType> = [.point, .circle, .square, .tick, .text, .rule]

    /// A chart of several layers, or of one non-bar layer, whose every layer puts a
    /// quantitative x against categories on y.
    static func handles(_ chart: Chart) -> Bool {
        guard chart.layers.count > 1 || chart.layers.first?.mark.type != .bar else { return false }
        return chart.layers.contains { $0.x != nil } && chart.layers.allSatisfy { l in
            guard let y = l.y, y.type != .quantitative, l.mark.type == .bar || marks.contains(l.mark.type) else { return false }
            // Text placed in pixels along x (mark.x) needs no x field.
            guard let x = l.x else { return l.mark.type == .text && l.mark.props.x != nil }
            return x.type == .quantitative
        }
    }

    /// The layer that sets the bands: the first bar layer, else the first layer.
    static func baseLayer(_ chart: Chart) -> ResolvedLayer {
        chart.layers.first { $0.mark.type == .bar } ?? chart.layers.first { $0.x != nil } ?? chart.layers[0]
    }

    /// Every layer but the bars, read row by row; problems are logged.
    static func build(_ chart: Chart, style: Style, log: DiagnosticLog) -> [HorizontalLayer]? {
        var out: [HorizontalLayer] = []
        var ok = true
        // A lone layer takes the first colour, as a lone bar layer does (a strip plot).
        var paletteUsed = chart.layers.count > 1 && chart.layers.first { $0.mark.type == .bar }?.color == nil ? 1 : 0
        let bars = chart.layers.filter { $0.mark.type == .bar }
        // The first bar layer is the bar compiler's; later ones overlay it, one bar per row.
        for extra in bars.dropFirst() {
            if let bad = extra.color ?? extra.detail ?? extra.xOffset ?? extra.yOffset ?? extra.x2 {
                log.error(bad.channel.location, bad.channel.path, "is not drawn on a second bar layer of a horizontal chart yet (bars after the first are overlaid, one per row from zero)")
                ok = false
            }
        }
        for layer in chart.layers where layer.mark.type != .bar || layer.path != bars.first?.path {
            guard let built = read(layer, paletteFrom: &paletteUsed, style: style, log: log) else { ok = false; continue }
            out.append(built)
        }
        return ok ? out : nil
    }

    private static func read(_ layer: ResolvedLayer, paletteFrom used: inout Int, style: Style, log: DiagnosticLog) -> HorizontalLayer? {
        let y = layer.y!
        let jitter = layer.yOffset.flatMap { $0.type == .quantitative ? $0 : nil }
        // A detail field only groups an aggregate here: marks that are not joined draw the same.
        if let bad = layer.y2 ?? layer.xOffset ?? (jitter == nil ? layer.yOffset : nil) ?? (layer.mark.type == .rule ? layer.detail : nil) {
            log.error(bad.channel.location, bad.channel.path, "is not supported on a \(layer.mark.type.rawValue) layer of a horizontal chart yet")
            return nil
        }
        if layer.mark.labels {
            log.error(layer.mark.location, "\(layer.mark.path).labels", "value labels on a \(layer.mark.type.rawValue) layer of a horizontal chart are not supported yet; add a text layer with the same x and y")
            return nil
        }
        if layer.mark.type == .rule && layer.x2 == nil {
            log.error(layer.mark.location, layer.mark.path, "a rule at x and y has no length: give \"x2\" (a span from x to x2), or leave out y for a rule down the plot at each x")
            return nil
        }
        guard CartesianModel.checkWords(layer, log: log) else { return nil }
        if let x = layer.x, x.channel.stack == .center {
            log.error(x.channel.location, "\(x.channel.path).stack", "\"center\" piles streamgraphs; a \(layer.mark.type.rawValue) layer of a horizontal chart stacks \"zero\" or \"normalize\"")
            return nil
        }
        if let x2 = layer.x2, layer.mark.type != .rule {
            log.error(x2.channel.location, x2.channel.path, "spans bars and rules; a \(layer.mark.type.rawValue) mark has none")
            return nil
        }
        let table = layer.table
        // Placed in pixels (mark.x), a mark has no value on the axis.
        let values: [Double?]
        if let x = layer.x {
            guard case .success(let v) = table.numbers(column: x.column) else { return nil }
            values = v
        } else {
            values = Array(repeating: .nan, count: table.rowCount)
        }
        var values2: [Double?] = []
        if let x2 = layer.x2 {
            guard case .success(let v) = table.numbers(column: x2.column) else { return nil }
            values2 = v
        }
        let words = layer.text.map { CartesianModel.textColumn($0, in: table) }
        let positions = jitter.flatMap { bandPositions($0, in: table) }
        guard let won = ConditionColors.rows(layer.mark.colorConditions, in: table, log: log) else { return nil }
        var marks: [HorizontalMark] = []
        var seriesOrder: [String] = []
        for (i, row) in table.rows.enumerated() {
            // A missing category is the category "null", as on the bars' axis (MissingCategory).
            let category = row[y.column].categoryText ?? MissingCategory.name
            guard let v = values[i] else { continue }
            if !values2.isEmpty && values2[i] == nil { continue }
            if let positions, positions[i] == nil { continue }
            let series = layer.color.flatMap { row[$0.column].categoryText }
            let stackKey = series ?? layer.detail.flatMap { row[$0.column].categoryText }
            if let s = series, !seriesOrder.contains(s) { seriesOrder.append(s) }
            marks.append(HorizontalMark(category: category, value: v, value2: values2.isEmpty ? nil : values2[i],
                                        text: words.map { $0[i] } ?? layer.mark.textValue, series: series,
                                        bandPosition: positions.flatMap { $0[i] },
                                        conditionColor: won.isEmpty ? nil : won[i].flatMap { Color(parsing: layer.mark.colorConditions[$0].color.value) },
                                        stackKey: stackKey, row: i))
        }
        if let domain = layer.color?.channel.scale?.domain { seriesOrder = BarModel.orderedByDomain(seriesOrder, domain: domain) }
        let slots = BarModel.paletteSlots(seriesOrder, domain: layer.color?.channel.scale?.domain)
        let listed = (layer.color?.channel.scale?.range ?? []).compactMap { Color(parsing: $0.value) }
        let palette = listed.isEmpty ? SchemePalette.colors(layer.color, count: slots.count) ?? [] : listed
        let colors = palette.isEmpty ? style.category : palette
        var seriesColors: [String: Color] = [:]
        for s in seriesOrder where !colors.isEmpty { seriesColors[s] = colors[((slots[s] ?? 0) + (palette.isEmpty ? used : 0)) % colors.count] }
        let fixed = layer.mark.type == .text ? layer.mark.fixedTextColor : layer.mark.color.flatMap { Color(parsing: $0.value) }
        let base: Color
        if let fixed { base = fixed } else if layer.mark.type == .rule || layer.mark.type == .text { base = style.axis.title.color } else {
            base = colors.isEmpty ? style.bar.color : colors[used % colors.count]
        }
        used += max(1, seriesOrder.count)
        let stack = layer.mark.type == .rule ? nil : layer.x?.channel.stack
        return HorizontalLayer(layer: layer, marks: marks, colors: seriesColors, color: base, stack: stack)
    }

    /// Each row's place in its band from a quantitative offset field: its value on a linear
    /// scale from the field's least to its greatest value (no zero, as Vega-Lite's offset scale).
    static func bandPositions(_ field: Field, in table: DataTable) -> [Double?]? {
        guard case .success(let values) = table.numbers(column: field.column) else { return nil }
        let present = values.compactMap { $0 }
        guard let lo = present.min(), let hi = present.max() else { return values }
        return values.map { v in v.map { hi > lo ? ($0 - lo) / (hi - lo) : 0.5 } }
    }

    /// The values the layers span, for the value axis.
    static func extent(_ layers: [HorizontalLayer]) -> (Double, Double)? {
        let values = layers.flatMap { $0.marks.flatMap { [$0.value] + [$0.value2].compactMap { $0 } } }.filter(\.isFinite)
        guard let lo = values.min(), let hi = values.max() else { return nil }
        return (lo, hi)
    }

    /// Categories of the layers that the bars do not have, after theirs.
    static func extraCategories(_ layers: [HorizontalLayer], besides known: [String]) -> [String] {
        var seen = Set(known)
        var out: [String] = []
        for l in layers { for m in l.marks where seen.insert(m.category).inserted { out.append(m.category) } }
        return out
    }

    /// Legend entries: each colour series, or the layer itself when several are told apart
    /// only by colour. Text and rules without a colour field read as annotations.
    static func legendItems(_ layers: [HorizontalLayer]) -> [LegendItem] {
        var items: [LegendItem] = []
        for l in layers where !((l.layer.mark.type == .text || l.layer.mark.type == .rule) && l.layer.color == nil) {
            let swatch: LegendItem.Swatch = l.layer.mark.type == .rule || l.layer.mark.type == .tick ? .line(dash: l.layer.mark.strokeDash)
                : (l.layer.mark.type == .point && !(l.layer.mark.filled ?? false) ? .ring : ([.square, .bar].contains(l.layer.mark.type) ? .square : .point))
            if l.layer.color != nil {
                var named = Set<String>()
                for m in l.marks where named.insert(m.series ?? "").inserted {
                    items.append(LegendItem(label: m.series ?? "", color: l.colors[m.series ?? ""] ?? l.color, swatch: swatch))
                }
            } else {
                items.append(LegendItem(label: l.label, color: l.color, swatch: swatch))
            }
        }
        return items
    }

    /// Draws every layer in order; its marks become obstacles for labels placed later.
    static func draw(_ layers: [HorizontalLayer], band: BandScale, valueScale: LinearScale, style: Style, builder b: SceneBuilder,
                     obstacles: inout RectIndex) -> [SceneNode] {
        var nodes: [SceneNode] = []
        for l in layers {
            let mark = l.layer.mark
            let opacity = mark.opacity ?? 1
            for m in l.marks {
                guard var y = band.center(m.category) else { continue }
                if let f = m.bandPosition { y += band.bandwidth * (0.5 - f) }
                let color = m.conditionColor ?? m.series.flatMap { l.colors[$0] } ?? l.color
                let c = color.withAlpha(color.a * opacity)
                let left = min(valueScale.range.0, valueScale.range.1), width = abs(valueScale.range.1 - valueScale.range.0)
                let x = l.layer.x == nil ? mark.props.x?.resolve(start: left, length: width) ?? left : valueScale(m.value)
                let p = Point(x + (mark.props.xOffset ?? 0), y + (mark.props.yOffset ?? 0))
                switch mark.type {
                case .rule:
                    let q = Point(valueScale(m.value2!) + (mark.props.x2Offset ?? 0), p.y)
                    nodes.append(.path([.move(p), .line(q)], fill: nil, stroke: Stroke(color: c, width: mark.strokeWidth ?? 2, dash: mark.strokeDash),
                                       role: .ruleMark(series: m.series)))
                case .text:
                    var ts = mark.textStyle(style.bar.label)
                    ts.color = c
                    let run = mark.atRow(m.row, in: l.layer.table).textRun(m.text ?? "", ts, at: p, builder: b)
                    nodes.append(.text(run, role: .textMark(series: m.series)))
                    obstacles.insert(run.bounds)
                case .bar:
                    // From zero to the value across the band, or `size` thick at its centre.
                    let thick = mark.props.size ?? band.bandwidth
                    let zero = valueScale(0), end = valueScale(m.value)
                    let rect = Rect(x: min(zero, end), y: y - thick / 2, width: abs(end - zero), height: thick)
                    nodes.append(barNode(rect, fill: c, stroke: mark.outline(nil), role: .bar(category: m.category, series: m.series, value: m.value),
                                         mark: mark, vertical: false))
                    obstacles.insert(rect)
                case .tick:
                    let half = (mark.props.size ?? band.bandwidth * 0.75) / 2
                    nodes.append(.path([.move(Point(p.x, y - half)), .line(Point(p.x, y + half))], fill: nil,
                                       stroke: Stroke(color: c, width: mark.props.thickness ?? mark.strokeWidth ?? 2, dash: []),
                                       role: .point(series: m.series, value: m.value)))
                    obstacles.insert(Rect(x: p.x - 2, y: y - half, width: 4, height: 2 * half))
                default:
                    nodes.append(symbol(mark, at: p, color: c, radius: style.line.pointRadius * 1.3, style: style,
                                        role: .point(series: m.series, value: m.value)))
                    obstacles.insert(Rect(x: p.x - 5, y: p.y - 5, width: 10, height: 10))
                }
            }
        }
        return nodes
    }

}
