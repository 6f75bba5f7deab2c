import Testing
@testable import ChartKit

/// Marks other than bars and rects on a binned x stand at the centre of each bin
/// (`0.5 * bin_start + 0.5 * bin_end`, Vega-Lite's default band position for them).
@Suite("Symbols and lines on binned axes")
struct BinnedSymbolsSceneTests {
    static func spec(_ mark: String) -> String {
        #"""
        {"width": 400, "height": 200,
         "data": {"values": [{"a": 0.5, "v": 1}, {"a": 1.5, "v": 3}, {"a": 1.7, "v": 5}, {"a": 3.2, "v": 2}]},
         "mark": "\#(mark)",
         "encoding": {"x": {"field": "a", "type": "quantitative", "bin": {"step": 1}},
                      "y": {"field": "v", "type": "quantitative", "aggregate": "mean"}}}
        """#
    }

    /// An x axis label's centre (the labels below the plot; the y axis has a "0" too).
    func tickX(_ scene: Scene, _ text: String) -> Double? {
        guard let plot = scene.plotArea else { return nil }
        return scene.texts.first { $0.role == .axisLabel && $0.run.text == text && $0.run.bounds.minY > plot.maxY }?.run.bounds.midX
    }

    @Test("a line's vertices on a binned x stand mid-bin; a point's too")
    func centres() throws {
        for mark in ["line", "point"] {
            let scene = try TestSupport.compile(Self.spec(mark)).scene
            var xs: [Double] = []
            for n in scene.leaves {
                if case .path(let cmds, _, _, .line) = n {
                    for c in cmds { if case .move(let p) = c { xs.append(p.x) } else if case .line(let p) = c { xs.append(p.x) } }
                }
                if case .circle(let c, _, _, _, .point) = n { xs.append(c.x) }
            }
            let x0 = try #require(tickX(scene, "0")), x1 = try #require(tickX(scene, "1"))
            let unit = x1 - x0
            // Bins [0,1), [1,2), [3,4): centres 0.5, 1.5, 3.5.
            let expected = [0.5, 1.5, 3.5].map { x0 + $0 * unit }
            #expect(xs.count == 3, "\(mark): one vertex per bin")
            for (got, want) in zip(xs.sorted(), expected) { #expect(abs(got - want) < 0.5, "\(mark): \(got) vs \(want)") }
        }
    }
}
