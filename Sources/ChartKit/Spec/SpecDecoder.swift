import Foundation

// Decodes a spec file's JSON into a ChartSpec, reporting every problem with its place.

public enum SpecDecoder {
    static let topKeys = ["$schema", "description", "title", "subtitle", "notes", "source", "width", "height",
                          "style", "config", "data", "datasets", "transform", "mark", "encoding", "annotations", "layer", "layers", "resolve"]
        + ViewProperties.figureKeys
    static let layerKeys = ["mark", "encoding", "data", "transform", "description"]
    static let concatKeys = ["hconcat", "vconcat", "concat"]
    static let facetKeys = ["facet", "columns", "spec"]
    static let markKeys = ["type", "labels", "color", "point", "endLabels", "strokeDash", "strokeWidth", "opacity", "filled", "dx", "dy"]
        + markInteractive.keys.sorted() + MarkProperties.keys.filter { $0 != "point" }
    /// Mark properties for a live page: warned about, as dropping them changes no mark.
    static let markInteractive = ["tooltip": "a file shows no tooltips", "href": "a file has no links to follow",
                                  "cursor": "a file has no pointer", "aria": "ARIA attributes are for interactive pages",
                                  "description": "a file has no per-mark screen-reader text"]
    static let channelKeys = ["field", "type", "sort", "title", "format", "stack", "scale", "axis", "legend", "datum", "value",
                              "aggregate", "timeUnit", "bin", "bandPosition"]
    static let scaleKeys = ["domain", "zero", "nice", "range", "type", "scheme", "domainMid", "rangeMin", "rangeMax", "base", "exponent", "constant",
                            "padding", "paddingInner", "paddingOuter", "reverse"]
    static let annotationKeys = ["type", "x", "y", "x2", "y2", "label", "color", "text", "dx", "dy", "arrow"]

    /// Largest chart side in CSS pixels; with --scale this bounds the bitmap's memory.
    public static let maximumSide: Double = 10_000

    /// Reads and decodes a spec file.
    public static func decode(file path: String) throws(ChartError) -> ChartSpec {
        let bytes = try FileAccess.read(path, what: "spec file")
        return try decode(bytes: bytes, file: path, baseDirectory: (path as NSString).deletingLastPathComponent)
    }

    /// Decodes spec text; `file` names it in messages, `baseDirectory` anchors relative paths.
    public static func decode(text: String, file: String = "<spec>", baseDirectory: String = ".") throws(ChartError) -> ChartSpec {
        try decode(bytes: Array(text.utf8), file: file, baseDirectory: baseDirectory)
    }

    static func decode(bytes: [UInt8], file: String, baseDirectory: String) throws(ChartError) -> ChartSpec {
        let root: JSONNode
        do {
            root = try JSONParser.parse(bytes: bytes, file: file)
        } catch {
            throw ChartError(Diagnostic(at: error.location, error.message))
        }
        let log = DiagnosticLog()
        let spec = decode(root: root, file: file, baseDirectory: baseDirectory.isEmpty ? "." : baseDirectory, log: log)
        try log.throwIfAny()
        return spec!
    }

