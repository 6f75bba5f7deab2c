// The resolve stage: a spec with its data loaded, its style merged and its field names checked
// against the data. Everything after this stage can trust names and types.

public struct Field: Sendable {
    public var name: String
    public var column: Int
    public var type: FieldType
    /// Boxed: a channel's spec is large, and fields are copied often.
    @CopyOnWrite public var channel: ChannelSpec

    /// The axis or legend title: the spec's title, else the field name.
    public var title: String? {
        if let t = channel.axis?.title { return t }
        if let t = channel.legend?.title { return t }
        if let t = channel.title { return t }
        return name
    }
}

public struct ResolvedLayer: Sendable {
    @CopyOnWrite public var mark: MarkSpec
    public var table: DataTable
    public var x: Field?
    public var y: Field?
    public var color: Field?
    public var xOffset: Field?
    public var yOffset: Field?
    public var detail: Field?
    public var text: Field?
    public var x2: Field?
    public var y2: Field?
    public var path: String
    /// Maps: the field naming each row's region.
    public var region: Field? = nil
    /// Mark properties from fields (see EncodingSpec): symbol area, symbol shape, line dash,
    /// and the order a line joins its points in.
    public var size: Field? = nil
    public var shape: Field? = nil
    public var strokeDash: Field? = nil
    public var order: Field? = nil
    public var opacity: Field? = nil
    /// The layer's rows before its channels' aggregates and bins: what a sort by a field's
    /// aggregate reads (SortByField), as Vega-Lite's scale domains do.
    public var source: DataTable? = nil
}

public struct Chart: Sendable {
    public var spec: ChartSpec { didSet { cartesianMemo = CartesianModelMemo() } }
    public var style: Style { didSet { cartesianMemo = CartesianModelMemo() } }
    public var width: Double
    public var height: Double
    public var layers: [ResolvedLayer] { didSet { cartesianMemo = CartesianModelMemo() } }
    /// The Cartesian model built from spec, style and layers, shared by copies until one of
    /// them changes (CartesianModelMemo).
    var cartesianMemo = CartesianModelMemo()
    /// Maps: the map the region mark draws, loaded and parsed.
    public var map: GeoMap? = nil
    /// A figure of panels (`hconcat`/`vconcat`): each resolved on its own; no layers then.
    public var panels: [Chart] = []
    public var concat: ConcatDirection? = nil
    /// `concat`: panels per row (all in one row when nil).
    public var concatColumns: Int? = nil
    /// Small multiples: panels per row of the grid.
    public var facetColumns: Int? = nil
    /// Small multiples: the title over the panels.
    public var facetHeader: FacetHeader? = nil
    /// A small multiple's panel: its facet value(s) ("Adelie", "a1 / b2"), named in warnings.
    var panelName: String? = nil
    /// Small multiples by row and column: the values and headers of the grid.
    public var facetGrid: FacetGrid? = nil
    /// Small multiples: `width`/`height` are each panel's plot, not the figure's (PlotSize).
    public var facetPanelSized = false
    /// Extents every panel of a small multiple spans ("value", "x"), so their scales agree.
    var sharedExtents: [String: (Double, Double)] = [:]
}

public enum ChartResolver {
    /// Resolves a decoded spec. `styleOverride` (the CLI's --style) wins over the spec's style.
    public static func resolve(_ spec: ChartSpec, styleOverride: String? = nil) throws(ChartError) -> Chart {
        if let concat = spec.concat { return try resolveFigure(spec, concat, styleOverride: styleOverride) }
        if let facet = spec.facet { return try resolveFacet(spec, facet, styleOverride: styleOverride) }
        let chart = try bind(spec, styleOverride: styleOverride)
        do {
            try validate(chart)
        } catch {
            var refused = error
            refused.warnings = chart.spec.warnings
            throw refused
        }
        return chart
    }

