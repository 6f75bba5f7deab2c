// Panels side by side or one above another: Vega-Lite's `hconcat` and `vconcat`, and `concat`
// with `columns` (rows of panels; what `repeat` becomes, see RepeatSpec.swift).
//
//   {"title": "…", "source": "…", "data": {"csv": "…"},
//    "hconcat": [{"title": "Modules", "mark": "bar", "encoding": …}, {"title": "Polysilicon", …}]}
//
// The figure keeps the chrome (title, subtitle, notes, source, style, size); each panel is a
// view of its own (title, data, mark or layers, encoding, resolve, annotations) with its own
// scales, axes and legend (Vega-Lite's default for concatenation), drawing the figure's data
// when it has none of its own.

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

    /// Keys a panel may have: a view's, not the figure's chrome.
    static let panelKeys = ["title", "subtitle", "description", "data", "transform", "mark", "encoding", "layer", "layers", "resolve", "annotations", "params", "view"]
    static let figureOnly = ["notes", "source", "style", "config", "width", "height", "$schema", "datasets"]

    /// The panels of a concatenated figure, or nil when the spec has no `hconcat`/`vconcat`.
    static func decode(_ top: ObjectReader, figure: ChartSpec, log: DiagnosticLog) -> ConcatSpec? {
        let present = SpecDecoder.concatKeys.filter(top.has)
        guard let key = present.first, let items = top.array(key) else { return nil }
        if present.count > 1, let n = top[present[1]] {
            log.error(n.location, present[1], "cannot stand beside \"\(key)\"; nest one inside a panel of the other (not supported yet) or keep one")
        }
        for other in ["mark", "encoding", "layer", "layers", "annotations"] + MapSpecDecoder.topKeys where top.has(other) {
            log.error(top[other]!.location, other, "cannot stand beside \"\(key)\": it belongs to a panel")
        }
        if items.isEmpty || items.count > maximumPanels, let n = top[key] {
            log.error(n.location, key, items.isEmpty ? "must hold at least one panel" : "has \(items.count) panels; the limit is \(maximumPanels)")
            // Still a figure of panels: nothing else is decoded as its view.
            return ConcatSpec(direction: ConcatDirection(rawValue: key)!, panels: [])
        }
        let shared = top["data"].flatMap { SpecDecoder.decodeData($0, path: "data", log: log) }
        // The figure's transforms reach the panels that draw its data (Vega-Lite's dataflow).
        let sharedTransform = top["transform"].map { TransformDecoder.decode($0, path: "transform", log: log) } ?? []
        var panels: [ChartSpec] = []
        for (i, node) in items.enumerated() {
            let path = "\(key)[\(i)]"
            let allowed = panelKeys + figureOnly + SpecDecoder.concatKeys + MapSpecDecoder.topKeys
            guard let r = ObjectReader(node, path: path, log: log, keys: allowed) else { continue }
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
            for k in SpecDecoder.concatKeys + MapSpecDecoder.topKeys where r.has(k) && k != "projection" {
                log.error(r[k]!.location, r.childPath(k), k.hasSuffix("concat") ? "panels inside a panel are not supported yet"
                                                                                 : "maps in panels are not supported yet")
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
        var concat = ConcatSpec(direction: ConcatDirection(rawValue: key)!, panels: panels)
        if key == "concat" {
            concat.columns = top.number("columns", min: 1, max: Double(maximumPanels)).map { Int($0) }
        } else if let c = top["columns"] {
            log.error(c.location, "columns", "belongs to \"concat\" (rows of panels); \"\(key)\" lays its panels in one \(key == "hconcat" ? "row" : "column")")
        }
        return concat
    }
}
