// Vega-Lite's repeat operator, expanded before decoding into what Vega-Lite itself turns it
// into (its normalizer does the same): a view per field.
//
//   {"repeat": ["wind", "solar"], "columns": 2, "spec": {"mark": "line",
//      "encoding": {"x": {"field": "year"}, "y": {"field": {"repeat": "repeat"}}}}}
//     → {"concat": [view with y "wind", view with y "solar"], "columns": 2}
//   {"repeat": {"row": [a, b], "column": [c, d]}, "spec": …}  → a 2 × 2 concat, row by row
//   {"repeat": {"layer": [a, b]}, "spec": {"mark": "line", …}} → one view, a layer per field
//
// Every `{"repeat": "row" | "column" | "layer" | "repeat"}` written as a `field` or a `datum` is
// replaced by the field's name, located where the reference was written. Concatenated views
// keep independent x and y scales, as Vega-Lite's repeated views do.

enum RepeatExpander {
    /// The spec with its `repeat` expanded; the spec itself when it has none; nil when the
    /// repeat cannot be expanded (what is wrong is logged: the rest is not worth decoding).
    static func expand(_ root: JSONNode, log: DiagnosticLog) -> JSONNode? {
        guard let members = root.members, let node = root["repeat"] else { return root }
        let rest = members.filter { !["repeat", "spec", "columns"].contains($0.key) }
        // A reference the repeat cannot fill would only come back as "field must be a string".
        let problemsBefore = log.diagnostics.count
        guard let plan = plan(node, log: log) else { return nil }
        guard let spec = root["spec"], spec.members != nil else {
            log.error(root["spec"]?.location ?? root.location, "spec", "a repeat needs \"spec\": the view drawn for each field ({\"mark\": …, \"encoding\": …})")
            return nil
        }
        // Layers first: the view drawn in each panel.
        let sized = plan.layer.map { layered(spec, fields: $0, log: log) } ?? spec
        if plan.row == nil && plan.column == nil && plan.list == nil {
            guard log.diagnostics.count == problemsBefore else { return nil }
            return JSONNode(.object(rest + (sized.members ?? [])), at: root.location)
        }
        // A size in the repeated view is each panel's (Vega-Lite's meaning): the figure's is theirs together.
        let view = JSONNode(.object((sized.members ?? []).filter { $0.key != "width" && $0.key != "height" }), at: sized.location)
        var panels: [JSONNode] = []
        var columns: Int?
        if let list = plan.list {
            panels = list.map { substitute(view, ["repeat": $0], log: log) }
            columns = root["columns"].flatMap { n -> Int? in
                if case .number(let v) = n.value, v >= 1, v == v.rounded() { return Int(v) }
                log.error(n.location, "columns", "must be a whole number of panels per row, at least 1")
                return nil
            }
        } else {
            if let c = root["columns"] { log.error(c.location, "columns", "belongs to a repeat of a list of fields; a row/column repeat lays out its own grid") }
            for row in plan.row.map({ $0.map(Optional.some) }) ?? [nil] {
                for column in plan.column.map({ $0.map(Optional.some) }) ?? [nil] {
                    var fields: [String: Located<String>] = [:]
                    fields["row"] = row
                    fields["column"] = column
                    panels.append(substitute(view, fields, log: log))
                }
            }
            columns = plan.column?.count ?? 1
        }
        guard log.diagnostics.count == problemsBefore else { return nil }
        var out = rest + figureSize(of: sized, root: root, columns: columns ?? panels.count, rows: (panels.count + (columns ?? panels.count) - 1) / (columns ?? panels.count))
        out.append(JSONMember(key: "concat", keyLocation: node.location, value: JSONNode(.array(panels), at: node.location)))
        if let columns {
            out.append(JSONMember(key: "columns", keyLocation: node.location, value: JSONNode(.number(Double(columns)), at: node.location)))
        }
        return JSONNode(.object(out), at: root.location)
    }

    /// `width`/`height` for the figure from the repeated view's panel size (20-point gaps
    /// between panels), unless the figure gives its own.
    private static func figureSize(of view: JSONNode, root: JSONNode, columns: Int, rows: Int) -> [JSONMember] {
        var out: [JSONMember] = []
        for (key, count) in [("width", columns), ("height", rows)] where root[key] == nil {
            guard let n = view[key], case .number(let v) = n.value else { continue }
            let total = v * Double(count) + ConcatSizes.gap * Double(count - 1)
            out.append(JSONMember(key: key, keyLocation: n.location, value: JSONNode(.number(total), at: n.location)))
        }
        return out
    }

