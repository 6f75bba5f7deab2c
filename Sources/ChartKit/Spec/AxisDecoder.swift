// An encoding channel's `axis`: null (no axis), or Vega-Lite's axis properties. Each key the
// tool draws is decoded into AxisSpec; keys it does not draw yet are errors naming them, and
// keys that only matter on a live page are warnings.

enum AxisDecoder {
    static let keys = ["title", "grid", "labelAngle", "tickCount", "format", "values",
                       "domain", "domainColor", "domainWidth", "domainDash", "ticks", "tickColor", "tickSize", "tickWidth", "tickDash",
                       "gridColor", "gridWidth", "gridDash", "gridOpacity", "labels", "labelColor", "labelFont", "labelFontSize",
                       "labelFontWeight", "labelPadding", "labelExpr", "labelAlign",
                       "titleColor", "titleFont", "titleFontSize", "titleFontWeight", "titlePadding", "titleLimit", "labelOffset", "zindex", "offset", "minExtent", "labelOverlap", "labelFlush", "orient"]
        + notYet.keys.sorted() + interactive.keys.sorted()
    /// Vega-Lite axis keys that change the picture and are not drawn yet: refused by name.
    static let notYet = ["labelBaseline": "a label baseline",
                         "titleAngle": "a turned axis title", "titleAlign": "a title alignment", "titleX": "a title position",
                         "titleY": "a title position", "bandPosition": "ticks at a band position", "labelLimit": "a label length limit",
                         "titleAnchor": "a title anchor", "titleBaseline": "a title baseline", "translate": "an axis offset",
                         "labelBound": "labels bounded by the plot", "tickOffset": "moving ticks", "tickRound": "rounding ticks",
                         "tickExtra": "an extra tick", "tickBand": "ticks between bands", "tickMinStep": "a minimum tick step",
                         "gridCap": "grid line caps", "domainCap": "domain line caps", "tickCap": "tick line caps",
                         "labelSeparation": "a label spacing", "labelLineHeight": "a label line height",
                         "labelFontStyle": "italic labels", "titleFontStyle": "an italic title", "domainOpacity": "a domain opacity",
                         "tickOpacity": "a tick opacity", "labelOpacity": "a label opacity", "titleOpacity": "a title opacity",
                         "style": "named axis styles", "formatType": "a format type", "position": "an axis position",
                         "titleLineHeight": "a title line height", "gridDashOffset": "a grid dash offset",
                         "tickDashOffset": "a tick dash offset", "domainDashOffset": "a domain dash offset"]
    static let interactive = ["aria": "ARIA attributes are for interactive pages", "description": "a file has no screen-reader text per axis"]

    static func decode(_ n: JSONNode, path: String, log: DiagnosticLog) -> AxisSpec? {
        if case .null = n.value { return AxisSpec(hidden: true) }
        guard let a = ObjectReader(n, path: path, log: log, keys: keys) else { return nil }
        var axis = AxisSpec()
        axis.title = a.title("title")
        axis.grid = a.bool("grid")
        axis.labelAngle = a.number("labelAngle", min: -90, max: 90)
        axis.tickCount = a.number("tickCount", min: 1, max: 50).map { Int($0) }
        axis.format = a.string("format")
        FormatCheck.check(a["format"], path: a.childPath("format"), log: log)
        for key in notYet.keys.sorted() where a.has(key) {
            log.error(a[key]!.location, a.childPath(key), "(\(notYet[key]!)) is not supported yet")
        }
        for key in interactive.keys.sorted() where a.has(key) {
            log.warning(a[key]!.location, a.childPath(key), "is not applied: \(interactive[key]!)")
        }
        if let z = a.number("zindex", min: 0), z != 0, let zn = a["zindex"] {
            axis.zindex = Located(z, at: zn.location, path: a.childPath("zindex"))
        }
        axis.top = AxisOrient.decode(a, log: log)
        axis.values = tickValues(a, log: log)
        axis.more = properties(a, log: log)
        (axis.more.offset, axis.more.minExtent) = extent(a, log: log)
        axis.more.labelFlush = AxisFlush.decode(a, log: log)
        axis.more.titleLimit = a.number("titleLimit", min: 0, max: 10_000)
        axis.more.labelOffset = a.number("labelOffset", min: -1000, max: 1000)
        return axis
    }

