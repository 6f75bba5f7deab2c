import Foundation

// Small multiples, resolved: the view resolved once against the whole data (so a misspelt
// field is reported once), then one panel per value of the facet field drawing only that
// value's rows (in a grid, one per row value and column value, row by row). Panels share the colour order (so a series keeps its colour in every panel)
// and hide their legends: the figure draws one.

extension ChartResolver {
    /// Panels of one small multiple at most: 31 provinces and more fit.
    static let maximumFacetPanels = 100

    static func resolveFacet(_ spec: ChartSpec, _ facet: FacetSpec, styleOverride: String?) throws(ChartError) -> Chart {
        var view = facet.view
        view.style = spec.style
        view.config = spec.config
        view.paths = spec.paths
        if view.datasets.isEmpty { view.datasets = spec.datasets }
        for i in view.layers.indices { view.layers[i].facetFields += [facet.field] + [facet.column?.field].compactMap { $0 } }
        let base = try bind(view, styleOverride: styleOverride)
        guard let first = base.layers.first else { throw ChartError(Diagnostic(at: facet.location, path: "facet", "the view has no layer to draw")) }
        let values = try panelValues(facet.field, sort: facet.sort, layer: first)
        // A grid: a cell for every row value and column value, row by row.
        var columnValues: [String]?
        if let c = facet.column { columnValues = try panelValues(c.field, sort: c.sort, layer: first) }
        let cells: [[(field: String, value: String)]] = values.flatMap { r in
            (columnValues ?? [""]).map { c in [(facet.field.value, r)] + (facet.column.map { [($0.field.value, c)] } ?? []) }
        }
        if cells.count > maximumFacetPanels {
            throw ChartError(Diagnostic(at: facet.field.location, path: facet.field.path,
                                        "makes \(cells.count) panels; a small multiple draws at most \(maximumFacetPanels)"))
        }
        let log = DiagnosticLog()
        ChannelSupport.checkPanel(base.layers, valueColorsShared: true, log: log)
        try log.throwIfAny()
        var panels: [Chart] = []
        for cell in cells {
            var panel = base
            let name = cell.map(\.value).joined(separator: " / ")
            // A grid's cells are named by its headers (FacetGridLayout), a panel's by its title.
            panel.spec.title = facet.column == nil && facet.header.kind != .row ? facet.header.label(name) : nil
            panel.panelName = name
            panel.spec.subtitle = nil
            panel.spec.annotations = base.spec.annotations
            panel.layers = base.layers.map { sharingCategories(shared($0, keeping: cell), whole: $0, resolve: spec.figureResolve) }
            if facet.column != nil && panel.layers.allSatisfy({ $0.table.rowCount == 0 }) {
                log.error(facet.field.location, facet.field.path, "the cell \"\(Quote.short(name))\" has no rows; a grid with empty cells is not drawn yet")
                continue
            }
            do throws(ChartError) {
                try validate(panel)
                panels.append(panel)
            } catch {
                log.append(contentsOf: error.diagnostics.map { d in var d = d; d.message = "panel \"\(Quote.short(name))\": " + d.message; return d })
            }
        }
        FacetValueColors.share(&panels, log: log)
        try log.throwIfAny()
        // A size beside a facet channel or in the facet's view is each panel's plot (PlotSize);
        // one beside the facet operator stays the figure's, as before.
        var figure = spec
        var facet = facet
        // Panels of bars with no y are 20 px high (Vega-Lite's discrete height) unless sized.
        if facet.panelHeight == nil, StripPlot.isBandAcross(base.layers.first?.y) {
            facet.panelHeight = Located(20, at: facet.location, path: "facet")
        }
        let panelSized = !spec.autosizeFit && (facet.panelWidth != nil || facet.panelHeight != nil)
        if panelSized { (figure.width, figure.height) = (facet.panelWidth, facet.panelHeight) }
        var chart = Chart(spec: figure, style: base.style, width: figure.width?.value ?? base.style.width,
                          height: figure.height?.value ?? base.style.height, layers: [])
        chart.panels = panels
        chart.facetColumns = columnValues?.count ?? facet.columns
        if let column = facet.column, let columnValues {
            chart.facetGrid = FacetGrid(rows: values, columns: columnValues, rowHeader: facet.header, columnHeader: column.header)
        } else if facet.header.kind == .row {
            // A row facet alone: a grid of one column, each row's label at its left, as
            // Vega-Lite writes it (turned upwards unless labelAngle is 0).
            chart.facetGrid = FacetGrid(rows: values, columns: [""], rowHeader: facet.header, columnHeader: FacetHeader(title: nil, kind: .column))
            chart.facetColumns = 1
        } else {
            chart.facetHeader = facet.header
        }
        chart.facetPanelSized = panelSized
        if panelSized {
            // Near the size the panels' plots ask for, so PlotSize's corrections stay small.
            let grid = FacetCompiler.grid(chart)
            if let w = figure.width?.value { chart.width = min(SpecDecoder.maximumSide, (w + 80) * Double(grid.columns) + 120) }
            if let h = figure.height?.value { chart.height = min(SpecDecoder.maximumSide, (h + 60) * Double(grid.rows) + 120) }
        }
        return chart
    }

