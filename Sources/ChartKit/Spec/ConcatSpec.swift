// Panels side by side or one above another: Vega-Lite's `hconcat` and `vconcat`, and `concat`
// with `columns` (rows of panels; what `repeat` becomes, see RepeatSpec.swift).
//
//   {"title": "…", "source": "…", "data": {"csv": "…"},
//    "hconcat": [{"title": "Modules", "mark": "bar", "encoding": …}, {"title": "Polysilicon", …}]}
//
// The figure keeps the chrome (title, subtitle, notes, source, style, size); each panel is a
// view of its own (title, data, mark or layers, encoding, resolve, annotations) with its own
// scales, axes and legend (Vega-Lite's default for concatenation), drawing the figure's data
// when it has none of its own. A panel may be a concatenation (or a repeat) itself: a row of
// panels under a wider one, laid out in its share of the room as a figure of its own.

public enum ConcatDirection: String, Sendable {
    case horizontal = "hconcat", vertical = "vconcat", wrapped = "concat"
}

public struct ConcatSpec: Sendable {
    public var direction: ConcatDirection
    public var panels: [ChartSpec]
    /// `concat`: panels per row (one row when nil).
    public var columns: Int? = nil
}

enum ConcatDecoder {
    /// Panels in one figure: a 5 × 5 scatter-plot matrix.
    static let maximumPanels = 25
    /// Concatenations inside concatenations: a figure of rows of panels, and one more level.
    static let maximumDepth = 3

    /// Keys a panel may have: a view's, not the figure's chrome.
    static let panelKeys = ["title", "subtitle", "description", "data", "transform", "mark", "encoding", "layer", "layers", "resolve", "annotations", "params", "view"]
    static let figureOnly = ["notes", "source", "style", "config", "width", "height", "$schema", "datasets"]

    /// The panels of a concatenated figure, or nil when the spec has no `hconcat`/`vconcat`.
    static func decode(_ top: ObjectReader, figure: ChartSpec, log: DiagnosticLog, depth: Int = 1) -> ConcatSpec? {
        let present = SpecDecoder.concatKeys.filter(top.has)
        guard let key = present.first, let items = top.array(key) else { return nil }
        if present.count > 1, let n = top[present[1]] {
            log.error(n.location, top.childPath(present[1]), "cannot stand beside \"\(key)\"; nest one inside a panel of the other, or keep one")
        }
        for other in ["mark", "encoding", "layer", "layers", "annotations"] + MapSpecDecoder.topKeys where top.has(other) {
            log.error(top[other]!.location, top.childPath(other), "cannot stand beside \"\(key)\": it belongs to a panel")
        }
        if items.isEmpty || items.count > maximumPanels, let n = top[key] {
            log.error(n.location, top.childPath(key), items.isEmpty ? "must hold at least one panel" : "has \(items.count) panels; the limit is \(maximumPanels)")
            // Still a figure of panels: nothing else is decoded as its view.
            return ConcatSpec(direction: ConcatDirection(rawValue: key)!, panels: [])
        }
        let shared = top["data"].flatMap { SpecDecoder.decodeData($0, path: top.childPath("data"), log: log) }
        // The figure's transforms reach the panels that draw its data (Vega-Lite's dataflow).
        let sharedTransform = top["transform"].map { TransformDecoder.decode($0, path: top.childPath("transform"), log: log) } ?? []
        var panels: [ChartSpec] = []
        for (i, written) in items.enumerated() {
            let path = top.childPath("\(key)[\(i)]")
            // A repeated panel is the concatenation its repeat makes (as at the top).
            guard let node = written["repeat"] == nil ? written : RepeatExpander.expand(written, log: log) else { continue }
            let allowed = panelKeys + figureOnly + SpecDecoder.concatKeys + MapSpecDecoder.topKeys + ["spacing", "bounds", "columns"]
            guard let r = ObjectReader(node, path: path, log: log, keys: allowed) else { continue }
            if SpecDecoder.concatKeys.contains(where: r.has) {
                if let panel = nested(r, figure: figure, shared: (shared, sharedTransform), depth: depth, log: log) { panels.append(panel) }
                continue
            }
            for k in ["spacing", "bounds", "columns"] where r.has(k) {
                log.error(r[k]!.location, r.childPath(k), "belongs to a figure of panels; this panel has one view")
            }
            // A panel's own width in a row of panels, its height in a column: ConcatPanelSizes.
            let ownSize = key == "hconcat" ? "width" : (key == "vconcat" ? "height" : nil)
            for k in figureOnly where r.has(k) && k != ownSize {
                // In Vega-Lite a panel's width/height is its own plot's; here panels share the
                // figure's room equally, so that size would not be honoured.
                let message = k == "width" || k == "height"
                    ? "is this panel's own plot size, drawn so far for a panel's width in \"hconcat\" and its height in \"vconcat\"; here panels share the figure's \(k) equally: give it beside \"\(key)\""
                    : "belongs to the whole figure: write it beside \"\(key)\""
                log.error(r[k]!.location, r.childPath(k), message)
            }
            // A panel's own projection draws its geoshapes; region maps stay one to a figure.
            for k in MapSpecDecoder.topKeys where r.has(k) && k != "projection" {
                log.error(r[k]!.location, r.childPath(k), "maps in panels are not supported yet")
            }
            var panel = ChartSpec(file: figure.file, baseDirectory: figure.baseDirectory, location: node.location)
            panel.datasets = figure.datasets
            panel.markDefaults = figure.markDefaults
            panel.viewConfig = figure.viewConfig
            SpecDecoder.decodeView(r, into: &panel, log: log)
            if let k = ownSize, let n = r[k] {
                guard case .number = n.value else {
                    log.error(n.location, r.childPath(k), "must be a number: the panel's plot size")
                    continue
                }
                if let v = r.number(k, min: 10, max: SpecDecoder.maximumSide) {
                    let located = Located(v, at: n.location, path: r.childPath(k))
                    if k == "width" { panel.width = located } else { panel.height = located }
                }
            }
            if r.has("projection") { panel.map = MapSpecDecoder.decode(r, log: log) }
            if panel.data == nil {
                panel.data = shared
                panel.transform = sharedTransform + panel.transform
            }
            panels.append(panel)
        }
        if depth > 1, let b = top["bounds"] {
            log.warning(b.location, top.childPath("bounds"), "is not applied: a panel's room always holds its axes and titles (Vega-Lite's \"full\")")
        }
        var concat = ConcatSpec(direction: ConcatDirection(rawValue: key)!, panels: panels)
        if key == "concat" {
            concat.columns = top.number("columns", min: 1, max: Double(maximumPanels)).map { Int($0) }
        } else if let c = top["columns"] {
            log.error(c.location, top.childPath("columns"), "belongs to \"concat\" (rows of panels); \"\(key)\" lays its panels in one \(key == "hconcat" ? "row" : "column")")
        }
        return concat
    }

