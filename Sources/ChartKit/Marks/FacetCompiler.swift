// Small multiples: one panel per facet value in a grid, the figure's chrome and one legend
// around it. Panels share their scales as in Vega-Lite: a first pass learns what each
// panel's data spans, a second draws every panel over the union. Axis labels and titles are
// written only on the grid's outer edge (left column, bottom panel of each column); inner
// panels keep the room, so every plot lines up.

enum FacetCompiler {
    static func compile(_ figure: Chart, measurer: TextMeasurer, panel compilePanel: (Chart) -> CompiledChart) -> CompiledChart {
        let b = SceneBuilder(measurer: measurer)
        let legend = sharedLegend(figure, panel: compilePanel)
        var framed = ChartFrame.layout(figure, legend: legend, into: b)
        // A shared quantitative colour's one gradient (or classes) for the figure.
        let valueLegend = FacetValueColors.legend(figure)
        let valuePlace = valueLegend.flatMap { $0.0.reserve($0.1, in: &framed, measurer: measurer) }
        // A grid's headers take room left of and above the panels; one field's, its title's.
        let headed = figure.facetGrid.map { FacetGridLayout.reserve($0, in: framed, style: figure.style, into: b) }
        let region = headed?.panels ?? FacetHeaderLayout.place(figure.facetHeader, in: framed, style: figure.style, into: b)
        let n = figure.panels.count
        let columns = grid(figure).columns
        let spacing = figure.spec.spacing
        let rects = gridRects(count: n, columns: columns, in: region, gap: spacing?.column ?? 14, rowGap: spacing?.row ?? 14)
        var plots: [Rect?] = []

        let resolve = figure.spec.figureResolve
        let shared = sharedExtents(figure, rects: rects, panel: compilePanel)
        // Every panel over the shared extents; a shared axis is written on the outer edge only.
        var warnings: [String] = []
        for (i, (panel, rect)) in zip(figure.panels, rects).enumerated() {
            var p = ConcatCompiler.fitted(panel, into: rect, figure: figure)
            p.sharedExtents = shared
            let compiled = compilePanel(p)
            let nodes = stripAxisText(compiled.scene.nodes, left: resolve.sharedY && i % columns != 0,
                                      bottom: resolve.sharedX && i + columns < n)
            b.add(.group(nodes.map { $0.translated(dx: rect.x, dy: rect.y) }, clip: nil))
            warnings += compiled.warnings.map { "panel \"\(Quote.short(panel.panelName ?? panel.spec.title ?? ""))\": \($0)" }
            plots.append(compiled.scene.plotArea.map { Rect(x: $0.x + rect.x, y: $0.y + rect.y, width: $0.width, height: $0.height) })
        }
        if let grid = figure.facetGrid, let headed {
            FacetGridLayout.labels(grid, rects: rects, plots: plots, left: headed.left, top: headed.top, style: figure.style, into: b)
        }
        if let (l, _) = valueLegend, let (arrangement, origin) = valuePlace { _ = l.draw(arrangement, at: origin, into: b) }
        var scene = Scene(width: figure.width, height: figure.height, background: figure.style.background, nodes: b.nodes, title: figure.spec.title)
        // The first panel's plot: the size a Vega-Lite width/height asks of each (PlotSize).
        scene.plotArea = plots.lazy.compactMap { $0 }.first
        return CompiledChart(scene: scene, warnings: warnings)
    }

    /// Panels per row and rows of a small multiple.
    static func grid(_ figure: Chart) -> (columns: Int, rows: Int) {
        let n = max(1, figure.panels.count)
        let columns = max(1, min(n, figure.facetColumns ?? n))
        return (columns, (n + columns - 1) / columns)
    }

    /// What the panels' data spans together on each shared scale ("value" for y, "x"): a
    /// first pass compiles every panel to learn its extents. Empty when nothing is shared.
    static func sharedExtents(_ figure: Chart, rects: [Rect], panel compilePanel: (Chart) -> CompiledChart) -> [String: (Double, Double)] {
        let resolve = figure.spec.figureResolve
        let keys = Set((resolve.sharedY ? ["value"] : []) + (resolve.sharedX ? ["x"] : []))
        // Panels without x or y (maps) have no extents to share: no first pass.
        let positioned = figure.panels.contains { $0.layers.contains { $0.x != nil || $0.y != nil } }
        guard !keys.isEmpty, positioned else { return [:] }
        var shared: [String: (Double, Double)] = [:]
        for (panel, rect) in zip(figure.panels, rects) {
            for (key, e) in compilePanel(ConcatCompiler.fitted(panel, into: rect, figure: figure)).dataExtents where keys.contains(key) {
                shared[key] = shared[key].map { (min($0.0, e.0), max($0.1, e.1)) } ?? e
            }
        }
        return shared
    }

