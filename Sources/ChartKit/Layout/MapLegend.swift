// The colour legend of a map: a column (or a row) of class swatches, or a gradient bar with
// ticks for a continuous scale; the no-data swatch last. Measured first, so the map can find a
// corner where it fits, then drawn where it was put.

struct MapLegend {
    enum Arrangement { case column, row(maxWidth: Double) }

    var content: MapLegendContent
    var title: String?
    var noData: LegendItem?
    var style: Style
    /// Vega-Lite's legend `gradientLength`: the gradient bar's length, else `gradientWidth`.
    var gradientLength: Double? = nil

    static let gradientWidth = 170.0
    static let gradientHeight = 10.0

    private var ls: LegendStyle { style.legend }

    /// The legend's size in an arrangement.
    func size(_ arrangement: Arrangement, measurer: TextMeasurer) -> (width: Double, height: Double) {
        let b = SceneBuilder(measurer: measurer)
        let nodes = layout(arrangement, at: Point(0, 0), builder: b)
        return (nodes.bounds.width, nodes.bounds.height)
    }

    /// Takes room for the legend on one side of `region` (top, bottom or right) and returns
    /// where to draw it; nil for `.none`.
    func reserve(_ orient: LegendOrient, in region: inout Rect, measurer: TextMeasurer) -> (Arrangement, Point)? {
        let gap = orient == .right ? style.legend.itemGap : style.headerGap
        switch orient {
        case .top:
            let s = size(.row(maxWidth: region.width), measurer: measurer)
            defer { region.y += s.height + gap; region.height -= s.height + gap }
            return (.row(maxWidth: region.width), Point(region.x, region.y))
        case .bottom:
            let s = size(.row(maxWidth: region.width), measurer: measurer)
            region.height -= s.height + gap
            return (.row(maxWidth: region.width), Point(region.x, region.maxY + gap))
        case .right:
            let s = size(.column, measurer: measurer)
            region.width -= s.width + gap
            return (.column, Point(region.maxX + gap, region.y))
        case .none, .topLeft, .topRight, .bottomLeft, .bottomRight:
            return nil  // inside the plot: refused on maps and heatmaps (LegendChecks)
        }
    }

    /// Draws the legend with its top-left corner at `origin`; returns the box it covers.
    @discardableResult
    func draw(_ arrangement: Arrangement, at origin: Point, into b: SceneBuilder) -> Rect {
        let drawn = layout(arrangement, at: origin, builder: SceneBuilder(measurer: b.measurer))
        for n in drawn.nodes { b.add(n) }
        return drawn.bounds
    }