    static func decode(root: JSONNode, file: String, baseDirectory: String, log: DiagnosticLog) -> ChartSpec? {
        // A repeat is a concatenation or a layer of copies of its view (as Vega-Lite normalizes it).
        guard let repeated = RepeatExpander.expand(root, log: log) else { return nil }
        // Layers inside a layer: one list of layers, as Vega-Lite draws them.
        let root = SelectionFieldConditions.resolve(NestedLayers.flatten(repeated, log: log), log: log)
        guard let top = ObjectReader(root, path: "", log: log, keys: topKeys + concatKeys + facetKeys + MapSpecDecoder.topKeys,
                                     what: "a JSON object (the chart spec)") else {
            return nil
        }
        var spec = ChartSpec(file: file, baseDirectory: baseDirectory, location: root.location)
        // First: panels and the facet's view take the figure's datasets.
        spec.datasets = DataSpecDecoder.decodeDatasets(top, log: log)
        spec.notes = top.strings("notes") ?? []
        spec.source = top.string("source")
        if let s = top.string("style"), let n = top["style"] {
            spec.style = Located(s, at: n.location, path: "style")
        }
        var overrides = StyleOverrides()
        ViewProperties.figure(top, into: &spec, overrides: &overrides, log: log)
        spec.markDefaults = MarkDefaults.decode(top["config"], log: log)
        spec.config = overrides.node(at: top["config"]?.location ?? root.location)
        // A figure of several views keeps the chrome; the views are its panels.
        spec.facet = FacetDecoder.decode(top, figure: spec, log: log)
        spec.concat = spec.facet == nil ? ConcatDecoder.decode(top, figure: spec, log: log) : nil
        if spec.facet != nil || spec.concat != nil {
            // Facets share their scales by default, concatenated panels do not (Vega-Lite).
            // A facet written as an encoding channel keeps `resolve` for its view's layers.
            if spec.concat != nil || top.has("facet") {
                spec.figureResolve = FigureResolveDecoder.decode(top, sharedByDefault: spec.facet != nil, log: log)
            } else {
                spec.figureResolve = FigureResolve(sharedX: true, sharedY: true)
            }
            TitleParams.decode(top, into: &spec, overrides: &overrides, log: log)
            spec.config = overrides.node(at: root.location)
            ViewProperties.size(top, into: &spec, log: log)
            DataSpecDecoder.checkNames(spec, log: log)
            spec.warnings = log.warnings.map(warningText)
            return spec
        }
        if let n = top["spacing"] {
            log.warning(n.location, "spacing", "is not applied: it is the gap between the panels of a facet, concatenation or repeat, and this chart has one view")
        }
        decodeView(top, into: &spec, log: log)
        spec.map = MapSpecDecoder.decode(top, log: log)
        DataSpecDecoder.checkNames(spec, log: log)
        spec.warnings = log.warnings.map(warningText)
        return spec
    }

    /// A warning as the render reports it: its field path, its message and where it is.
    static func warningText(_ d: Diagnostic) -> String {
        "\(d.path) \(d.message)" + (d.location.map { " (\(($0.file as NSString).lastPathComponent):\($0.line))" } ?? "")
    }

    /// One view: its title, size, data, mark or layers, resolve and annotations. Paths in
    /// messages start at `top`'s path ("hconcat[1].encoding.y" inside a panel).
    static func decodeView(_ top: ObjectReader, into spec: inout ChartSpec, log: DiagnosticLog) {
        // The root's are the figure's (ViewProperties.figure); a panel's are said here.
        if !top.path.isEmpty { ViewProperties.interactive(top, log: log) }
        if !top.path.isEmpty, let v = top["view"] { ViewProperties.view(v, root: top.path, log: log) }
        // Title styles of the figure's own view go on top of its config's.
        var overrides = StyleOverrides()
        TitleParams.decode(top, into: &spec, overrides: &overrides, log: log)
        spec.config = overrides.merged(over: spec.config, at: top.node.location)
        ViewProperties.size(top, into: &spec, log: log)
        if let d = top["data"] { spec.data = decodeData(d, path: top.childPath("data"), log: log) }
        if let t = top["transform"] { spec.transform = TransformDecoder.decode(t, path: top.childPath("transform"), log: log) }

        // Vega-Lite's word is "layer"; "layers" is this project's older spelling of the same.
        if top.has("layer") && top.has("layers"), let n = top["layers"] {
            log.error(n.location, top.childPath("layers"), "cannot stand beside \"layer\" (the same thing in Vega-Lite's word); keep one")
        }
        let layerKey = top.has("layer") ? "layer" : "layers"
        if let layers = top.array(layerKey) {
            if top.has("mark"), let n = top["mark"] {
                log.error(n.location, top.childPath("mark"), "cannot stand beside \"\(layerKey)\"; move it into a layer")
            }
            if layers.isEmpty, let n = top[layerKey] {
                log.error(n.location, top.childPath(layerKey), "must hold at least one layer")
            }
            // An encoding beside the layers is inherited by every layer (Vega-Lite's rule); a
            // layer's own channel replaces the inherited one.
            let shared = top.object("encoding", keys: EncodingChannels.allKeys)
            if let shared { _ = EncodingChannels.refuse(shared, mark: nil, facetsAllowed: false, log: log) }
            for (i, node) in layers.enumerated() {
                let path = "\(top.childPath(layerKey))[\(i)]"
                // Layers inside a layer were flattened (NestedLayers).
                guard let layer = ObjectReader(node, path: path, log: log, keys: layerKeys + ["params"]) else { continue }
                ViewProperties.interactive(layer, log: log)
                let datum = DatumLayers.annotation(layer, path: path, inherited: shared, log: log)
                if datum.handled {
                    if let a = datum.1 { spec.annotations.append(a) }
                    continue
                }
                if var l = decodeLayer(layer, log: log, path: path, inherited: shared, defaults: spec.markDefaults) {
                    // A layer's own transforms run after the view's, on the view's data or its own.
                    if let t = layer["transform"] { l.transform = TransformDecoder.decode(t, path: layer.childPath("transform"), log: log) }
                    spec.layers.append(l)
                }
            }
        } else if let l = decodeLayer(top, log: log, path: top.path, facetsAllowed: top.path.isEmpty, readsData: false, defaults: spec.markDefaults) {
            spec.layers.append(l)
        }

        // The config's axis keys and count title under each layer's own (ViewConfig).
        spec.viewConfig.apply(to: &spec.layers)
        if let r = top.object("resolve", keys: ["scale"]), let sc = r.object("scale", keys: ["x", "y"]) {
            if let y = sc.choice("y", ["shared", "independent"]) { spec.independentY = y == "independent" }
            if let x = sc.choice("x", ["shared"]) { _ = x }
        }
        if let items = top.array("annotations") {
            if items.count > Limits.annotations, let n = top["annotations"] {
                log.error(n.location, top.childPath("annotations"), "has \(items.count) entries; the limit is \(Limits.annotations)")
                return
            }
            for (i, node) in items.enumerated() {
                if let a = decodeAnnotation(node, path: "\(top.childPath("annotations"))[\(i)]", log: log) { spec.annotations.append(a) }
            }
        }
    }

