// The library's front door: spec file (or spec value, or resolved chart) in, file bytes out.
//
//   let engine = ChartEngine()
//   let files = try engine.render(specFile: "examples/figure2.json", formats: [.png, .svg])
//
// An engine owns its Pango context and is not thread-safe; use one engine per thread.

public struct CompiledChart: Sendable {
    public var scene: Scene
    /// Things the designer should know that do not stop the chart (labels left out, …).
    public var warnings: [String]
    /// What the data spans on the value axis ("value") and a continuous x axis ("x"), before
    /// nicing: small multiples share the union of their panels' extents.
    var dataExtents: [String: (Double, Double)] = [:]

    public init(scene: Scene, warnings: [String]) {
        self.scene = scene
        self.warnings = warnings
    }
}

public final class ChartEngine {
    let text: PangoText
    let renderer: CairoRenderer

    public init() {
        text = PangoText()
        renderer = CairoRenderer(text: text)
    }

    /// Loads the fonts of a style before the first chart needs them (fontconfig's start-up and
    /// one face per weight, a few milliseconds); the CLI does this on a second thread while
    /// the spec and its data are read.
    public func prewarm(style: Style) {
        for font in Set([style.title.font, style.axis.label.font, style.axis.title.font, style.bar.label.font]) {
            _ = text.measure("0", font: font)
        }
    }

    /// The text measurer used for layout (the same Pango setup that draws).
    public var measurer: TextMeasurer { text }

    /// Decodes and resolves a spec file: every error in it, with file, line and field.
    /// Paths in the spec stay below its folder and `extraRoots` unless `allowOutsidePaths`.
    public func load(specFile path: String, styleOverride: String? = nil, extraRoots: [String] = [],
                     allowOutsidePaths: Bool = false) throws(ChartError) -> Chart {
        do {
            let spec = try SpecDecoder.decode(file: path).confined(extraRoots: extraRoots, allowOutside: allowOutsidePaths)
            return try ChartResolver.resolve(spec, styleOverride: styleOverride)
        } catch {
            throw error.capped()
        }
    }

    /// Lays out a resolved chart into a scene.
    public func compile(_ chart: Chart) -> CompiledChart {
        text.startChart()
        var compiled = PlotSize.compile(chart, compileInColor)
        // What the spec asked for that a file cannot show comes first, named by its key.
        compiled.warnings = chart.spec.warnings + compiled.warnings
        compiled.scene.specFile = chart.spec.file
        compiled.scene.description = AltText.text(compiled.scene, title: chart.spec.title, written: chart.spec.description)
        if chart.style.grayscale { compiled.scene = compiled.scene.mappingColors(\.gray) }
        return compiled
    }

    private func compileInColor(_ chart: Chart) -> CompiledChart {
        if !chart.panels.isEmpty {
            return chart.concat == nil ? FacetCompiler.compile(chart, measurer: text, panel: compileInColor)
                                       : ConcatCompiler.compile(chart, measurer: text, panel: compileInColor)
        }
        if RegionChartCompiler.handles(chart) { return RegionChartCompiler.compile(chart, measurer: text) }
        if RectCompiler.handles(chart) { return RectCompiler.compile(chart, measurer: text) }
        if GeoshapeCompiler.handles(chart) { return GeoshapeCompiler.compile(chart, measurer: text) }
        var warnings = LayerWarnings.of(chart)
        var extents: [String: (Double, Double)] = [:]
        // A single bar layer (vertical or horizontal) has its own compiler; lines, areas,
        // points and layered combinations share an x axis in the Cartesian one.
        let scene = CartesianModel.handles(chart)
            ? CartesianCompiler.compile(chart, measurer: text, warnings: &warnings, extents: &extents)
            : BarChartCompiler.compile(chart, layer: HorizontalLayers.baseLayer(chart), measurer: text, warnings: &warnings, extents: &extents)
        var compiled = CompiledChart(scene: scene, warnings: warnings)
        compiled.dataExtents = extents
        return compiled
    }

    public func render(_ scene: Scene, format: OutputFormat, options: RenderOptions = RenderOptions()) throws(ChartError) -> [UInt8] {
        try renderer.render(scene, format: format, options: options)
    }

    /// Spec file to file bytes, one entry per requested format.
    public func render(specFile path: String, formats: [OutputFormat], options: RenderOptions = RenderOptions(),
                       styleOverride: String? = nil) throws(ChartError) -> (files: [OutputFormat: [UInt8]], warnings: [String]) {
        try render(try load(specFile: path, styleOverride: styleOverride), formats: formats, options: options)
    }

    /// A resolved chart to file bytes, one entry per requested format.
    public func render(_ chart: Chart, formats: [OutputFormat], options: RenderOptions = RenderOptions()) throws(ChartError)
        -> (files: [OutputFormat: [UInt8]], warnings: [String]) {
        let compiled = compile(chart)
        return (try files(chart, compiled, formats: formats, options: options), compiled.warnings)
    }

    /// Draws every format from one scene, all in memory, so a failure in any format leaves
    /// nothing half done.
    func render(_ scene: Scene, formats: [OutputFormat], options: RenderOptions) throws(ChartError) -> [OutputFormat: [UInt8]] {
        var files: [OutputFormat: [UInt8]] = [:]
        for f in formats { files[f] = try render(scene, format: f, options: options) }
        return files
    }

    /// A compiled chart's files: the images from its scene, the CSV from its data.
    func files(_ chart: Chart, _ compiled: CompiledChart, formats: [OutputFormat], options: RenderOptions) throws(ChartError) -> [OutputFormat: [UInt8]] {
        var files = try render(compiled.scene, formats: formats.filter { $0 != .csv && $0 != .html }, options: options)
        if formats.contains(.csv) { files[.csv] = PlottedData.csv(chart) }
        if formats.contains(.html) { files[.html] = HTMLSnippet.html(compiled.scene, spec: chart.spec) }
        return files
    }
}
