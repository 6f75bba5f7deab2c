// Decodes a `transform` array: each entry is named by the key of its kind (Vega-Lite's
// vocabulary), takes only its kind's keys, and every problem is logged at its place.

enum TransformDecoder {
    static let keys: [String: [String]] = [
        "filter": ["filter"], "calculate": ["calculate", "as"], "fold": ["fold", "as"],
        "pivot": ["pivot", "value", "groupby", "limit", "op"], "aggregate": ["aggregate", "groupby"],
        "joinaggregate": ["joinaggregate", "groupby"], "window": ["window", "sort", "groupby", "frame", "ignorePeers"],
        "lookup": ["lookup", "from", "as", "default"], "timeUnit": ["timeUnit", "field", "as"], "bin": ["bin", "field", "as"],
    ].merging(StatisticsTransformDecoder.keys) { a, _ in a }
    /// Vega-Lite transforms this project does not run yet.
    static let unsupported = ["flatten", "sample", "impute", "extent", "identifier"]
    static let aggregateOps = ["count", "valid", "missing", "distinct", "sum", "mean", "average", "median", "min", "max",
                               "q1", "q3", "stdev", "stdevp", "variance", "variancep", "product"]
    /// argmin and argmax give a whole row (AggregateTransform): in aggregate and joinaggregate only.
    static let argOps = ["argmin", "argmax"]
    static let windowOps = ["row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "lag", "lead", "first_value",
                            "last_value", "nth_value"] + aggregateOps
    static let timeUnits = ["year", "quarter", "month", "date", "yearquarter", "yearmonth", "yearmonthdate", "monthdate"]
    static let maximum = 100

    static func decode(_ node: JSONNode, path: String, log: DiagnosticLog) -> [TransformSpec] {
        guard case .array(let items) = node.value else {
            log.error(node.location, path, "must be an array of transforms, found \(node.kindName)")
            return []
        }
        if items.count > maximum {
            log.error(node.location, path, "has \(items.count) transforms; the limit is \(maximum)")
            return []
        }
        return items.enumerated().compactMap { i, item in decodeOne(item, path: "\(path)[\(i)]", log: log) }
    }

    static func decodeOne(_ node: JSONNode, path: String, log: DiagnosticLog) -> TransformSpec? {
        guard let members = node.members else {
            log.error(node.location, path, "must be an object such as {\"fold\": [\"Wind\", \"Solar\"]}, found \(node.kindName)")
            return nil
        }
        let kinds = members.map(\.key).filter { keys[$0] != nil }
        // Checked after the known kinds: "extent" is also a key of density and regression.
        if kinds.isEmpty, let m = members.first(where: { unsupported.contains($0.key) }) {
            log.error(m.keyLocation, "\(path).\(m.key)", "is a Vega-Lite transform this tool does not run yet")
            return nil
        }
        guard let kind = kinds.first else {
            let names = keys.keys.sorted()
            log.error(node.location, path, "names no transform (one of \(ObjectReader.quoted(names)))\(members.first.map { Suggest.didYouMean($0.key, in: names) } ?? "")")
            return nil
        }
        if kinds.count > 1 {
            log.error(node.location, path, "holds both \"\(kinds[0])\" and \"\(kinds[1])\": one transform per entry")
            return nil
        }
        guard let r = ObjectReader(node, path: path, log: log, keys: keys[kind]!) else { return nil }
        guard let k = decodeKind(kind, r, log: log) else { return nil }
        return TransformSpec(kind: k, location: node.location, path: path)
    }

