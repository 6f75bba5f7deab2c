import Foundation

// What a bar layer means once its fields are bound: which channel holds the categories and
// which the values, the category and series order, and one value per (category, series).
// Built once; validation reports its problems, the compiler draws it.

enum BarOrientation: Sendable { case vertical, horizontal }

struct BarDatum: Sendable {
    var category: String
    var series: String?
    var value: Double
    var row: Int
    /// The bar's other end (an x2 or y2 field); nil: it grows from zero.
    var base: Double? = nil
}

struct BarModel: Sendable {
    var orientation: BarOrientation
    var category: Field
    var value: Field
    var series: Field?
    var categories: [String]
    var seriesNames: [String]
    var data: [BarDatum]
    var stack: StackMode?
    /// Series side by side in each band (an offset channel); else stacked or overlaid.
    var grouped: Bool
    var seriesColors: [String: Color]
    /// A quantitative colour field: each bar takes its value's colour, and the chart draws the
    /// scale's gradient legend (ValueColors). Such a field splits nothing: no stacks or groups.
    var valueColors: ValueColors? = nil

    /// The channel name ("x" or "y") that carries values.
    var valueChannel: String { orientation == .vertical ? "y" : "x" }
    var categoryChannel: String { orientation == .vertical ? "x" : "y" }

    var isGrouped: Bool { series != nil && grouped }