    /// A `data` object (see DataSpecDecoder).
    static func decodeData(_ node: JSONNode, path: String, log: DiagnosticLog) -> DataSpec? {
        DataSpecDecoder.decode(node, path: path, log: log)
    }

    /// `readsData` false: the layer is the view itself, whose `data` the view has decoded.
    static func decodeLayer(_ r: ObjectReader, log: DiagnosticLog, path: String, inherited: ObjectReader? = nil,
                            facetsAllowed: Bool = false, readsData: Bool = true, defaults: MarkDefaults = MarkDefaults()) -> LayerSpec? {
        let markPath = ObjectReader.join(path, "mark")
        guard let markNode = r["mark"] else {
            log.error(r.node.location, path, "needs a \"mark\" (one of \(ObjectReader.quoted(MarkType.allCases.map(\.rawValue))))")
            return nil
        }
        var mark = decodeMark(markNode, path: markPath, log: log, defaults: defaults)
        var encoding = EncodingSpec(location: r.node.location)
        let own = r.object("encoding", keys: EncodingChannels.allKeys)
        if own != nil || inherited != nil {
            encoding.location = (own ?? inherited)!.node.location
            // Constants set mark properties; channels not drawn are named (an inherited
            // encoding's were named once, beside the layers).
            var constants = Set<String>()
            if mark != nil, let own {
                constants = EncodingChannels.applyConstants(own, to: &mark!, log: log)
                    .union(EncodingChannels.refuse(own, mark: mark!.type, facetsAllowed: facetsAllowed, log: log))
            }
            if mark != nil, let inherited {
                let given = Set(EncodingChannels.allKeys.filter { own?.has($0) ?? false })
                constants.formUnion(EncodingChannels.applyConstants(inherited, skipping: given, to: &mark!, log: log))
                // Text the layers share is for their text layers; the others leave it.
                if mark!.type != .text && inherited.has("text") && !given.contains("text") { constants.insert("text") }
                // A field beside a value was named once, beside the layers.
                for key in EncodingChannels.constants where inherited[key]?["value"] != nil && inherited[key]?["field"] != nil { constants.insert(key) }
            }
            for key in EncodingChannels.fields where !constants.contains(key) {
                // The layer's own channel, merged with the one it inherits from the top of the spec.
                guard let e = [own, inherited].compactMap({ $0 }).first(where: { $0.has(key) }),
                      let n = EncodingInheritance.channel(own?[key], inherited: inherited?[key]) else { continue }
                encoding[channel: key] = decodeChannel(n, path: e.childPath(key), log: log)
            }
            if mark != nil {
                ColorAliases.apply(own: own, inherited: inherited, mark: &mark!, encoding: &encoding,
                                   decode: { decodeChannel($0, path: $1, log: log) }, log: log)
            }
        } else if !r.has("encoding") && mark?.type != .geoshape {  // a geoshape draws its rows' own features
            log.error(r.node.location, path, "needs an \"encoding\" with at least x and y")
        }
        let data = readsData ? r["data"].flatMap { decodeData($0, path: ObjectReader.join(path, "data"), log: log) } : nil
        guard let mark else { return nil }
        return LayerSpec(mark: mark, encoding: encoding, data: data, path: path)
    }

