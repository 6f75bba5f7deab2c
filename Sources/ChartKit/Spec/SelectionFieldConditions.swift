// A condition that gives a field on a selection, as Vega-Lite's interactive gallery writes it:
//
//   "color": {"condition": {"param": "brush", "field": "Origin", "type": "nominal"}, "value": "grey"}
//
// Selected rows take the field's scale, the others the value. A file has no selection, and
// Vega-Lite treats an empty selection as selecting every row unless the condition says
// `"empty": false`; so the channel is rewritten, before decoding, to the condition's field
// (every row selected) or to the outer value (none), with a warning naming the param.
// A field condition on a `test` would mix a scale and a value row by row: not rewritten, so it
// is refused by name when the channel is decoded.

enum SelectionFieldConditions {
    /// `root` with every such channel, at any depth, replaced by what an empty selection draws.
    static func resolve(_ root: JSONNode, log: DiagnosticLog, path: String = "") -> JSONNode {
        switch root.value {
        case .array(let items):
            return JSONNode(.array(items.enumerated().map { resolve($1, log: log, path: "\(path)[\($0)]") }), at: root.location)
        case .object(let members):
            let out = members.map { m -> JSONMember in
                var m = m
                let childPath = path.isEmpty ? m.key : "\(path).\(m.key)"
                if m.key == "encoding", case .object(let channels) = m.value.value {
                    m.value = JSONNode(.object(channels.compactMap { channel($0, path: "\(childPath).\($0.key)", log: log) }), at: m.value.location)
                } else {
                    m.value = resolve(m.value, log: log, path: childPath)
                }
                return m
            }
            return JSONNode(.object(out), at: root.location)
        default:
            return root
        }
    }

    /// The channel as an empty selection draws it; nil when it draws nothing (no value given).
    private static func channel(_ member: JSONMember, path: String, log: DiagnosticLog) -> JSONMember? {
        guard let outer = member.value.members, let condition = member.value["condition"],
              let inner = condition.members, case .string(let param)? = condition["param"]?.value,
              condition["field"] != nil else { return member }
        var empty = true
        if case .bool(let b)? = condition["empty"]?.value { empty = b }
        let field = condition["field"].map { node -> String in if case .string(let s) = node.value { return s } else { return "…" } } ?? ""
        log.warning(condition["param"]!.location, "\(path).condition.param",
                    "\"\(Quote.short(param))\" is a selection, and a file has none: as Vega-Lite does with an empty selection, \(empty ? "every row is drawn by the condition's field \"\(Quote.short(field))\"" : "no row is (\"empty\": false) and every row takes the channel's value")")
        var out = member
        if empty {
            out.value = JSONNode(.object(inner.filter { $0.key != "param" && $0.key != "empty" }), at: condition.location)
        } else {
            let rest = outer.filter { $0.key != "condition" }
            guard !rest.isEmpty else { return nil }
            out.value = JSONNode(.object(rest), at: member.value.location)
        }
        return out
    }
}
