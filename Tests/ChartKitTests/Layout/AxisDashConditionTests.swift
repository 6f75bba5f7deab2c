import Foundation
import Testing
@testable import ChartKit

/// gridDash and tickDash may vary per tick, as Vega-Lite's axis conditions allow
/// (line_conditional_axis draws each year's tick and grid line solid, the others dashed).
@Suite("Per-tick axis dashes")
struct AxisDashConditionTests {
    static let spec = #"""
        {"data": {"values": [{"a": -2, "b": -2}, {"a": 3, "b": 5}]}, "mark": "point",
         "encoding": {"x": {"field": "a", "type": "quantitative"},
                      "y": {"field": "b", "type": "quantitative",
                            "axis": {"gridDash": {"condition": {"test": "datum.value === 0", "value": []}, "value": [4, 1]}}}}}
        """#
    /// Bars whose value axis draws ticks (no grid).
    static let bars = #"""
        {"data": {"values": [{"a": "p", "b": -2}, {"a": "q", "b": 5}]}, "mark": "bar",
         "encoding": {"x": {"field": "a", "type": "nominal"},
                      "y": {"field": "b", "type": "quantitative",
                            "axis": {"grid": false, "tickDash": {"condition": {"test": "datum.value === 0", "value": []}, "value": [2, 2]}}}}}
        """#

    /// Each stroke of a role with its height.
    static func strokes(_ scene: Scene, _ role: Role) -> [(at: Double, dash: [Double])] {
        scene.leaves.compactMap { n -> (Double, [Double])? in
            guard case .path(let cmds, _, let s?, let r) = n, r == role, let p = cmds.first?.end else { return nil }
            return (p.y, s.dash)
        }
    }

    @Test("the tick or grid line where the test holds takes the condition's dash, the others the value's")
    func dashes() throws {
        let compiled = try TestSupport.compile(Self.spec)
        let bars = try TestSupport.compile(Self.bars).scene
        let zeroY = try #require(bars.texts.first { $0.role == .axisLabel && $0.run.text == "0" }).run.bounds.midY
        let ticks = Self.strokes(bars, .axisTick)
        let solidTicks = ticks.filter { $0.dash.isEmpty }
        #expect(solidTicks.count == 1 && solidTicks.allSatisfy { abs($0.at - zeroY) < 2 })
        #expect(ticks.count > 2 && ticks.filter { !$0.dash.isEmpty }.allSatisfy { $0.dash == [2, 2] })
        let grid = Self.strokes(compiled.scene, .gridline)
        #expect(grid.filter { $0.dash.isEmpty }.count == 1)
        #expect(grid.filter { !$0.dash.isEmpty }.count == grid.count - 1 && grid.filter { !$0.dash.isEmpty }.allSatisfy { $0.dash == [4, 1] })
    }
}

@Suite("Axis conditions on time axes")
struct TimeAxisConditionTests {
    @Test("a field predicate with a timeUnit reads the tick's date: January's ticks solid")
    func january() throws {
        let text = #"""
            {"data": {"values": [{"d": "2006-01-01", "v": 1}, {"d": "2007-12-01", "v": 3}]}, "mark": "line",
             "encoding": {"x": {"field": "d", "type": "temporal", "axis": {"format": "%b %Y",
                                "tickDash": {"condition": {"test": {"field": "value", "timeUnit": "month", "equal": 1}, "value": []}, "value": [2, 2]}}},
                          "y": {"field": "v", "type": "quantitative"}}}
            """#
        let scene = try TestSupport.compile(text).scene
        let labels = scene.texts.filter { $0.role == .axisLabel && $0.run.text.contains(" 20") }
        var solid = 0, dashed = 0
        for n in scene.leaves {
            guard case .path(let cmds, _, let s?, .axisTick) = n, let x = cmds.first?.end?.x else { continue }
            let label = try #require(labels.min { abs($0.run.position.x - x) < abs($1.run.position.x - x) }).run.text
            #expect(s.dash.isEmpty == label.hasPrefix("Jan"), "\(label): \(s.dash)")
            if s.dash.isEmpty { solid += 1 } else { dashed += 1 }
        }
        #expect(solid >= 1 && dashed >= 1)
    }
}
