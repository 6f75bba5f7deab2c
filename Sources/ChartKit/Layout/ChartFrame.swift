// The chrome every chart shares: title and subtitle on top, notes and source underneath,
// the legend where the style or spec puts it. What is left is the region for axes and plot.

public struct LegendItem: Sendable, Equatable {
    /// `ring`: an outlined point (Vega-Lite's default point mark); `dashed`: a line in exactly
    /// its pattern (a strokeDash legend); `symbol`: a shape with the side of its bounding
    /// square (size and shape legends), outlined unless `filled`.
    public enum Swatch: Sendable, Equatable {
        case square, line(dash: [Double]), point, ring
        case dashed([Double])
        case symbol(SymbolShape, side: Double, filled: Bool)

        /// The room the swatch needs across, at least the style's swatch size.
        func side(_ standard: Double) -> Double {
            if case .symbol(_, let side, _) = self { return max(standard, side) }
            return standard
        }
    }
    public var label: String
    public var color: Color
    public var swatch: Swatch = .square
}

public struct LegendBlock: Sendable {
    public var title: String?
    public var items: [LegendItem]
    public var orient: LegendOrient
}

/// Collects scene nodes with a measurer at hand; shared by the layout helpers.
final class SceneBuilder {
    let measurer: TextMeasurer
    var nodes: [SceneNode] = []

    init(measurer: TextMeasurer) { self.measurer = measurer }

    /// Lays out a text run and returns it (not yet added).
    func text(_ s: String, _ style: TextStyle, at p: Point, h: HorizontalAnchor = .start, v: VerticalAnchor = .top,
              angle: Double = 0, wrap: Double? = nil, align: HorizontalAnchor = .start) -> TextRun {
        let size = measurer.measure(s, font: style.font, wrapWidth: wrap)
        return TextRun(text: s, font: style.font, color: style.color, position: p, hAnchor: h, vAnchor: v,
                       angle: angle, wrapWidth: wrap, alignment: align, size: size)
    }

    func add(_ node: SceneNode) { nodes.append(node) }
    func add(_ run: TextRun, _ role: Role) { nodes.append(.text(run, role: role)) }
}

enum ChartFrame {
    /// Lays out the title block, the footer and a top/bottom/right legend; returns the region
    /// left for axes and plot.
    static func layout(_ chart: Chart, legend: LegendBlock?, into b: SceneBuilder) -> Rect {
        layout(chart, legends: legend.map { [$0] } ?? [], into: b)
    }

    /// As above with any number of legends (colour, size, shape…): those on the right in one
    /// column, top to bottom; those on top or at the bottom one under another.
    static func layout(_ chart: Chart, legends: [LegendBlock], into b: SceneBuilder) -> Rect {
        let style = chart.style
        let spec = chart.spec
        let left = style.padding
        let contentWidth = chart.width - 2 * style.padding
        var top = style.padding
        var hasHeader = false

        // Vega-Lite's title anchor: the start (the style's place), the middle or the end.
        let anchor = spec.titleAnchor ?? .start
        let x = [HorizontalAnchor.start: left, .middle: left + contentWidth / 2, .end: left + contentWidth][anchor]!
        if let title = spec.title, !title.isEmpty {
            let run = b.text(title, style.title, at: Point(x, top), h: anchor, wrap: contentWidth, align: anchor)
            b.add(run, .title)
            top += run.size.height
            hasHeader = true
        }
        if let subtitle = spec.subtitle, !subtitle.isEmpty {
            if hasHeader { top += 2 }
            let run = b.text(subtitle, style.subtitle, at: Point(x, top), h: anchor, wrap: contentWidth, align: anchor)
            b.add(run, .subtitle)
            top += run.size.height
            hasHeader = true
        }

        // Footer, bottom up: source last, notes above it.
        var bottom = chart.height - style.padding
        var footer: [(String, TextStyle, Role)] = spec.notes.filter { !$0.isEmpty }.map { ($0, style.notes, .notes) }
        if let source = spec.source, !source.isEmpty { footer.append((source, style.source, .source)) }
        var footerRuns: [(TextRun, Role)] = []
        for (text, ts, role) in footer {
            footerRuns.append((b.text(text, ts, at: Point(left, 0), wrap: contentWidth), role))
        }
        let footerHeight = footerRuns.reduce(0) { $0 + $1.0.size.height } + Double(max(0, footerRuns.count - 1)) * 2
        if !footerRuns.isEmpty {
            var y = bottom - footerHeight
            for (run, role) in footerRuns {
                var r = run
                r.position = Point(left, y)
                b.add(r, role)
                y += run.size.height + 2
            }
            bottom -= footerHeight + style.footerGap
        }

        var region = Rect(x: left, y: top, width: contentWidth, height: max(1, bottom - top))
        let shown = legends.filter { !$0.items.isEmpty && $0.orient != .none }
        if !shown.isEmpty {
            var header = hasHeader  // a legend on top stands between the header and the rest
            for legend in shown where legend.orient != .right {
                region = layoutLegend([legend], style: style, region: region, hasHeader: header, into: b)
                if legend.orient == .top { header = false }
            }
            let right = shown.filter { $0.orient == .right }
            if !right.isEmpty { region = layoutLegend(right, style: style, region: region, hasHeader: header, into: b) }
        } else if hasHeader {
            region.y += style.headerGap
            region.height -= style.headerGap
        }
        region.height = max(1, region.height)
        return region
    }

