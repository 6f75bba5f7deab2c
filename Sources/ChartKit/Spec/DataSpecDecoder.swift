import Foundation

// A view's `data` and the spec's `datasets`, in Vega-Lite's vocabulary:
//
//   {"url": "data/x.tsv"}                                   a file: type from its extension
//   {"url": "data/x.json", "format": {"type": "json", "property": "data.rows"}}
//   {"url": "data/book.xlsx", "format": {"sheet": "Sheet1", "range": "A3:F40", "header": 1}}
//   {"url": …, "format": {"parse": {"year": "date", "value": "number"}}}
//   {"values": [{…}, …]}                                    rows written in the spec
//   {"name": "sales"}  with  "datasets": {"sales": [{…}, …]} at the top
//   {"csv": "data/x.csv"}                                   this project's shorthand for a CSV url
//   {"sequence": {"start": 0, "stop": 10, "step": 0.5, "as": "x"}}   generated numbers

enum DataSpecDecoder {
    static let sourceKeys = ["url", "values", "name", "csv", "sequence"]
    static let dataKeys = sourceKeys + ["format"]
    static let formatKeys = ["type", "parse", "property", "sheet", "range", "header", "feature", "mesh"]
    /// The format keys each file type takes.
    static let keysByType: [DataFileType: [String]] = [
        .csv: ["type", "parse"], .tsv: ["type", "parse"], .json: ["type", "parse", "property"],
        .xlsx: ["type", "parse", "sheet", "range", "header"], .topojson: ["type", "parse", "feature", "mesh"],
    ]

    static func decode(_ node: JSONNode, path: String, log: DiagnosticLog) -> DataSpec? {
        guard let r = ObjectReader(node, path: path, log: log, keys: dataKeys) else { return nil }
        let sources = sourceKeys.filter(r.has)
        if sources.count > 1 {
            log.error(node.location, path, "takes one of \"url\", \"values\", \"name\" or \"csv\", not \"\(sources[0])\" and \"\(sources[1])\" together")
            return nil
        }
        guard let source = sources.first else {
            log.error(node.location, path, "needs \"url\" (a file: CSV, TSV, JSON or .xlsx), \"values\" (an array of rows) or \"name\" (one of the spec's \"datasets\")")
            return nil
        }
        // Inline values take `format.parse` (Vega-Lite parses them as it parses a file).
        if source == "values", let f = r["format"] {
            guard let values = r.array("values"), let n = r["values"],
                  let format = ObjectReader(f, path: r.childPath("format"), log: log, keys: ["type", "parse"]) else { return nil }
            _ = format.choice("type", ["json"])
            let rules = format["parse"].map { decodeParse($0, path: format.childPath("parse"), log: log) } ?? []
            return .values(values, n.location, parse: rules)
        }
        if source != "url", let f = r["format"] {
            let hint = source == "csv" ? ": write {\"url\": \"…\", \"format\": …} (\"csv\" is a url to a CSV file)" : ""
            log.error(f.location, r.childPath("format"), "says how a file is read, so it goes with \"url\"\(hint)")
            return nil
        }
        switch source {
        case "csv":
            guard let csv = r.string("csv"), let n = r["csv"] else { return nil }
            let located = Located(csv, at: n.location, path: r.childPath("csv"))
            guard isLocalPath(located, log: log) else { return nil }
            return .csv(located)
        case "values":
            guard let values = r.array("values"), let n = r["values"] else { return nil }
            return .values(values, n.location)
        case "sequence":
            return DataSequence.decode(r["sequence"]!, path: r.childPath("sequence"), log: log).map { .values($0, r["sequence"]!.location) }
        case "name":
            guard let name = r.string("name"), let n = r["name"] else { return nil }
            return .named(Located(name, at: n.location, path: r.childPath("name")))
        default:
            guard let url = r.string("url"), let n = r["url"] else { return nil }
            let located = Located(url, at: n.location, path: r.childPath("url"))
            guard isLocalPath(located, log: log) else { return nil }
            guard let format = decodeFormat(r["format"], url: located, path: r.childPath("format"), log: log) else { return nil }
            return .url(located, format)
        }
    }