    /// Loads the data and style and binds the fields, without checking that the marks make
    /// sense together (a small multiple checks each panel's share of the data instead).
    static func bind(_ spec: ChartSpec, styleOverride: String?) throws(ChartError) -> Chart {
        let log = DiagnosticLog()
        let style = loadStyle(spec, styleOverride: styleOverride, log: log)

        // One table per reading of the data (a file read the same way, a dataset, the rows
        // written at one place), and each file read once for the chart.
        var tables: [String: DataTable] = [:]
        var files: [String: [UInt8]] = [:]
        func table(for data: DataSpec?, layer: LayerSpec) -> DataTable? {
            guard let data = data ?? spec.data else {
                log.error(spec.location, layer.path.isEmpty ? "data" : "\(layer.path).data",
                          "is missing: give {\"url\": \"data/file.csv\"}, {\"values\": [...]} or {\"name\": …} (one of the spec's \"datasets\")")
                return nil
            }
            let key: String
            switch data {
            case .csv(let p): key = "file:\(p.value)\u{1F}csv"
            case .url(let p, let format): key = "file:\(p.value)\u{1F}\(format.cacheKey)"
            case .values(_, let loc, _): key = "values:\(loc)"
            case .named(let name): key = "name:\(name.value)"
            }
            if let t = tables[key] { return t }
            do {
                let t = try DataLoader.load(data, baseDirectory: spec.baseDirectory, paths: spec.paths, datasets: spec.datasets, files: &files)
                tables[key] = t
                return t
            } catch {
                log.append(contentsOf: error.diagnostics)
                return nil
            }
        }

        /// The layer's table after the view's transforms (on the view's data only, as in
        /// Vega-Lite's dataflow) and its own; the view's result is shared by its layers.
        let context = TransformContext(baseDirectory: spec.baseDirectory, paths: spec.paths, datasets: spec.datasets, log: log)
        var viewTable: DataTable?
        /// `written`: how many of the layer's transforms are the spec's own; the rest come from
        /// its encoding (aggregates, bins), and the table before them is the layer's `source`.
        func transformed(_ layer: LayerSpec, written: Int) -> (source: DataTable, table: DataTable)? {
            guard var t = table(for: layer.data, layer: layer) else { return nil }
            do throws(ChartError) {
                if layer.data == nil && !spec.transform.isEmpty {
                    if viewTable == nil { viewTable = try TransformRunner.apply(spec.transform, to: t, context: context) }
                    t = viewTable!
                }
                let own = Array(layer.transform.prefix(written)), fromEncoding = Array(layer.transform.dropFirst(written))
                if !own.isEmpty { t = try TransformRunner.apply(own, to: t, context: context) }
                let source = t
                if !fromEncoding.isEmpty { t = try TransformRunner.apply(fromEncoding, to: t, context: context) }
                return (source, t)
            } catch {
                log.append(contentsOf: error.diagnostics)
                return nil
            }
        }

        var layers: [ResolvedLayer] = []
        for written in spec.layers {
            var layer = EncodingTransforms.desugar(written)
            guard let (source, transformedTable) = transformed(layer, written: written.transform.count) else { continue }
            var t = transformedTable
            ColorDatum.column(&layer, table: &t, domain: ColorDatum.domain(spec.layers), shared: ColorDatum.writtenScale(spec.layers))
            ColorDatum.offsetColumns(&layer, table: &t, layers: spec.layers)
            var r = ResolvedLayer(mark: layer.mark, table: t, path: layer.path)
            r.source = source
            r.x = field(layer.encoding.x, in: t, log: log)
            r.y = field(layer.encoding.y, in: t, log: log)
            r.color = field(layer.encoding.color, in: t, log: log)
            r.xOffset = field(layer.encoding.xOffset, in: t, log: log)
            r.yOffset = field(layer.encoding.yOffset, in: t, log: log)
            r.detail = field(layer.encoding.detail, in: t, log: log)
            r.text = field(layer.encoding.text, in: t, log: log)
            r.x2 = field(layer.encoding.x2, in: t, primary: r.x, log: log)
            r.y2 = field(layer.encoding.y2, in: t, primary: r.y, log: log)
            if let c = r.color, c.type != .quantitative { checkSeriesCount(c, in: t, log: log) }
            r.region = field(layer.encoding.region, in: t, log: log)
            r.size = field(layer.encoding.size, in: t, log: log)
            r.shape = field(layer.encoding.shape, in: t, log: log)
            r.strokeDash = field(layer.encoding.strokeDash, in: t, log: log)
            r.order = field(layer.encoding.order, in: t, log: log)
            r.opacity = field(layer.encoding.opacity, in: t, log: log)
            SortByField.settle(&r, written: written.encoding, source: source, log: log)
            layers.append(r)
        }
        var spec = spec
        spec.warnings += log.warnings.map(SpecDecoder.warningText)
        rulesAlongOneAxis(&layers, annotations: &spec.annotations, log: log)
        StripPlot.centreAcross(&layers)
        StripPlot.bandAcross(&layers)
        SidewaysBins.spanFromZero(&layers)
        let map = RegionChartCompiler.loadMap(spec, log: log)
        try log.throwIfAny()
        guard let style else { throw ChartError(log.diagnostics) }
        let chart = Chart(spec: spec, style: style,
                          width: spec.width?.value ?? style.width,
                          height: spec.height?.value ?? style.height,
                          layers: layers, map: map)
        return chart
    }

