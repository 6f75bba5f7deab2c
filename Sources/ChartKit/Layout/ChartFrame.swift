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
        /// A stroke of a width (a trail's size legend; Vega's "stroke" symbol).
        case stroke(width: Double)

        /// The room the swatch needs across, at least the style's swatch size.
        func side(_ standard: Double) -> Double {
            if case .symbol(_, let side, _) = self { return max(standard, side) }
            if case .stroke(let width) = self { return max(standard, width) }
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
    /// Vega-Lite's legend `offset`: its gap from the plot (inside the plot: from the corner).
    public var offset: Double? = nil
    /// Vega's legend `clipHeight`: each entry's height, its symbol cut to it (a size legend's
    /// large circles stay within their row).
    public var clipHeight: Double? = nil
}

/// Collects scene nodes with a measurer at hand; shared by the layout helpers.
final class SceneBuilder {
    let measurer: TextMeasurer
    var nodes: [SceneNode] = []
    /// Legends inside the plot (Vega's corner orients), drawn once the plot is known
    /// (ChartFrame.drawInsideLegends).
    var insideLegends: [LegendBlock] = []

    init(measurer: TextMeasurer) { self.measurer = measurer }

    /// Lays out a text run and returns it (not yet added).
    func text(_ written: String, _ style: TextStyle, at p: Point, h: HorizontalAnchor = .start, v: VerticalAnchor = .top,
              angle: Double = 0, wrap: Double? = nil, align: HorizontalAnchor = .start) -> TextRun {
        let s = style.limit.map { limited(written, font: style.font, to: $0) } ?? written
        let size = measurer.measure(s, font: style.font, wrapWidth: wrap)
        return TextRun(text: s, font: style.font, color: style.color, position: p, hAnchor: h, vAnchor: v,
                       angle: angle, wrapWidth: wrap, alignment: align, size: size)
    }

    /// `text` cut to fit `width` with an ellipsis, as Vega truncates at a limit: the longest
    /// prefix (by characters) that fits with "…" after it.
    func limited(_ text: String, font: Font, to width: Double) -> String {
        guard measurer.measure(text, font: font, wrapWidth: nil).width > width else { return text }
        let chars = Array(text)
        var lo = 0, hi = chars.count
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if measurer.measure(String(chars[..<mid]) + "…", font: font, wrapWidth: nil).width <= width { lo = mid } else { hi = mid - 1 }
        }
        return String(chars[..<lo]).trimmingCharacters(in: .whitespaces) + "…"
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
        let shown = legends.filter { !$0.items.isEmpty && $0.orient != .none && !$0.orient.isInside }
        b.insideLegends = legends.filter { !$0.items.isEmpty && $0.orient.isInside }
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
        var pen = LegendPen(b: b, ls: ls)
        pen.read(legend)
        let (items, lineHeight, titleRun) = (pen.items, pen.lineHeight, pen.titleRun)
        let gap = legends.compactMap(\.offset).max()