    /// A panel that is a figure of panels itself: its own title, spacing and resolve, its
    /// panels drawing the outer figure's data when they have none.
    private static func nested(_ r: ObjectReader, figure: ChartSpec, shared: (data: DataSpec?, transform: [TransformSpec]),
                               depth: Int, log: DiagnosticLog) -> ChartSpec? {
        guard depth < maximumDepth else {
            log.error(r.node.location, r.path, "nests panels \(maximumDepth) deep; a figure takes \(maximumDepth - 1) levels of panels inside panels")
            return nil
        }
        for k in ["mark", "encoding", "layer", "layers", "annotations"] + figureOnly where r.has(k) {
            // A repeat's view size arrives here as the panels' size together.
            if k == "width" || k == "height" {
                log.warning(r[k]!.location, r.childPath(k), "is not applied: the panels inside share this panel's room in the figure")
                continue
            }
            log.error(r[k]!.location, r.childPath(k), "belongs to a panel inside, or to the whole figure")
        }
        var panel = ChartSpec(file: figure.file, baseDirectory: figure.baseDirectory, location: r.node.location)
        panel.datasets = figure.datasets
        panel.markDefaults = figure.markDefaults
        panel.viewConfig = figure.viewConfig
        var overrides = StyleOverrides()
        TitleParams.decode(r, into: &panel, overrides: &overrides, log: log)
        if let n = r["spacing"] { panel.spacing = PanelSpacing.decode(n, path: r.childPath("spacing"), log: log) }
        panel.concat = decode(r, figure: figure, log: log, depth: depth + 1)
        panel.figureResolve = FigureResolveDecoder.decode(r, sharedByDefault: false, log: log)
        if let data = shared.data { fill(&panel, data: data, transform: shared.transform) }
        return panel
    }

    /// Gives every view inside `panel` without data of its own the outer figure's data.
    private static func fill(_ panel: inout ChartSpec, data: DataSpec, transform: [TransformSpec]) {
        guard var concat = panel.concat else {
            if panel.data == nil {
                panel.data = data
                panel.transform = transform + panel.transform
            }
            return
        }
        for i in concat.panels.indices { fill(&concat.panels[i], data: data, transform: transform) }
        panel.concat = concat
    }
}