    /// A layer's mark, on top of the config's defaults for its kind and its named styles.
    static func decodeMark(_ node: JSONNode, path: String, log: DiagnosticLog, defaults: MarkDefaults = MarkDefaults()) -> MarkSpec? {
        guard let own = decodeMarkNode(node, path: path, log: log) else { return nil }
        return defaults.apply(to: own, node: node, log: log)
    }

    /// A mark as written: a type name or an object of properties.
    static func decodeMarkNode(_ node: JSONNode, path: String, log: DiagnosticLog) -> MarkSpec? {
        let types = MarkType.allCases.map(\.rawValue) + ["trail"]
        func markType(_ s: String, at loc: SourceLocation, path: String) -> MarkType? {
            if let t = MarkType(rawValue: s) { return t }
            if s == "trail" { return .line }
            log.error(loc, path, "\"\(s)\" is not a mark type (available: \(ObjectReader.quoted(types)))\(Suggest.didYouMean(s, in: types))")
            return nil
        }
        switch node.value {
        case .string(let s):
            guard let t = markType(s, at: node.location, path: path) else { return nil }
            var mark = MarkSpec(type: t, location: node.location, path: path)
            mark.trail = s == "trail"
            return mark
        case .object:
            if case .string("region")? = node["type"]?.value { return MapSpecDecoder.decodeRegionMark(node, path: path, log: log) }
            guard let r = ObjectReader(node, path: path, log: log, keys: markKeys) else { return nil }
            guard let typeName = r.string("type"), let typeNode = r["type"] else {
                if !r.has("type") { log.error(node.location, path, "needs a \"type\" (one of \(ObjectReader.quoted(types)))") }
                return nil
            }
            guard let t = markType(typeName, at: typeNode.location, path: r.childPath("type")) else { return nil }
            let (plain, expressions) = MarkRowExpression.split(r, type: t)
            var mark = decodeMarkObject(plain, type: t, asDefault: false, log: log)
            mark.trail = typeName == "trail"
            if mark.trail { ignoreLineOnlyKeys(plain, &mark, log: log) }
            mark.props.rowExpressions = expressions
            return mark
        default:
            log.error(node.location, path, "must be a mark type or an object with \"type\", found \(node.kindName)")
            return nil
        }
    }

    /// A trail is decoded as a line; the keys only a line uses are left, as Vega-Lite leaves
    /// them (its trail has no interpolation, point overlay or dashed outline).
    static func ignoreLineOnlyKeys(_ r: ObjectReader, _ mark: inout MarkSpec, log: DiagnosticLog) {
        for key in ["interpolate", "tension", "point", "strokeDash"] where r.has(key) {
            log.warning(r[key]!.location, r.childPath(key), "is not used by a trail mark (Vega-Lite ignores it)")
        }
        mark.props.interpolate = nil
        mark.props.pointOverlay = nil
        mark.point = false
        mark.strokeDash = []
    }

