// Vega-Lite's facet header: the title over the panels (the field's title, or the channel's
// `title`, or `header.title`; null or "" for none), drawn above the grid for a column or
// wrapped facet and rotated at its left for a row facet, as Vega-Lite places it.
//
//   "row": {"field": "symbol", "title": "Symbol"}
//   "row": {"field": "country", "header": {"title": ""}}

public enum FacetKind: String, Sendable {
    case row, column, facet
}

public struct FacetHeader: Sendable {
    /// The header title; nil draws none.
    public var title: String?
    public var kind: FacetKind
}

enum FacetHeaderDecoder {
    /// The header of a facet field definition `f` of `kind` splitting by `field`.
    static func decode(_ f: ObjectReader, kind: FacetKind, field: String, log: DiagnosticLog) -> FacetHeader {
        var title: String? = field
        if let t = f.title("title") { title = t }
        if let h = f["header"], let r = ObjectReader(h, path: f.childPath("header"), log: log, keys: known + notDrawn) {
            if let t = r.title("title") { title = t }
            for key in notDrawn where r.has(key) {
                log.error(r[key]!.location, r.childPath(key), "is not drawn yet: panel labels are written above each panel, the header title \(kind == .row ? "left of" : "above") them")
            }
        }
        return FacetHeader(title: title?.isEmpty == true ? nil : title, kind: kind)
    }

    static let known = ["title"]
    /// Vega-Lite's other header properties, named when written.
    static let notDrawn = ["labelAngle", "labelOrient", "titleOrient", "labelAlign", "labelAnchor", "labelBaseline", "labelColor",
                           "labelExpr", "labelFont", "labelFontSize", "labelFontStyle", "labelFontWeight", "labelLimit",
                           "labelLineHeight", "labelPadding", "labels", "orient", "titleAlign", "titleAnchor", "titleAngle",
                           "titleBaseline", "titleColor", "titleFont", "titleFontSize", "titleFontStyle", "titleFontWeight",
                           "titleLimit", "titleLineHeight", "titlePadding", "format", "formatType"]
}
