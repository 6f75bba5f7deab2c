// An axis's `orient`: Vega-Lite puts an x axis at the bottom and a y axis on the left unless
// `orient` says "top" or "right". Asking for the usual side changes nothing. An axis on the
// other side that shows nothing (domain, ticks and labels false, title null or empty, as
// bar_layered_weather's x axis) takes no room on either side, so it is drawn as it is. An x
// axis on top that shows its title is returned for the Cartesian compiler, which draws a
// title-only axis above the plot (AxisOrientCheck refuses the rest once config is known); a
// y axis on the right is refused by name.

enum AxisOrient {
    static func decode(_ a: ObjectReader, log: DiagnosticLog) -> Located<String>? {
        guard let n = a["orient"] else { return nil }
        let path = a.childPath("orient")
        let onX = a.path.hasSuffix("x.axis"), onY = a.path.hasSuffix("y.axis")
        guard onX || onY else {
            log.error(n.location, path, "(moving an axis to the other side) is not supported yet on this axis")
            return nil
        }
        let usual = onX ? "bottom" : "left", other = onX ? "top" : "right"
        guard let side = a.choice("orient", [usual, other]), side == other, !drawsNothing(a) else { return nil }
        guard onX else {
            log.error(n.location, path, "\"right\" is drawn only for an axis with no domain, ticks, labels or title so far (moving a visible y axis to the right is not supported yet)")
            return nil
        }
        return Located(side, at: n.location, path: path)
    }

    /// Domain, ticks and labels switched off and no title: nothing is drawn outside the plot.
    static func drawsNothing(_ a: ObjectReader) -> Bool {
        let off = ["domain", "ticks", "labels"].allSatisfy { key in
            if case .bool(false)? = a[key]?.value { return true }
            return false
        }
        switch a["title"]?.value {
        case .null?: return off
        case .string(let s)?: return off && s.isEmpty
        default: return false
        }
    }
}