    /// `offset` and `minExtent`, drawn on y axes (left or right of the plot); on an x axis they
    /// are errors naming them.
    static func extent(_ a: ObjectReader, log: DiagnosticLog) -> (offset: Double?, minExtent: Double?) {
        let onY = a.path.hasSuffix(".y.axis") || a.path == "y.axis" || a.path == "config.axisY"
        for key in ["offset", "minExtent"] where !onY && a.has(key) {
            log.error(a[key]!.location, a.childPath(key), "is drawn on y axes only so far (moving an x axis, or its minimum extent, is not supported yet)")
        }
        guard onY else { return (nil, nil) }
        return (a.number("offset", min: -500, max: 500), a.number("minExtent", min: 0, max: 1000))
    }

    /// The look of the axis's parts (also `config.axis…` keys, which take the same values).
    static func properties(_ a: ObjectReader, log: DiagnosticLog) -> AxisProperties {
        var p = AxisProperties()
        p.domain = a.bool("domain")
        p.ticks = a.bool("ticks")
        p.labels = a.bool("labels")
        p.domainColor = color(a, "domainColor", log: log)
        p.domainWidth = a.number("domainWidth", min: 0, max: 20)
        p.domainDash = a.dashes("domainDash")
        p.tickColor = perTickColor(a, "tickColor", log: log)
        p.tickSize = a.number("tickSize", min: 0, max: 100)
        p.tickWidth = a.number("tickWidth", min: 0, max: 20)
        p.tickDash = perTickDash(a, "tickDash", log: log)
        p.gridColor = perTickColor(a, "gridColor", log: log)
        p.gridWidth = a.number("gridWidth", min: 0, max: 20)
        p.gridDash = perTickDash(a, "gridDash", log: log)
        p.gridOpacity = a.number("gridOpacity", min: 0, max: 1)
        p.labelColor = perTickColor(a, "labelColor", log: log)
        p.labelFont = a.string("labelFont")
        p.labelFontSize = a.number("labelFontSize", min: 4, max: 200)
        p.labelFontWeight = weight(a, "labelFontWeight", log: log)
        p.labelPadding = a.number("labelPadding", min: -100, max: 200)
        p.labelOverlap = LabelOverlap.decode(a, "labelOverlap", log: log)
        p.titleColor = color(a, "titleColor", log: log)
        p.titleFont = a.string("titleFont")
        p.titleFontSize = a.number("titleFontSize", min: 4, max: 200)
        p.titleFontWeight = weight(a, "titleFontWeight", log: log)
        p.titlePadding = a.number("titlePadding", min: -100, max: 200)
        if let s = a.choice("labelAlign", ["left", "center", "right"]) {
            p.labelAlign = s == "left" ? .start : s == "right" ? .end : .middle
        }
        if let s = a.string("labelExpr"), let n = a["labelExpr"] {
            p.labelExpr = expression(Located(s, at: n.location, path: a.childPath("labelExpr")), lines: true, log: log)
        }
        return p
    }

    /// An axis expression: it may read `datum.value` and `datum.label` only.
    /// `lines`: a list of lines (Vega's multi-line label) is read too.
    static func expression(_ source: Located<String>, lines: Bool = false, log: DiagnosticLog) -> Expression? {
        do {
            let e = lines ? try Expression.parseLines(source.value) : try Expression.parse(source.value)
            if let ref = e.fieldReferences.first(where: { $0.name != "value" && $0.name != "label" }) {
                report(ExpressionTransforms.failure(source, offset: ref.offset,
                    "an axis expression reads datum.value (the tick's value) and datum.label (its label), not datum.\(ref.name)"), log)
                return nil
            }
            return e
        } catch {
            report(ExpressionTransforms.failure(source, offset: error.offset, error.message), log)
            return nil
        }
    }

    private static func report(_ e: ChartError, _ log: DiagnosticLog) {
        for d in e.diagnostics { log.error(d.location, d.path, d.message) }
    }