    /// A file path next to the spec: remote data is not fetched (a render must not depend on
    /// the network, nor reach into it on a spec's say-so).
    static func isLocalPath(_ path: Located<String>, log: DiagnosticLog) -> Bool {
        let lower = path.value.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            log.error(path.location, path.path, "\"\(Quote.short(path.value))\": remote data is not fetched: download it next to the spec and name the file")
            return false
        }
        if let scheme = lower.range(of: "://"), !lower[..<scheme.lowerBound].contains("/") {
            log.error(path.location, path.path, "\"\(Quote.short(path.value))\" is a URL; data is read from files next to the spec: name the file")
            return false
        }
        if path.value.isEmpty {
            log.error(path.location, path.path, "is empty; name a data file relative to the spec")
            return false
        }
        return true
    }

    /// `format`: the file's type (else from the extension) and the keys that type takes.
    static func decodeFormat(_ node: JSONNode?, url: Located<String>, path: String, log: DiagnosticLog) -> DataFormat? {
        var reader: ObjectReader?
        if let node {
            guard let r = ObjectReader(node, path: path, log: log, keys: formatKeys) else { return nil }
            reader = r
        }
        let ext = (url.value as NSString).pathExtension
        let type: DataFileType
        if let reader, reader.has("type") {
            guard let t = reader.choice("type", DataFileType.allCases.map(\.rawValue)) else { return nil }
            type = DataFileType(rawValue: t)!
        } else if let t = DataFileType.from(extension: ext) {
            type = t
        } else if ext.lowercased() == "xls" {
            log.error(url.location, url.path, "\"\(Quote.short(url.value))\" is an Excel 97–2003 workbook (.xls), which is not read; save it as an Excel Workbook (.xlsx)")
            return nil
        } else {
            let which = ext.isEmpty ? "has no extension" : "ends in .\(Quote.short(ext, limit: 20)), not .csv, .tsv, .json or .xlsx"
            log.error(url.location, url.path, "\"\(Quote.short(url.value))\" \(which); say how to read it: \"format\": {\"type\": \"csv\"} (or \"tsv\", \"json\", \"xlsx\")")
            return nil
        }
        var format = DataFormat(type: type, location: node?.location ?? url.location, path: path)
        guard let f = reader else { return format }
        let allowed = keysByType[type]!
        var ok = true
        for key in formatKeys where f.has(key) && !allowed.contains(key) {
            let owner = key == "property" ? "JSON files (\"type\": \"json\")"
                : ["feature", "mesh"].contains(key) ? "TopoJSON files (\"type\": \"topojson\")" : "Excel workbooks (\"type\": \"xlsx\")"
            log.error(f[key]!.location, f.childPath(key), "applies to \(owner); \"\(Quote.short(url.value))\" is read as \(type.rawValue)")
            ok = false
        }
        if let n = f["parse"] {
            format.parse = decodeParse(n, path: f.childPath("parse"), log: log)
        }
        if let p = f.string("property"), let n = f["property"] {
            if p.isEmpty || p.split(separator: ".", omittingEmptySubsequences: false).contains(where: \.isEmpty) {
                log.error(n.location, f.childPath("property"), "\"\(Quote.short(p))\" is not a dotted path to an array such as \"data.rows\"")
                ok = false
            } else {
                format.property = Located(p, at: n.location, path: f.childPath("property"))
            }
        }
        if type == .topojson {
            guard let selection = TopoJSONSelection.decode(f, log: log) else { return nil }
            format.topology = selection
        }
        if let n = f["sheet"] {
            switch n.value {
            case .string(let s) where !s.isEmpty:
                format.sheet = Located(.name(s), at: n.location, path: f.childPath("sheet"))
            case .number(let v) where v >= 1 && v == v.rounded() && v <= 10_000:
                format.sheet = Located(.index(Int(v)), at: n.location, path: f.childPath("sheet"))
            default:
                var found = n.kindName
                if case .number(let v) = n.value { found = Format.plain(v) }
                log.error(n.location, f.childPath("sheet"), "must be a sheet's name (\"Sheet1\") or its position from 1, found \(found)")
                ok = false
            }
        }
        if let s = f.string("range"), let n = f["range"] {
            if let range = CellRange.parse(s.trimmingCharacters(in: .whitespaces)) {
                format.range = Located(range, at: n.location, path: f.childPath("range"))
            } else {
                log.error(n.location, f.childPath("range"), "\"\(Quote.short(s))\" is not a range of cells such as \"A3:F40\" (top-left cell, a colon, bottom-right cell; at most XFD1048576)")
                ok = false
            }
        }
        if let h = f.number("header", min: 1, max: Double(CellRange.maximumRow)), let n = f["header"] {
            if h != h.rounded() {
                log.error(n.location, f.childPath("header"), "must be a whole row number (1 for the range's first row), found \(Format.plain(h))")
                ok = false
            } else if let range = format.range?.value, Int(h) > range.lastRow - range.firstRow + 1 {
                log.error(n.location, f.childPath("header"), "\(Int(h)) is below the range \(range), which has \(range.lastRow - range.firstRow + 1) row\(range.lastRow == range.firstRow ? "" : "s")")
                ok = false
            } else {
                format.header = Located(Int(h), at: n.location, path: f.childPath("header"))
            }
        }
        return ok ? format : nil
    }

    /// `format.parse`: an object of column → "number" | "string" | "boolean" | "date", or null
    /// (everything as written, which is also what happens without it).
    static func decodeParse(_ node: JSONNode, path: String, log: DiagnosticLog) -> [ParseRule] {
        let types = ParseType.allCases.map(\.rawValue)
        switch node.value {
        case .null:
            return []
        case .object(let members):
            var rules: [ParseRule] = []
            for m in members {
                let p = ObjectReader.join(path, Quote.short(m.key))
                switch m.value.value {
                case .null:
                    continue  // Vega-Lite: this field is not parsed, i.e. kept as written
                case .string(let t):
                    if let type = ParseType(rawValue: t) {
                        rules.append(ParseRule(field: Located(m.key, at: m.keyLocation, path: p), type: type))
                    } else if t.hasPrefix("date:") || t.hasPrefix("utc:") {
                        let field = Located(m.key, at: m.keyLocation, path: p)
                        if let pattern = DatePattern.decode(t, at: m.value.location, path: p, log: log) {
                            var rule = ParseRule(field: field, type: .date)
                            rule.pattern = pattern
                            rules.append(rule)
                        }
                    } else {
                        log.error(m.value.location, p, "\"\(Quote.short(t))\" is not one of \(ObjectReader.quoted(types))\(Suggest.didYouMean(t, in: types))")
                    }
                default:
                    log.error(m.value.location, p, "must be one of \(ObjectReader.quoted(types)) or null, found \(m.value.kindName)")
                }
            }
            return rules
        default:
            log.error(node.location, path, "must be an object such as {\"year\": \"date\", \"value\": \"number\"}, or null, found \(node.kindName)")
            return []
        }
    }

    // MARK: Datasets

    /// The top-level `datasets`: name → array of records.
    static func decodeDatasets(_ top: ObjectReader, log: DiagnosticLog) -> [String: Located<[JSONNode]>] {
        guard let n = top["datasets"] else { return [:] }
        guard let members = n.members else {
            log.error(n.location, top.childPath("datasets"), "must be an object of named arrays of rows, such as {\"sales\": [{\"region\": \"Hebei\", \"value\": 15}]}, found \(n.kindName)")
            return [:]
        }
        var out: [String: Located<[JSONNode]>] = [:]
        for m in members {
            let path = ObjectReader.join(top.childPath("datasets"), Quote.short(m.key))
            guard case .array(let items) = m.value.value else {
                log.error(m.value.location, path, "must be an array of rows such as [{\"region\": \"Hebei\", \"value\": 15}], found \(m.value.kindName)")
                continue
            }
            out[m.key] = Located(items, at: m.value.location, path: path)
        }
        return out
    }

    /// The message for a `name` that is not one of the datasets.
    static func unknownDataset(_ name: String, in datasets: [String: Located<[JSONNode]>]) -> String {
        let names = datasets.keys.sorted()
        guard !names.isEmpty else {
            return "\"\(Quote.short(name))\" names a dataset, but the spec has no \"datasets\"; add \"datasets\": {\"\(Quote.short(name))\": [{…}, …]} at its top"
        }
        return "\"\(Quote.short(name))\" is not one of the spec's datasets (\(Quote.short(names.joined(separator: ", "), limit: 200)))\(Suggest.didYouMean(name, in: names))"
    }

    /// Every `{"name": …}` in the spec (views, layers, panels, the facet's view) must name one
    /// of its datasets: checked while decoding, so `validate` reports it with the rest.
    static func checkNames(_ spec: ChartSpec, log: DiagnosticLog) {
        var views = [spec]
        views += spec.concat?.panels ?? []
        if let facet = spec.facet { views.append(facet.view) }
        var reported = Set<SourceLocation>()
        for view in views {
            for data in [view.data] + view.layers.map(\.data) {
                guard case .named(let name)? = data, spec.datasets[name.value] == nil, reported.insert(name.location).inserted else { continue }
                log.error(name.location, name.path, unknownDataset(name.value, in: spec.datasets))
            }
        }
    }
}
