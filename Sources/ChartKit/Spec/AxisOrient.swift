// An axis's `orient`: Vega-Lite puts an x axis at the bottom and a y axis on the left unless
// `orient` says "top" or "right". Asking for the usual side changes nothing. Asking for the
// other side is drawn only when the axis shows nothing there (domain, ticks and labels false,
// title null or empty, as bar_layered_weather's x axis): such an axis takes no room on either
// side, so the picture is Vega-Lite's. A visible axis on the other side is refused by name.

enum AxisOrient {
    static func check(_ a: ObjectReader, log: DiagnosticLog) {
        guard let n = a["orient"] else { return }
        let path = a.childPath("orient")
        let onX = a.path.hasSuffix("x.axis"), onY = a.path.hasSuffix("y.axis")
        guard onX || onY else {
            log.error(n.location, path, "(moving an axis to the other side) is not supported yet on this axis")
            return
        }
        let usual = onX ? "bottom" : "left", other = onX ? "top" : "right"
        guard let side = a.choice("orient", [usual, other]), side == other else { return }
        guard drawsNothing(a) else {
            log.error(n.location, path, "\"\(other)\" is drawn only for an axis with no domain, ticks, labels or title so far (moving a visible axis to the \(other) is not supported yet)")
            return
        }
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
