// Vega-Lite's `spacing` beside a facet, concatenation or repeat: the gap in pixels between its
// panels, one number for both directions or {"row": …, "column": …}. Without it the figure
// keeps its own gaps (FacetCompiler, ConcatCompiler).

public struct PanelSpacing: Sendable, Equatable {
    /// Between rows (one panel above another) and between columns (side by side).
    public var row: Double?
    public var column: Double?

    static func decode(_ node: JSONNode, path: String, log: DiagnosticLog) -> PanelSpacing? {
        if case .number(let v) = node.value {
            guard v >= 0 && v <= 1000 else {
                log.error(node.location, path, "must be from 0 to 1000 pixels, found \(Format.plain(v))")
                return nil
            }
            return PanelSpacing(row: v, column: v)
        }
        guard let r = ObjectReader(node, path: path, log: log, keys: ["row", "column"], what: "a number of pixels or {\"row\": …, \"column\": …}") else { return nil }
        return PanelSpacing(row: r.number("row", min: 0, max: 1000), column: r.number("column", min: 0, max: 1000))
    }
}
