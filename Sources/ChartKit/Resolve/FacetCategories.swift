// Small multiples share a discrete x or y as Vega-Lite does (resolve "shared" by default): every
// panel lays out the categories of the whole data, in the channel's order, so a category keeps
// its place and a band its width from panel to panel even where a panel lacks some of them.

extension ChartResolver {
    /// `panel`'s layer with its discrete x and y given the whole layer's categories as their
    /// domain, unless the spec gives a domain or resolves that axis independent.
    static func sharingCategories(_ panel: ResolvedLayer, whole: ResolvedLayer, resolve: FigureResolve) -> ResolvedLayer {
        var out = panel
        if resolve.sharedX { out.x = panel.x.map { categoriesShared($0, in: whole.table) } }
        if resolve.sharedY { out.y = panel.y.map { categoriesShared($0, in: whole.table) } }
        return out
    }

    private static func categoriesShared(_ field: Field, in table: DataTable) -> Field {
        guard field.type == .nominal || field.type == .ordinal, field.channel.scale?.domain == nil else { return field }
        var all: [String] = [], seen = Set<String>()
        field.collectValues(in: table, into: &all, seen: &seen)
        let names = BarModel.order(all, by: field.channel.sort, field: field, data: [], valueChannel: "")
        var f = field
        var scale = f.channel.scale ?? ScaleSpec()
        scale.domain = names.map { JSONNode(.string($0), at: f.channel.location) }
        f.channel.scale = scale
        return f
    }
}
