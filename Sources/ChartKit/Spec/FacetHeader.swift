// Vega-Lite's facet header: the title over the panels (the field's title, or the channel's
// `title`, or `header.title`; null or "" for none), drawn above the grid for a column or
// wrapped facet and rotated at its left for a row facet, as Vega-Lite places it.
//
//   "row": {"field": "symbol", "title": "Symbol"}
//   "row": {"field": "country", "header": {"title": "", "labelAngle": 0, "labelAlign": "left"}}
//
// The header's own spacing and words: `labelPadding` (label to panel), `titlePadding` (title
// to labels), `labelAlign` of level row labels and of column labels, and `labelExpr` (each
// label from `datum.value` and `datum.label`, on every kind of facet).

public enum FacetKind: String, Sendable {
    case row, column, facet
}

public struct FacetHeader: Sendable {
    /// The header title; nil draws none.
    public var title: String?
    public var kind: FacetKind
    /// A grid's row labels: 0 writes them level, -90 (Vega-Lite's default) reads upwards.
    public var labelAngle: Double = -90
    /// Which end of a level label sits at its place: nil keeps the default (row labels end
    /// at their panel, column labels centre over it).
    public var labelAlign: HorizontalAnchor? = nil
    /// Room between a label and its panel, and between the title and the labels (nil: the
    /// layout's defaults).
    public var labelPadding: Double? = nil
    public var titlePadding: Double? = nil
    /// Each label's words from its value (`datum.value`) and default text (`datum.label`).
    var labelExpr: Expression? = nil

    init(title: String?, kind: FacetKind, labelAngle: Double = -90) {
        self.title = title
        self.kind = kind
        self.labelAngle = labelAngle
    }

    /// A panel's label as the header writes it: `labelExpr` over its value, when given.
    func label(_ value: String) -> String {
        guard let e = labelExpr else { return value }
        return e.evaluate(AxisTick(value: ExprValue(.text(value)), label: value).field).stringValue ?? ""
    }
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
            var header = FacetHeader(title: title?.isEmpty == true ? nil : title, kind: kind, labelAngle: angle)
            decodeSpacing(r, kind: kind, into: &header, log: log)
            return header
        }
        return FacetHeader(title: title?.isEmpty == true ? nil : title, kind: kind, labelAngle: angle)
    }

    /// labelAlign, labelPadding, titlePadding and labelExpr. A wrapped facet's labels are its
    /// panels' titles, so alignment and label padding are a grid's (row or column) only.
    private static func decodeSpacing(_ r: ObjectReader, kind: FacetKind, into header: inout FacetHeader, log: DiagnosticLog) {
        header.titlePadding = r.number("titlePadding", min: -200, max: 200)
        header.labelPadding = r.number("labelPadding", min: -200, max: 200)
        if let s = r.choice("labelAlign", ["left", "center", "right"]), let n = r["labelAlign"] {
            if kind == .row && header.labelAngle != 0 {
                log.error(n.location, r.childPath("labelAlign"), "aligns level row labels: give \"labelAngle\": 0 too (turned labels stay centred on their row)")
            }
            header.labelAlign = s == "left" ? .start : s == "right" ? .end : .middle
        }
        if kind == .facet {
            for key in ["labelAlign", "labelPadding"] where r.has(key) {
                log.error(r[key]!.location, r.childPath(key), "is drawn on row and column headers; a wrapped facet's labels are its panels' titles")
            }
        }
        if let s = r.string("labelExpr"), let n = r["labelExpr"] {
            header.labelExpr = AxisDecoder.expression(Located(s, at: n.location, path: r.childPath("labelExpr")), log: log)
        }
    }

    static let known = ["title", "labelAngle", "labelAlign", "labelPadding", "titlePadding", "labelExpr"]
    /// Vega-Lite's other header properties, named when written.
    static let notDrawn = ["labelOrient", "titleOrient", "labelAnchor", "labelBaseline", "labelColor",
                           "labelFont", "labelFontSize", "labelFontStyle", "labelFontWeight", "labelLimit",
                           "labelLineHeight", "labels", "orient", "titleAlign", "titleAnchor", "titleAngle",
                           "titleBaseline", "titleColor", "titleFont", "titleFontSize", "titleFontStyle", "titleFontWeight",
                           "titleLimit", "titleLineHeight", "format", "formatType"]
}
