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
    /// A grid's row labels: 0 writes them level, -90 (Vega-Lite's default) reads upwards.
    public var labelAngle: Double = -90
}

/// The columns of a grid of panels (`row` and `column` together).
public struct FacetColumn: Sendable {
    public var field: Located<String>
    public var sort: SortSpec?
    public var header: FacetHeader
}

enum FacetHeaderDecoder {
    /// The header of a facet field definition `f` of `kind` splitting by `field`.
    static func decode(_ f: ObjectReader, kind: FacetKind, field: String, log: DiagnosticLog) -> FacetHeader {
        var title: String? = field
        var angle = -90.0
        if let t = f.title("title") { title = t }
        if let h = f["header"], let r = ObjectReader(h, path: f.childPath("header"), log: log, keys: known + notDrawn) {
            if let t = r.title("title") { title = t }
            if let a = r.number("labelAngle"), let n = r["labelAngle"] {
                if kind == .row && [0, -90, 270].contains(a) { angle = a == 270 ? -90 : a } else if !(kind != .row && a == 0) {
                    log.error(n.location, r.childPath("labelAngle"), kind == .row ? "draws 0 (level) or -90 (upwards) yet" : "draws 0 (level) yet")
                }
            }
            for key in notDrawn where r.has(key) {
                log.error(r[key]!.location, r.childPath(key), "is not drawn yet: the header title goes \(kind == .row ? "left of" : "above") the panels, their labels \(kind == .row ? "left of each row" : "above them")")
            }
        }
        return FacetHeader(title: title?.isEmpty == true ? nil : title, kind: kind, labelAngle: angle)
    }

    static let known = ["title", "labelAngle"]
    /// Vega-Lite's other header properties, named when written.
    static let notDrawn = ["labelOrient", "titleOrient", "labelAlign", "labelAnchor", "labelBaseline", "labelColor",
                           "labelExpr", "labelFont", "labelFontSize", "labelFontStyle", "labelFontWeight", "labelLimit",
                           "labelLineHeight", "labelPadding", "labels", "orient", "titleAlign", "titleAnchor", "titleAngle",
                           "titleBaseline", "titleColor", "titleFont", "titleFontSize", "titleFontStyle", "titleFontWeight",
                           "titleLimit", "titleLineHeight", "titlePadding", "format", "formatType"]
}
