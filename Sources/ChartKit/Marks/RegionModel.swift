import Foundation

// What a region layer means once its fields are bound: each data row matched to one feature
// of the map, each feature's value, and the colour scale with its legend. Built once for
// validation (every problem logged) and again for drawing.

struct RegionDatum: Sendable {
    var row: Int
    /// The value of a quantitative colour field (nil when the cell is empty).
    var value: Double?
    /// The value of a categorical colour field.
    var category: String?
}

/// A colour legend as the map draws it.
enum MapLegendContent: Sendable {
    case classes([LegendItem])
    case gradient(ContinuousColorScale, ticks: [(value: Double, label: String)])
}

struct RegionModel {
    var map: GeoMap
    var index: RegionIndex
    var regionField: Field
    var colorField: Field?
    /// Matched data by feature index.
    var data: [Int: RegionDatum]
    var scale: ColorScale?
    /// Formats values for labels.
    var valueFormat: NumberFormat
    var legend: MapLegendContent?
    var legendTitle: String?
    /// The legend label of regions without data; nil when the legend leaves it out.
    var noDataLabel: String?
    var projection: Projection
    var fixedColor: Color

    /// The features' ids for the scene ("CN-BJ"), and their names.
    var ids: [String]

    var names: [String] { index.displayNames }

    static let unknownRowLimit = 10

