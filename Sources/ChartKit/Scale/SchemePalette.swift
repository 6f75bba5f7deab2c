import Foundation

// The colours a category colour field (nominal or ordinal) deals to its series when its scale
// names a Vega `scheme`: Vega's ordinal range for that scheme (VegaScheme.ordinalColors), sized
// by `scheme.count` or else by the number of categories, as vega-encode sizes it.

enum SchemePalette {
    /// The scheme's palette for `count` categories, or nil when the field's scale names none
    /// (the listed `range` or the style's palette applies then).
    static func colors(_ field: Field?, count: Int) -> [Color]? {
        guard let scale = field?.channel.scale, let name = scale.scheme,
              let scheme = VegaSchemes.named(name.value) else { return nil }
        let extent = scale.schemeExtent.map { ($0[0], $0[1]) }
        return scheme.ordinalColors(scale.schemeCount ?? max(1, count), extent: extent)
    }
}
