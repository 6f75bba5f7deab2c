// Vega-Lite's `labelFlush` on an x axis: the labels at the ends of the scale's range are
// aligned flush with it (the first starts at the plot's left edge, the last ends at its right)
// instead of centred on their ticks. false centres every label, which is what the compilers
// draw by default; a number (an extra offset) and true on a y axis are not drawn yet.

enum AxisFlush {
    static func decode(_ a: ObjectReader, log: DiagnosticLog) -> Bool? {
        guard let n = a["labelFlush"] else { return nil }
        let path = a.childPath("labelFlush")
        guard case .bool(let on) = n.value else {
            log.error(n.location, path, "must be true or false (a flush offset in pixels is not supported yet)")
            return nil
        }
        if on && !a.path.hasSuffix(".x.axis") {
            log.error(n.location, path, "true is drawn on x axes only so far (y labels stay centred on their ticks)")
            return nil
        }
        return on
    }

    /// A label's anchor at tick position `p` on a horizontal axis from `lo` to `hi`.
    static func anchor(_ axis: AxisSpec?, at p: Double, lo: Double, hi: Double) -> HorizontalAnchor {
        let given = axis?.more.labelAlign ?? .middle
        guard axis?.more.labelFlush == true else { return given }
        if abs(p - lo) < 0.5 { return .start }
        if abs(p - hi) < 0.5 { return .end }
        return given
    }
}
