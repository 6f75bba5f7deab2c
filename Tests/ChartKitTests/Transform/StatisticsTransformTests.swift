import Foundation
import Testing
@testable import ChartKit

/// density, quantile, regression and loess against numbers computed independently: numpy 2.4 /
/// scipy 1.17 one-offs (np.polyfit, np.quantile, scipy.stats.norm), with Vega's formulas where
/// Vega departs from the textbook (Scott's rule counting null rows, exp fitted by y-weighted
/// least squares on ln y), as noted at each test.
@Suite("Statistical transforms")
struct StatisticsTransformTests {
    static func numbers(_ t: DataTable, _ name: String) -> [Double?] {
        let c = t.columnIndex(name)!
        return t.rows.map { $0[c].number }
    }

    static func close(_ a: Double?, _ b: Double, _ tolerance: Double = 1e-9) -> Bool {
        guard let a else { return false }
        return abs(a - b) <= tolerance * max(1, abs(b))
    }

    static let sample = #"[{"v": 1}, {"v": 2}, {"v": 2}, {"v": 3}, {"v": 7}, {"v": null}]"#

    @Test("density: Vega's KDE with Scott's bandwidth, on a shared grid of 200 steps; counts and cumulative")
    func density() throws {
        // h = 1.06 · min(sd, IQR/1.34) · 6^-0.2 = 0.5528035417148313 (sd and IQR of the five
        // numbers, n counting the null row, which stays in the sum as 0, as in Vega);
        // density(x) = Σ φ((x − xᵢ)/h) / (h · 6) with scipy.stats.norm.
        let t = try TransformTests.table(Self.sample, #"[{"density": "v"}]"#, x: "value")
        #expect(t.columns == ["value", "density"])
        #expect(t.rows.count == 201)
        let x = Self.numbers(t, "value"), d = Self.numbers(t, "density")
        for (i, want, dens) in [(0, 1.0, 0.19071492223624517), (50, 2.5, 0.242731927958074), (100, 4.0, 0.02376712108295939), (200, 7.0, 0.12027849868857972)] {
            #expect(Self.close(x[i], want))
            #expect(Self.close(d[i], dens))
        }
        let c = try TransformTests.table(Self.sample, #"[{"density": "v", "cumulative": true, "counts": true, "steps": 4, "as": ["x", "cdf"]}]"#, x: "x")
        #expect(Self.numbers(c, "x") == [1, 2.5, 4, 5.5, 7])
        // 6 × Σ Φ((x − xᵢ)/h) / 6 at 2.5 and 7 (scipy: 0.6356328631874352, 0.9166666666666282).
        #expect(Self.close(Self.numbers(c, "cdf")[1], 6 * 0.6356328631874352))
        #expect(Self.close(Self.numbers(c, "cdf")[4], 6 * 0.9166666666666282))
    }

    @Test("density by group: one curve per group over the shared extent, or each over its own with resolve independent")
    func densityGroups() throws {
        let data = #"[{"g": "a", "v": 0}, {"g": "b", "v": 10}, {"g": "a", "v": 2}, {"g": "b", "v": 14}]"#
        var t = try TransformTests.table(data, #"[{"density": "v", "groupby": ["g"], "bandwidth": 1, "steps": 2}]"#, x: "value")
        #expect(t.columns == ["g", "value", "density"])
        #expect(TransformTests.column(t, "g") == ["a", "a", "a", "b", "b", "b"])
        #expect(Self.numbers(t, "value") == [0, 7, 14, 0, 7, 14])
        // Group a at 0: (φ(0) + φ(−2)) / 2 = (0.3989422804014327 + 0.05399096651318806) / 2.
        #expect(Self.close(Self.numbers(t, "density")[0], 0.22646662345731038))
        t = try TransformTests.table(data, #"[{"density": "v", "groupby": ["g"], "bandwidth": 1, "resolve": "independent", "minsteps": 2, "maxsteps": 2}]"#, x: "value")
        #expect(Self.numbers(t, "value") == [0, 1, 2, 10, 12, 14])
    }

    @Test("quantile: d3's R-7 quantiles at step/2, 3·step/2, … or at the given probs")
    func quantile() throws {
        let data = #"[{"v": 3}, {"v": 1}, {"v": 4}, {"v": 1}, {"v": 5}, {"v": 9}, {"v": 2}, {"v": 6}, {"v": null}]"#
        var t = try TransformTests.table(data, #"[{"quantile": "v", "step": 0.25}]"#, x: "prob")
        #expect(t.columns == ["prob", "value"])
        #expect(Self.numbers(t, "prob") == [0.125, 0.375, 0.625, 0.875])
        t = try TransformTests.table(data, #"[{"quantile": "v", "probs": [0.005, 0.255, 0.5, 0.995], "as": ["p", "q"]}]"#, x: "p")
        // np.quantile(…, method="linear"): 1.0, 1.785, 3.5, 8.895.
        let q = Self.numbers(t, "q")
        for (got, want) in zip(q, [1.0, 1.785, 3.5, 8.895]) { #expect(Self.close(got, want)) }
        t = try TransformTests.table(data, #"[{"quantile": "v"}]"#, x: "prob")
        #expect(t.rows.count == 100)
    }

    static let points = #"[{"x": 1, "y": 2.1}, {"x": 2, "y": 3.9}, {"x": 3, "y": 6.2}, {"x": 4, "y": 8.1}, {"x": 5, "y": 9.8}, {"x": 6, "y": 12.2}, {"x": null, "y": 1}]"#

    /// Every output point of a regression lies on `curve`, from x = 1 to x = 6.
    func expectOnCurve(_ method: String, _ curve: (Double) -> Double) throws {
        let t = try TransformTests.table(Self.points, #"[{"regression": "y", "on": "x", "method": "\#(method)", "order": 3}]"#, x: "x")
        #expect(t.columns == ["x", "y"])
        let xs = Self.numbers(t, "x"), ys = Self.numbers(t, "y")
        #expect(xs.first == 1 && xs.last == 6, "\(method)")
        for (x, y) in zip(xs, ys) { #expect(Self.close(y, curve(x!), 1e-9), "\(method) at \(x!)") }
    }

    @Test("regression: linear gives the ends of the extent; the others points along the fitted curve (np.polyfit)")
    func regression() throws {
        let linear = try TransformTests.table(Self.points, #"[{"regression": "y", "on": "x"}]"#, x: "x")
        #expect(Self.numbers(linear, "x") == [1, 6])
        #expect(Self.close(Self.numbers(linear, "y")[0], 2.0428571428571463))
        #expect(Self.close(Self.numbers(linear, "y")[1], 12.057142857142859))
        try expectOnCurve("quad") { 0.13999999999999782 + 1.9278571428571458 * $0 + 0.010714285714285184 * $0 * $0 }
        try expectOnCurve("poly") { -0.233333333333338 + 2.397486772486775 * $0 - 0.1448412698412707 * $0 * $0 + 0.014814814814814906 * pow($0, 3) }
        try expectOnCurve("log") { 1.060604480714103 + 5.462076451817994 * log($0) }
        try expectOnCurve("pow") { 2.061031547606992 * pow($0, 0.982468327826265) }
        // Vega's exp (d3-regression, MathWorld's "Least Squares Fitting—Exponential"): ln y fitted
        // with weights y, i.e. np.polyfit(x, log(y), 1, w=sqrt(y)).
        try expectOnCurve("exp") { 2.240252904580456 * exp(0.29431099286564877 * $0) }
    }

    @Test("regression: extent, as, groupby, params (R² per group) and groups too small to fit")
    func regressionOptions() throws {
        var t = try TransformTests.table(Self.points, #"[{"regression": "y", "on": "x", "extent": [0, 10], "as": ["u", "w"]}]"#, x: "u")
        #expect(t.columns == ["u", "w"])
        #expect(Self.numbers(t, "u") == [0, 10])
        t = try TransformTests.table(Self.points, #"[{"regression": "y", "on": "x", "params": true}]"#, x: "rSquared")
        #expect(t.columns == ["rSquared"])
        #expect(Self.close(Self.numbers(t, "rSquared")[0], 0.9980826452995359))
        // Group b has one row: no line through it (Vega skips a group with no more rows than parameters).
        let grouped = #"[{"g": "a", "x": 1, "y": 1}, {"g": "a", "x": 2, "y": 3}, {"g": "b", "x": 1, "y": 5}]"#
        t = try TransformTests.table(grouped, #"[{"regression": "y", "on": "x", "groupby": ["g"]}]"#, x: "x")
        #expect(TransformTests.column(t, "g") == ["a", "a"])
        #expect(Self.numbers(t, "y") == [1, 3])
    }

    @Test("loess: exact on a line; an outlier is down-weighted by the robustness passes; repeated x give one point")
    func loess() throws {
        let line = (0..<10).map { #"{"x": \#($0), "y": \#(2 * $0 + 1)}"# }.joined(separator: ", ")
        var t = try TransformTests.table("[\(line)]", #"[{"loess": "y", "on": "x"}]"#, x: "x")
        #expect(Self.numbers(t, "x") == (0..<10).map { Double($0) })
        for (x, y) in zip(Self.numbers(t, "x"), Self.numbers(t, "y")) { #expect(Self.close(y, 2 * x! + 1)) }
        // Noisy data with an outlier at x = 10: statsmodels 0.15 lowess(y, x, frac=0.5, it=2,
        // delta=0) — the same method (tricube, ten nearest neighbours, two bisquare passes).
        let ys = [0.3, 1.2, 1.8, 3.4, 3.9, 5.2, 5.8, 7.1, 8.3, 8.8, 30, 11.2, 11.9, 13.1, 13.8, 15.3, 16.1, 16.8, 18.2, 19.1]
        let noisy = ys.enumerated().map { #"{"x": \#($0.offset), "y": \#($0.element)}"# }.joined(separator: ", ")
        t = try TransformTests.table("[\(noisy)]", #"[{"loess": "y", "on": "x", "bandwidth": 0.5}]"#, x: "x")
        let want = [0.217745517438, 1.17778220277, 2.138582736114, 3.098199745171, 4.061119595126, 5.051592582805, 6.036550527597,
                    7.01351854616, 8.017237933942, 9.023399907592, 10.024218095939, 11.011556029822, 12.014990776466, 13.037867278236,
                    14.038675777823, 15.036993139969, 16.053671608205, 17.069817522231, 18.083596223819, 19.097339193651]
        for (got, w) in zip(Self.numbers(t, "y"), want) { #expect(Self.close(got, w, 1e-9)) }
        t = try TransformTests.table(#"[{"x": 1, "y": 1}, {"x": 1, "y": 3}, {"x": 2, "y": 2}, {"x": 3, "y": 3}]"#, #"[{"loess": "y", "on": "x", "as": ["a", "b"]}]"#, x: "a")
        #expect(Self.numbers(t, "a") == [1, 2, 3])
    }

    @Test("mistakes are named at their keys")
    func mistakes() {
        var e = TestSupport.decodeErrors(#"{"data": {"values": []}, "transform": [{"density": "v", "as": ["x"]}], "mark": "area", "encoding": {}}"#)
        #expect(e.contains { $0.path == "transform[0].as" && $0.message.contains("two fields") })
        e = TestSupport.decodeErrors(#"{"data": {"values": []}, "transform": [{"regression": "y", "on": "x", "method": "cubic"}], "mark": "line", "encoding": {}}"#)
        #expect(e.contains { $0.path == "transform[0].method" })
        e = TestSupport.decodeErrors(#"{"data": {"values": []}, "transform": [{"loess": "y"}], "mark": "line", "encoding": {}}"#)
        #expect(e.contains { $0.path == "transform[0]" && $0.message.contains("needs \"on\"") })
        e = TestSupport.decodeErrors(#"{"data": {"values": []}, "transform": [{"quantile": "v", "probs": [2]}], "mark": "point", "encoding": {}}"#)
        #expect(e.contains { $0.path == "transform[0].probs[0]" })
    }
}
