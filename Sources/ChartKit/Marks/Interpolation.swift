// Vega-Lite's `interpolate`: how a line or an area's edge goes from one point to the next.
// Vega draws them with d3-shape's curves; each generator here follows its d3 counterpart
// (curveStep…, curveMonotoneX, curveBasis, curveCardinal, curveNatural) command for command,
// so a curve passes where Vega's does.

public enum Interpolation: String, Sendable, CaseIterable {
    case linear
    /// Straight lines, the last point joined back to the first.
    case linearClosed = "linear-closed"
    case step
    case stepBefore = "step-before"
    case stepAfter = "step-after"
    case monotone
    case basis
    case cardinal
    case natural

    /// Vega-Lite values with no generator here: named in the error, not drawn as straight lines.
    static let unsupported = ["basis-open", "basis-closed", "cardinal-open", "cardinal-closed", "bundle", "catmull-rom"]

    /// The path through `points` (in page coordinates, in drawing order), starting with a move
    /// unless `continuing` (an area's lower edge goes on from its upper one with a line).
    /// `tension` is the cardinal spline's (0, d3's default, to 1, straight lines).
    func path(_ points: [Point], tension: Double = 0, continuing: Bool = false) -> [PathCommand] {
        guard let first = points.first else { return [] }
        var out: [PathCommand] = [continuing ? .line(first) : .move(first)]
        guard points.count > 1 else { return out }
        switch self {
        case .linear: out += points.dropFirst().map { .line($0) }
        case .linearClosed: out += points.dropFirst().map { .line($0) } + [.close]
        case .step: out += Self.steps(points, t: 0.5)
        case .stepBefore: out += Self.steps(points, t: 0)
        case .stepAfter: out += Self.steps(points, t: 1)
        case .monotone: out += Self.monotoneX(points)
        case .basis: out += Self.basis(points)
        case .cardinal: out += Self.cardinal(points, tension: tension)
        case .natural: out += Self.natural(points)
        }
        return out
    }

    /// d3.curveStep (t = 0.5), curveStepBefore (0), curveStepAfter (1): the change of value
    /// happens at that fraction of the way to the next x.
    static func steps(_ p: [Point], t: Double) -> [PathCommand] {
        var out: [PathCommand] = []
        for i in 1..<p.count {
            let a = p[i - 1], b = p[i]
            if t <= 0 {
                out += [.line(Point(a.x, b.y)), .line(b)]
            } else {
                let x = a.x * (1 - t) + b.x * t
                out += [.line(Point(x, a.y)), .line(Point(x, b.y))]
            }
        }
        // Between the ends, the last level runs on to the last point.
        if t > 0 && t < 1 { out.append(.line(p[p.count - 1])) }
        return out
    }

    /// d3.curveMonotoneX (Steffen's method as d3 has it): a cubic through every point that
    /// keeps the data's monotonicity between points, with no overshoot.
    static func monotoneX(_ input: [Point]) -> [PathCommand] {
        // d3 skips a point that repeats the one before it.
        var p: [Point] = []
        for q in input where p.last != q { p.append(q) }
        guard p.count > 1 else { return [] }
        if p.count == 2 { return [.line(p[1])] }
        func sign(_ v: Double) -> Double { v < 0 ? -1 : 1 }
        /// The tangent at b between a and c (d3's slope3); 0 where it is not a number.
        func slope3(_ a: Point, _ b: Point, _ c: Point) -> Double {
            let h0 = b.x - a.x, h1 = c.x - b.x
            let s0 = (b.y - a.y) / (h0 != 0 ? h0 : (h1 < 0 ? -0.0 : 0.0))
            let s1 = (c.y - b.y) / (h1 != 0 ? h1 : (h0 < 0 ? -0.0 : 0.0))
            let q = (s0 * h1 + s1 * h0) / (h0 + h1)
            let bounds = [abs(s0), abs(s1), 0.5 * abs(q)]
            // JavaScript's Math.min is NaN when any bound is; d3 then takes 0.
            guard !bounds.contains(where: \.isNaN) else { return 0 }
            let v = (sign(s0) + sign(s1)) * bounds.min()!
            return v.isNaN ? 0 : v
        }
        /// The one-sided tangent at an end (d3's slope2).
        func slope2(_ a: Point, _ b: Point, _ t: Double) -> Double {
            let h = b.x - a.x
            return h != 0 ? (3 * (b.y - a.y) / h - t) / 2 : t
        }
        func segment(_ a: Point, _ b: Point, _ t0: Double, _ t1: Double) -> PathCommand {
            let dx = (b.x - a.x) / 3
            return .curve(Point(a.x + dx, a.y + dx * t0), Point(b.x - dx, b.y - dx * t1), b)
        }
        var out: [PathCommand] = []
        var t0 = 0.0
        for i in 2..<p.count {
            let t1 = slope3(p[i - 2], p[i - 1], p[i])
            out.append(segment(p[i - 2], p[i - 1], i == 2 ? slope2(p[0], p[1], t1) : t0, t1))
            t0 = t1
        }
        let n = p.count
        out.append(segment(p[n - 2], p[n - 1], t0, slope2(p[n - 2], p[n - 1], t0)))
        return out
    }