    /// The facet's sort, a sort by a field's aggregate settled from the view's rows before
    /// its channels' aggregates (Vega-Lite's facet domain).
    static func settledSort(_ sort: SortSpec?, field: FieldName, layer: ResolvedLayer) throws(ChartError) -> SortSpec? {
        guard case .byField(let by)? = sort else { return sort }
        let source = layer.source ?? layer.table
        guard let column = source.columnIndex(field.value) else { return sort }
        return .explicit(try SortByField.order(categoriesOf: column, in: source, by: by, defaultOp: "min"))
    }

    /// The values of a facet field in the view's first layer, in the facet's order.
    static func panelValues(_ field: FieldName, sort: SortSpec?, layer: ResolvedLayer) throws(ChartError) -> [String] {
        let table = layer.table
        guard let column = table.columnIndex(field.value) else {
            throw ChartError(Diagnostic(at: field.location, path: field.path,
                                        "\"\(Quote.short(field.value))\" is not a column of \(table.label) (columns: \(table.columns.joined(separator: ", ")))\(Suggest.didYouMean(field.value, in: table.columns))"))
        }
        var values: [String] = []
        var seen = Set<String>()
        for row in table.rows { if let v = row[column].categoryText, seen.insert(v).inserted { values.append(v) } }
        if values.count > maximumFacetPanels {
            throw ChartError(Diagnostic(at: field.location, path: field.path,
                                        "\"\(field.value)\" has \(values.count) values; a small multiple draws at most \(maximumFacetPanels) panels"))
        }
        return orderedPanels(values, sort: try settledSort(sort, field: field, layer: layer))
    }

    /// Ascending by default (Vega-Lite's order for a facet's values), numbers as numbers.
    static func orderedPanels(_ values: [String], sort: SortSpec?) -> [String] {
        let ascending = CategoryOrder.ascending
        switch sort {
        case .dataOrder?: return values
        case .descending?: return values.sorted { ascending($1, $0) }
        case .explicit(let order)?: return order.filter(values.contains) + values.filter { !order.contains($0) }
        default: return values.sorted(by: ascending)
        }
    }

    /// A layer of one panel: the rows of its facet value, its colours in the order of the
    /// whole data, its legend left to the figure.
    static func shared(_ layer: ResolvedLayer, keeping cell: [(field: String, value: String)]) -> ResolvedLayer {
        var out = layer
        let t = layer.table
        let tests = cell.compactMap { c in t.columnIndex(c.field).map { ($0, c.value) } }
        if !tests.isEmpty {
            out.table = t.selecting(t.rows.indices.filter { i in tests.allSatisfy { t[i, $0.0].categoryText == $0.1 } })
        }
        if let color = out.color {
            var names: [String]?
            if color.channel.scale?.domain == nil, color.type != .quantitative {
                var all: [String] = [], seen = Set<String>()
                color.collectValues(in: layer.table, into: &all, seen: &seen)
                // The whole data's values in the colour field's sort (ascending by default), as
                // one panel alone would order them.
                names = BarModel.order(all, by: color.channel.sort, field: color, data: [], valueChannel: "")
            }
            out.color = color.sharingColours(domain: names)
        }
        return out
    }
}
