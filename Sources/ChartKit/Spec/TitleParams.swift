// A view's `title`: a string, or Vega-Lite's title object (text, subtitle, anchor, fonts and
// colours). Its words become the chart's title and subtitle, its fonts and colours this
// chart's style; keys that only nudge the title's place warn, the rest are errors.

enum TitleParams {
    static let styleKeys = VegaLiteConfig.textKeys("", "title").merging(VegaLiteConfig.textKeys("subtitle", "subtitle")) { a, _ in a }
    /// Placement fine-tuning: dropped with a warning (the style places titles).
    static let nudges = ["frame", "offset", "dx", "dy", "align", "baseline", "limit", "lineHeight", "subtitleLineHeight",
                         "subtitlePadding", "zindex", "aria", "style"]
    static let keys = ["text", "subtitle", "anchor", "orient", "angle"] + styleKeys.keys.sorted() + nudges

    /// Sets the spec's title (and subtitle, anchor); style keys go into `overrides` when the
    /// title is the figure's (a panel's title takes its style from the figure).
    static func decode(_ top: ObjectReader, into spec: inout ChartSpec, overrides: inout StyleOverrides, log: DiagnosticLog) {
        spec.subtitle = top.string("subtitle")
        guard let node = top["title"] else { return }
        let path = top.childPath("title")
        switch node.value {
        case .string, .null:
            spec.title = top.title("title") ?? nil
            return
        case .object:
            break
        default:
            log.error(node.location, path, "must be a string or a title object ({\"text\": …, \"subtitle\": …}), found \(node.kindName)")
            return
        }
        guard let r = ObjectReader(node, path: path, log: log, keys: keys) else { return }
        spec.title = lines(r, "text", log: log)
        if let sub = r["subtitle"] {
            if top.has("subtitle") {
                log.error(sub.location, r.childPath("subtitle"), "cannot stand beside the top-level \"subtitle\"; keep one")
            }
            spec.subtitle = lines(r, "subtitle", log: log)
        }
        if let a = r["anchor"] { spec.titleAnchor = anchor(a, path: r.childPath("anchor"), log: log) }
        if let o = r.choice("orient", ["top", "bottom", "left", "right"]), o != "top", let n = r["orient"] {
            log.error(n.location, r.childPath("orient"), "\"\(o)\" is not supported yet: titles sit at the top")
        }
        if let a = r.number("angle"), a != 0, let n = r["angle"] {
            log.error(n.location, r.childPath("angle"), "a turned title is not supported yet")
        }
        for key in nudges where r.has(key) {
            log.warning(r[key]!.location, r.childPath(key), "is not applied: the style places the title")
        }
        for (key, own) in styleKeys.sorted(by: { $0.key < $1.key }) {
            guard let value = r[key] else { continue }
            if top.path.isEmpty { overrides.set(own, value) } else {
                log.error(value.location, r.childPath(key), "styles a panel's title; give title styles for the whole figure in its \"config\": {\"title\": …}")
            }
        }
    }

    /// Text, or an array of lines (Vega-Lite's multi-line titles).
    static func lines(_ r: ObjectReader, _ key: String, log: DiagnosticLog) -> String? {
        guard let n = r[key] else { return nil }
        if case .array(let items) = n.value {
            var out: [String] = []
            for (i, item) in items.enumerated() {
                if case .string(let s) = item.value { out.append(s) } else {
                    log.error(item.location, "\(r.childPath(key))[\(i)]", "must be a line of text, found \(item.kindName)")
                }
            }
            return out.joined(separator: "\n")
        }
        return r.string(key)
    }

    static func anchor(_ node: JSONNode, path: String, log: DiagnosticLog) -> HorizontalAnchor? {
        switch node.value {
        case .null: return nil
        case .string("start"): return .start
        case .string("middle"): return .middle
        case .string("end"): return .end
        default:
            log.error(node.location, path, "must be \"start\", \"middle\" or \"end\", found \(node.kindName)")
            return nil
        }
    }

    /// null, "transparent" or an empty string: Vega-Lite's ways of saying "do not draw".
    static func isTransparent(_ node: JSONNode) -> Bool {
        switch node.value {
        case .null, .string("transparent"), .string(""): return true
        default: return false
        }
    }
}
