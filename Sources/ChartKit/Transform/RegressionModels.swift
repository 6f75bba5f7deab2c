import Foundation

// Vega's regression fits (vega-statistics/src/regression, adapted there from d3-regression),
// ported operation for operation so the fitted curves are Vega's: running means rather than
// sums, mean-centred data for exp, quad and poly, and Vega's R² (1 − SSE / SST, with the mean
// each method uses).

struct RegressionModel {
    var coef: [Double]
    var predict: (Double) -> Double
    var rSquared: Double

    /// Fits `method` to the points (pairs where both values are numbers, in table order).
    static func fit(_ method: RegressionMethod, order: Int, _ points: [(Double, Double)]) -> RegressionModel {
        switch method {
        case .linear: return linear(points)
        case .log: return logarithmic(points)
        case .exp: return exponential(points)
        case .pow: return power(points)
        case .quad: return quadratic(points)
        case .poly: return polynomial(points, order: order)
        }
    }

    /// Ordinary least squares from means: (intercept, slope).
    static func ols(_ uX: Double, _ uY: Double, _ uXY: Double, _ uX2: Double) -> (Double, Double) {
        let delta = uX2 - uX * uX
        let slope = abs(delta) < 1e-24 ? 0 : (uXY - uX * uY) / delta
        return (uY - slope * uX, slope)
    }

    static func rSquared(_ points: [(Double, Double)], mean uY: Double, _ predict: (Double) -> Double) -> Double {
        var sse = 0.0, sst = 0.0
        for (x, y) in points {
            let e = y - predict(x), d = y - uY
            sse += e * e
            sst += d * d
        }
        return 1 - sse / sst
    }

    /// The points moved so both means are 0, and the means (vega-statistics points.js).
    static func centred(_ points: [(Double, Double)]) -> (x: [Double], y: [Double], ux: Double, uy: Double) {
        var ux = 0.0, uy = 0.0
        for (i, (x, y)) in points.enumerated() {
            ux += (x - ux) / Double(i + 1)
            uy += (y - uy) / Double(i + 1)
        }
        return (points.map { $0.0 - ux }, points.map { $0.1 - uy }, ux, uy)
    }

    static func linear(_ points: [(Double, Double)], logX: Bool = false) -> RegressionModel {
        var X = 0.0, Y = 0.0, XY = 0.0, X2 = 0.0, n = 0.0
        for (x0, y) in points {
            let x = logX ? Foundation.log(x0) : x0
            n += 1
            X += (x - X) / n
            Y += (y - Y) / n
            XY += (x * y - XY) / n
            X2 += (x * x - X2) / n
        }
        let (a, b) = ols(X, Y, XY, X2)
        let predict = logX ? { (x: Double) in a + b * Foundation.log(x) } : { (x: Double) in a + b * x }
        return RegressionModel(coef: [a, b], predict: predict, rSquared: rSquared(points, mean: Y, predict))
    }

    static func logarithmic(_ points: [(Double, Double)]) -> RegressionModel { linear(points, logX: true) }

    static func exponential(_ points: [(Double, Double)]) -> RegressionModel {
        let c = centred(points)
        var YL = 0.0, XY = 0.0, XYL = 0.0, X2Y = 0.0, n = 0.0
        for (i, (_, y)) in points.enumerated() {
            let dx = c.x[i], ly = Foundation.log(y), xy = dx * y
            n += 1
            YL += (y * ly - YL) / n
            XY += (xy - XY) / n
            XYL += (xy * ly - XYL) / n
            X2Y += (dx * xy - X2Y) / n
        }
        let (c0, c1) = ols(XY / c.uy, YL / c.uy, XYL / c.uy, X2Y / c.uy)
        let ux = c.ux
        let predict = { (x: Double) in Foundation.exp(c0 + c1 * (x - ux)) }
        return RegressionModel(coef: [Foundation.exp(c0 - c1 * ux), c1], predict: predict, rSquared: rSquared(points, mean: c.uy, predict))
    }

    static func power(_ points: [(Double, Double)]) -> RegressionModel {
        var X = 0.0, Y = 0.0, XY = 0.0, X2 = 0.0, YS = 0.0, n = 0.0
        for (x, y) in points {
            let lx = Foundation.log(x), ly = Foundation.log(y)
            n += 1
            X += (lx - X) / n
            Y += (ly - Y) / n
            XY += (lx * ly - XY) / n
            X2 += (lx * lx - X2) / n
            YS += (y - YS) / n
        }
        let (a0, b) = ols(X, Y, XY, X2)
        let a = Foundation.exp(a0)
        let predict = { (x: Double) in a * Foundation.pow(x, b) }
        return RegressionModel(coef: [a, b], predict: predict, rSquared: rSquared(points, mean: YS, predict))
    }

    static func quadratic(_ points: [(Double, Double)]) -> RegressionModel {
        let c = centred(points)
        var X2 = 0.0, X3 = 0.0, X4 = 0.0, XY = 0.0, X2Y = 0.0
        for i in c.x.indices {
            let dx = c.x[i], dy = c.y[i], x2 = dx * dx, n = Double(i + 1)
            X2 += (x2 - X2) / n
            X3 += (x2 * dx - X3) / n
            X4 += (x2 * x2 - X4) / n
            XY += (dx * dy - XY) / n
            X2Y += (x2 * dy - X2Y) / n
        }
        let X2X2 = X4 - X2 * X2, d = X2 * X2X2 - X3 * X3
        let a = (X2Y * X2 - XY * X3) / d, b = (XY * X2X2 - X2Y * X3) / d, c0 = -a * X2
        let ux = c.ux, uy = c.uy
        let predict = { (x0: Double) -> Double in
            let x = x0 - ux
            return a * x * x + b * x + c0 + uy
        }
        return RegressionModel(coef: [c0 - b * ux + a * ux * ux + uy, b - 2 * a * ux, a], predict: predict,
                               rSquared: rSquared(points, mean: uy, predict))
    }
}