    /// Places legends that share an orient (only the right stacks more than one) and returns
    /// the region that remains.
    static func layoutLegend(_ legends: [LegendBlock], style: Style, region r: Rect, hasHeader: Bool, into b: SceneBuilder) -> Rect {
        let legend = legends[0]
        let ls = style.legend
        var region = r
        var sw = ls.swatchSize
        var items: [(LegendItem, TextRun)] = []
        var lineHeight = 0.0
        var titleRun: TextRun?
        /// Reads one legend: its items and title measured, its swatch column and line height.
        func read(_ legend: LegendBlock) {
            sw = legend.items.map { $0.swatch.side(ls.swatchSize) }.max() ?? ls.swatchSize
            items = legend.items.map { item -> (LegendItem, TextRun) in
                (item, b.text(item.label, ls.label, at: Point(0, 0)))
            }
            lineHeight = max(sw, items.map(\.1.size.height).max() ?? sw)
            titleRun = legend.title.map { b.text($0, ls.title, at: Point(0, 0)) }
        }
        read(legend)

        func placeItem(_ item: LegendItem, _ run: TextRun, x: Double, y: Double) {
            let swatch = Rect(x: x, y: y + (lineHeight - sw) / 2, width: sw, height: sw)
            switch item.swatch {
            case .square:
                b.add(.rect(swatch, fill: item.color, stroke: nil, role: .legendSwatch(item.label)))
            case .line(let dash):
                b.add(.path([.move(Point(swatch.minX, swatch.midY)), .line(Point(swatch.maxX, swatch.midY))], fill: nil,
                            stroke: Stroke(color: item.color, width: 2.5, dash: dash.isEmpty ? [] : [3, 2]), role: .legendSwatch(item.label)))
            case .point:
                b.add(.circle(center: Point(swatch.midX, swatch.midY), radius: sw * 0.4, fill: item.color, stroke: nil, role: .legendSwatch(item.label)))
            case .ring:
                b.add(.circle(center: Point(swatch.midX, swatch.midY), radius: sw * 0.33, fill: nil,
                              stroke: Stroke(color: item.color, width: 2, dash: []), role: .legendSwatch(item.label)))
            case .dashed(let dash):
                b.add(.path([.move(Point(swatch.minX, swatch.midY)), .line(Point(swatch.maxX, swatch.midY))], fill: nil,
                            stroke: Stroke(color: item.color, width: 2, dash: dash), role: .legendSwatch(item.label)))
            case .symbol(let shape, let side, let filled):
                // Vega's legend symbols: filled without an outline, else a 1.5 px outline.
                b.add(shape.node(at: Point(swatch.midX, swatch.midY), side: side, fill: filled ? item.color : nil,
                                 stroke: filled ? nil : Stroke(color: item.color, width: 1.5), role: .legendSwatch(item.label)))
            }
            var t = run
            t.position = Point(x + sw + ls.swatchGap, y + lineHeight / 2)
            t.vAnchor = .middle
            b.add(t, .legendLabel(item.label))
        }

        switch legend.orient {
        case .top, .bottom:
            // Flow items into rows across the width, the title first on the first row.
            var rows: [[(LegendItem, TextRun, Double)]] = [[]]
            var x = 0.0
            let titleWidth = titleRun.map { $0.size.width + ls.itemGap * 0.75 } ?? 0
            x = titleWidth
            for (item, run) in items {
                let w = sw + ls.swatchGap + run.size.width
                if x > titleWidth && x + w > region.width { rows.append([]); x = titleWidth }
                rows[rows.count - 1].append((item, run, x))
                x += w + ls.itemGap
            }
            let height = Double(rows.count) * lineHeight + Double(rows.count - 1) * 4
            let y0: Double
            if legend.orient == .top {
                y0 = region.y + (hasHeader ? style.headerGap * 0.75 : 0)
                region.y = y0 + height + style.headerGap
                region.height = r.maxY - region.y
            } else {
                y0 = region.maxY - height
                region.height = y0 - style.headerGap - region.y
            }
            if var t = titleRun {
                t.position = Point(region.x, y0 + lineHeight / 2)
                t.vAnchor = .middle
                b.add(t, .legendTitle)
            }
            for (i, row) in rows.enumerated() {
                let y = y0 + Double(i) * (lineHeight + 4)
                for (item, run, x) in row { placeItem(item, run, x: region.x + x, y: y) }
            }
        case .right:
            // One column as wide as its widest legend, each legend under the one before.
            var width = 0.0
            for l in legends {
                read(l)
                width = max(width, titleRun?.size.width ?? 0, items.map { sw + ls.swatchGap + $0.1.size.width }.max() ?? 0)
            }
            let x0 = region.maxX - width
            var y = region.y + (hasHeader ? style.headerGap : 0)
            for (i, l) in legends.enumerated() {
                read(l)
                if i > 0 { y += ls.itemGap - 5 }
                if var t = titleRun {
                    t.position = Point(x0, y)
                    b.add(t, .legendTitle)
                    y += t.size.height + 4
                }
                for (item, run) in items {
                    placeItem(item, run, x: x0, y: y)
                    y += lineHeight + 5
                }
            }
            region.width -= width + ls.itemGap
            if hasHeader { region.y += style.headerGap; region.height -= style.headerGap }
        case .none:
            break
        }
        return region
    }
}