    /// A mark object's properties (`asDefault`: a config section, whose properties reach only
    /// the marks that use them, so none is out of place).
    static func decodeMarkObject(_ r: ObjectReader, type t: MarkType, asDefault: Bool, log: DiagnosticLog) -> MarkSpec {
        var mark = MarkSpec(type: t, location: r.node.location, path: r.path)
        for (key, why) in markInteractive.sorted(by: { $0.key < $1.key }) where r.has(key) {
            log.warning(r[key]!.location, r.childPath(key), "is not applied: \(why)")
        }
        if let n = r["labels"] {
            switch n.value {
            case .bool(let b): mark.labels = b
            case .string("total"): mark.totalLabels = true
            case .string("all"): mark.labels = true; mark.totalLabels = true
            default:
                log.error(n.location, r.childPath("labels"), "must be true, false, \"total\" (each stack's total) or \"all\" (segments and totals)")
            }
            if mark.totalLabels && t != .bar {
                log.error(n.location, r.childPath("labels"), "\"total\" and \"all\" label stacked bars; a \(t.rawValue) mark takes true or false")
            }
        }
        if let n = r["color"], case .object = n.value {
            mark.colorGradient = MarkGradient.decode(n, path: r.childPath("color"), log: log)
            if t != .area && mark.colorGradient != nil {
                log.error(n.location, r.childPath("color"), "a gradient colour is drawn on area marks so far")
            }
        } else if let c = r.string("color"), let n = r["color"] {
            if Color(parsing: c) == nil {
                log.error(n.location, r.childPath("color"), "\"\(Quote.short(c))\" is not a colour (use \"#rrggbb\" or a CSS colour name)")
            } else {
                mark.color = Located(c, at: n.location, path: r.childPath("color"))
            }
        }
        mark.props = MarkProperties.decode(r, type: t, asDefault: asDefault, log: log)
        mark.point = mark.props.pointOverlay != nil
        if let words = mark.props.text { mark.textValue = words }
        mark.filled = r.bool("filled")
        if mark.filled != nil && ![.point, .circle, .square].contains(t), let n = r["filled"], !asDefault {
            log.warning(n.location, r.childPath("filled"), "is not used by a \(t.rawValue) mark (Vega-Lite ignores it; it applies to point, circle and square marks)")
        }
        mark.endLabels = r.bool("endLabels") ?? false
        mark.strokeWidth = r.number("strokeWidth", min: 0, max: 50)
        mark.opacity = r.number("opacity", min: 0, max: 1)
        mark.strokeDash = r.dashes("strokeDash") ?? []
        mark.dx = r.number("dx", min: -2000, max: 2000) ?? 0
        mark.dy = r.number("dy", min: -2000, max: 2000) ?? 0
        if t != .text, !asDefault, let key = ["dx", "dy"].first(where: r.has) {
            log.warning(r[key]!.location, r.childPath(key), "is not used by a \(t.rawValue) mark (Vega-Lite ignores it; it offsets the words of a text mark)")
        }
        // Bars, areas, rects and words have no outline unless a stroke is given (Vega-Lite).
        if [.bar, .area, .rect, .text].contains(t), !asDefault, !r.has("stroke") {
            for key in ["strokeWidth", "strokeDash"] where r.has(key) {
                log.warning(r[key]!.location, r.childPath(key), "draws nothing: a \(t.rawValue) mark has no outline unless \"stroke\" gives one")
            }
        }
        if t != .line, !asDefault, r.has("endLabels") {
            log.error(r["endLabels"]!.location, r.childPath("endLabels"), "applies to \"line\" marks only")
        }
        return mark
    }