    private static func decodeKind(_ kind: String, _ r: ObjectReader, log: DiagnosticLog) -> TransformKind? {
        switch kind {
        case "filter": return PredicateDecoder.decode(r["filter"]!, path: r.childPath("filter"), log: log).map { .filter($0) }
        case "calculate":
            guard let e = expression(r, "calculate"), let a = requiredName(r, "as", what: "the new field's name") else { return nil }
            return .calculate(e, as: a)
        case "fold": return fold(r, log: log)
        case "pivot": return pivot(r, log: log)
        case "aggregate", "joinaggregate":
            guard let ops = aggregateList(r, kind, log: log) else { return nil }
            let groupby = names(r, "groupby", log: log) ?? []
            return kind == "aggregate" ? .aggregate(ops, groupby: groupby) : .joinaggregate(ops, groupby: groupby)
        case "window": return WindowDecoder.decode(r, log: log)
        case "lookup": return lookup(r, log: log)
        case "timeUnit":
            guard let unit = r.choice("timeUnit", timeUnits).flatMap({ u in r["timeUnit"].map { Located(u, at: $0.location, path: r.childPath("timeUnit")) } }),
                  let field = requiredName(r, "field", what: "the date field"), let alias = requiredName(r, "as", what: "the new field's name") else { return nil }
            return .timeUnit(unit, field: field, as: alias)
        case "bin": return bin(r, log: log)
        default: return StatisticsTransformDecoder.decode(kind, r, log: log)
        }
    }

    // MARK: Helpers

    static func located(_ r: ObjectReader, _ key: String) -> Located<String>? {
        guard let s = r.string(key), let n = r[key] else { return nil }
        return Located(s, at: n.location, path: r.childPath(key))
    }

    /// An expression's text: bounded by the expression's own limit (Expression.maximumLength),
    /// not the 1,000 characters of a title.
    static func expression(_ r: ObjectReader, _ key: String) -> Located<String>? {
        guard let n = r[key] else { return nil }
        guard case .string(let s) = n.value else {
            r.log.error(n.location, r.childPath(key), "must be an expression string such as \"datum.gw * 1000\", found \(n.kindName)")
            return nil
        }
        return Located(s, at: n.location, path: r.childPath(key))
    }

    static func requiredName(_ r: ObjectReader, _ key: String, what: String) -> FieldName? {
        guard r.has(key) else {
            r.log.error(r.node.location, r.path, "needs \"\(key)\": \(what)")
            return nil
        }
        guard let v = located(r, key), !v.value.isEmpty else { return nil }
        return v
    }

    /// An array of field names.
    static func names(_ r: ObjectReader, _ key: String, log: DiagnosticLog) -> [FieldName]? {
        guard let items = r.array(key) else { return nil }
        var out: [FieldName] = []
        for (i, item) in items.enumerated() {
            guard case .string(let s) = item.value, !s.isEmpty else {
                log.error(item.location, "\(r.childPath(key))[\(i)]", "must be a field name, found \(item.kindName)")
                return nil
            }
            out.append(Located(s, at: item.location, path: "\(r.childPath(key))[\(i)]"))
        }
        return out
    }

    private static func fold(_ r: ObjectReader, log: DiagnosticLog) -> TransformKind? {
        guard let fields = names(r, "fold", log: log) else { return nil }
        if fields.isEmpty { log.error(r["fold"]!.location, r.childPath("fold"), "must name at least one field to fold") ; return nil }
        var alias = ("key", "value")
        if let a = names(r, "as", log: log) {
            guard a.count == 2 else {
                log.error(r["as"]!.location, r.childPath("as"), "must name two fields: the key and the value, e.g. [\"type\", \"gw\"]")
                return nil
            }
            alias = (a[0].value, a[1].value)
        }
        return .fold(fields, as: alias)
    }

    private static func pivot(_ r: ObjectReader, log: DiagnosticLog) -> TransformKind? {
        guard let key = requiredName(r, "pivot", what: "the field whose values become columns"),
              let value = requiredName(r, "value", what: "the field whose values fill them") else { return nil }
        let op = r.choice("op", aggregateOps).flatMap { o in r["op"].map { Located(o, at: $0.location, path: r.childPath("op")) } }
            ?? Located("sum", at: r.node.location, path: r.path)
        let limit = r.number("limit", min: 0, max: Double(Limits.columns)).map { Int($0) }
        return .pivot(key, value: value, groupby: names(r, "groupby", log: log) ?? [], op: op, limit: limit == 0 ? nil : limit)
    }

