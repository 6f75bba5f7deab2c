// Vega's gradient colours on a mark (`"color": {"gradient": "linear", "stops": […]}`): a
// linear gradient from (x1, y1) to (x2, y2), in fractions of the mark's bounding box (Vega's
// defaults 0, 0, 1, 0: left to right), through colour stops at offsets 0…1. Drawn on areas.

public struct MarkGradient: Sendable, Equatable {
    public var x1 = 0.0, y1 = 0.0, x2 = 1.0, y2 = 0.0
    public var stops: [GradientStop] = []

    static let keys = ["gradient", "x1", "y1", "x2", "y2", "stops", "id"]

    static func decode(_ n: JSONNode, path: String, log: DiagnosticLog) -> MarkGradient? {
        guard let r = ObjectReader(n, path: path, log: log, keys: keys) else { return nil }
        guard r.choice("gradient", ["linear"]) != nil else {
            if !r.has("gradient") { log.error(n.location, path, "a gradient needs \"gradient\": \"linear\" (radial gradients are not drawn yet)") }
            return nil
        }
        var g = MarkGradient()
        g.x1 = r.number("x1") ?? 0
        g.y1 = r.number("y1") ?? 0
        g.x2 = r.number("x2") ?? 1
        g.y2 = r.number("y2") ?? 0
        for (i, item) in (r.array("stops") ?? []).enumerated() {
            let p = "\(r.childPath("stops"))[\(i)]"
            guard let s = ObjectReader(item, path: p, log: log, keys: ["offset", "color"]),
                  let offset = s.number("offset", min: 0, max: 1), let text = s.string("color") else { continue }
            guard let color = Color(parsing: text) else {
                log.error(s["color"]!.location, s.childPath("color"), "\"\(Quote.short(text))\" is not a colour")
                continue
            }
            g.stops.append(GradientStop(offset: offset, color: color))
        }
        if g.stops.isEmpty { log.error(n.location, r.childPath("stops"), "needs at least one stop {\"offset\": 0, \"color\": …}") }
        return g.stops.isEmpty ? nil : g
    }

    /// The gradient over a box, in scene coordinates, its colours faded by `opacity`.
    func over(_ box: Rect, opacity: Double) -> LinearGradient {
        LinearGradient(start: Point(box.x + x1 * box.width, box.y + y1 * box.height),
                       end: Point(box.x + x2 * box.width, box.y + y2 * box.height),
                       stops: stops.map { GradientStop(offset: $0.offset, color: $0.color.withAlpha($0.color.a * opacity)) })
    }
}
