// A figure of panels (`hconcat`, `vconcat`): the figure's chrome (title, subtitle, notes,
// source) once, then each panel compiled as a chart of its own in its share of the room, with
// its own axes, scales and legend (Vega-Lite's default for concatenated views), and moved into
// place.

enum ConcatCompiler {
    /// Room between panels: the spec's `spacing` in that direction, else the style's.
    static func gap(_ figure: Chart, vertical: Bool) -> Double {
        (vertical ? figure.spec.spacing?.row : figure.spec.spacing?.column) ?? max(ConcatSizes.gap, figure.style.padding)
    }

    static func compile(_ figure: Chart, measurer: TextMeasurer, panel compilePanel: (Chart) -> CompiledChart) -> CompiledChart {
        let b = SceneBuilder(measurer: measurer)
        // The panels share their colours: one legend for the figure (see ConcatColours).
        let legend = FacetCompiler.sharedLegend(figure, panel: compilePanel)
        let region = ChartFrame.layout(figure, legend: legend, into: b)
        // Side by side: one row of them all; one above another: one column; `concat`: rows
        // of `columns` (one row without it, as in Vega-Lite).
        let n = figure.panels.count
        let columns = figure.concat == .vertical ? 1 : min(n, figure.concatColumns ?? n)
        let laid = ConcatPanelSizes.rects(figure, in: region, gap: gap(figure, vertical: figure.concat == .vertical), panel: compilePanel)
            ?? FacetCompiler.gridRects(count: n, columns: columns, in: region, gap: gap(figure, vertical: false), rowGap: gap(figure, vertical: true))
        let rects = ConcatPlotAlignment.levelled(laid, figure: figure, panel: compilePanel)
        var warnings: [String] = []
        // Independent scales unless `resolve` shares them (Vega-Lite's default for concat).
        let shared = FacetCompiler.sharedExtents(figure, rects: rects, panel: compilePanel)
        for (i, (panel, rect)) in zip(figure.panels, rects).enumerated() {
            var p = fitted(panel, into: rect, figure: figure)
            p.sharedExtents = shared
            let compiled = compilePanel(p)
            b.add(.group(compiled.scene.nodes.map { $0.translated(dx: rect.x, dy: rect.y) }, clip: nil))
            let prefix = "\(figure.concat?.rawValue ?? "hconcat")[\(i)]"
            warnings += compiled.warnings.map { $0.hasPrefix(prefix) ? $0 : "\(prefix): \($0)" }
        }
        let scene = Scene(width: figure.width, height: figure.height, background: figure.style.background, nodes: b.nodes, title: figure.spec.title)
        return CompiledChart(scene: scene, warnings: warnings)
    }

    /// A panel sized to its rectangle, without the figure's outer padding, its title in the
    /// weight of a title and the size of a subtitle (a panel title heads a part, not the page).
    static func fitted(_ panel: Chart, into rect: Rect, figure: Chart) -> Chart {
        var p = panel
        p.width = rect.width
        p.height = rect.height
        p.style.padding = 0
        p.style.title.font.size = figure.style.subtitle.font.size * 1.08
        p.style.title.font.weight = figure.style.title.font.weight
        return p
    }
}

extension SceneNode {
    /// The node moved by (dx, dy): how a panel's scene is placed inside a figure.
    func translated(dx: Double, dy: Double) -> SceneNode {
        func p(_ q: Point) -> Point { Point(q.x + dx, q.y + dy) }
        func r(_ q: Rect) -> Rect { Rect(x: q.x + dx, y: q.y + dy, width: q.width, height: q.height) }
        switch self {
        case .rect(let rect, let fill, let stroke, let role): return .rect(r(rect), fill: fill, stroke: stroke, role: role)
        case .path(let cmds, let fill, let stroke, let role):
            return .path(cmds.map { $0.translated(dx: dx, dy: dy) }, fill: fill, stroke: stroke, role: role)
        case .gradientPath(let cmds, var g, let stroke, let role):
            (g.start, g.end) = (p(g.start), p(g.end))
            return .gradientPath(cmds.map { $0.translated(dx: dx, dy: dy) }, gradient: g, stroke: stroke, role: role)
        case .text(var run, let role):
            run.position = p(run.position)
            return .text(run, role: role)
        case .circle(let c, let radius, let fill, let stroke, let role): return .circle(center: p(c), radius: radius, fill: fill, stroke: stroke, role: role)
        case .group(let children, let clip): return .group(children.map { $0.translated(dx: dx, dy: dy) }, clip: clip.map(r))
        case .gradient(let rect, let stops, let role): return .gradient(r(rect), stops: stops, role: role)
        }
    }
}

extension PathCommand {
    func translated(dx: Double, dy: Double) -> PathCommand {
        func p(_ q: Point) -> Point { Point(q.x + dx, q.y + dy) }
        switch self {
        case .move(let q): return .move(p(q))
        case .line(let q): return .line(p(q))
        case .curve(let a, let b, let q): return .curve(p(a), p(b), p(q))
        case .close: return .close
        }
    }
}
