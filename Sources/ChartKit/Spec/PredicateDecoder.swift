// Vega-Lite's filter predicates (an expression string, or a field predicate, combined with
// and/or/not) and the window transform's keys.

enum PredicateDecoder {
    static let fieldTests = ["equal", "range", "oneOf", "valid", "lt", "lte", "gt", "gte"]
    static let maximumDepth = 32

    static func decode(_ node: JSONNode, path: String, log: DiagnosticLog, depth: Int = 0) -> PredicateSpec? {
        guard depth < maximumDepth else {
            log.error(node.location, path, "nests predicates more than \(maximumDepth) deep")
            return nil
        }
        switch node.value {
        case .string(let s):
            guard !s.isEmpty else { log.error(node.location, path, "is an empty expression"); return nil }
            return .expression(Located(s, at: node.location, path: path))
        case .object:
            if let members = node.members, members.count == 1, ["and", "or", "not"].contains(members[0].key) {
                return composite(members[0].key, members[0].value, path: "\(path).\(members[0].key)", log: log, depth: depth)
            }
            return fieldPredicate(node, path: path, log: log)
        default:
            log.error(node.location, path, "must be an expression such as \"datum.year >= 2020\" or a field predicate such as {\"field\": \"year\", \"gte\": 2020}, found \(node.kindName)")
            return nil
        }
    }

    private static func composite(_ op: String, _ node: JSONNode, path: String, log: DiagnosticLog, depth: Int) -> PredicateSpec? {
        if op == "not" { return decode(node, path: path, log: log, depth: depth + 1).map { .not($0) } }
        guard case .array(let items) = node.value, !items.isEmpty else {
            log.error(node.location, path, "must be a non-empty array of predicates")
            return nil
        }
        var parts: [PredicateSpec] = []
        for (i, item) in items.enumerated() {
            guard let p = decode(item, path: "\(path)[\(i)]", log: log, depth: depth + 1) else { return nil }
            parts.append(p)
        }
        return op == "and" ? .and(parts) : .or(parts)
    }

    private static func fieldPredicate(_ node: JSONNode, path: String, log: DiagnosticLog) -> PredicateSpec? {
        guard let r = ObjectReader(node, path: path, log: log, keys: ["field", "timeUnit"] + fieldTests) else { return nil }
        guard let field = TransformDecoder.requiredName(r, "field", what: "the field to test") else { return nil }
        let tests = fieldTests.filter(r.has)
        guard tests.count == 1, let test = tests.first, var value = r[test] else {
            log.error(node.location, path, tests.isEmpty ? "needs a test: one of \(ObjectReader.quoted(fieldTests))" : "holds \(tests.count) tests; combine predicates with {\"and\": […]}")
            return nil
        }
        if r.has("timeUnit") {
            guard let unit = TransformDecoder.located(r, "timeUnit"), TimeUnitPredicate.check(unit, log: log),
                  let days = TimeUnitPredicate.days(value, unit: unit.value, path: r.childPath(test), log: log) else { return nil }
            value = days
            return fieldTest(test, field, value, r, log: log).map { .timeUnit(unit, field: field, $0) }
        }
        return fieldTest(test, field, value, r, log: log)
    }

    private static func fieldTest(_ test: String, _ field: FieldName, _ value: JSONNode, _ r: ObjectReader, log: DiagnosticLog) -> PredicateSpec? {
        switch test {
        case "equal": return .equal(field, value)
        case "oneOf":
            guard case .array(let items) = value.value else { log.error(value.location, r.childPath(test), "must be an array of values"); return nil }
            return .oneOf(field, items)
        case "valid":
            guard case .bool(let b) = value.value else { log.error(value.location, r.childPath(test), "must be true or false"); return nil }
            return .valid(field, b)
        case "range":
            guard case .array(let items) = value.value, items.count == 2 else {
                log.error(value.location, r.childPath(test), "must be [min, max] (null for an open end)")
                return nil
            }
            var ends: [Double?] = []
            for item in items {
                switch item.value {
                case .number(let v): ends.append(v)
                case .null: ends.append(nil)
                default: log.error(item.location, r.childPath(test), "must hold numbers or null, found \(item.kindName)"); return nil
                }
            }
            return .range(field, lower: ends[0], upper: ends[1])
        default:
            return .compare(field, op: test, value)
        }
    }
}

enum WindowDecoder {
    static func decode(_ r: ObjectReader, log: DiagnosticLog) -> TransformKind? {
        guard let items = r.array("window") else { return nil }
        var ops: [WindowOpSpec] = []
        for (i, item) in items.enumerated() {
            let path = "\(r.childPath("window"))[\(i)]"
            guard let o = ObjectReader(item, path: path, log: log, keys: ["op", "field", "param", "as"]) else { return nil }
            guard let op = o.choice("op", TransformDecoder.windowOps), let opNode = o["op"] else {
                if !o.has("op") { log.error(item.location, path, "needs \"op\" (\(ObjectReader.quoted(TransformDecoder.windowOps)))") }
                return nil
            }
            let field = TransformDecoder.located(o, "field")
            let needsField = !["row_number", "rank", "dense_rank", "percent_rank", "cume_dist", "count"].contains(op)
            if needsField && field == nil {
                log.error(item.location, path, "needs \"field\" for \"\(op)\"")
                return nil
            }
            guard let alias = TransformDecoder.requiredName(o, "as", what: "the name of the result") else { return nil }
            ops.append(WindowOpSpec(op: Located(op, at: opNode.location, path: o.childPath("op")), field: field,
                                    param: o.number("param", min: -1e6, max: 1e6), alias: alias))
        }
        var sort: [SortFieldSpec] = []
        if r.has("sort") {
            guard let fields = sortFields(r, log: log) else { return nil }
            sort = fields
        }
        var frame: (Int?, Int?) = (nil, 0)
        if let f = r.array("frame") {
            func end(_ n: JSONNode) -> (ok: Bool, value: Int?) {
                switch n.value {
                case .null: return (true, nil)
                case .number(let v) where v == v.rounded() && abs(v) <= 1e6: return (true, Int(v))
                default: return (false, nil)
                }
            }
            guard f.count == 2, end(f[0]).ok, end(f[1]).ok else {
                log.error(r["frame"]!.location, r.childPath("frame"), "must be [start, end]: whole offsets from the row, or null for the partition's edge")
                return nil
            }
            frame = (end(f[0]).value, end(f[1]).value)
        }
        return .window(ops, sort: sort, groupby: TransformDecoder.names(r, "groupby", log: log) ?? [], frame: frame,
                       ignorePeers: r.bool("ignorePeers") ?? false)
    }

    /// `sort`: [{"field": …, "order": "ascending" | "descending"}, …] (window and stack).
    static func sortFields(_ r: ObjectReader, log: DiagnosticLog) -> [SortFieldSpec]? {
        guard let items = r.array("sort") else { return nil }
        var sort: [SortFieldSpec] = []
        for (i, item) in items.enumerated() {
            let path = "\(r.childPath("sort"))[\(i)]"
            guard let s = ObjectReader(item, path: path, log: log, keys: ["field", "order"]),
                  let f = TransformDecoder.requiredName(s, "field", what: "the field to sort by") else { return nil }
            sort.append(SortFieldSpec(field: f, descending: s.choice("order", ["ascending", "descending"]) == "descending"))
        }
        return sort
    }
}
