import Foundation

// Vega's `poly` regression (vega-statistics regression/poly.js, after regression-js): orders 0,
// 1 and 2 are the constant, linear and quadratic fits; higher orders solve the normal
// equations of the mean-centred data by Gaussian elimination, Vega's loop order kept (the
// matrix is stored column by column) so rounding matches.

extension RegressionModel {
    static func polynomial(_ points: [(Double, Double)], order: Int) -> RegressionModel {
        switch order {
        case 0: return constant(points)
        case 1: return linear(points)
        case 2: return quadratic(points)
        default: break
        }
        let c = centred(points)
        let k = order + 1
        var lhs: [Double] = [], matrix: [[Double]] = []
        for i in 0..<k {
            var v = 0.0
            for l in c.x.indices { v += pow(c.x[l], Double(i)) * c.y[l] }
            lhs.append(v)
            var row = [Double](repeating: 0, count: k)
            for j in 0..<k {
                var s = 0.0
                for l in c.x.indices { s += pow(c.x[l], Double(i + j)) }
                row[j] = s
            }
            matrix.append(row)
        }
        matrix.append(lhs)
        let a = gaussianElimination(matrix)
        let ux = c.ux, uy = c.uy
        let predict = { (x0: Double) -> Double in
            let x = x0 - ux
            var y = uy + a[0] + a[1] * x + a[2] * x * x
            for i in 3..<k { y += a[i] * pow(x, Double(i)) }
            return y
        }
        return RegressionModel(coef: uncenter(a, -ux, uy), predict: predict, rSquared: rSquared(points, mean: uy, predict))
    }

    /// The mean of y as a horizontal line (order 0).
    static func constant(_ points: [(Double, Double)]) -> RegressionModel {
        var mean = 0.0
        for (i, (_, y)) in points.enumerated() { mean += (y - mean) / Double(i + 1) }
        return RegressionModel(coef: [mean], predict: { _ in mean }, rSquared: 0)
    }

    /// The coefficients of the centred polynomial, moved back to the data's x and y.
    private static func uncenter(_ a: [Double], _ x: Double, _ y: Double) -> [Double] {
        var z = [Double](repeating: 0, count: a.count)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            let v = a[i]
            var c = 1.0
            z[i] += v
            if i > 0 {
                for j in 1...i {
                    c *= Double(i + 1 - j) / Double(j)  // binomial coefficient
                    z[i - j] += v * pow(x, Double(j)) * c
                }
            }
        }
        z[0] += y
        return z
    }

    /// Solves the system whose columns are `matrix[0..<n]` and right-hand side `matrix[n]`.
    private static func gaussianElimination(_ input: [[Double]]) -> [Double] {
        var m = input
        let n = m.count - 1
        for i in 0..<n {
            var r = i
            for j in (i + 1)..<max(i + 1, n) where abs(m[i][j]) > abs(m[i][r]) { r = j }
            for k in i..<(n + 1) { m[k].swapAt(i, r) }
            for j in (i + 1)..<max(i + 1, n) {
                for k in stride(from: n, through: i, by: -1) { m[k][j] -= m[k][i] * m[i][j] / m[i][i] }
            }
        }
        var coef = [Double](repeating: 0, count: n)
        for j in stride(from: n - 1, through: 0, by: -1) {
            var t = 0.0
            for k in (j + 1)..<max(j + 1, n) { t += m[k][j] * coef[k] }
            coef[j] = (m[n][j] - t) / m[j][j]
        }
        return coef
    }
}
