import Foundation
import Testing
@testable import ChartKit

/// An axis's `zindex` above 0 draws it over the marks: on a chart with a shared x axis the y
/// grid moves from under the marks to over them (wheat_wages); elsewhere it is refused by path.
@Suite("Axis zindex")
struct AxisZindexSceneTests {
    static func spec(_ mark: String, _ axis: String) -> String {
        #"""
        {"data": {"values": [{"a": 1, "b": 1}, {"a": 2, "b": 3}, {"a": 3, "b": 2}]}, "mark": "\#(mark)",
         "encoding": {"x": {"field": "a", "type": "\#(mark == "bar" ? "ordinal" : "quantitative")"}, "y": {"field": "b", "type": "quantitative", "axis": \#(axis)}}}
        """#
    }

    /// Where the first gridline and the first line mark come in drawing order.
    static func order(_ scene: Scene) -> (grid: Int, line: Int)? {
        let roles = scene.leaves.map { n -> Role? in
            switch n {
            case .path(_, _, _, let r): return r
            default: return nil
            }
        }
        guard let g = roles.firstIndex(of: .gridline),
              let l = roles.firstIndex(where: { if case .line? = $0 { return true } else { return false } }) else { return nil }
        return (g, l)
    }

    @Test("zindex 1 draws the y grid after the marks; without it the grid comes first")
    func gridOver() throws {
        let over = try #require(Self.order(try TestSupport.compile(Self.spec("line", #"{"zindex": 1}"#)).scene))
        #expect(over.grid > over.line)
        let under = try #require(Self.order(try TestSupport.compile(Self.spec("line", #"{"zindex": 0}"#)).scene))
        #expect(under.grid < under.line)
    }

    @Test("a bar chart of its own draws its grid under the bars: zindex is refused there by path")
    func refusedOnBars() {
        #expect(TestSupport.resolveErrors(Self.spec("bar", #"{"zindex": 1}"#)).map(\.path) == ["encoding.y.axis.zindex"])
        #expect(TestSupport.resolveErrors(Self.spec("bar", #"{"zindex": 0}"#)).isEmpty)
    }
}
