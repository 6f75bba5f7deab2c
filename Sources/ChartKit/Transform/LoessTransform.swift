import Foundation

// `loess`: a locally weighted regression per group (Vega's loess, vega-statistics
// regression/loess.js, after science.js): for each point sorted by x, a linear fit over its
// `bandwidth` · n nearest neighbours weighted by the tricube kernel, repeated twice more with
// robustness weights from the residuals. One output point per distinct x (repeated x averaged).
// Ported operation for operation, so the curve is Vega's.

enum LoessTransform {
    static func run(_ p: LoessParams, at location: SourceLocation, _ t: DataTable) throws(ChartError) -> DataTable {
        let xs = try GeneratedTable.numbers(t, p.x), ys = try GeneratedTable.numbers(t, p.y)
        var out = try GeneratedTable(t, groupby: p.groupby)
        for g in 0..<out.groups.count {
            // Sorted by x, ties in table order (JavaScript's sort is stable).
            let points = out.groups.rows(of: g).compactMap { r in xs[r].flatMap { x in ys[r].map { (x, $0) } } }
                .enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element)
            for (x, y) in smooth(points, bandwidth: p.bandwidth) {
                out.append(group: g, [RegressionTransform.number(x), RegressionTransform.number(y)], at: location)
            }
        }
        let names = p.alias ?? (p.x.value, p.y.value)
        return out.table([names.0, names.1])
    }

    static let iterations = 2
    static let epsilon = 1e-12

    /// The smoothed points of points sorted by x.
    static func smooth(_ points: [(Double, Double)], bandwidth: Double) -> [(Double, Double)] {
        let c = RegressionModel.centred(points)
        let n = c.x.count
        guard n >= 2 else { return points.map { ($0.0, .nan) } }
        let xv = c.x, yv = c.y
        let bw = max(2, Int(bandwidth * Double(n)))
        var yhat = [Double](repeating: 0, count: n)
        var residuals = [Double](repeating: 0, count: n)
        var robust = [Double](repeating: 1, count: n)
        for iteration in 0...iterations {
            var interval = (0, bw - 1)
            for i in 0..<n {
                yhat[i] = fit(at: i, xv, yv, robust, interval)
                residuals[i] = abs(yv[i] - yhat[i])
                advance(xv, i + 1, &interval)
            }
            if iteration == iterations { break }
            let median = AggregateOps.quantile(residuals.sorted(), 0.5)
            if abs(median) < epsilon { break }
            for i in 0..<n {
                let arg = residuals[i] / (6 * median)
                // Tiny rather than zero weights for outliers keep the fit from becoming singular.
                robust[i] = arg >= 1 ? epsilon : (1 - arg * arg) * (1 - arg * arg)
            }
        }
        return averaged(xv, yhat, c.ux, c.uy)
    }

    /// The local linear fit at point i over the neighbours in `interval`.
    private static func fit(at i: Int, _ xv: [Double], _ yv: [Double], _ robust: [Double], _ interval: (Int, Int)) -> Double {
        let dx = xv[i], (i0, i1) = interval
        let edge = dx - xv[i0] > xv[i1] - dx ? i0 : i1
        let span = abs(xv[edge] - dx)
        let denom = 1 / (span == 0 || span.isNaN ? 1 : span)  // JavaScript's `|| 1`
        var W = 0.0, X = 0.0, Y = 0.0, XY = 0.0, X2 = 0.0
        for k in i0...i1 {
            let xk = xv[k], yk = yv[k]
            let w = tricube(abs(dx - xk) * denom) * robust[k], xkw = xk * w
            W += w
            X += xkw
            Y += yk * w
            XY += yk * xkw
            X2 += xk * xkw
        }
        let (a, b) = RegressionModel.ols(X / W, Y / W, XY / W, X2 / W)
        return a + b * dx
    }

    private static func tricube(_ x: Double) -> Double {
        let u = 1 - x * x * x
        return u * u * u
    }

    /// Slides the window of nearest neighbours right while the next point is no farther than
    /// the leftmost (moving on ties, so duplicate x values are passed).
    private static func advance(_ xv: [Double], _ i: Int, _ interval: inout (Int, Int)) {
        var left = interval.0, right = interval.1 + 1
        guard right < xv.count, i < xv.count else { return }
        let val = xv[i]
        while i > left && right < xv.count && xv[right] - val <= val - xv[left] {
            left += 1
            interval = (left, right)
            right += 1
        }
    }

    /// The fitted points back at the data's means, one per distinct x (repeats averaged).
    private static func averaged(_ xv: [Double], _ yhat: [Double], _ ux: Double, _ uy: Double) -> [(Double, Double)] {
        var out: [(Double, Double)] = []
        var count = 0.0
        for i in xv.indices {
            let v = xv[i] + ux
            if let last = out.last, last.0 == v {
                count += 1
                out[out.count - 1].1 += (yhat[i] - last.1) / count
            } else {
                count = 0
                out.append((v, yhat[i]))
            }
        }
        return out.map { ($0.0, $0.1 + uy) }
    }
}