    /// The chart's style: the CLI's --style, else the spec's, else the default; `config` on top.
    static func loadStyle(_ spec: ChartSpec, styleOverride: String?, log: DiagnosticLog) -> Style? {
        do throws(ChartError) {
            if let name = styleOverride {
                return try StyleLoader.load(name, base: ".", requestedAt: nil, path: "--style", config: spec.config,
                                            paths: StyleLoader.callerPolicy(name, spec: spec.paths))
            } else if let s = spec.style {
                return try StyleLoader.load(s.value, base: spec.baseDirectory, requestedAt: s.location, path: s.path, config: spec.config,
                                            paths: spec.paths)
            }
            return try StyleLoader.load(StyleLoader.defaultName, config: spec.config)
        } catch {
            log.append(contentsOf: error.diagnostics)
            return nil
        }
    }

    /// A figure of panels: the figure's style, config and path rules for every panel, each
    /// panel resolved (and checked) as a chart of its own; every panel's errors at once.
    static func resolveFigure(_ spec: ChartSpec, _ concat: ConcatSpec, styleOverride: String?) throws(ChartError) -> Chart {
        let log = DiagnosticLog()
        let style = loadStyle(spec, styleOverride: styleOverride, log: log)
        var panels: [Chart] = []
        for var panel in concat.panels {
            panel.style = spec.style
            panel.config = spec.config
            panel.paths = spec.paths
            if panel.datasets.isEmpty { panel.datasets = spec.datasets }
            do throws(ChartError) {
                panels.append(try resolve(panel, styleOverride: styleOverride))
            } catch {
                log.append(contentsOf: error.diagnostics)
            }
        }
        // A channel only one panel uses has a scale of that panel's data alone: its own.
        let sole = ChannelSupport.soleUsers(panels.map(\.layers))
        for (k, panel) in panels.enumerated() {
            ChannelSupport.checkPanel(panel.layers, independentColor: spec.figureResolve.independentColor, own: sole[k], log: log)
        }
        try log.throwIfAny()
        guard let style else { throw ChartError(log.diagnostics) }
        var chart = Chart(spec: spec, style: style, width: spec.width?.value ?? style.width, height: spec.height?.value ?? style.height, layers: [])
        if !spec.figureResolve.independentColor { ConcatColours.share(&panels) }
        chart.panels = panels
        chart.concat = concat.direction
        chart.concatColumns = concat.columns
        return chart
    }