    /// A colour, or null (.some(nil): the part is not drawn).
    static func color(_ a: ObjectReader, _ key: String, log: DiagnosticLog) -> Color?? {
        guard let n = a[key] else { return nil }
        return colorValue(n, path: a.childPath(key), log: log)
    }

    private static func colorValue(_ n: JSONNode, path: String, log: DiagnosticLog) -> Color?? {
        switch n.value {
        case .null: return .some(nil)
        case .string(let s):
            if let c = Color(parsing: s) { return .some(c) }
            log.error(n.location, path, "\"\(Quote.short(s))\" is not a colour (use \"#rrggbb\", \"#rgb\" or a CSS colour name)")
            return nil
        default:
            log.error(n.location, path, "must be a colour string or null, found \(n.kindName)")
            return nil
        }
    }

    /// A colour that may depend on the tick: `{"condition": {"test": …, "value": …}, "value": …}`.
    static func perTickColor(_ a: ObjectReader, _ key: String, log: DiagnosticLog) -> PerTick<Color?>? {
        perTick(a, key, otherwise: nil, what: "the colour", log: log) { r, k in colorValue(r[k]!, path: r.childPath(k), log: log) }
    }

    /// A dash pattern that may depend on the tick (line_conditional_axis: solid at each year).
    static func perTickDash(_ a: ObjectReader, _ key: String, log: DiagnosticLog) -> PerTick<[Double]>? {
        perTick(a, key, otherwise: [], what: "the dash pattern", log: log) { r, k in r.dashes(k) }
    }

    /// A property that may depend on the tick; `read` takes a value (`key` of the reader),
    /// `otherwise` stands for a missing "value" beside the condition.
    static func perTick<V>(_ a: ObjectReader, _ key: String, otherwise: V, what: String, log: DiagnosticLog,
                           read: (ObjectReader, String) -> V?) -> PerTick<V>? {
        guard let n = a[key] else { return nil }
        guard case .object = n.value else { return read(a, key).map { PerTick($0) } }
        guard let r = ObjectReader(n, path: a.childPath(key), log: log, keys: ["condition", "value"]) else { return nil }
        let p = PerTick<V>(r.has("value") ? read(r, "value") ?? otherwise : otherwise)
        guard let c = r["condition"] else {
            log.error(n.location, r.path, "needs a \"condition\" (or write \(what) itself)")
            return nil
        }
        return conditions(c, into: p, path: r.childPath("condition"), log: log, read: read)
    }

    private static func conditions<V>(_ c: JSONNode, into p: PerTick<V>, path: String, log: DiagnosticLog,
                                      read: (ObjectReader, String) -> V?) -> PerTick<V>? {
        var p = p
        let items: [(JSONNode, String)]
        if case .array(let list) = c.value { items = list.enumerated().map { ($1, "\(path)[\($0)]") } }
        else { items = [(c, path)] }
        for (item, path) in items {
            guard let cr = ObjectReader(item, path: path, log: log, keys: ["test", "value"]) else { return nil }
            guard let tn = cr["test"], cr.has("value") else {
                log.error(item.location, path, "needs a \"test\" and a \"value\"")
                return nil
            }
            guard let test = tickTest(tn, path: cr.childPath("test"), log: log), let v = read(cr, "value") else { return nil }
            p.conditions.append((test, v))
        }
        return p
    }

    /// A condition's test: an expression on the tick, or a field predicate on "value"/"label".
    private static func tickTest(_ n: JSONNode, path: String, log: DiagnosticLog) -> AxisTickTest? {
        if case .string(let s) = n.value {
            return expression(Located(s, at: n.location, path: path), log: log).map { .expression($0) }
        }
        guard let p = PredicateDecoder.decode(n, path: path, log: log) else { return nil }
        return AxisTickTest.predicate(p, at: n.location, log: log)
    }

    static func weight(_ a: ObjectReader, _ key: String, log: DiagnosticLog) -> Int? {
        guard let n = a[key] else { return nil }
        switch n.value {
        case .number(let v) where v >= 100 && v <= 900: return Int(v)
        case .string("normal"): return 400
        case .string("bold"): return 700
        default:
            log.error(n.location, a.childPath(key), "must be 100-900, \"normal\" or \"bold\"")
            return nil
        }
    }
}
