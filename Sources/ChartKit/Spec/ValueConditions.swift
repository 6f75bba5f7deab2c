// Vega-Lite's value conditions on a constant colour:
//
//   "color": {"condition": {"test": "datum.open < datum.close", "value": "#06982d"}, "value": "#ae1325"}
//
// Each row takes the value of the first condition whose test holds (an expression or a field
// predicate, as in a filter), else the channel's own value. A condition on a `param` tests a
// selection, which a file never has: Vega-Lite treats an empty selection as selecting every
// row unless the condition says `"empty": false`, and so does this, with a warning.

public struct ColorCondition: Sendable {
    /// nil: the condition holds for every row (a param on an empty selection).
    public var test: PredicateSpec?
    public var color: Located<String>
}

enum ValueConditions {
    static let keys = ["test", "param", "empty", "value"]

    /// The conditions of a constant channel's `condition` (one object or an array), or nil after
    /// logging what is wrong. Only colour conditions are drawn: on another channel it is an error.
    static func decode(_ node: JSONNode, channel: String, path: String, log: DiagnosticLog) -> [ColorCondition]? {
        guard channel == "color" else {
            log.error(node.location, path, "a condition on \(channel) is not supported yet (conditions are drawn on a constant colour)")
            return nil
        }
        let items: [(JSONNode, String)]
        if case .array(let list) = node.value {
            items = list.enumerated().map { ($1, "\(path)[\($0)]") }
        } else {
            items = [(node, path)]
        }
        var out: [ColorCondition] = []
        for (item, p) in items {
            guard let r = ObjectReader(item, path: p, log: log, keys: keys) else { return nil }
            guard let c = r.string("value"), let v = r["value"] else {
                if !r.has("value") { log.error(item.location, p, "needs the \"value\" its rows take (a colour); conditions giving a \"field\" are not supported yet") }
                return nil
            }
            guard Color(parsing: c) != nil else {
                log.error(v.location, r.childPath("value"), "\"\(Quote.short(c))\" is not a colour (use \"#rrggbb\")")
                return nil
            }
            let color = Located(c, at: v.location, path: r.childPath("value"))
            if let t = r["test"] {
                if let param = r["param"] { log.error(param.location, r.childPath("param"), "cannot stand beside \"test\": a condition has one or the other") }
                guard let test = PredicateDecoder.decode(t, path: r.childPath("test"), log: log) else { return nil }
                out.append(ColorCondition(test: test, color: color))
            } else if let param = r.string("param") {
                // An empty selection: every row is selected unless "empty" is false.
                let empty = r.bool("empty") ?? true
                log.warning(item.location, r.childPath("param"), "\"\(Quote.short(param))\" is a selection, and a file has none: as Vega-Lite does with an empty selection, \(empty ? "every row takes this value" : "no row takes this value (\"empty\": false)")")
                if empty { out.append(ColorCondition(test: nil, color: color)) }
            } else {
                log.error(item.location, p, "needs a \"test\" (an expression or a field predicate) or a \"param\"")
                return nil
            }
        }
        return out
    }
}
