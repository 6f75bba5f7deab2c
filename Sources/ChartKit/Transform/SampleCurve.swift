import Foundation

// Vega's sampleCurve (vega-statistics/src/sampleCurve.js): the points at which a density or a
// fitted curve is drawn. With as many minimum as maximum steps, a uniform grid of steps + 1
// points; otherwise `minSteps` uniform points refined by halving any interval whose midpoint
// turns the curve by more than half a degree (in the plot's unit square), down to intervals
// of span / maxSteps. Ported step for step so the points are Vega's.

enum SampleCurve {
    static let minRadians = 0.5 * Double.pi / 180

    static func sample(_ f: (Double) -> Double, extent: (Double, Double), minSteps: Int, maxSteps: Int) -> [(Double, Double)] {
        let minSteps = minSteps > 0 ? minSteps : 25
        let maxSteps = max(minSteps, maxSteps > 0 ? maxSteps : 200)
        func point(_ x: Double) -> (Double, Double) { (x, f(x)) }
        let (minX, maxX) = extent
        let span = maxX - minX
        let stop = span / Double(maxSteps)
        var prev = [point(minX)]
        if minSteps == maxSteps {
            for i in 1..<maxSteps { prev.append(point(minX + Double(i) / Double(minSteps) * span)) }
            prev.append(point(maxX))
            return prev
        }
        // A stack of points still to visit, the next one last.
        var next = [point(maxX)]
        for i in stride(from: minSteps - 1, to: 0, by: -1) { next.append(point(minX + Double(i) / Double(minSteps) * span)) }
        var p0 = prev[0]
        let sx = 1 / span
        let sy = scaleY(p0.1, next)
        while let p1 = next.last {
            let pm = point((p0.0 + p1.0) / 2)
            if pm.0 - p0.0 >= stop && angleDelta(p0, pm, p1, sx, sy) > minRadians {
                next.append(pm)
            } else {
                p0 = p1
                prev.append(p1)
                next.removeLast()
            }
        }
        return prev
    }

    private static func scaleY(_ initial: Double, _ points: [(Double, Double)]) -> Double {
        var lo = initial, hi = initial
        for (_, y) in points {
            if y < lo { lo = y }
            if y > hi { hi = y }
        }
        return 1 / (hi - lo)
    }

    private static func angleDelta(_ p: (Double, Double), _ q: (Double, Double), _ r: (Double, Double), _ sx: Double, _ sy: Double) -> Double {
        let a0 = atan2(sy * (r.1 - p.1), sx * (r.0 - p.0))
        let a1 = atan2(sy * (q.1 - p.1), sx * (q.0 - p.0))
        return abs(a0 - a1)
    }
}
