import Foundation

// Vega-Lite's trail mark: a line whose width follows the size channel, which Vega draws as one
// filled shape per segment (vega-scenegraph's trail path): a band from the first point's
// half-width to the second's, closed by half circles at both ends, all filled together.

enum TrailPath {
    /// The runs of a series' present points with their widths (a missing value breaks the
    /// trail, as it breaks a line, unless `joined`).
    static func runs(_ s: Series, xPos: (Double) -> Double, yScale: LinearScale, joined: Bool,
                     width: (SeriesPoint) -> Double) -> [[(Point, Double)]] {
        var runs: [[(Point, Double)]] = [[]]
        for p in s.points {
            if let y = p.y {
                runs[runs.count - 1].append((Point(xPos(p.x), yScale(y)), width(p)))
            } else if !joined && !runs[runs.count - 1].isEmpty {
                runs.append([])
            }
        }
        return runs.filter { $0.count > 1 }  // Vega draws nothing for a lone point
    }

    /// The path of one run: a closed shape per segment.
    static func commands(_ run: [(Point, Double)]) -> [PathCommand] {
        var cmds: [PathCommand] = []
        for (a, b) in zip(run, run.dropFirst()) {
            let (p1, r1) = (a.0, a.1 / 2), (p2, r2) = (b.0, b.1 / 2)
            var ux = p1.y - p2.y, uy = p2.x - p1.x
            let length = (ux * ux + uy * uy).squareRoot()
            guard length > 0 else {
                cmds += circle(p2, r2)
                continue
            }
            ux /= length; uy /= length
            let t = atan2(uy, ux)
            cmds.append(.move(Point(p1.x - ux * r1, p1.y - uy * r1)))
            cmds.append(.line(Point(p2.x - ux * r2, p2.y - uy * r2)))
            cmds += arc(p2, r2, from: t - .pi, to: t)
            cmds.append(.line(Point(p1.x + ux * r1, p1.y + uy * r1)))
            cmds += arc(p1, r1, from: t, to: t + .pi)
            cmds.append(.close)
        }
        return cmds
    }

    /// A whole circle, as a closed path.
    static func circle(_ c: Point, _ r: Double) -> [PathCommand] {
        [.move(Point(c.x + r, c.y))] + arc(c, r, from: 0, to: .pi) + arc(c, r, from: .pi, to: 2 * .pi) + [.close]
    }

    /// An arc from angle `a0` to `a1` (increasing: clockwise on the page), as cubic Béziers of
    /// at most a quarter turn each, from the current point at `a0`.
    static func arc(_ c: Point, _ r: Double, from a0: Double, to a1: Double) -> [PathCommand] {
        let parts = max(1, Int((abs(a1 - a0) / (.pi / 2)).rounded(.up)))
        let step = (a1 - a0) / Double(parts)
        let k = 4.0 / 3.0 * tan(step / 4)
        return (0..<parts).map { i in
            let s = a0 + Double(i) * step, e = s + step
            let p0 = Point(c.x + r * cos(s), c.y + r * sin(s)), p3 = Point(c.x + r * cos(e), c.y + r * sin(e))
            return .curve(Point(p0.x - k * r * sin(s), p0.y + k * r * cos(s)), Point(p3.x + k * r * sin(e), p3.y - k * r * cos(e)), p3)
        }
    }
}
