// What map nodes mean in a scene, so tests can ask "34 regions, Hebei in the ≥ 15% class"
// without reading pixels.

/// A region as drawn: which feature, its value and the legend entry its fill stands for.
public struct RegionMark: Sendable, Hashable {
    /// The feature's code or id ("CN-NM" on the bundled map).
    public var id: String
    /// The name shown in messages and labels ("Inner Mongolia").
    public var name: String
    /// The matched data value; nil for a region without data.
    public var value: Double?
    /// A categorical value, for maps coloured by category.
    public var category: String?
    /// The legend entry its colour belongs to ("13–14%", a category, or the no-data label);
    /// nil on a continuous scale.
    public var legendClass: String?
    /// True when no data row matched the region (or its value is empty).
    public var noData: Bool
    /// Drawn in the inset rather than the main map.
    public var inInset: Bool = false
}

public struct GradientStop: Sendable, Equatable {
    public var offset: Double
    public var color: Color
}

extension Scene {
    /// The regions of the main map (not the inset), in drawing order, with their fills.
    public var regions: [(mark: RegionMark, fill: Color?, path: [PathCommand])] {
        leaves.compactMap {
            if case .path(let cmds, let fill, _, .region(let r)) = $0, !r.inInset { return (r, fill, cmds) }
            return nil
        }
    }
}