    /// What to repeat: a list of fields, or fields by row, column and layer.
    private struct Plan {
        var list: [Located<String>]?
        var row: [Located<String>]?
        var column: [Located<String>]?
        var layer: [Located<String>]?
    }

    private static func plan(_ node: JSONNode, log: DiagnosticLog) -> Plan? {
        if case .array = node.value {
            guard let list = fields(node, path: "repeat", log: log) else { return nil }
            return Plan(list: list)
        }
        guard let r = ObjectReader(node, path: "repeat", log: log, keys: ["row", "column", "layer"],
                                   what: "a list of fields, or an object of \"row\", \"column\" and \"layer\" lists") else { return nil }
        var plan = Plan()
        plan.row = r["row"].flatMap { fields($0, path: "repeat.row", log: log) }
        plan.column = r["column"].flatMap { fields($0, path: "repeat.column", log: log) }
        plan.layer = r["layer"].flatMap { fields($0, path: "repeat.layer", log: log) }
        if plan.row == nil && plan.column == nil && plan.layer == nil {
            log.error(node.location, "repeat", "names no fields: give \"row\", \"column\" or \"layer\" a list of field names")
            return nil
        }
        return plan
    }

    /// A non-empty list of field names, at most as many as a figure has panels.
    private static func fields(_ node: JSONNode, path: String, log: DiagnosticLog) -> [Located<String>]? {
        guard case .array(let items) = node.value, !items.isEmpty, items.count <= Limits.series else {
            log.error(node.location, path, "must be a list of 1 to \(Limits.series) field names, found \(node.kindName)")
            return nil
        }
        var out: [Located<String>] = []
        for (i, item) in items.enumerated() {
            guard case .string(let s) = item.value, !s.isEmpty else {
                log.error(item.location, "\(path)[\(i)]", "must be a field name, found \(item.kindName)")
                return nil
            }
            out.append(Located(s, at: item.location, path: "\(path)[\(i)]"))
        }
        return out
    }

    /// A view drawn once per field as layers: `{"layer": [view with field 1, view with field 2, …]}`.
    /// Keys that belong to the whole view (data, transform, size, title) stay outside the layers.
    private static func layered(_ spec: JSONNode, fields: [Located<String>], log: DiagnosticLog) -> JSONNode {
        let viewKeys: Set<String> = ["data", "transform", "width", "height", "title", "description", "resolve"]
        let members = spec.members ?? []
        let outer = members.filter { viewKeys.contains($0.key) }
        let inner = JSONNode(.object(members.filter { !viewKeys.contains($0.key) }), at: spec.location)
        // A layered view repeats each of its layers.
        let units = inner["layer"].flatMap { n -> [JSONNode]? in if case .array(let a) = n.value { return a } else { return nil } } ?? [inner]
        var layers: [JSONNode] = []
        for field in fields {
            for unit in units { layers.append(substitute(unit, ["layer": field], log: log)) }
        }
        let shared = inner.members?.filter { $0.key != "layer" && inner["layer"] != nil } ?? []
        return JSONNode(.object(outer + shared + [JSONMember(key: "layer", keyLocation: spec.location, value: JSONNode(.array(layers), at: spec.location))]),
                        at: spec.location)
    }

    /// The node with each `{"repeat": kind}` under a `field` or `datum` key replaced by the
    /// field repeated as `kind`; a kind this repeat does not have is an error.
    private static func substitute(_ node: JSONNode, _ fields: [String: Located<String>], log: DiagnosticLog) -> JSONNode {
        switch node.value {
        case .array(let items):
            return JSONNode(.array(items.map { substitute($0, fields, log: log) }), at: node.location)
        case .object(let members):
            return JSONNode(.object(members.map { m in
                var m = m
                if m.key == "field" || m.key == "datum", let ref = m.value["repeat"], m.value.members?.count == 1 {
                    if case .string(let kind) = ref.value, let field = fields[kind] {
                        m.value = JSONNode(.string(field.value), at: m.value.location)
                    } else {
                        let kinds = fields.keys.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
                        log.error(ref.location, "spec", "{\"repeat\": …} here must name what this repeat repeats: \(kinds)")
                    }
                } else {
                    m.value = substitute(m.value, fields, log: log)
                }
                return m
            }), at: node.location)
        default:
            return node
        }
    }
}

/// Gaps between panels as the concat compiler lays them out.
enum ConcatSizes {
    static let gap = 20.0
}

