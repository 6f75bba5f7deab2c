// Vega-Lite's `config` (a spec's theme) onto this project's house style. A key with a
// counterpart in the style (styles/ccnt.json) sets it for this chart; a key that cannot change
// a static picture's marks (the frame around the plot, a container's size, ARIA attributes)
// is a warning; every other key is an error naming it, never a silent guess.

enum VegaLiteConfig {
    struct Result {
        var overrides = StyleOverrides()
        /// config.title.anchor: where titles sit unless the spec's title says.
        var titleAnchor: HorizontalAnchor?
        /// Axis keys the style does not hold, config.axisX / axisY and countTitle (ViewConfig).
        var view = ViewConfig()
    }

    /// Font keys of a text: Vega-Lite's `<prefix>Font`, `<prefix>FontSize`, … onto a TextStyle.
    static func textKeys(_ prefix: String, _ style: String) -> [String: String] {
        let names = [("Font", "fontFamily"), ("FontSize", "fontSize"), ("FontWeight", "fontWeight"), ("FontStyle", "fontStyle"), ("Color", "color")]
        var out: [String: String] = [:]
        for (vl, own) in names {
            let key = prefix.isEmpty ? vl.prefix(1).lowercased() + vl.dropFirst() : prefix + vl
            out[key] = "\(style).\(own)"
        }
        return out
    }

    /// Vega-Lite key → style path, per config section ("" is config itself).
    static let renames: [String: [String: String]] = [
        "": ["background": "background", "font": "font"],
        "axis": ["grid": "axis.grid", "gridColor": "axis.gridColor", "gridWidth": "axis.gridWidth", "gridDash": "axis.gridDash",
                 "domainColor": "axis.domainColor", "domainWidth": "axis.domainWidth", "tickColor": "axis.tickColor",
                 "tickSize": "axis.tickSize", "tickWidth": "axis.tickWidth", "labelPadding": "axis.labelPadding",
                 "labelLimit": "axis.labelLimit", "titlePadding": "axis.titlePadding"]
            .merging(textKeys("label", "axis.label")) { a, _ in a }.merging(textKeys("title", "axis.title")) { a, _ in a },
        "legend": ["orient": "legend.orient"]
            .merging(textKeys("label", "legend.label")) { a, _ in a }.merging(textKeys("title", "legend.title")) { a, _ in a },
        "title": textKeys("", "title").merging(textKeys("subtitle", "subtitle")) { a, _ in a },
        "bar": ["color": "bar.color", "fill": "bar.color"],
        "line": ["strokeWidth": "line.width"],
        "area": ["opacity": "area.opacity", "fillOpacity": "area.opacity"],
        "rule": ["color": "rule.color", "stroke": "rule.color", "strokeWidth": "rule.width", "strokeDash": "rule.dash"],
        "range": ["category": "range.category"],
        // The gap between bars' bands (Vega-Lite's default 0.1; the style's own otherwise).
        "scale": ["barBandPaddingInner": "bar.bandPadding"],
    ]

    /// Keys accepted with a warning: they change no mark of a picture in a file.
    static let noEffect: [String: [String: String]] = [
        "": ["aria": "ARIA attributes are for interactive pages", "autosize": "charts always fit their width and height, chrome included",
             "lineBreak": "titles break at \\n", "customFormatTypes": "no custom formatters run here"],
        "view": ["stroke": "no frame is drawn around the plot", "strokeWidth": "no frame is drawn around the plot",
                 "strokeOpacity": "no frame is drawn around the plot", "strokeDash": "no frame is drawn around the plot",
                 "cornerRadius": "no frame is drawn around the plot"],
        "axis": ["tickBand": "band ticks and grid lines sit between bands"],
        "legend": ["direction": "the legend's layout follows its orient"],
        "concat": ["spacing": "the style sets the gap between panels"],
        "facet": ["spacing": "the style sets the gap between panels"],
    ]

