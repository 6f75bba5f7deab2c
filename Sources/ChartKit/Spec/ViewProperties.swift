// Vega-Lite's top-level properties around the views: size, padding, background, the theme
// (`config`), description and name, and the interactive parts (`params`, `selection`) that a
// picture in a file cannot use. Each takes effect or is named in a warning or an error.

enum ViewProperties {
    /// Figure-level keys besides the views (see SpecDecoder.topKeys).
    static let figureKeys = ["padding", "autosize", "background", "params", "selection", "name", "spacing", "view", "bounds"]

    /// `width` and `height`: numbers are the plot's size; {"step": n} is n pixels per band
    /// (BandStep); "container" sizes a chart by its web page: the style's size, with a warning.
    static func size(_ top: ObjectReader, into spec: inout ChartSpec, log: DiagnosticLog) {
        for key in ["width", "height"] {
            guard let n = top[key] else { continue }
            let path = top.childPath(key)
            switch n.value {
            case .number:
                if let v = top.number(key, min: 10, max: SpecDecoder.maximumSide) {
                    let located = Located(v, at: n.location, path: path)
                    if key == "width" { spec.width = located } else { spec.height = located }
                }
            case .string("container"):
                log.warning(n.location, path, "\"container\" fills a web page's element; a file has none, so the style's \(key) is used")
            case .object:
                guard let r = ObjectReader(n, path: path, log: log, keys: ["step", "for"]), let step = r.number("step", min: 1, max: 1000) else {
                    if n["step"] == nil { log.error(n.location, path, "must be a number, \"container\" or {\"step\": …}") }
                    continue
                }
                if let f = r.choice("for", ["position", "offset"]), f == "offset" {
                    log.error(r["for"]!.location, r.childPath("for"), "\"offset\" (a step per band of xOffset or yOffset) is not applied yet; give the step of the position bands")
                    continue
                }
                let located = Located(step, at: n.location, path: path)
                if key == "width" { spec.widthStep = located } else { spec.heightStep = located }
            default:
                log.error(n.location, path, "must be a number, \"container\" or {\"step\": …}, found \(n.kindName)")
            }
        }
    }

    /// The keys of the whole figure (`top` is the spec's root): `$schema`, `description`,
    /// `name`, `config`, `padding`, `background`, `autosize` and the interactive ones.
    static func figure(_ top: ObjectReader, into spec: inout ChartSpec, overrides: inout StyleOverrides, log: DiagnosticLog) {
        if let s = top.string("$schema"), s.contains("/schema/vega/"), let n = top["$schema"] {
            log.error(n.location, "$schema", "names a Vega spec; ccnt-chart reads Vega-Lite (\"https://vega.github.io/schema/vega-lite/v5.json\")")
        }
        spec.isVegaLite = top.string("$schema")?.contains("/schema/vega-lite/") ?? false
        spec.description = top.string("description")
        spec.name = top.string("name")
        if let c = top["config"] {
            let config = VegaLiteConfig.decode(c, log: log)
            overrides = config.overrides
            spec.titleAnchor = config.titleAnchor
            spec.viewConfig = config.view
        }
        if let p = top["padding"] { VegaLiteConfig.padding(p, path: "padding", into: &overrides, log: log) }
        if let b = top["background"] { overrides.set("background", b) }
        spec.autosizeFit = top["autosize"].map(isFit) ?? false
        if let a = top["autosize"], !isFit(a) {
            log.warning(a.location, "autosize", "is not applied: charts always fit their width and height, chrome included (Vega-Lite's \"fit\")")
        }
        interactive(top, log: log)
        if let n = top["spacing"] { spec.spacing = PanelSpacing.decode(n, path: "spacing", log: log) }
        if let n = top["bounds"] {
            log.warning(n.location, "bounds", "is not applied: a panel's room always holds its axes and titles (Vega-Lite's \"full\")")
        }
        if let v = top["view"] { view(v, root: "", log: log) }
    }

    /// Vega-Lite's `view` beside a view (the figure's, a panel's or a facet's): the look of its
    /// plot's background and frame, the same keys as config.view.
    static func view(_ v: JSONNode, root: String, log: DiagnosticLog) {
        _ = VegaLiteConfig.decode(JSONNode(.object([JSONMember(key: "view", keyLocation: v.location, value: v)]), at: v.location), root: root, log: log)
    }

    /// `params` (and v4's `selection`) of the figure, a panel or a layer: a still picture draws
    /// what the page shows before anyone interacts, which is what the chart draws without them.
    static func interactive(_ r: ObjectReader, log: DiagnosticLog) {
        for key in ["params", "selection"] where r.has(key) {
            log.warning(r[key]!.location, r.childPath(key), "is not applied: selections and interactive parameters need a live page, a file is a still picture")
        }
    }

    private static func isFit(_ node: JSONNode) -> Bool {
        switch node.value {
        case .string(let s): return s == "fit"
        case .object: return node["type"]?.value == .string("fit")
        default: return false
        }
    }
}