    private func layout(_ arrangement: Arrangement, at origin: Point, builder b: SceneBuilder) -> (nodes: [SceneNode], bounds: Rect) {
        var nodes: [SceneNode] = []
        var box = Rect(x: origin.x, y: origin.y, width: 0, height: 0)
        func add(_ n: SceneNode, _ r: Rect) {
            nodes.append(n)
            box = box.width == 0 && box.height == 0 ? r : box.union(r)
        }
        let sw = ls.swatchSize
        var y = origin.y
        var titleWidth = 0.0
        let rowLayout: Bool
        if case .row = arrangement { rowLayout = true } else { rowLayout = false }
        if let title, !title.isEmpty {
            let run = b.text(title, ls.title, at: Point(origin.x, y))
            add(.text(run, role: .legendTitle), run.bounds)
            if rowLayout, case .classes = content {
                titleWidth = run.size.width + ls.itemGap * 0.75
            } else {
                y += run.size.height + 4
            }
        }
        let outline = Stroke(color: style.axis.domainColor, width: 0.5)
        func swatch(_ item: LegendItem, at p: Point, lineHeight: Double, outlined: Bool) -> Double {
            let r = Rect(x: p.x, y: p.y + (lineHeight - sw) / 2, width: sw, height: sw)
            add(.rect(r, fill: item.color, stroke: outlined ? outline : nil, role: .legendSwatch(item.label)), r)
            if item == noData, style.region.noDataHatch.a > 0 {
                let ring = [Point(r.minX, r.minY), Point(r.maxX, r.minY), Point(r.maxX, r.maxY), Point(r.minX, r.maxY)]
                let segments = PlaneGeometry.hatch([ring], spacing: RegionChartCompiler.hatchSpacing)
                let cmds = segments.flatMap { [PathCommand.move($0.0), .line($0.1)] }
                if !cmds.isEmpty { nodes.append(.path(cmds, fill: nil, stroke: Stroke(color: style.region.noDataHatch, width: 0.6), role: .decoration)) }
            }
            var t = b.text(item.label, ls.label, at: Point(p.x + sw + ls.swatchGap, p.y + lineHeight / 2), v: .middle)
            t.vAnchor = .middle
            add(.text(t, role: .legendLabel(item.label)), t.bounds)
            return sw + ls.swatchGap + t.size.width
        }
        let noDataOutlined = noData.map { $0.color.lightness > 0.9 } ?? false

        switch content {
        case .classes(let items):
            let all = items.map { ($0, false) } + (noData.map { [($0, noDataOutlined)] } ?? [])
            let lineHeight = max(sw, b.measurer.measure("0", font: ls.label.font).height)
            switch arrangement {
            case .column:
                for (item, outlined) in all {
                    _ = swatch(item, at: Point(origin.x, y), lineHeight: lineHeight, outlined: outlined)
                    y += lineHeight + 3
                }
            case .row(let maxWidth):
                var x = origin.x + titleWidth
                for (item, outlined) in all {
                    let w = sw + ls.swatchGap + b.measurer.measure(item.label, font: ls.label.font).width
                    if x > origin.x + titleWidth && x + w > origin.x + maxWidth {
                        x = origin.x + titleWidth
                        y += lineHeight + 4
                    }
                    x += swatch(item, at: Point(x, y), lineHeight: lineHeight, outlined: outlined) + ls.itemGap
                }
            }
        case .gradient(let scale, let ticks):
            let w = gradientLength ?? Self.gradientWidth, h = Self.gradientHeight
            let bar = Rect(x: origin.x, y: y, width: w, height: h)
            let stops = (0...16).map { k -> GradientStop in
                let t = Double(k) / 16
                return GradientStop(offset: t, color: scale.ramp.color(at: scale.rampRange.0 + (scale.rampRange.1 - scale.rampRange.0) * t))
            }
            add(.gradient(bar, stops: stops, role: .legendGradient), bar)
            let (lo, hi) = scale.domain
            var lastRight = -Double.infinity
            for (value, label) in ticks {
                let x = bar.minX + (hi > lo ? (value - lo) / (hi - lo) : 0.5) * w
                let tick: [PathCommand] = [.move(Point(x, bar.maxY)), .line(Point(x, bar.maxY + 3))]
                add(.path(tick, fill: nil, stroke: Stroke(color: style.axis.tickColor, width: 1), role: .axisTick), Rect(x: x, y: bar.maxY, width: 0.01, height: 3))
                let run = b.text(label, ls.label, at: Point(x, bar.maxY + 4), h: .middle, v: .top)
                // Keep tick labels apart: a label that would touch the previous one is left out.
                if run.bounds.minX < lastRight + 4 { continue }
                lastRight = run.bounds.maxX
                add(.text(run, role: .legendLabel(label)), run.bounds)
            }
            if let noData {
                let lineHeight = max(sw, b.measurer.measure("0", font: ls.label.font).height)
                switch arrangement {
                case .column:
                    let top = box.maxY + 6
                    _ = swatch(noData, at: Point(origin.x, top), lineHeight: lineHeight, outlined: noDataOutlined)
                case .row:
                    _ = swatch(noData, at: Point(max(bar.maxX, lastRight) + ls.itemGap, bar.midY - lineHeight / 2), lineHeight: lineHeight, outlined: noDataOutlined)
                }
            }
        }
        return (nodes, box)
    }
}

extension Array where Element == SceneNode {
    /// The union of the nodes' boxes (texts by their runs).
    var bounds: Rect {
        var out: Rect?
        func merge(_ r: Rect) { out = out.map { $0.union(r) } ?? r }
        for n in self {
            switch n {
            case .rect(let r, _, _, _), .gradient(let r, _, _): merge(r)
            case .text(let t, _): merge(t.bounds)
            case .circle(let c, let radius, _, _, _): merge(Rect(x: c.x - radius, y: c.y - radius, width: 2 * radius, height: 2 * radius))
            case .path(let cmds, _, _, _), .gradientPath(let cmds, _, _, _):
                var pts: [Point] = []
                for c in cmds { if case .move(let p) = c { pts.append(p) } else if case .line(let p) = c { pts.append(p) } }
                if !pts.isEmpty { merge(PlaneGeometry.bounds([pts])) }
            case .group(let children, _): if !children.isEmpty { merge(children.bounds) }
            }
        }
        return out ?? Rect(x: 0, y: 0, width: 0, height: 0)
    }
}