    static func decodeChannel(_ node: JSONNode, path: String, log: DiagnosticLog) -> ChannelSpec? {
        guard let r = ObjectReader(node, path: path, log: log, keys: channelKeys) else { return nil }
        var ch = ChannelSpec(location: node.location, path: path)
        var empty = false
        if let other = ["datum", "value"].first(where: r.has), r.has("field") {
            log.error(r[other]!.location, r.childPath(other), "cannot stand beside \"field\": a channel takes a field, a datum or a value")
        } else if let f = r.string("field"), let n = r["field"] {
            ch.field = Located(f, at: n.location, path: r.childPath("field"))
        } else if r.has("datum"), ColorDatum.isColorChannel(path) || ColorDatum.isOffsetChannel(path) {
            ch.categoryDatum = ColorDatum.decode(r, log: log)
        } else if r.has("datum") {
            log.error(node.location, path, "a constant position (datum) works in rule and text layers whose positions are all constant; in a layer drawn from data, give a \"field\"")
        } else if r.has("value") {
            log.error(node.location, path, "a constant {\"value\"} is not supported on this channel (positions in pixels are not); give a \"field\", or a \"datum\" in a rule or text layer")
        } else if !r.has("field") && !(r["aggregate"].map { if case .string("count") = $0.value { return true }; return false } ?? false) {
            // Vega-Lite drops a channel with nothing to show (its emptyFieldDef warning): a
            // layered chart's shared {"type", "axis"} reaches layers that give no field.
            log.warning(node.location, path, "has no \"field\", \"datum\" or \"value\", so it is dropped, as Vega-Lite drops it")
            empty = true
        }
        if let n = r["aggregate"], let members = n.members {
            // {"argmax": "field"} / {"argmin": "field"}: the channel's field at that field's extreme row.
            let path = r.childPath("aggregate")
            if members.count == 1, TransformDecoder.argOps.contains(members[0].key), case .string(let f) = members[0].value.value, !f.isEmpty {
                ch.aggregate = Located(members[0].key, at: members[0].keyLocation, path: path)
                ch.aggregateArgument = Located(f, at: members[0].value.location, path: "\(path).\(members[0].key)")
            } else {
                log.error(n.location, path, "as an object must be {\"argmax\": \"field\"} or {\"argmin\": \"field\"}")
            }
        } else if let a = r.choice("aggregate", TransformDecoder.aggregateOps), let n = r["aggregate"] {
            ch.aggregate = Located(a, at: n.location, path: r.childPath("aggregate"))
        }
        if let u = r.choice("timeUnit", TransformDecoder.timeUnits + TimeUnitCategories.units), let n = r["timeUnit"] {
            ch.timeUnit = Located(u, at: n.location, path: r.childPath("timeUnit"))
        }
        if let b = r["bin"] {
            switch b.value {
            case .bool(false), .null: break
            default:
                if !(path.hasSuffix(".x") || path.hasSuffix(".y") || path == "x" || path == "y") {
                    log.error(b.location, r.childPath("bin"), "bins positions: put it on x or y (for binned colours, bin with a transform)")
                } else if let params = TransformDecoder.binParams(b, path: r.childPath("bin"), log: log) {
                    ch.bin = Located(params, at: b.location, path: r.childPath("bin"))
                }
            }
        }
        if let n = r["type"], case .string("geojson") = n.value, path.hasSuffix("shape") {
            // Geometry is matched by reference, never ordered or scaled: nominal as far as
            // resolution goes; the geoshape mark draws it (and refuses it on other marks).
            ch.type = Located(.nominal, at: n.location, path: r.childPath("type"))
            ch.geojson = Located(true, at: n.location, path: r.childPath("type"))
        } else if let t = r.choice("type", FieldType.allCases.map(\.rawValue)), let n = r["type"] {
            ch.type = Located(FieldType(rawValue: t)!, at: n.location, path: r.childPath("type"))
        }
        if let u = ch.timeUnit { _ = TimeUnitCategories.checkType(u, type: ch.type, log: log) }
        if let n = r["sort"] {
            ch.sortLocation = n.location
            ch.sort = decodeSort(n, path: r.childPath("sort"), log: log)
        }
        ch.title = r.title("title")
        ch.format = r.string("format")
        FormatCheck.check(r["format"], path: r.childPath("format"), log: log)
        if let n = r["stack"] {
            switch n.value {
            case .bool(true): ch.stack = .zero
            case .bool(false), .null: ch.stack = nil; ch.stackExplicitlyOff = true
            case .string("zero"): ch.stack = .zero
            case .string("normalize"): ch.stack = .normalize
            case .string("center"): ch.stack = .center
            default:
                log.error(n.location, r.childPath("stack"), "must be true, false, null, \"zero\", \"normalize\" or \"center\"")
            }
        }
        if let n = r["scale"], case .null = n.value {
            ch.scale = disabledScale(n, channelPath: path, log: log)
        } else if let s = r.object("scale", keys: scaleKeys) {
            var scale = ScaleSpec()
            scale.location = s.node.location
            if let d = s.array("domain") { scale.domain = d; scale.domainLocation = s["domain"]?.location }
            decodeColorScale(s, into: &scale, log: log)
            decodePositionScale(s, into: &scale, channelPath: path, log: log)
            scale.zero = s.bool("zero")
            scale.nice = s.bool("nice")
            if let v = s.bool("reverse"), let n = s["reverse"] { scale.reverse = Located(v, at: n.location, path: s.childPath("reverse")) }
            scale.rangeMin = s.number("rangeMin", min: 0, max: 100_000)
            scale.rangeMax = s.number("rangeMax", min: 0, max: 100_000)
            if let items = s.array("range"), let numbers = SizeRange.numbers(items) {
                scale.numericRange = Located(numbers, at: s["range"]!.location, path: s.childPath("range"))
            } else if let items = s.array("range") {
                scale.range = []
                for (i, item) in items.enumerated() {
                    if case .string(let c) = item.value {
                        scale.range!.append(Located(c, at: item.location, path: "\(s.childPath("range"))[\(i)]"))
                    } else {
                        log.error(item.location, "\(s.childPath("range"))[\(i)]", "must be a colour string, found \(item.kindName)")
                    }
                }
            }
            ch.scale = scale
        }
        if let v = r.number("bandPosition", min: 0, max: 1), let n = r["bandPosition"] {
            ch.bandPosition = Located(v, at: n.location, path: r.childPath("bandPosition"))
        }
        if let n = r["axis"] { ch.axis = AxisDecoder.decode(n, path: r.childPath("axis"), log: log) }
        if let n = r["legend"] { ch.legend = LegendDecoder.decode(n, path: r.childPath("legend"), log: log) }
        if ch.scale?.disabled == true { hideLegendOfDisabledScale(&ch, legend: r["legend"], path: r.childPath("legend"), log: log) }
        return empty ? nil : ch
    }