    /// Binds a channel to its column and settles its type (given, or inferred from the values).
    /// `primary`: x2 and y2 take the type of their x or y, as in Vega-Lite (they have none).
    static func field(_ channel: ChannelSpec?, in table: DataTable, primary: Field? = nil, log: DiagnosticLog) -> Field? {
        guard let channel, let name = channel.field else { return nil }
        guard let column = table.columnIndex(name.value) else {
            if table.columns.isEmpty {
                log.error(name.location, name.path, "\"\(name.value)\" cannot be found: \(table.label) has no rows")
                return nil
            }
            log.error(name.location, name.path,
                      "\"\(name.value)\" is not a column of \(table.label) (columns: \(table.columns.joined(separator: ", ")))\(Suggest.didYouMean(name.value, in: table.columns))")
            return nil
        }
        let type = channel.type?.value ?? primary?.type ?? channel.defaultType
        if type == .quantitative, case .failure(let e) = table.numbers(column: column) {
            guard log.firstTime("numbers|\(table.name)|\(table.label)|\(column)") else { return nil }
            let where_ = channel.type.map { " (\($0.path) is \"quantitative\")" } ?? ""
            log.append(contentsOf: e.diagnostics.map { d in
                var d = d
                if d.location != nil { d.message += where_ }
                return d
            })
            return nil
        }
        if type != .quantitative { checkCellLengths(column: column, name: name.value, in: table, log: log) }
        FormatCheck.dateFormatFits(channel, type: type, column: column, in: table, log: log)
        return Field(name: name.value, column: column, type: type, channel: channel)
    }

    /// Categories and region names are drawn and matched: a cell of a million characters
    /// would take minutes to lay out or compare, so such a cell is an error.
    static func checkCellLengths(column: Int, name: String, in table: DataTable, log: DiagnosticLog) {
        guard log.firstTime("lengths|\(table.name)|\(table.label)|\(column)") else { return }
        for (i, row) in table.rows.enumerated() {
            guard case .text(let s) = row[column], s.utf8.count > Limits.cellLength, s.count > Limits.cellLength else { continue }
            log.rowError(table.cellLocation(i, column), "column \"\(name)\", row \(i + 1)\(table.cellName(i, column)): the value is \(s.count) characters long; the limit is \(Limits.cellLength) (\"\(Quote.short(s, limit: 30))\")")
        }
    }

    /// A colour field splits a layer into series, each with a legend entry.
    static func checkSeriesCount(_ field: Field, in table: DataTable, log: DiagnosticLog) {
        var names = Set<String>()
        for row in table.rows {
            if let s = row[field.column].categoryText { names.insert(s) }
            if names.count > Limits.series {
                log.error(field.channel.location, field.channel.path,
                          "\"\(field.name)\" has more than \(Limits.series) distinct values, the limit for the series of one layer")
                return
            }
        }
    }

    /// Checks that the marks' encodings make sense together; each mark kind states its needs.
    static func validate(_ chart: Chart) throws(ChartError) {
        try ChannelSupport.check(chart)
        let barModel = !RegionChartCompiler.handles(chart) && !RectCompiler.handles(chart) && !CartesianModel.handles(chart) && !HorizontalLayers.handles(chart)
        let colors = DiagnosticLog()
        checkValuesAsColors(chart.layers, drawnByBarModel: barModel, log: colors)
        checkAxisValues(chart, log: colors)
        checkScaleTypes(chart, log: colors)
        let cartesian = !RegionChartCompiler.handles(chart) && !RectCompiler.handles(chart) && CartesianModel.handles(chart)
        InvalidData.check(chart, showsDrawn: cartesian, log: colors)
        try colors.throwIfAny()
        if RegionChartCompiler.handles(chart) { return try RegionChartCompiler.validate(chart) }
        if GeoshapeCompiler.handles(chart) {
            let log = DiagnosticLog()
            MarkSupport.validate(chart, layered: false, log: log)
            try log.throwIfAny()
            return try GeoshapeCompiler.validate(chart)
        }
        if RectCompiler.handles(chart) {
            // A heatmap draws its cells and their words plainly: no mark property beyond the basics.
            let log = DiagnosticLog()
            MarkSupport.validate(chart, layered: false, plain: true, log: log)
            try log.throwIfAny()
            return try RectCompiler.validate(chart)
        }
        let log = DiagnosticLog()
        MarkSupport.validate(chart, layered: CartesianModel.handles(chart), log: log)
        if CartesianModel.handles(chart) {
            CartesianCompiler.validate(chart, log: log)
        } else {
            BarChartCompiler.validate(HorizontalLayers.baseLayer(chart), chart: chart, log: log)
            if HorizontalLayers.handles(chart) { _ = HorizontalLayers.build(chart, style: chart.style, log: log) }
        }
        try log.throwIfAny()
    }
}