    /// Builds the model, logging every problem; nil when the layer cannot be drawn.
    static func build(_ layer: ResolvedLayer, style: Style?, log: DiagnosticLog) -> BarModel? {
        let markPath = layer.mark.path
        guard let x = layer.x, let y = layer.y else {
            // Channels that were written but failed to bind were reported by the resolver, which
            // stops before validation; so a nil channel here was never written.
            let missing = layer.x == nil && layer.y == nil ? "x and y" : (layer.x == nil ? "x" : "y")
            log.error(layer.mark.location, markPath, "a bar chart needs both x and y in \"encoding\" (missing: \(missing))")
            return nil
        }
        let orientation: BarOrientation
        switch (x.type, y.type) {
        case (.quantitative, .quantitative):
            log.error(y.channel.type?.location ?? y.channel.location, y.channel.path,
                      "both x and y are quantitative; bars need one category field (\"type\": \"nominal\", \"ordinal\" or \"temporal\")")
            return nil
        case (_, .quantitative): orientation = .vertical
        case (.quantitative, _): orientation = .horizontal
        default:
            log.error(y.channel.location, y.channel.path,
                      "bars need a quantitative value on x or y; \"\(x.name)\" and \"\(y.name)\" are both categories")
            return nil
        }
        let (cat, val) = orientation == .vertical ? (x, y) : (y, x)
        var ok = true
        var valueColors: ValueColors?
        if let color = layer.color, color.type == .quantitative {
            if layer.mark.type == .bar, let style {
                valueColors = ValueColors.build(layer, style: style, log: log)
                ok = ok && valueColors != nil
            } else if layer.mark.type != .bar {
                log.error(color.channel.type?.location ?? color.channel.location, color.channel.path,
                          "a colour field must name categories (nominal or ordinal) to split series")
                ok = false
            }
        }
        if cat.channel.stack != nil {
            log.error(cat.channel.location, "\(cat.channel.path).stack", "belongs on the value channel \"\(orientation == .vertical ? "y" : "x")\"")
            ok = false
        }
        // A value's "ascending" or "descending" is the direction of its axis (ScaleReverse).
        if let s = val.channel.sort, ![.dataOrder, .ascending, .descending].contains(s) {
            log.error(val.channel.sortLocation ?? val.channel.location, "\(val.channel.path).sort",
                      "belongs on the category channel; to order bars by value write \"sort\": \"-\(orientation == .vertical ? "y" : "x")\" on \(cat.channel.path)")
            ok = false
        }
        if case .byChannel(let ch, _)? = cat.channel.sort, ch != "x", ch != "y" {
            log.error(cat.channel.sortLocation ?? cat.channel.location, "\(cat.channel.path).sort", "can sort by \"x\" or \"y\" (with \"-\" for descending)")
            ok = false
        }
        if let domain = val.channel.scale?.domain {
            let numbers = domain.compactMap { n -> Double? in if case .number(let v) = n.value { return v } else { return nil } }
            if numbers.count != 2 || numbers[0] >= numbers[1] {
                log.error(val.channel.scale?.domainLocation ?? val.channel.location, "\(val.channel.path).scale.domain",
                          "must be two ascending numbers [min, max] for the value axis")
                ok = false
            }
        }
        let value2 = orientation == .vertical ? layer.y2 : layer.x2
        if let wrong = orientation == .vertical ? layer.x2 : layer.y2 {
            log.error(wrong.channel.location, wrong.channel.path, "spans the value axis; on these bars it is \(orientation == .vertical ? "y2" : "x2")")
            ok = false
        }
        if let v2 = value2, v2.type != .quantitative {
            log.error(v2.channel.type?.location ?? v2.channel.location, v2.channel.path, "must be quantitative, like \(orientation == .vertical ? "y" : "x")")
            ok = false
        }
        if let detail = layer.detail {
            log.error(detail.channel.location, detail.channel.path, "splits lines, areas and stacks; a bar chart without a colour field has nothing to split (use color to stack)")
            ok = false
        }
        guard ok else { return nil }

        let table = layer.table
        guard case .success(let numbers) = table.numbers(column: val.column) else { return nil }
        var bases: [Double?] = []
        if let v2 = value2 {
            guard case .success(let b) = table.numbers(column: v2.column) else { return nil }
            bases = b
        }
        var data: [BarDatum] = []
        // The colour field that splits bars into series: a categorical one.
        let seriesField = layer.color?.type == .quantitative ? nil : layer.color
        var categoryOrder: [String] = []
        var seenCategory = Set<String>()
        var seriesOrder: [String] = []
        var seenSeries = Set<String>()
        var seenPair: [String: Int] = [:]
        var nullCategory = false
        for (i, row) in table.rows.enumerated() {
            let written = row[cat.column].categoryText
            if written == nil { nullCategory = true }
            let c = written ?? MissingCategory.name
            var s: String?
            if let color = seriesField {
                guard let sv = row[color.column].categoryText else {
                    log.rowError(table.rowLocations[i], "row \(i + 1) has no value in column \"\(color.name)\" (the colour group)")
                    ok = false
                    continue
                }
                s = sv
                if seenSeries.insert(sv).inserted { seriesOrder.append(sv) }
            }
            if seenCategory.insert(c).inserted { categoryOrder.append(c) }
            let key = s.map { "\(c)\u{1F}\($0)" } ?? c
            // Only bars take one row each: points and ticks of a strip plot share their band
            // (the model keeps just the bands for them).
            if let first = seenPair[key], layer.mark.type == .bar {
                let what = s.map { "\"\(Quote.short(c))\" / \"\(Quote.short($0))\"" } ?? "\"\(Quote.short(c))\""
                log.rowError(table.rowLocations[i], "\(what) appears twice (rows \(first + 1) and \(i + 1)); each bar takes one row\(layer.color == nil ? " (add a color field to group bars)" : "")")
                ok = false
                continue
            }
            seenPair[key] = i
            // A missing value draws no bar, but keeps its category on the axis.
            // A span with a missing end is not drawn either.
            if let v = numbers[i], bases.isEmpty || bases[i] != nil {
                data.append(BarDatum(category: c, series: s, value: v, row: i, base: bases.isEmpty ? nil : bases[i]))
            }
        }
        guard ok else { return nil }
        if table.rows.isEmpty {
            log.error(table.rowLocations.first ?? layer.mark.location, "", "\(table.label) has no rows to draw")
            return nil
        }
        // The bands of points or ticks (a strip plot) are not grouped: their offsets are theirs.
        let grouping = layer.mark.type == .bar ? BarGrouping.of(layer, value: val, vertical: orientation == .vertical, log: log)
            : BarGrouping(stack: nil, grouped: false)
        guard let grouping else { return nil }
        // Bars that span value2 to value do not stack (Vega-Lite's rule).
        let stack = seriesField == nil || value2 != nil ? nil : grouping.stack
        if stack == .normalize, let neg = data.first(where: { $0.value < 0 }) {
            log.rowError(table.rowLocations[neg.row], "\"stack\": \"normalize\" shows shares of a total, but row \(neg.row + 1) is negative (\(Format.plain(neg.value)))")
            return nil
        }

        var categories = order(categoryOrder, by: cat.channel.sort, field: cat, data: data, valueChannel: orientation == .vertical ? "y" : "x")
        if nullCategory { categories = MissingCategory.placed(categories, by: cat.channel.sort) }
        var seriesNames = seriesOrder
        if let color = seriesField {
            if let domain = color.channel.scale?.domain {
                seriesNames = orderedByDomain(seriesOrder, domain: domain)
            } else {
                seriesNames = order(seriesOrder, by: color.channel.sort, field: color, data: [], valueChannel: "")
            }
        }
        var colors: [String: Color] = [:]
        if let color = seriesField, color.channel.scale?.disabled == true {
            colors = valuesAsColors(seriesNames, field: color, log: log)
        } else if let color = seriesField {
            let palette: [Color]
            if let range = color.channel.scale?.range, !range.isEmpty {
                palette = range.compactMap { c in
                    guard let parsed = Color(parsing: c.value) else {
                        log.error(c.location, c.path, "\"\(c.value)\" is not a colour (use \"#rrggbb\")")
                        return nil
                    }
                    return parsed
                }
            } else {
                palette = SchemePalette.colors(color, count: paletteSlots(seriesNames, domain: color.channel.scale?.domain).count)
                    ?? style?.category ?? []
            }
            let slots = paletteSlots(seriesNames, domain: color.channel.scale?.domain)
            for s in seriesNames where !palette.isEmpty {
                colors[s] = palette[slots[s]! % palette.count]
            }
        }
        return BarModel(orientation: orientation, category: cat, value: val, series: seriesField, categories: categories,
                        seriesNames: seriesNames, data: data, stack: stack, grouped: grouping.grouped, seriesColors: colors,
                        valueColors: valueColors)
    }