    /// The colour-scale keys: "type", "scheme" (a name or {"name", "count"}) and "domainMid".
    static func decodeColorScale(_ s: ObjectReader, into scale: inout ScaleSpec, log: DiagnosticLog) {
        let types = ["linear", "threshold", "quantize", "quantile", "ordinal", "band", "point"] + transformScaleTypes
        if let t = s.choice("type", types), let n = s["type"] { scale.type = Located(t, at: n.location, path: s.childPath("type")) }
        if let n = s["scheme"] {
            switch n.value {
            case .string(let name):
                scale.scheme = Located(name, at: n.location, path: s.childPath("scheme"))
            case .object:
                if let o = ObjectReader(n, path: s.childPath("scheme"), log: log, keys: ["name", "count", "extent"]) {
                    if let name = o.string("name"), let nn = o["name"] { scale.scheme = Located(name, at: nn.location, path: o.childPath("name")) }
                    else if !o.has("name") { log.error(n.location, o.path, "needs a \"name\" such as \"greens\"") }
                    scale.schemeCount = o.number("count", min: 2, max: 256).map { Int($0) }
                    scale.schemeExtent = schemeExtent(o, log: log)
                }
            default:
                log.error(n.location, s.childPath("scheme"), "must be a scheme name such as \"greens\" or {\"name\": \"greens\", \"count\": 5}, found \(n.kindName)")
            }
            if let sc = scale.scheme, VegaSchemes.named(sc.value) == nil {
                log.error(sc.location, sc.path, "\"\(sc.value)\" is not a Vega colour scheme (available: \(ObjectReader.quoted(VegaSchemes.names)))\(Suggest.didYouMean(sc.value, in: VegaSchemes.names))")
                scale.scheme = nil
            }
        }
        if let v = s.number("domainMid"), let n = s["domainMid"] { scale.domainMid = Located(v, at: n.location, path: s.childPath("domainMid")) }
    }

    static func decodeSort(_ node: JSONNode, path: String, log: DiagnosticLog) -> SortSpec? {
        switch node.value {
        case .null: return .dataOrder
        case .string(let s):
            switch s {
            case "ascending": return .ascending
            case "descending": return .descending
            case "none": return .dataOrder
            case "x", "y", "color": return .byChannel(s, descending: false)
            case "-x", "-y", "-color": return .byChannel(String(s.dropFirst()), descending: true)
            default:
                let options = ["ascending", "descending", "none", "x", "-x", "y", "-y"]
                log.error(node.location, path, "\"\(s)\" is not a sort order (use \(ObjectReader.quoted(options)) or an array of values)\(Suggest.didYouMean(s, in: options))")
                return nil
            }
        case .array(let items):
            var values: [String] = []
            for (i, item) in items.enumerated() {
                switch item.value {
                case .string(let s): values.append(s)
                case .number(let v): values.append(Format.plain(v))
                default: log.error(item.location, "\(path)[\(i)]", "must be a category value, found \(item.kindName)")
                }
            }
            return .explicit(values)
        case .object:
            return SortObjectDecoder.decode(node, path: path, log: log)
        default:
            log.error(node.location, path, "must be a sort order string, an array of values or an object ({\"field\": …, \"op\": …} or {\"encoding\": …}), found \(node.kindName)")
            return nil
        }
    }

