// Symbols on a binned axis. Vega-Lite draws a point, circle, square, tick or text whose x (or
// y) is binned, and the vertices of a line or area, at the centre of its bin (`0.5 * bin_start + 0.5 * bin_end`), and the axis spans
// the bins themselves: a circle per bin of a two-dimensional histogram sits in the middle of
// its cell, not on the cell's corner.

enum BinnedSymbols {
    static let marks: Set<MarkType> = [.point, .circle, .square, .tick, .text, .line, .area]

    /// The layer draws symbols on a binned x whose bin ends are in x2.
    static func centresX(_ layer: ResolvedLayer) -> Bool {
        marks.contains(layer.mark.type) && layer.x?.channel.bin != nil && layer.x2 != nil
    }

    /// The layer draws symbols on a binned y whose bin ends are in y2.
    static func centresY(_ layer: ResolvedLayer) -> Bool {
        marks.contains(layer.mark.type) && layer.y?.channel.bin != nil && layer.y2 != nil
    }

    /// The bin ends of each row (nil where the row has none), read from x2 or y2.
    static func ends(_ field: Field?, in table: DataTable) -> [Double?]? {
        guard let field, case .success(let v) = table.numbers(column: field.column) else { return nil }
        return v
    }

    /// The bin a row stands for, from its start and end; nil when either is missing.
    static func bin(_ start: Double?, _ end: Double?) -> ClosedRange<Double>? {
        guard let start, let end else { return nil }
        return min(start, end)...max(start, end)
    }
}