    /// `count` equal cells in rows of `columns`, `gap` apart side by side and `rowGap` (the
    /// same by default) one above another.
    static func gridRects(count: Int, columns: Int, in region: Rect, gap: Double, rowGap: Double? = nil) -> [Rect] {
        let rows = (count + columns - 1) / columns
        let rowGap = rowGap ?? gap
        let w = max(10, (region.width - gap * Double(columns - 1)) / Double(columns))
        let h = max(10, (region.height - rowGap * Double(rows - 1)) / Double(rows))
        return (0..<count).map { i in
            Rect(x: region.x + Double(i % columns) * (w + gap), y: region.y + Double(i / columns) * (h + rowGap), width: w, height: h)
        }
    }

    /// The legend the panels would each draw, drawn once for the figure: read off the panels
    /// compiled with their legends shown (they share their colours), each value once, in the
    /// order of the shared colour domain.
    static func sharedLegend(_ figure: Chart, panel compilePanel: (Chart) -> CompiledChart) -> LegendBlock? {
        var orient: LegendOrient?
        var title: String?
        var clipHeight: Double?
        var items: [LegendItem] = []
        var domain: [String] = []
        for panel in figure.panels {
            guard let (shown, legendOrient) = withLegendShown(panel) else { continue }
            orient = orient ?? legendOrient
            // The first panel's colour legend asking for a clipHeight sets the entries' height.
            clipHeight = clipHeight ?? panel.layers.lazy.compactMap({ $0.color?.channel.legend?.clipHeight }).first
            if domain.isEmpty, let d = shown.layers.lazy.compactMap({ $0.color?.channel.scale?.domain }).first {
                domain = d.compactMap { if case .string(let s) = $0.value { return s } else { return nil } }
            }
            let read = legendItems(compilePanel(shown).scene)
            title = title ?? read.title
            for item in read.items where !items.contains(where: { $0.label == item.label }) { items.append(item) }
        }
        guard !items.isEmpty else { return nil }
        let rank = Dictionary(domain.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        items = items.enumerated().sorted { a, b in
            let ra = rank[a.element.label] ?? Int.max, rb = rank[b.element.label] ?? Int.max
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
        return LegendBlock(title: title, items: items, orient: orient ?? figure.style.legend.orient, clipHeight: clipHeight)
    }

    /// The panel with its colour legends shown, on top (where reading them back is simplest),
    /// and where they were meant to go; nil when it has none.
    private static func withLegendShown(_ panel: Chart) -> (Chart, LegendOrient?)? {
        var p = panel
        var orient: LegendOrient?
        var shown = false
        for i in p.layers.indices {
            // `"legend": null` in the spec: no legend anywhere.
            // (A quantitative colour's gradient is the figure's own: FacetValueColors.)
            guard var color = p.layers[i].color, color.type != .quantitative, var legend = color.channel.legend,
                  !legend.hidden || legend.drawnByFigure else { continue }
            orient = legend.orient
            legend.hidden = false
            legend.orient = .top
            color.channel.legend = legend
            p.layers[i].color = color
            shown = true
        }
        return shown ? (p, orient) : nil
    }

    private static func legendItems(_ scene: Scene) -> (title: String?, items: [LegendItem]) {
        var items: [LegendItem] = []
        var title: String?
        for node in scene.leaves {
            switch node {
            case .rect(_, let fill, _, .legendSwatch(let label)): items.append(LegendItem(label: label, color: fill ?? .black, swatch: .square))
            case .path(_, _, let stroke, .legendSwatch(let label)):
                items.append(LegendItem(label: label, color: stroke?.color ?? .black, swatch: .line(dash: stroke?.dash ?? [])))
            case .circle(_, _, let fill, let stroke, .legendSwatch(let label)):
                items.append(fill == nil ? LegendItem(label: label, color: stroke?.color ?? .black, swatch: .ring)
                                         : LegendItem(label: label, color: fill!, swatch: .point))
            case .text(let run, .legendTitle): title = run.text
            default: break
            }
        }
        return (title, items)
    }

    /// The scene without the axis labels and titles left of the plot (`left`) or below it
    /// (`bottom`); the plot is where its gridlines and axis lines are.
    static func stripAxisText(_ nodes: [SceneNode], left: Bool, bottom: Bool) -> [SceneNode] {
        guard left || bottom else { return nodes }
        var plotLeft = Double.infinity, plotBottom = -Double.infinity
        func scan(_ ns: [SceneNode]) {
            for n in ns {
                switch n {
                case .path(let cmds, _, _, .gridline), .path(let cmds, _, _, .axisDomain):
                    for case .move(let p) in cmds { plotLeft = min(plotLeft, p.x); plotBottom = max(plotBottom, p.y) }
                    for case .line(let p) in cmds { plotLeft = min(plotLeft, p.x); plotBottom = max(plotBottom, p.y) }
                case .group(let children, _): scan(children)
                default: break
                }
            }
        }
        scan(nodes)
        func keep(_ n: SceneNode) -> SceneNode? {
            switch n {
            case .text(let run, let role) where role == .axisLabel || role == .axisTitle:
                let r = run.bounds
                if left && r.maxX <= plotLeft + 0.5 { return nil }
                if bottom && r.minY >= plotBottom - 0.5 { return nil }
                return n
            case .group(let children, let clip): return .group(children.compactMap(keep), clip: clip)
            default: return n
            }
        }
        return nodes.compactMap(keep)
    }
}