    /// d3.curveBasis: a cubic B-spline, clamped to the first and last points.
    static func basis(_ p: [Point]) -> [PathCommand] {
        if p.count == 2 { return [.line(p[1])] }
        func piece(_ a: Point, _ b: Point, _ c: Point) -> PathCommand {
            .curve(Point((2 * a.x + b.x) / 3, (2 * a.y + b.y) / 3), Point((a.x + 2 * b.x) / 3, (a.y + 2 * b.y) / 3),
                   Point((a.x + 4 * b.x + c.x) / 6, (a.y + 4 * b.y + c.y) / 6))
        }
        var out: [PathCommand] = [.line(Point((5 * p[0].x + p[1].x) / 6, (5 * p[0].y + p[1].y) / 6))]
        for i in 2..<p.count { out.append(piece(p[i - 2], p[i - 1], p[i])) }
        let n = p.count
        out.append(piece(p[n - 2], p[n - 1], p[n - 1]))
        out.append(.line(p[n - 1]))
        return out
    }

    /// d3.curveCardinal: tangents from the neighbours scaled by (1 - tension), one-sided at
    /// the ends.
    static func cardinal(_ p: [Point], tension: Double) -> [PathCommand] {
        if p.count == 2 { return [.line(p[1])] }
        let k = (1 - tension) / 6
        /// The piece from b to c, with a before and d after.
        func piece(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> PathCommand {
            .curve(Point(b.x + k * (c.x - a.x), b.y + k * (c.y - a.y)), Point(c.x + k * (b.x - d.x), c.y + k * (b.y - d.y)), c)
        }
        var out: [PathCommand] = []
        let n = p.count
        for i in 1..<n {
            // d3 reflects the missing neighbour at each end onto the segment's other point.
            let a = i == 1 ? p[1] : p[i - 2]
            let d = i == n - 1 ? p[n - 2] : p[i + 1]
            out.append(piece(a, p[i - 1], p[i], d))
        }
        return out
    }

    /// d3.curveNatural: the natural cubic spline (second derivative zero at the ends), its
    /// control points from the tridiagonal system solved per axis.
    static func natural(_ p: [Point]) -> [PathCommand] {
        if p.count == 2 { return [.line(p[1])] }
        let (ax, bx) = naturalControls(p.map(\.x)), (ay, by) = naturalControls(p.map(\.y))
        return (1..<p.count).map { i in .curve(Point(ax[i - 1], ay[i - 1]), Point(bx[i - 1], by[i - 1]), p[i]) }
    }

    /// d3's controlPoints: the first and second control values of each of the n - 1 pieces.
    static func naturalControls(_ x: [Double]) -> ([Double], [Double]) {
        let n = x.count - 1
        var a = [Double](repeating: 1, count: n), b = [Double](repeating: 4, count: n), r = [Double](repeating: 0, count: n)
        a[0] = 0; b[0] = 2; r[0] = x[0] + 2 * x[1]
        for i in stride(from: 1, to: n - 1, by: 1) { r[i] = 4 * x[i] + 2 * x[i + 1] }
        a[n - 1] = 2; b[n - 1] = 7; r[n - 1] = 8 * x[n - 1] + x[n]
        for i in stride(from: 1, to: n, by: 1) {
            let m = a[i] / b[i - 1]
            b[i] -= m
            r[i] -= m * r[i - 1]
        }
        a[n - 1] = r[n - 1] / b[n - 1]
        for i in stride(from: n - 2, through: 0, by: -1) { a[i] = (r[i] - a[i + 1]) / b[i] }
        b[n - 1] = (x[n] + a[n - 1]) / 2
        for i in stride(from: 0, to: n - 1, by: 1) { b[i] = 2 * x[i + 1] - a[i + 1] }
        return (a, b)
    }
}