    /// Series in the order a colour scale's `domain` lists them, the unlisted ones after, in
    /// data order.
    static func orderedByDomain(_ names: [String], domain: [JSONNode]) -> [String] {
        let listed = domainNames(domain)
        let present = Set(names)
        return listed.filter(present.contains) + names.filter { !listed.contains($0) }
    }

    /// The values a colour scale's `domain` lists, as text.
    static func domainNames(_ domain: [JSONNode]) -> [String] {
        domain.compactMap { n -> String? in
            switch n.value {
            case .string(let s): return s
            case .number(let v): return Format.plain(v)
            default: return nil
            }
        }
    }

    /// The palette slot of each series: its place in the colour scale's domain when one is
    /// given (so a series keeps its colour in a panel where others are missing), else its
    /// place among the series present.
    static func paletteSlots(_ names: [String], domain: [JSONNode]?) -> [String: Int] {
        let listed = domain.map(domainNames) ?? []
        var slots: [String: Int] = [:]
        var next = listed.count
        for (i, n) in names.enumerated() {
            if let k = listed.firstIndex(of: n) { slots[n] = k } else { slots[n] = domain == nil ? i : next; next += 1 }
        }
        return slots
    }

    /// Orders category values by a sort spec. Numeric-looking categories (years) sort as numbers.
    /// Without one, every band field goes ascending, names included, as in Vega-Lite;
    /// `"sort": null` keeps the data's order.
    static func order(_ values: [String], by sort: SortSpec?, field: Field, data: [BarDatum], valueChannel: String) -> [String] {
        let compare = CategoryOrder.ascending
        switch sort ?? .ascending {
        // A sort by a field is settled into an explicit order when the chart is resolved.
        case .dataOrder, .byField: return values
        case .ascending: return values.sorted(by: compare)
        case .descending: return values.sorted { compare($1, $0) }
        case .byChannel(let ch, let descending):
            if ch == valueChannel {
                var totals: [String: Double] = [:]
                for d in data { totals[d.category, default: 0] += d.value }
                // Stable: equal totals keep the data order.
                let indexed = values.enumerated().map { ($0.offset, $0.element, totals[$0.element] ?? -.infinity) }
                return indexed.sorted { a, b in
                    if a.2 != b.2 { return descending ? a.2 > b.2 : a.2 < b.2 }
                    return a.0 < b.0
                }.map(\.1)
            }
            return descending ? values.sorted { compare($1, $0) } : values.sorted(by: compare)
        case .explicit(let written):
            let listed = field.channel.timeUnit?.value == "day" ? TimeUnitCategories.daySort(written) : written
            let present = Set(values)
            return listed.filter(present.contains) + values.filter { !listed.contains($0) }
        }
    }
}
