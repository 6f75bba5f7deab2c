// Vega-Lite's sort objects on a discrete channel or a facet:
//
//   "sort": {"field": "score", "op": "average", "order": "descending"}
//       categories by the average score of their rows (before the channel's own aggregate)
//   "sort": {"encoding": "x", "order": "descending"}   the same as "-x"
//
// An object with neither "field" nor "encoding" sorts the categories themselves (Vega-Lite's
// `{"order": …}` with the default op over the field itself).

enum SortObjectDecoder {
    static func decode(_ node: JSONNode, path: String, log: DiagnosticLog) -> SortSpec? {
        guard let r = ObjectReader(node, path: path, log: log, keys: ["field", "op", "order", "encoding"]) else { return nil }
        let descending: Bool
        switch r.choice("order", ["ascending", "descending"]) {
        case "descending"?: descending = true
        case nil where r.has("order"): return nil
        default: descending = false
        }
        if let channel = r.choice("encoding", ["x", "y", "color"]) {
            for key in ["field", "op"] where r.has(key) {
                log.error(r[key]!.location, r.childPath(key), "cannot stand beside \"encoding\": sort by a channel or by a field, not both")
            }
            return .byChannel(channel, descending: descending)
        }
        if r.has("encoding") { return nil }
        let op = r.choice("op", TransformDecoder.aggregateOps)
        if r.has("op") && op == nil { return nil }
        guard let name = r.string("field"), let at = r["field"] else {
            if r.has("field") { return nil }
            // No field: the categories themselves, in the order given.
            if let o = r["op"] { log.error(o.location, r.childPath("op"), "needs a \"field\" to aggregate"); return nil }
            return descending ? .descending : .ascending
        }
        return .byField(SortField(field: Located(name, at: at.location, path: r.childPath("field")), op: op, descending: descending))
    }
}
