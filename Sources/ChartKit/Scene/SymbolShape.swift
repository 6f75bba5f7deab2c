import Foundation

// Vega's symbol shapes, with Vega's geometry (vega-scenegraph's path/symbols): every shape is
// sized by the area of its bounding square, `d` = √size being the square's side, so a circle
// has diameter d and a square side d. Used by point marks with a shape channel and by legends.

public enum SymbolShape: String, Sendable, CaseIterable {
    case circle, square, cross, diamond
    case triangleUp = "triangle-up", triangleDown = "triangle-down"
    case triangleRight = "triangle-right", triangleLeft = "triangle-left"

    /// Vega's default `symbol` range, the shapes an ordinal shape scale deals out in order.
    public static let palette: [SymbolShape] = [.circle, .square, .triangleUp, .cross, .diamond, .triangleRight, .triangleDown, .triangleLeft]

    /// The shape drawn centred at `c` with bounding side `d`.
    func node(at c: Point, side d: Double, fill: Color?, stroke: Stroke?, role: Role) -> SceneNode {
        let r = d / 2
        switch self {
        case .circle:
            return .circle(center: c, radius: r, fill: fill, stroke: stroke, role: role)
        case .square:
            return .rect(Rect(x: c.x - r, y: c.y - r, width: d, height: d), fill: fill, stroke: stroke, role: role)
        default:
            return .path(polygon(r).map { Point(c.x + $0.0, c.y + $0.1) }.enumerated().map { $0 == 0 ? .move($1) : .line($1) } + [.close],
                         fill: fill, stroke: stroke, role: role)
        }
    }

    /// The outline of a polygonal shape around the origin, y down (Vega's coordinates).
    private func polygon(_ r: Double) -> [(Double, Double)] {
        let h = 3.0.squareRoot() * r / 2  // half the height of Vega's equilateral triangles
        switch self {
        case .cross:
            let s = r / 2.5
            return [(-r, -s), (-r, s), (-s, s), (-s, r), (s, r), (s, s), (r, s), (r, -s), (s, -s), (s, -r), (-s, -r), (-s, -s)]
        case .diamond: return [(-r, 0), (0, -r), (r, 0), (0, r)]
        case .triangleUp: return [(0, -h), (-r, h), (r, h)]
        case .triangleDown: return [(0, h), (-r, -h), (r, -h)]
        case .triangleRight: return [(h, 0), (-h, -r), (-h, r)]
        case .triangleLeft: return [(-h, 0), (h, -r), (h, r)]
        case .circle, .square: return []
        }
    }
}
