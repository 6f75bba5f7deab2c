// Small multiples: Vega-Lite's facet operator.
//
//   {"title": "…", "data": {"csv": "…"},
//    "facet": {"field": "province", "type": "nominal"}, "columns": 6,
//    "spec": {"mark": "line", "encoding": {"x": …, "y": …, "color": …}}}
//
// One panel per value of the facet field (in ascending order unless `sort` says otherwise),
// laid out in rows of `columns`; as in Vega-Lite the panels share their scales, so one value
// axis, one time axis and one legend serve them all.

public struct FacetSpec: Sendable {
    public var field: Located<String>
    public var sort: SortSpec?
    /// Panels per row (one row when absent).
    public var columns: Int?
    /// The view every panel draws, on its share of the rows (boxed: a spec holds its facet).
    public var view: ChartSpec {
        get { boxed[0] }
        set { boxed = [newValue] }
    }
    private var boxed: [ChartSpec]
    public var location: SourceLocation
    /// The title over the panels and where it goes (FacetHeader).
    public var header = FacetHeader(title: nil, kind: .facet)
    /// Each panel's plot size: `width`/`height` beside a facet channel or in the facet's view
    /// (Vega-Lite's meaning); nil where the spec gives none there.
    public var panelWidth: Located<Double>?
    public var panelHeight: Located<Double>?
    /// A grid of panels (`row` and `column` together): `field` splits the rows, this the
    /// columns (FacetGrid).
    public var column: FacetColumn?

    init(field: Located<String>, sort: SortSpec?, columns: Int?, view: ChartSpec, location: SourceLocation) {
        self.field = field
        self.sort = sort
        self.columns = columns
        self.boxed = [view]
        self.location = location
    }
}

enum FacetDecoder {
    /// Vega-Lite's facet channels in a single view's encoding: `"column"` lays the panels out
    /// in one row, `"row"` in one column, `"facet"` wraps them into rows of its `columns`. The
    /// rest of the spec is the view each panel draws.
    static func fromEncoding(_ top: ObjectReader, figure: ChartSpec, log: DiagnosticLog) -> FacetSpec? {
        // Layers share an encoding but not panels: refused there (EncodingChannels.refuse).
        guard !top.has("layer"), !top.has("layers"), let encoding = top["encoding"], encoding.members != nil else { return nil }
        let present = EncodingChannels.facets.filter { encoding[$0] != nil }
        guard let key = present.first, let node = encoding[key] else { return nil }
        if present.contains("facet") && present.count > 1 {
            log.error(encoding[present[1]]!.location, "encoding.\(present[1])", "cannot stand beside \"facet\": use one facet channel")
            return nil
        }
        // Row and column together: a grid, rows by "row", columns by "column".
        var column: FacetColumn?
        if present.count > 1, let c = encoding["column"] {
            guard let g = ObjectReader(c, path: "encoding.column", log: log, keys: ["field", "type", "sort", "title", "header"]),
                  let (field, sort) = facetField(g, log: log) else { return nil }
            column = FacetColumn(field: field, sort: sort, header: FacetHeaderDecoder.decode(g, kind: .column, field: field.value, log: log))
        }
        let path = "encoding.\(key)"
        guard let f = ObjectReader(node, path: path, log: log, keys: ["field", "type", "sort", "title", "header", "columns"]) else { return nil }
        if key != "facet", let c = f["columns"] { log.error(c.location, "\(path).columns", "belongs to the \"facet\" channel; a \(key) facet lays its panels in one \(key == "row" ? "column" : "row")") }
        guard let (field, sort) = facetField(f, log: log) else { return nil }
        let columns: Int? = key == "row" ? 1 : (key == "facet" ? f.number("columns", min: 1, max: 50).map { Int($0) } : nil)
        var view = ChartSpec(file: figure.file, baseDirectory: figure.baseDirectory, location: top.node.location)
        view.datasets = figure.datasets
        view.markDefaults = figure.markDefaults
        view.viewConfig = figure.viewConfig
        SpecDecoder.decodeView(top, into: &view, log: log)
        view.map = MapSpecDecoder.decode(top, log: log)
        // The figure keeps the chrome and the size; each panel's title is its value.
        view.title = nil
        view.subtitle = nil
        let (panelWidth, panelHeight) = (view.width, view.height)
        view.width = nil
        view.height = nil
        var facet = FacetSpec(field: field, sort: sort, columns: columns, view: view, location: node.location)
        (facet.panelWidth, facet.panelHeight) = (panelWidth, panelHeight)
        facet.header = FacetHeaderDecoder.decode(f, kind: FacetKind(rawValue: key)!, field: field.value, log: log)
        facet.column = column
        return facet
    }