    /// config.view's default sizes, as Vega-Lite reads them: a number of pixels, or for the
    /// discrete sides {"step": n}. False for other keys.
    static func viewSize(_ key: String, _ value: JSONNode, path: String, into view: inout ViewConfig, log: DiagnosticLog) -> Bool {
        guard ["continuousWidth", "continuousHeight", "discreteWidth", "discreteHeight", "step"].contains(key) else { return false }
        var number: Double?
        if case .number(let v) = value.value { number = v }
        if key.hasPrefix("discrete"), let step = value["step"], case .number(let v) = step.value {
            if v > 0 && v <= 1000 { view.step = v } else { log.error(step.location, "\(path).step", "must be from 0 to 1000 pixels") }
            return true
        }
        guard let v = number, v >= 10, v <= SpecDecoder.maximumSide else {
            log.error(value.location, path, "must be a number of pixels from 10 to \(Int(SpecDecoder.maximumSide))\(key.hasPrefix("discrete") ? ", or {\"step\": n}" : "")")
            return true
        }
        switch key {
        case "continuousWidth": view.continuousWidth = v
        case "continuousHeight": view.continuousHeight = v
        case "discreteWidth": view.discreteWidth = v
        case "discreteHeight": view.discreteHeight = v
        default: view.step = v
        }
        return true
    }

    /// `root` names the object in messages: "config", or "" for top-level keys that take the
    /// same values (Vega-Lite's `view` beside the views).
    static func decode(_ node: JSONNode, root: String = "config", log: DiagnosticLog) -> Result {
        var result = Result()
        guard let members = node.members else {
            log.error(node.location, root, "must be an object, found \(node.kindName)")
            return result
        }
        for m in members {
            let path = ObjectReader.join(root, m.key)
            if let own = renames[""]?[m.key] { result.overrides.set(own, m.value); continue }
            if let why = noEffect[""]?[m.key] { warn(m.value, path, why, log); continue }
            switch m.key {
            case "padding": padding(m.value, path: path, into: &result.overrides, log: log)
            case "title":
                var anchor: HorizontalAnchor?
                section(m.value, path, "title", log: log, into: &result.overrides) { key, value in
                    guard key == "anchor" else { return .notMine }
                    anchor = TitleParams.anchor(value, path: "\(path).anchor", log: log)
                    return .handled
                }
                result.titleAnchor = anchor
            case "axis": result.view.axis = axisSection(m.value, path: path, into: &result, log: log)
            case "countTitle":
                guard case .string(let t) = m.value.value else {
                    log.error(m.value.location, path, "must be a string, found \(m.value.kindName)"); continue
                }
                result.view.countTitle = t
            case "axisX", "axisY":
                let (axis, disable) = AxisConfig.section(m.value, path: path, log: log)
                if m.key == "axisX" { (result.view.axis.x, result.view.axis.disableX) = (axis, disable) }
                else { (result.view.axis.y, result.view.axis.disableY) = (axis, disable) }
            case "view": section(m.value, path, "view", log: log, into: &result.overrides) { key, value in
                    if key == "stroke" && TitleParams.isTransparent(value) { return .handled }  // what is drawn: no frame
                    return viewSize(key, value, path: "\(path).\(key)", into: &result.view, log: log) ? .handled : .notMine
                }
            case "range": section(m.value, path, "range", log: log, into: &result.overrides) { _, _ in .notMine }
            case let name where MarkDefaults.sectionNames.contains(name):
                // Renamed keys set the style; the others are mark defaults, which MarkDefaults
                // reads and checks (SpecDecoder.decode).
                section(m.value, path, name, log: log, into: &result.overrides) { _, _ in .handled }
            case "style": continue  // named mark styles: MarkDefaults
            default:
                if renames[m.key] != nil || noEffect[m.key] != nil {
                    section(m.value, path, m.key, log: log, into: &result.overrides) { _, _ in .notMine }
                } else {
                    log.error(m.keyLocation, path, "is a Vega-Lite config key this tool does not apply yet")
                }
            }
        }
        return result
    }

    /// What a section's own handler made of a key.
    enum Special { case notMine, handled, set(String, JSONNode) }

    /// One section (config.axis, …): renamed keys set the style, `special` handles its own
    /// keys, no-effect keys warn, the rest are errors.
    private static func section(_ node: JSONNode, _ sectionPath: String, _ name: String, log: DiagnosticLog,
                                into overrides: inout StyleOverrides, special: (String, JSONNode) -> Special) {
        guard let members = node.members else {
            log.error(node.location, sectionPath, "must be an object, found \(node.kindName)")
            return
        }
        for m in members {
            let path = "\(sectionPath).\(m.key)"
            if let own = renames[name]?[m.key] { overrides.set(own, m.value); continue }
            switch special(m.key, m.value) {
            case .handled: continue
            case .set(let own, let value): overrides.set(own, value); continue
            case .notMine: break
            }
            if let why = noEffect[name]?[m.key] { warn(m.value, path, why, log) }
            else { log.error(m.keyLocation, path, "is a Vega-Lite config key this tool does not apply yet") }
        }
    }

    /// config.axis: keys with a style counterpart set the style; the other axis keys (labels,
    /// title, gridOpacity, …) and `disable` go under every x and y axis (AxisConfig).
    private static func axisSection(_ node: JSONNode, path: String, into result: inout Result, log: DiagnosticLog) -> AxisConfig {
        var config = result.view.axis
        var rest: [JSONMember] = []
        section(node, path, "axis", log: log, into: &result.overrides) { key, value in
            if key == "disable" { config.disableAll = AxisConfig.disableFlag(value, path: "\(path).disable", log: log); return .handled }
            let special = axisSpecial(key, value)
            guard case .notMine = special, noEffect["axis"]?[key] == nil, AxisDecoder.keys.contains(key) else { return special }
            rest.append(JSONMember(key: key, keyLocation: value.location, value: value))
            return .handled
        }
        if !rest.isEmpty { config.all = AxisDecoder.decode(JSONNode(.object(rest), at: node.location), path: path, log: log) }
        return config
    }

    /// Axis switches with a style counterpart: no domain line or ticks is a width or size of 0.
    private static func axisSpecial(_ key: String, _ value: JSONNode) -> Special {
        guard key == "domain" || key == "ticks", case .bool(let on) = value.value else { return .notMine }
        guard !on else { return .handled }
        return .set(key == "domain" ? "axis.domainWidth" : "axis.tickSize", JSONNode(.number(0), at: value.location))
    }

    /// Vega-Lite's padding: a number, or {left, top, right, bottom} all equal (the style has one).
    static func padding(_ node: JSONNode, path: String, into o: inout StyleOverrides, log: DiagnosticLog) {
        switch node.value {
        case .number: o.set("padding", node)
        case .object(let sides):
            let values = Set(sides.compactMap { m -> Double? in if case .number(let v) = m.value.value { return v }; return nil })
            if values.count == 1, sides.count == 4, let v = values.first {
                o.set("padding", JSONNode(.number(v), at: node.location))
            } else {
                log.error(node.location, path, "with different sides is not supported yet: the style has one padding for all four")
            }
        default:
            log.error(node.location, path, "must be a number of pixels, found \(node.kindName)")
        }
    }

    static func warn(_ node: JSONNode, _ path: String, _ why: String, _ log: DiagnosticLog) {
        log.warning(node.location, path, "is not applied: \(why)")
    }
}
