// Vega-Lite's default autosize ("pad"): a spec's `width` and `height` are the plot's, and the
// figure grows around it by what its axes, legend and titles take. The compilers lay a chart
// out inside a figure of a given size, so the figure is found by correcting it until the plot
// has the asked size: the layout is close to linear in the figure's size, so one correction
// lands within a unit and a second settles wrapped labels. `"autosize": "fit"` (every example
// says it), concatenated panels, maps and a style's own size keep the size as the figure's.

enum PlotSize {
    /// The plot size the spec asks for, per side; nil when its sizes are the figure's.
    static func target(_ chart: Chart) -> (width: Double?, height: Double?)? {
        guard !chart.spec.autosizeFit else { return nil }
        let width = chart.spec.width?.value ?? BandStep.side(chart, horizontal: true) ?? StripPlot.defaultWidth(chart)
            ?? VegaLiteViewSize.side(chart, horizontal: true)
        let height = chart.spec.height?.value ?? BandStep.side(chart, horizontal: false) ?? StripPlot.defaultHeight(chart)
            ?? VegaLiteViewSize.side(chart, horizontal: false)
        guard width != nil || height != nil else { return nil }
        return (width, height)
    }

    /// Said where the size stays the figure's although the spec asks for a plot size.
    static func figureSizeWarning(_ chart: Chart) -> String {
        let side = chart.spec.width != nil ? "width" : "height"
        let what = chart.panels.isEmpty ? "a map" : "a figure of panels"
        return "\(side): in \(what) the size is the whole figure's, axes, legend and titles included (Vega-Lite's autosize \"fit\"); Vega-Lite's default gives it to each plot. Write \"autosize\": \"fit\" to say so"
    }

    /// Compiles `chart`, then again in a figure grown until the plot has the asked size.
    static func compile(_ chart: Chart, _ compile: (Chart) -> CompiledChart) -> CompiledChart {
        var compiled = compile(chart)
        compiled.warnings += BandStep.warnings(chart)
        guard let target = target(chart) else { return compiled }
        // A small multiple's size is each panel's plot, as Vega-Lite sizes a facet's cells.
        let facet = !chart.panels.isEmpty && chart.concat == nil && chart.facetPanelSized
        guard chart.panels.isEmpty || facet, compiled.scene.plotArea != nil else {
            compiled.warnings.append(figureSizeWarning(chart))
            return compiled
        }
        let grid = facet ? FacetCompiler.grid(chart) : (columns: 1, rows: 1)
        var sized = chart
        for _ in 0..<3 {
            guard let plot = compiled.scene.plotArea else { return compiled }
            // A plot at its floor (10 units) hides how much room the axes take around it: a
            // figure first sized at a narrow plot's width. Overshoot; the next round corrects.
            let floor = 10.5, overshoot = 200.0
            let dw = target.width.map { $0 - plot.width + (plot.width < floor && $0 > plot.width ? overshoot : 0) } ?? 0
            let dh = target.height.map { $0 - plot.height + (plot.height < floor && $0 > plot.height ? overshoot : 0) } ?? 0
            if abs(dw) < 0.5 && abs(dh) < 0.5 { break }
            // Whole units keep a PNG's pixel size exact at any scale.
            sized.width = min(SpecDecoder.maximumSide, max(10, (sized.width + dw * Double(grid.columns)).rounded()))
            sized.height = min(SpecDecoder.maximumSide, max(10, (sized.height + dh * Double(grid.rows)).rounded()))
            compiled = compile(sized)
        }
        return compiled
    }
}