        switch legend.orient {
        case .top, .bottom:
            // Flow items into rows across the width, the title first on the first row.
            var rows: [[(LegendItem, TextRun, Double)]] = [[]]
            var x = 0.0
            let titleWidth = titleRun.map { $0.size.width + ls.itemGap * 0.75 } ?? 0
            x = titleWidth
            for (item, run) in items {
                let w = pen.sw + ls.swatchGap + run.size.width
                if x > titleWidth && x + w > region.width { rows.append([]); x = titleWidth }
                rows[rows.count - 1].append((item, run, x))
                x += w + ls.itemGap
            }
            let height = Double(rows.count) * lineHeight + Double(rows.count - 1) * 4
            let y0: Double
            if legend.orient == .top {
                y0 = region.y + (hasHeader ? style.headerGap * 0.75 : 0)
                region.y = y0 + height + (gap ?? style.headerGap)
                region.height = r.maxY - region.y
            } else {
                y0 = region.maxY - height
                region.height = y0 - (gap ?? style.headerGap) - region.y
            }
            if var t = titleRun {
                t.position = Point(region.x, y0 + lineHeight / 2)
                t.vAnchor = .middle
                b.add(t, .legendTitle)
            }
            for (i, row) in rows.enumerated() {
                let y = y0 + Double(i) * (lineHeight + 4)
                for (item, run, x) in row { pen.place(item, run, x: region.x + x, y: y) }
            }
        case .right:
            // One column as wide as its widest legend, each legend under the one before.
            let size = column(legends, at: nil, pen: &pen)
            let y = region.y + (hasHeader ? style.headerGap : 0)
            column(legends, at: Point(region.maxX - size.width, y), pen: &pen)
            region.width -= size.width + (gap ?? ls.itemGap)
            if hasHeader { region.y += style.headerGap; region.height -= style.headerGap }
        case .none, .topLeft, .topRight, .bottomLeft, .bottomRight:
            break
        }
        return region
    }

    /// Lays out legends in one column, each under the one before, its title above its entries:
    /// draws them with their top-left corner at `origin` when given; returns their size.
    @discardableResult
    static func column(_ legends: [LegendBlock], at origin: Point?, pen: inout LegendPen) -> (width: Double, height: Double) {
        let ls = pen.ls
        var width = 0.0
        for l in legends {
            pen.read(l)
            width = max(width, pen.titleRun?.size.width ?? 0, pen.items.map { pen.sw + ls.swatchGap + $0.1.size.width }.max() ?? 0)
        }
        let x0 = origin?.x ?? 0
        var y = origin?.y ?? 0
        for (i, l) in legends.enumerated() {
            pen.read(l)
            if i > 0 { y += ls.itemGap - 5 }
            if var t = pen.titleRun {
                t.position = Point(x0, y)
                if origin != nil { pen.b.add(t, .legendTitle) }
                y += t.size.height + 4
            }
            for (item, run) in pen.items {
                if origin != nil { pen.place(item, run, x: x0, y: y) }
                y += pen.lineHeight + 5
            }
        }
        // The column ends at its last entry's line, not the gap after it.
        return (width, y - (origin?.y ?? 0) - 5)
    }
}

/// Measures a legend's title and entries and draws its entries (swatch, then label).
struct LegendPen {
    let b: SceneBuilder
    let ls: LegendStyle
    var sw = 0.0
    var items: [(LegendItem, TextRun)] = []
    var lineHeight = 0.0
    var titleRun: TextRun?
    var clipHeight: Double?

    init(b: SceneBuilder, ls: LegendStyle) { self.b = b; self.ls = ls; sw = ls.swatchSize }

    /// Reads one legend: its items and title measured, its swatch column and line height.
    mutating func read(_ legend: LegendBlock) {
        let ls = self.ls, b = self.b
        sw = legend.items.map { $0.swatch.side(ls.swatchSize) }.max() ?? ls.swatchSize
        items = legend.items.map { item -> (LegendItem, TextRun) in
            (item, b.text(item.label, ls.label, at: Point(0, 0)))
        }
        let labelHeight = items.map(\.1.size.height).max() ?? 0
        clipHeight = legend.clipHeight
        lineHeight = max(clipHeight ?? sw, labelHeight)
        titleRun = legend.title.map { b.text($0, ls.title, at: Point(0, 0)) }
    }

    func place(_ item: LegendItem, _ run: TextRun, x: Double, y: Double) {
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
        case .stroke(let width):
            b.add(.path([.move(Point(swatch.minX, swatch.midY)), .line(Point(swatch.maxX, swatch.midY))], fill: nil,
                        stroke: Stroke(color: item.color, width: width), role: .legendSwatch(item.label)))
        case .symbol(let shape, let side, let filled):
            // Vega's legend symbols: filled without an outline, else a 1.5 px outline.
            let node = shape.node(at: Point(swatch.midX, swatch.midY), side: side, fill: filled ? item.color : nil,
                                  stroke: filled ? nil : Stroke(color: item.color, width: 1.5), role: .legendSwatch(item.label))
            if let clip = clipHeight, side > clip {
                let row = Rect(x: swatch.minX - 2, y: swatch.midY - clip / 2, width: swatch.width + 4, height: clip)
                b.add(.group([node], clip: row))
            } else {
                b.add(node)
            }
        }
        var t = run
        t.position = Point(x + sw + ls.swatchGap, y + lineHeight / 2)
        t.vAnchor = .middle
        b.add(t, .legendLabel(item.label))
    }
}
