// A layer's offset datum (`"xOffset": {"datum": …}`, made a constant column by ColorDatum):
// the layer's own value on an offset scale whose domain is every layer's datum, so repeated
// bar layers stand side by side in each band, in layer order, as Vega-Lite draws them.

enum OffsetDatums {
    /// The layer's datum and the datums of all layers; nil when its xOffset is no datum.
    static func of(_ layer: ResolvedLayer) -> (value: String, domain: [String])? {
        guard let f = layer.xOffset, f.name == ColorDatum.offsetColumn("xOffset"),
              let value = layer.table.rows.first?[f.column].categoryText,
              let domain = f.channel.scale?.domain else { return nil }
        return (value, BarModel.domainNames(domain))
    }
}