    private static func aggregateList(_ r: ObjectReader, _ key: String, log: DiagnosticLog) -> [AggregateOpSpec]? {
        guard let items = r.array(key) else { return nil }
        var out: [AggregateOpSpec] = []
        for (i, item) in items.enumerated() {
            let path = "\(r.childPath(key))[\(i)]"
            guard let o = ObjectReader(item, path: path, log: log, keys: ["op", "field", "as"]) else { return nil }
            guard let op = o.choice("op", aggregateOps + argOps), let opNode = o["op"] else {
                if !o.has("op") { log.error(item.location, path, "needs \"op\" (\(ObjectReader.quoted(aggregateOps + argOps)))") }
                return nil
            }
            // Vega-Lite writes count's field as "*": every row counts.
            let field = op == "count" && o.string("field") == "*" ? nil : located(o, "field")
            if field == nil && op != "count" {
                log.error(item.location, path, "needs \"field\": the field to \(op)")
                return nil
            }
            guard let alias = requiredName(o, "as", what: "the name of the result") else { return nil }
            out.append(AggregateOpSpec(op: Located(op, at: opNode.location, path: o.childPath("op")), field: field, alias: alias))
        }
        return out
    }

    private static func lookup(_ r: ObjectReader, log: DiagnosticLog) -> TransformKind? {
        guard let key = requiredName(r, "lookup", what: "the field to match"),
              let from = r.object("from", keys: ["data", "key", "fields"]) else {
            if !r.has("from") { log.error(r.node.location, r.path, "needs \"from\": {\"data\": …, \"key\": …, \"fields\": […]}") }
            return nil
        }
        guard let dataNode = from["data"], let data = SpecDecoder.decodeData(dataNode, path: from.childPath("data"), log: log),
              let fromKey = requiredName(from, "key", what: "the field of the other data to match on") else {
            if !from.has("data") { log.error(from.node.location, from.path, "needs \"data\": the data to look up in") }
            return nil
        }
        let fields = names(from, "fields", log: log)
        // `as` is a list, or one name (Vega-Lite's string form).
        var alias: [String]?
        if case .string(let s)? = r["as"]?.value { alias = [s] } else { alias = names(r, "as", log: log)?.map(\.value) }
        if let alias, let fields, alias.count != fields.count {
            log.error(r["as"]!.location, r.childPath("as"), "names \(alias.count) fields for the \(fields.count) in from.fields")
            return nil
        }
        if let alias, fields == nil, alias.count != 1 {
            log.error(r["as"]!.location, r.childPath("as"), "without from.fields names the one field that takes the whole matching row; give one name, or list from.fields to rename")
            return nil
        }
        return .lookup(key, from: data, key: fromKey, fields: fields, as: alias, default: r["default"])
    }

    /// `true`, `"binned"` or Vega-Lite's bin parameters (a transform's `bin` or a channel's).
    static func binParams(_ node: JSONNode, path: String, log: DiagnosticLog) -> BinParams? {
        var params = BinParams()
        switch node.value {
        case .bool(true): return params
        case .string("binned"):
            params.binned = true
            return params
        case .object:
            guard let b = ObjectReader(node, path: path, log: log, keys: BinDecoder.keys) else { return nil }
            return BinDecoder.decode(b, into: params)
        default:
            log.error(node.location, path, "must be true, \"binned\" or {\"maxbins\": …, \"step\": …, \"extent\": […], …}")
            return nil
        }
    }

    private static func bin(_ r: ObjectReader, log: DiagnosticLog) -> TransformKind? {
        guard let params = binParams(r["bin"]!, path: r.childPath("bin"), log: log) else { return nil }
        guard let field = requiredName(r, "field", what: "the field to bin") else { return nil }
        var alias = ("bin_\(field.value)", "bin_\(field.value)_end")
        if let n = r["as"] {
            switch n.value {
            case .string(let s): alias = (s, s + "_end")
            case .array:
                guard let a = names(r, "as", log: log), a.count == 2 else {
                    log.error(n.location, r.childPath("as"), "must be a name, or two: the start and end of each bin")
                    return nil
                }
                alias = (a[0].value, a[1].value)
            default:
                log.error(n.location, r.childPath("as"), "must be a field name, found \(n.kindName)")
                return nil
            }
        }
        return .bin(params, field: field, as: alias)
    }
}
