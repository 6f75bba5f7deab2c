// Vega-Lite's rounded bar corners: `cornerRadius` for all four, `cornerRadiusEnd` for the two
// at the value's end (the top of a vertical bar, the right of a horizontal one), and
// `cornerRadiusTopLeft`… for one corner, the most specific winning. Vega clamps a radius to
// half the bar's shorter side.

import Foundation

struct CornerRadii: Equatable {
    var topLeft = 0.0, topRight = 0.0, bottomRight = 0.0, bottomLeft = 0.0

    var isZero: Bool { self == CornerRadii() }

    /// A bar mark's radii; `vertical`: the bar grows up or down from its base.
    init(_ p: MarkProperties, vertical: Bool) {
        let all = p.cornerRadius ?? 0
        let end = p.cornerRadiusEnd
        topLeft = p.cornerRadiusTopLeft ?? (vertical ? end : nil) ?? all
        topRight = p.cornerRadiusTopRight ?? end ?? all
        bottomRight = p.cornerRadiusBottomRight ?? (vertical ? nil : end) ?? all
        bottomLeft = p.cornerRadiusBottomLeft ?? all
    }

    init() {}

    /// The rectangle's outline with these corners, each at most half the shorter side.
    func path(_ r: Rect) -> [PathCommand] {
        let limit = min(r.width, r.height) / 2
        let tl = min(topLeft, limit), tr = min(topRight, limit), br = min(bottomRight, limit), bl = min(bottomLeft, limit)
        // Control points of a quarter circle's cubic: the radius times 4(√2 − 1)/3.
        let k = 1 - 0.5522847498
        var out: [PathCommand] = [.move(Point(r.minX + tl, r.minY)), .line(Point(r.maxX - tr, r.minY))]
        if tr > 0 { out.append(.curve(Point(r.maxX - tr * k, r.minY), Point(r.maxX, r.minY + tr * k), Point(r.maxX, r.minY + tr))) }
        out.append(.line(Point(r.maxX, r.maxY - br)))
        if br > 0 { out.append(.curve(Point(r.maxX, r.maxY - br * k), Point(r.maxX - br * k, r.maxY), Point(r.maxX - br, r.maxY))) }
        out.append(.line(Point(r.minX + bl, r.maxY)))
        if bl > 0 { out.append(.curve(Point(r.minX + bl * k, r.maxY), Point(r.minX, r.maxY - bl * k), Point(r.minX, r.maxY - bl))) }
        out.append(.line(Point(r.minX, r.minY + tl)))
        if tl > 0 { out.append(.curve(Point(r.minX, r.minY + tl * k), Point(r.minX + tl * k, r.minY), Point(r.minX + tl, r.minY))) }
        out.append(.close)
        return out
    }
}

/// A bar as a scene node: a rectangle, or its rounded outline when the mark rounds corners.
func barNode(_ rect: Rect, fill: Color?, stroke: Stroke?, role: Role, mark: MarkSpec, vertical: Bool) -> SceneNode {
    let radii = CornerRadii(mark.props, vertical: vertical)
    return radii.isZero ? .rect(rect, fill: fill, stroke: stroke, role: role) : .path(radii.path(rect), fill: fill, stroke: stroke, role: role)
}
