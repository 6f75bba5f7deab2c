// `resolve` on a figure of panels (Vega-Lite's words and defaults): whether the panels of a
// small multiple or a concatenation share their x and y scales. A facet shares them unless
// told "independent"; concatenated panels keep their own unless told "shared". Shared scales
// span every panel's data; with an independent one, each panel writes its own axis.

public struct FigureResolve: Sendable, Equatable {
    public var sharedX: Bool
    public var sharedY: Bool
    /// Concatenated panels told `"color": "independent"`: each keeps its own colour scale and
    /// legend (ConcatColours shares them otherwise).
    public var independentColor = false
}

enum FigureResolveDecoder {
    static func decode(_ top: ObjectReader, sharedByDefault: Bool, log: DiagnosticLog) -> FigureResolve {
        var resolve = FigureResolve(sharedX: sharedByDefault, sharedY: sharedByDefault)
        guard let r = top.object("resolve", keys: ["scale", "axis", "legend"]) else { return resolve }
        for key in ["axis", "legend"] where r.has(key) {
            log.error(r[key]!.location, r.childPath(key), "is not supported yet on a figure of panels: axes follow their scales, and a small multiple draws one legend")
        }
        guard let s = r.object("scale", keys: ["x", "y", "color"]) else { return resolve }
        if let x = s.choice("x", ["shared", "independent"]) { resolve.sharedX = x == "shared" }
        if let y = s.choice("y", ["shared", "independent"]) { resolve.sharedY = y == "shared" }
        if let c = s["color"] {
            if !sharedByDefault, let choice = s.choice("color", ["shared", "independent"]) {
                resolve.independentColor = choice == "independent"
            } else if sharedByDefault {
                log.error(c.location, s.childPath("color"), "is not supported yet on small multiples: their panels share one colour scale and legend (Vega-Lite's default for facets)")
            }
        }
        return resolve
    }
}