    static func decodeAnnotation(_ node: JSONNode, path: String, log: DiagnosticLog) -> AnnotationSpec? {
        guard let r = ObjectReader(node, path: path, log: log, keys: annotationKeys) else { return nil }
        guard let typeName = r.choice("type", AnnotationKind.allCases.map(\.rawValue)) else {
            if !r.has("type") { log.error(node.location, path, "needs a \"type\": \"rule\", \"band\", \"point\" or \"text\"") }
            return nil
        }
        let kind = AnnotationKind(rawValue: typeName)!
        /// A number, or text for a date or category ("2025").
        func position(_ key: String) -> AnnotationValue? {
            guard let n = r[key] else { return nil }
            switch n.value {
            case .number(let v): return .number(v)
            case .string(let s): return .text(s)
            default:
                log.error(n.location, r.childPath(key), "must be a number or a date such as \"2025\", found \(n.kindName)")
                return nil
            }
        }
        let calloutKeys = ["text", "dx", "dy", "arrow"]
        if kind != .text, let key = calloutKeys.first(where: r.has) {
            log.error(r[key]!.location, r.childPath(key), "belongs to a callout (\"type\": \"text\"); a \(kind.rawValue) takes \"label\"")
        }
        if kind == .text, r.has("label") {
            log.error(r["label"]!.location, r.childPath("label"), "a callout's words go in \"text\"")
        }
        if kind == .point || kind == .text {
            guard r.has("x"), r.has("y") else {
                log.error(node.location, path, "a \(kind == .text ? "callout" : "point") needs both \"x\" and \"y\" (the position it points at)")
                return nil
            }
            for key in ["x2", "y2"] where r.has(key) {
                log.error(r[key]!.location, r.childPath(key), "belongs to a band; a point has one x and one y")
            }
            guard let x = position("x"), let y = r.number("y") else { return nil }
            var a = AnnotationSpec(kind: kind, channel: "x", value: x, location: node.location, path: path)
            a.pointY = y
            a.label = r.string("label")
            if kind == .text {
                guard let text = r.string("text"), !text.isEmpty else {
                    if !r.has("text") { log.error(node.location, path, "a callout needs its words in \"text\"") }
                    return nil
                }
                a.callout = CalloutSpec(text: text, dx: r.number("dx", min: -2000, max: 2000) ?? 0,
                                        dy: r.number("dy", min: -2000, max: 2000) ?? 0, arrow: r.bool("arrow") ?? false)
            }
            if let c = r.string("color"), let n = r["color"] { a.color = Located(c, at: n.location, path: r.childPath("color")) }
            return a
        }
        let hasX = r.has("x"), hasY = r.has("y")
        guard hasX != hasY else {
            log.error(node.location, path, hasX ? "takes \"x\" or \"y\", not both" : "needs a value: \"y\" on a vertical value axis, \"x\" on a horizontal one")
            return nil
        }
        let channel = hasY ? "y" : "x"
        guard let v = position(channel) else { return nil }
        var a = AnnotationSpec(kind: kind, channel: channel, value: v, location: node.location, path: path)
        let other = channel == "y" ? "x2" : "y2"
        if r.has(other) { log.error(r[other]!.location, r.childPath(other), "does not match \"\(channel)\"; use \"\(channel)2\"") }
        if kind == .band {
            guard let v2 = position("\(channel)2") else {
                if !r.has("\(channel)2") { log.error(node.location, path, "a band needs \"\(channel)2\", the far edge") }
                return nil
            }
            a.value2 = v2
        } else if r.has("\(channel)2") {
            log.error(r["\(channel)2"]!.location, r.childPath("\(channel)2"), "belongs to a band; a rule has one value")
        }
        a.label = r.string("label")
        if let c = r.string("color"), let n = r["color"] { a.color = Located(c, at: n.location, path: r.childPath("color")) }
        return a
    }
}