    /// The field the panels split by and their order, read alike from the facet operator and
    /// the facet channels (their header: FacetHeaderDecoder).
    private static func facetField(_ f: ObjectReader, log: DiagnosticLog) -> (Located<String>, SortSpec?)? {
        guard let name = f.string("field"), let fieldNode = f["field"] else {
            if !f.has("field") { log.error(f.node.location, f.path, "needs a \"field\" whose values make the panels") }
            return nil
        }
        _ = f.choice("type", ["nominal", "ordinal"])
        let sort = f["sort"].flatMap { SpecDecoder.decodeSort($0, path: f.childPath("sort"), log: log) }
        return (Located(name, at: fieldNode.location, path: f.childPath("field")), sort)
    }

    /// The facet of a spec, or nil when it has none.
    static func decode(_ top: ObjectReader, figure: ChartSpec, log: DiagnosticLog) -> FacetSpec? {
        guard let facetNode = top["facet"] else {
            if let channel = fromEncoding(top, figure: figure, log: log) { return channel }
            for key in ["spec", "columns"] where top.has(key) && !(key == "columns" && top.has("concat")) {
                log.error(top[key]!.location, key, "belongs to a facet: add \"facet\": {\"field\": …}")
            }
            return nil
        }
        for other in ["mark", "encoding", "layer", "layers", "annotations"] + SpecDecoder.concatKeys + MapSpecDecoder.topKeys where top.has(other) {
            log.error(top[other]!.location, other, "cannot stand beside \"facet\": it belongs in \"spec\", the view each panel draws")
        }
        guard let f = ObjectReader(facetNode, path: "facet", log: log, keys: ["field", "type", "sort", "title", "header", "row", "column"]) else { return nil }
        // {"row": {…}, "column": {…}}: a row facet, a column facet, or a grid of both.
        let mapping = ["row", "column"].filter { f.has($0) }
        var grid: (field: Located<String>, sort: SortSpec?, header: FacetHeader)?
        var column: FacetColumn?
        if !mapping.isEmpty {
            for key in ["field", "type", "sort", "title", "header"] where f.has(key) {
                log.error(f[key]!.location, f.childPath(key), "cannot stand beside \"row\"/\"column\": it belongs inside one of them")
            }
            var parts: [String: (Located<String>, SortSpec?, FacetHeader)] = [:]
            for key in mapping {
                guard let g = ObjectReader(f[key]!, path: f.childPath(key), log: log, keys: ["field", "type", "sort", "title", "header"]),
                      let (field, sort) = facetField(g, log: log) else { return nil }
                parts[key] = (field, sort, FacetHeaderDecoder.decode(g, kind: FacetKind(rawValue: key)!, field: field.value, log: log))
            }
            let first = parts["row"] ?? parts["column"]!
            grid = (first.0, first.1, first.2)
            if let c = parts["column"], parts["row"] != nil { column = FacetColumn(field: c.0, sort: c.1, header: c.2) }
        }
        guard let (field, sort) = grid.map({ ($0.field, $0.sort) }) ?? facetField(f, log: log) else { return nil }
        var columns = top.number("columns", min: 1, max: 50).map { Int($0) }
        if let kind = grid?.header.kind, column == nil { columns = kind == .row ? 1 : nil }
        guard let viewNode = top["spec"] else {
            log.error(top.node.location, "", "a facet needs \"spec\": the view each panel draws ({\"mark\": …, \"encoding\": …})")
            return nil
        }
        // A size in the view is each panel's (Vega-Lite's meaning): see PlotSize.
        guard let r = ObjectReader(viewNode, path: "spec", log: log, keys: ConcatDecoder.panelKeys + ["width", "height"]) else { return nil }
        var view = ChartSpec(file: figure.file, baseDirectory: figure.baseDirectory, location: viewNode.location)
        view.datasets = figure.datasets
        view.markDefaults = figure.markDefaults
        view.viewConfig = figure.viewConfig
        SpecDecoder.decodeView(r, into: &view, log: log)
        if view.data == nil {
            view.data = top["data"].flatMap { SpecDecoder.decodeData($0, path: "data", log: log) }
            // The facet's transforms run on its data before it is split into panels.
            if let t = top["transform"] { view.transform = TransformDecoder.decode(t, path: "transform", log: log) + view.transform }
        } else if let t = top["transform"] {
            log.error(t.location, "transform", "works on the facet's data, but the view in \"spec\" reads data of its own: move the transform into \"spec\"")
        }
        var facet = FacetSpec(field: field, sort: sort, columns: columns, view: view, location: facetNode.location)
        (facet.panelWidth, facet.panelHeight) = (view.width, view.height)
        facet.header = grid?.header ?? FacetHeaderDecoder.decode(f, kind: .facet, field: field.value, log: log)
        facet.column = column
        return facet
    }
}