    static func build(_ chart: Chart, layer: ResolvedLayer, log: DiagnosticLog) -> RegionModel? {
        let style = chart.style
        let spec = chart.spec
        var ok = true
        if let x = layer.x ?? layer.y {
            log.error(x.channel.location, x.channel.path, "does not apply to a region mark: a map places regions by their shapes; name the region column in \"region\" and colour by \"color\"")
            ok = false
        }
        for a in spec.annotations {
            log.error(a.location, a.path, "annotations (rules and bands) apply to bar charts, not to maps; for a national target on a map, use it as \"domainMid\" or a threshold")
            ok = false
        }
        guard let regionField = layer.region else {
            if layer.mark.region == nil || layer.region == nil {
                log.error(layer.mark.location, layer.path.isEmpty ? "encoding" : "\(layer.path).encoding",
                          "needs \"region\" for a region mark: the column naming each row's region, e.g. \"region\": {\"field\": \"province\"}")
            }
            return nil
        }
        guard let map = chart.map else { return nil }
        let key = spec.map?.key
        if let key, !map.features.contains(where: { $0.text(key.value) != nil }) {
            let available = Array(Set(map.features.flatMap { $0.properties.map(\.key) })).sorted()
            log.error(key.location, key.path, "\"\(key.value)\" is not a property of the features of \(map.name) (properties: \(available.joined(separator: ", ")))\(Suggest.didYouMean(key.value, in: available))")
            return nil
        }
        let index = MapLoader.index(map, key: key?.value)
        let table = layer.table
        let colorField = layer.color

        // Match every row to a feature.
        var numbers: [Double?]?
        if let c = colorField, c.type == .quantitative, case .success(let v) = table.numbers(column: c.column) { numbers = v }
        var data: [Int: RegionDatum] = [:]
        var unknown = 0
        let mapName = map.name
        for (i, row) in table.rows.enumerated() {
            let location = table.rowLocations[i]
            guard let text = row[regionField.column].categoryText else {
                log.rowError(location, "row \(i + 1) has no value in column \"\(regionField.name)\" (the region)")
                ok = false
                continue
            }
            switch index.match(text) {
            case .feature(let f):
                if let first = data[f] {
                    let firstText = table.rows[first.row][regionField.column].categoryText ?? ""
                    let same = RegionNames.normalize(firstText) == RegionNames.normalize(text)
                    log.rowError(location, "row \(i + 1): \"\(Quote.short(text))\" is \(index.displayNames[f]), already given in row \(first.row + 1)\(same ? "" : " as \"\(firstText)\""); each region takes one row")
                    ok = false
                    continue
                }
                var d = RegionDatum(row: i)
                if let c = colorField {
                    if c.type == .quantitative { d.value = numbers?[i] } else { d.category = row[c.column].categoryText }
                }
                data[f] = d
            case .none:
                unknown += 1
                ok = false
                guard unknown <= unknownRowLimit else { continue }
                let (names, typo) = index.suggestions(for: text)
                let closest = names.isEmpty ? "" : " (closest: \(names.map { "\"\($0)\"" }.joined(separator: ", ")))"
                let via = key.map { " by its \"\($0.value)\"" } ?? ""
                log.rowError(location, "row \(i + 1): \"\(Quote.short(text))\" in column \"\(regionField.name)\" matches no region of \(mapName)\(via)\(closest)\(typo.map { "; did you mean \"\($0)\"?" } ?? "")")
            case .ambiguous(let fs):
                ok = false
                log.rowError(location, "row \(i + 1): \"\(Quote.short(text))\" could be any of \(fs.prefix(5).map { "\"\(index.displayNames[$0])\"" }.joined(separator: ", ")); name the region more fully\(key == nil ? " or choose the property to match with \"map\": {\"source\": …, \"key\": …}" : "")")
            }
        }
        if unknown > unknownRowLimit {
            log.error(table.rowLocations.first, "", "\(unknown - unknownRowLimit) more rows match no region of \(mapName)")
        }
        if table.rows.isEmpty {
            log.error(layer.mark.location, "", "\(table.label) has no rows to draw")
            ok = false
        }

        // The colour scale.
        var scale: ColorScale?
        var legend: MapLegendContent?
        var valueFormat = NumberFormat.label
        if let c = colorField {
            if let f = c.channel.format, let nf = NumberFormat(f) { valueFormat = nf }
            if let built = buildScale(c, data: data, style: style, log: log) {
                scale = built.scale
                legend = built.legend
            } else {
                ok = false
            }
        }
        guard ok else { return nil }

        var legendTitle: String?
        if let c = colorField {
            if let t = c.channel.legend?.title { legendTitle = t } else if let t = c.channel.title { legendTitle = t }
            if c.channel.legend?.hidden == true { legend = nil }
        }
        let options = layer.mark.region ?? RegionMarkOptions()
        let noDataLabel: String? = options.noData.map { $0.isEmpty ? nil : $0 } ?? "No data"

        let ids = map.features.enumerated().map { k, f -> String in
            if let r = index.regions[k] { return "CN-\(r.code)" }
            return f.id?.text ?? key.flatMap { f.text($0.value) } ?? index.displayNames[k]
        }
        let projection = Self.projection(for: chart, map: map)
        let fixed = layer.mark.color.flatMap { Color(parsing: $0.value) } ?? style.region.color
        return RegionModel(map: map, index: index, regionField: regionField, colorField: colorField, data: data, scale: scale,
                           valueFormat: valueFormat, legend: legend, legendTitle: legendTitle, noDataLabel: noDataLabel,
                           projection: projection, fixedColor: fixed, ids: ids)
    }

    /// The spec's projection, with defaults for China (bundled map) or fitted to the map.
    static func projection(for chart: Chart, map: GeoMap) -> Projection {
        let p = chart.spec.map?.projection
        var lonMin = Double.infinity, lonMax = -Double.infinity, latMin = Double.infinity, latMax = -Double.infinity
        for f in map.features {
            for pg in f.polygons {
                for pt in pg.rings[0] {
                    lonMin = min(lonMin, pt.lon); lonMax = max(lonMax, pt.lon)
                    latMin = min(latMin, pt.lat); latMax = max(latMax, pt.lat)
                }
            }
        }
        if !lonMin.isFinite { lonMin = 0; lonMax = 1; latMin = 0; latMax = 1 }
        let isChina = map.name == MapLoader.defaultName
        let base: Projection = isChina ? .china : .fitting(lonRange: (lonMin, lonMax), latRange: (latMin, latMax))
        let type = p?.type ?? base.type
        let meridian = p?.centralMeridian ?? base.centralMeridian
        var parallels = p?.parallels ?? base.parallels
        if type == .albers && base.type != .albers && p?.parallels == nil {
            parallels = Projection.fitting(lonRange: (lonMin, lonMax), latRange: (latMin, latMax)).parallels
        }
        return Projection(type: type, centralMeridian: meridian, parallels: parallels)
    }

    // MARK: Colour

    static func buildScale(_ c: Field, data: [Int: RegionDatum], style: Style, log: DiagnosticLog)
        -> (scale: ColorScale, legend: MapLegendContent)? {
        let ch = c.channel
        let sc = ch.scale
        let scalePath = "\(ch.path).scale"
        let kind = sc?.type?.value ?? (c.type == .quantitative ? "linear" : "ordinal")
        let typeLocation = sc?.type?.location ?? ch.type?.location ?? ch.location
        if kind != "ordinal" && c.type != .quantitative {
            log.error(typeLocation, sc?.type?.path ?? ch.path,
                      "a \"\(kind)\" colour scale needs numbers, but \"\(c.name)\" is \(c.type.rawValue); use \"type\": \"quantitative\" on the channel, or an \"ordinal\" scale for categories")
            return nil
        }
        if let mid = sc?.domainMid, kind != "linear" {
            log.error(mid.location, mid.path, "applies to \"linear\" colour scales; for classes put the midpoint among the threshold domain and choose a diverging scheme such as \"brbg\"")
            return nil
        }
        // Colours listed in the spec.
        var listed: [Color]?
        if let range = sc?.range, !range.isEmpty {
            var colors: [Color] = []
            for r in range {
                if let col = Color(parsing: r.value) { colors.append(col) } else {
                    log.error(r.location, r.path, "\"\(r.value)\" is not a colour (use \"#rrggbb\")")
                }
            }
            guard colors.count == range.count else { return nil }
            listed = colors
        }
        if listed != nil, let s = sc?.scheme {
            log.error(s.location, s.path, "cannot stand beside \"range\": give either the colours or a scheme")
            return nil
        }
        let scheme = sc?.scheme.flatMap { VegaSchemes.named($0.value) }
        let extent = sc?.schemeExtent.map { ($0[0], $0[1]) }
        func numbersOfDomain() -> [Double]? {
            guard let d = sc?.domain else { return nil }
            var out: [Double] = []
            for n in d {
                guard case .number(let v) = n.value else {
                    log.error(n.location, "\(scalePath).domain", "must hold numbers for a \"\(kind)\" scale, found \(n.kindName)")
                    return []
                }
                out.append(v)
            }
            return out
        }
        let values = data.values.compactMap(\.value)
        let dataExtent = (values.min() ?? 0, values.max() ?? 1)

        /// `n` class colours from the listed range, the spec's scheme or the style's.
        func classColors(_ n: Int, what: String) -> [Color]? {
            if let listed {
                guard listed.count == n else {
                    log.error(sc?.range?.first?.location ?? ch.location, "\(scalePath).range", "has \(listed.count) colour\(listed.count == 1 ? "" : "s") but \(what) need \(n)")
                    return nil
                }
                return listed
            }
            if let scheme {
                guard let colors = scheme.classColors(n, extent: extent) else {
                    log.error(sc?.scheme?.location, sc?.scheme?.path ?? scalePath, "has fewer colours than the \(what) need (\(n))")
                    return nil
                }
                return colors
            }
            let (k, ramp) = ColorSchemes.named(style.region.scheme)!
            return k == .sequential ? ramp.sample(n, from: ColorSchemes.sequentialStart + 0.08, to: 1) : ramp.sample(n)
        }

        switch kind {
        case "threshold":
            guard let breaks = numbersOfDomain(), !breaks.isEmpty else {
                if sc?.domain == nil || sc?.domain?.isEmpty == true {
                    log.error(sc?.location ?? ch.location, "\(scalePath).domain", "a threshold scale needs its break values, e.g. \"domain\": [13, 14, 14.5, 15]")
                }
                return nil
            }
            guard zip(breaks, breaks.dropFirst()).allSatisfy({ $0 < $1 }) else {
                log.error(sc?.domainLocation, "\(scalePath).domain", "must be in ascending order")
                return nil
            }
            guard let colors = classColors(breaks.count + 1, what: "\(breaks.count) thresholds") else { return nil }
            let format = ch.legendFormat.flatMap(NumberFormat.init) ?? ClassLabels.defaultFormat(for: breaks)
            let labels = ClassLabels.threshold(breaks, format: format)
            let s = ClassedColorScale(kind: .threshold, breaks: breaks, colors: colors, labels: labels)
            return (.classed(s), .classes(zip(labels, colors).map { LegendItem(label: $0, color: $1) }))
        case "quantize":
            let n = listed?.count ?? sc?.schemeCount ?? 5
            guard n >= 2 else {
                log.error(sc?.range?.first?.location ?? ch.location, "\(scalePath).range", "a quantize scale needs at least 2 colours")
                return nil
            }
            var lo = dataExtent.0, hi = dataExtent.1
            var explicit = false
            if let d = numbersOfDomain() {
                guard d.count == 2, d[0] < d[1] else {
                    log.error(sc?.domainLocation, "\(scalePath).domain", "must be two ascending numbers [min, max] for a quantize scale")
                    return nil
                }
                (lo, hi) = (d[0], d[1])
                explicit = true
            }
            if sc?.zero == true { lo = min(lo, 0); hi = max(hi, 0) }
            if hi <= lo { hi = lo + 1 }
            if sc?.nice ?? !explicit { (lo, hi) = ClassLabels.niceQuantize(lo, hi, count: n) }
            let breaks = (1..<n).map { lo + (hi - lo) * Double($0) / Double(n) }
            guard let colors = classColors(n, what: "\(n) classes") else { return nil }
            let format = ch.legendFormat.flatMap(NumberFormat.init) ?? ClassLabels.defaultFormat(for: [lo, hi] + breaks)
            let labels = ClassLabels.quantize(breaks, domain: (lo, hi), format: format)
            let s = ClassedColorScale(kind: .quantize, breaks: breaks, colors: colors, labels: labels)
            return (.classed(s), .classes(zip(labels, colors).map { LegendItem(label: $0, color: $1) }))
        case "quantile":
            let n = listed?.count ?? sc?.schemeCount ?? 5
            if let d = sc?.domain, let first = d.first {
                log.error(first.location, "\(scalePath).domain", "a quantile scale cuts the data's own values; a domain is not applied to it yet")
                return nil
            }
            guard n >= 2, values.count >= 2 else {
                log.error(sc?.type?.location ?? ch.location, sc?.type?.path ?? ch.path, "a quantile scale needs at least 2 colours and 2 values")
                return nil
            }
            let breaks = QuantileClasses.breaks(values, classes: n)
            guard let colors = classColors(n, what: "\(n) quantiles") else { return nil }
            let format = ch.legendFormat.flatMap(NumberFormat.init) ?? ClassLabels.defaultFormat(for: [dataExtent.0, dataExtent.1] + breaks)
            let labels = ClassLabels.quantize(breaks, domain: dataExtent, format: format)
            let s = ClassedColorScale(kind: .quantile, breaks: breaks, colors: colors, labels: labels)
            return (.classed(s), .classes(zip(labels, colors).map { LegendItem(label: $0, color: $1) }))
        case "linear":
            var lo = dataExtent.0, hi = dataExtent.1
            var explicit = false
            if let d = numbersOfDomain() {
                guard d.count == 2, d[0] < d[1] else {
                    log.error(sc?.domainLocation, "\(scalePath).domain", "must be two ascending numbers [min, max] for a linear colour scale")
                    return nil
                }
                (lo, hi) = (d[0], d[1])
                explicit = true
            }
            if sc?.zero == true { lo = min(lo, 0); hi = max(hi, 0) }
            let mid = sc?.domainMid?.value
            if let mid {
                // Symmetric about the midpoint, so equal distances above and below look alike.
                var half = max(mid - lo, hi - mid, 1e-9)
                if sc?.nice == true { half = ClassLabels.niceQuantize(0, half, count: 1).1 }
                (lo, hi) = (mid - half, mid + half)
            } else {
                if hi <= lo { hi = lo + 1 }
                if sc?.nice ?? !explicit {
                    let niced = LinearScale(domain: (lo, hi), range: (0, 1)).niced(count: 4)
                    (lo, hi) = niced.domain
                }
            }
            let ramp: ColorRamp
            var rampRange = (0.0, 1.0)
            if let listed {
                guard listed.count >= 2 else {
                    log.error(sc?.range?.first?.location ?? ch.location, "\(scalePath).range", "a linear colour scale needs at least 2 colours")
                    return nil
                }
                ramp = ColorRamp(listed)
            } else if let scheme {
                (ramp, rampRange) = scheme.ramp(extent: extent)
            } else if mid != nil {
                ramp = ColorSchemes.named(style.region.divergingScheme)!.ramp
            } else {
                ramp = ColorSchemes.named(style.region.scheme)!.ramp
                rampRange.0 = ColorSchemes.sequentialStart
            }
            let s = ContinuousColorScale(domain: (lo, hi), mid: mid, ramp: ramp, rampRange: rampRange)
            // Ticks: the ends and the midpoint when diverging, else nice steps.
            var tickValues: [Double]
            let format: NumberFormat
            if let mid {
                tickValues = [lo, mid, hi]
                format = ch.legendFormat.flatMap(NumberFormat.init) ?? ClassLabels.defaultFormat(for: tickValues)
            } else {
                let step = LinearScale.tickStep(lo, hi, count: 4)
                tickValues = LinearScale(domain: (lo, hi), range: (0, 1)).ticks(step: step)
                format = ch.legendFormat.flatMap(NumberFormat.init) ?? NumberFormat.forTicks(step: step)
            }
            return (.continuous(s), .gradient(s, ticks: tickValues.map { ($0, format.string($0)) }))
        default:  // ordinal
            var order: [String] = []
            if let d = sc?.domain {
                for n in d {
                    switch n.value {
                    case .string(let s): order.append(s)
                    case .number(let v): order.append(Format.plain(v))
                    default: log.error(n.location, "\(scalePath).domain", "must hold category values, found \(n.kindName)")
                    }
                }
            }
            let present = data.sorted { $0.value.row < $1.value.row }.compactMap(\.value.category)
            for v in present where !order.contains(v) { order.append(v) }
            if order.isEmpty { order = [] }
            var colors: [Color]
            if let listed {
                guard listed.count >= order.count else {
                    log.error(sc?.range?.first?.location ?? ch.location, "\(scalePath).range",
                              "has \(listed.count) colour\(listed.count == 1 ? "" : "s") for \(order.count) categories (\(order.map { "\"\($0)\"" }.joined(separator: ", ")))")
                    return nil
                }
                colors = Array(listed.prefix(order.count))
            } else if let scheme {
                let palette = scheme.ordinalColors(sc?.schemeCount ?? order.count, extent: extent)
                colors = order.indices.map { palette[$0 % palette.count] }
            } else {
                let palette = style.category.isEmpty ? [style.region.color] : style.category
                colors = order.indices.map { palette[$0 % palette.count] }
            }
            let s = CategoricalColorScale(values: order, colors: colors)
            return (.categorical(s), .classes(zip(order, colors).map { LegendItem(label: $0, color: $1) }))
        }
    }

    /// The fill of feature `k` and the legend entry it stands for.
    func fill(_ k: Int, noDataColor: Color) -> (color: Color, legendClass: String?, noData: Bool) {
        guard let d = data[k] else { return (noDataColor, noDataLabel, true) }
        guard let scale else { return (fixedColor, nil, false) }
        switch scale {
        case .continuous(let s):
            guard let v = d.value else { return (noDataColor, noDataLabel, true) }
            return (s.color(v), nil, false)
        case .classed(let s):
            guard let v = d.value else { return (noDataColor, noDataLabel, true) }
            let k = min(s.classIndex(v), s.labels.count - 1)
            return (s.colors[k], s.labels[k], false)
        case .categorical(let s):
            guard let c = d.category, let color = s.color(c) else { return (noDataColor, noDataLabel, true) }
            return (color, c, false)
        }
    }
}
