// The overlays Vega-Lite draws with a line or an area: `"point"` puts a symbol at each data
// point (true, or an object of point properties; "transparent" draws none), `"line"` strokes
// an area's top edge (true, or an object of line properties). Both are off by default.

enum MarkOverlays {
    static let pointKeys = ["filled", "fill", "stroke", "color", "opacity", "size", "strokeWidth", "type"]
    static let lineKeys = ["color", "strokeWidth", "opacity", "strokeDash", "type"]

    static func point(_ r: ObjectReader, log: DiagnosticLog) -> PointOverlay? {
        guard let n = r["point"] else { return nil }
        switch n.value {
        case .bool(let on): return on ? PointOverlay() : nil
        case .string("transparent"): return nil  // points for tooltips only: nothing to see
        case .object:
            guard let o = ObjectReader(n, path: r.childPath("point"), log: log, keys: pointKeys) else { return nil }
            if let t = o.string("type"), t != "point", let tn = o["type"] {
                log.error(tn.location, o.childPath("type"), "an overlay's points are \"point\" marks")
            }
            var p = PointOverlay()
            p.filled = o.bool("filled")
            p.fill = MarkProperties.color(o, "fill", log: log)
            p.stroke = MarkProperties.color(o, "stroke", log: log)
            p.color = MarkProperties.color(o, "color", log: log)
            p.opacity = o.number("opacity", min: 0, max: 1)
            p.size = o.number("size", min: 0, max: 10_000)
            p.strokeWidth = o.number("strokeWidth", min: 0, max: 50)
            return p
        default:
            log.error(n.location, r.childPath("point"), "must be true, false, \"transparent\" or an object of point properties, found \(n.kindName)")
            return nil
        }
    }

    static func line(_ r: ObjectReader, log: DiagnosticLog) -> LineOverlay? {
        guard let n = r["line"] else { return nil }
        switch n.value {
        case .bool(let on): return on ? LineOverlay() : nil
        case .object:
            guard let o = ObjectReader(n, path: r.childPath("line"), log: log, keys: lineKeys) else { return nil }
            if let t = o.string("type"), t != "line", let tn = o["type"] {
                log.error(tn.location, o.childPath("type"), "an area's overlay line is a \"line\" mark")
            }
            var l = LineOverlay()
            l.color = MarkProperties.color(o, "color", log: log)
            l.strokeWidth = o.number("strokeWidth", min: 0, max: 50)
            l.opacity = o.number("opacity", min: 0, max: 1)
            l.strokeDash = o.dashes("strokeDash") ?? []
            return l
        default:
            log.error(n.location, r.childPath("line"), "must be true, false or an object of line properties, found \(n.kindName)")
            return nil
        }
    }
}
