import Foundation
import Testing
@testable import ChartKit

@Suite("Time series scenes")
struct TimeSeriesSceneTests {
    let engine = ChartEngine()

    func example(_ name: String) throws -> Scene {
        engine.compile(try engine.load(specFile: TestSupport.example(name))).scene
    }

    func compile(_ text: String) throws -> Scene { try TestSupport.compile(text, engine: engine).scene }

    /// The y value where the value axis labelled `tick` sits, on the left or right side.
    func tickY(_ scene: Scene, _ tick: String, right: Bool) -> Double? {
        let labels = scene.texts.filter { $0.role == .axisLabel && $0.run.text == tick && $0.run.angle == 0 }
        return labels.first { right ? $0.run.hAnchor == .start : $0.run.hAnchor == .end }?.run.position.y
    }

    @Test("figure5: each year's 100% stack sums to the full height")
    func normalizedStack() throws {
        let scene = try example("figure5.json")
        let top = try #require(tickY(scene, "100%", right: false)), bottom = try #require(tickY(scene, "0%", right: false))
        let years = Set(scene.bars.map(\.category))
        #expect(years.count == 10)
        for year in years {
            let segs = scene.bars.filter { $0.category == year }
            #expect(segs.count == 4)
            #expect(abs(segs.reduce(0) { $0 + $1.rect.height } - (bottom - top)) < 0.01)
        }
    }

    @Test("figure7: stacked capacity bars sum to the year's total; the share line maps through the right axis")
    func barsAndLineOnTwoAxes() throws {
        let scene = try example("figure7.json")
        let zero = try #require(tickY(scene, "0", right: false)), hundredGW = try #require(tickY(scene, "100", right: false))
        let gwPerPx = 100 / (zero - hundredGW)
        let y2022 = scene.bars.filter { $0.category == "2022" }
        #expect(abs(y2022.reduce(0) { $0 + $1.rect.height } * gwPerPx - (37.63 + 87.41 + 15.07 + 8.8 + 50.6)) < 0.01)
        // The line's last point (76.2%) on the right scale, 0 to 100.
        let rightZero = try #require(tickY(scene, "0", right: true)), rightHundred = try #require(tickY(scene, "100", right: true))
        var last: Point?
        for n in scene.leaves { if case .path(let cmds, _, _, .line) = n, case .line(let p)? = cmds.last { last = p } }
        let p = try #require(last)
        #expect(abs(p.y - (rightZero - 0.762 * (rightZero - rightHundred))) < 0.01)
        // Legend: the five types, then the line (a colour datum in the bars' written scale).
        let legend = scene.texts.compactMap { if case .legendLabel(let l) = $0.role { return l } else { return nil } }
        #expect(legend == ["Wind", "Solar", "Hydro", "Pumped storage", "Thermal and other", "Renewables' share (right)"])
    }

    @Test("figure19: a missing value leaves a gap, never a drop to zero")
    func gap() throws {
        let scene = try example("figure19.json")
        var runs: [[PathCommand]] = []
        for n in scene.leaves { if case .path(let cmds, _, let stroke, .line(_, 1)) = n, stroke != nil { runs.append(cmds) } }
        #expect(runs.count == 1)
        let cmds = try #require(runs.first)
        #expect(cmds.count == 8)  // 2015…2022
        let x2015 = try #require(scene.texts.first { $0.role == .axisLabel && $0.run.text == "2015" }).run.position.x
        if case .move(let p) = cmds[0] { #expect(abs(p.x - x2015) < 0.01) } else { Issue.record("path does not start with a move") }
        let zero = try #require(tickY(scene, "0%", right: true))
        for c in cmds { if case .line(let p) = c { #expect(p.y < zero - 50) } }
    }

    @Test("a null in the middle of a line splits it in two runs; a stacked area counts it as nothing")
    func missingInside() throws {
        let line = try compile(#"""
        {"data": {"values": [{"t": "2020", "v": 1}, {"t": "2021", "v": null}, {"t": "2022", "v": 3}, {"t": "2023", "v": 4}]},
         "mark": "line", "encoding": {"x": {"field": "t", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}}}
        """#)
        var moves = 0
        for n in line.leaves { if case .path(let cmds, _, _, .line) = n { moves += cmds.filter { if case .move = $0 { return true } else { return false } }.count } }
        // 2020 alone is drawn as a dot; 2022-2023 as a line.
        #expect(moves == 1)
        #expect(line.leaves.contains { if case .circle(_, _, _, _, .point) = $0 { return true } else { return false } })
        let area = try compile(#"""
        {"data": {"values": [{"t": "2020", "s": "a", "v": 1}, {"t": "2021", "s": "a", "v": null}, {"t": "2022", "s": "a", "v": 3},
                             {"t": "2020", "s": "b", "v": 2}, {"t": "2021", "s": "b", "v": 2}, {"t": "2022", "s": "b", "v": 2}]},
         "mark": "area", "encoding": {"x": {"field": "t", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s"}}}
        """#)
        var polys: [[PathCommand]] = []
        for n in area.leaves { if case .path(let cmds, _, _, .area) = n { polys.append(cmds) } }
        #expect(polys.count == 2)
        // Series b sits on a (stacked): its bottom edge at 2021 equals a's top there, which is a's zero.
        #expect(polys.allSatisfy { $0.count == 7 })
    }

    @Test("figure8: the target point extends the time axis and is drawn hollow")
    func targetPoint() throws {
        let scene = try example("figure8.json")
        #expect(scene.texts.contains { $0.role == .axisLabel && $0.run.text == "2030" })
        var found = false
        for n in scene.leaves {
            if case .circle(_, _, let fill, let stroke, .annotationPoint(1200)) = n {
                found = true
                #expect(fill == Color.white && stroke != nil)
            }
        }
        #expect(found)
        #expect(scene.texts.contains { $0.role == .bandLabel && $0.run.text == "14th Five-Year Plan" })
    }

    @Test("year labels thin out instead of turning when there is no room")
    func thinning() throws {
        let values = (1990...2022).map { "{\"t\": \"\($0)\", \"v\": \($0 - 1980)}" }.joined(separator: ",")
        let scene = try compile("{\"width\": 400, \"data\": {\"values\": [\(values)]}, \"mark\": \"bar\", \"encoding\": {\"x\": {\"field\": \"t\", \"type\": \"temporal\"}, \"y\": {\"field\": \"v\", \"type\": \"quantitative\"}}}")
        let labels = scene.texts.filter { $0.role == .axisLabel && $0.run.text.count == 4 && $0.run.text.hasPrefix("19") || $0.run.text.hasPrefix("20") && $0.role == .axisLabel }.map(\.run)
        #expect(labels.allSatisfy { $0.angle == 0 })
        #expect(labels.count < 33)
        let boxes = labels.map(\.bounds)
        for (a, b) in zip(boxes, boxes.dropFirst()) { #expect(!a.intersects(b)) }
    }

    @Test("end labels replace the legend and never overlap")
    func endLabels() throws {
        let scene = try compile(#"""
        {"data": {"values": [{"t": 2020, "s": "Wind", "v": 10}, {"t": 2021, "s": "Wind", "v": 11}, {"t": 2020, "s": "Solar", "v": 10}, {"t": 2021, "s": "Solar", "v": 11.2}]},
         "mark": {"type": "line", "endLabels": true}, "encoding": {"x": {"field": "t", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}, "color": {"field": "s"}}}
        """#)
        let ends = scene.texts.filter { if case .endLabel = $0.role { return true } else { return false } }.map(\.run.bounds)
        #expect(ends.count == 2)
        #expect(!ends[0].intersects(ends[1]))
        #expect(!scene.texts.contains { if case .legendLabel = $0.role { return true } else { return false } })
    }

    @Test("a date that does not parse names the row, the column and the value")
    func badDate() {
        let errors = TestSupport.resolveErrors(#"{"data": {"values": [{"t": "2023-13", "v": 1}]}, "mark": "line", "encoding": {"x": {"field": "t", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}}}"#)
        #expect(errors.count == 1)
        #expect(errors[0].message.contains("column \"t\", row 1: \"2023-13\" is not a date"))
        #expect(errors[0].location?.line == 1)
    }

    @Test("a layer whose field is missing is reported at that layer's field")
    func layerField() {
        let errors = TestSupport.resolveErrors("""
        {"data": {"csv": "data/air-quality.csv"},
         "layers": [
          {"mark": "line", "encoding": {"x": {"field": "year", "type": "temporal"}, "y": {"field": "pm25"}}},
          {"mark": "line", "encoding": {"x": {"field": "year", "type": "temporal"}, "y": {"field": "good_dayz"}}}
         ]}
        """)
        #expect(errors.count == 1)
        #expect(errors[0].path == "layers[1].encoding.y.field")
        #expect(errors[0].location?.line == 4)
        #expect(errors[0].message.contains("did you mean \"good_days\"?"))
    }

    @Test("a target point on a year that is not a bar of the chart, or a date outside any category, is refused")
    func annotationErrors() {
        let bars = TestSupport.resolveErrors(#"{"data": {"values": [{"t": "2020", "v": 1}]}, "mark": "bar", "encoding": {"x": {"field": "t", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}}, "annotations": [{"type": "point", "x": 2030, "y": 3}]}"#)
        #expect(bars.first?.message == "2030 is not a category of the x axis (2020)")
        let line = TestSupport.resolveErrors(#"{"data": {"values": [{"t": "2020", "v": 1}]}, "mark": "line", "encoding": {"x": {"field": "t", "type": "temporal"}, "y": {"field": "v", "type": "quantitative"}}, "annotations": [{"type": "rule", "x": "20x0"}]}"#)
        #expect(line.first?.message.contains("is not a date") == true)
    }
}

@Suite("Legends")
struct LegendTests {
    let values = #"[{"t": "2020", "s": "Coal", "v": 5}, {"t": "2020", "s": "Gas", "v": 2}, {"t": "2021", "s": "Coal", "v": 4}, {"t": "2021", "s": "Gas", "v": 3}]"#

    func scene(_ legend: String) throws -> Scene {
        try TestSupport.compile("""
        {"data": {"values": \(values)}, "mark": "bar",
         "encoding": {"x": {"field": "t", "type": "temporal"}, "y": {"field": "v", "type": "quantitative", "stack": true}, "color": {"field": "s", "legend": \(legend)}}}
        """).scene
    }

    func legendLabels(_ s: Scene) -> [TextRun] {
        s.texts.filter { if case .legendLabel = $0.role { return true } else { return false } }.map(\.run)
    }

    @Test("top: one row in stack order, above the plot")
    func top() throws {
        let s = try scene(#"{"orient": "top"}"#)
        let labels = legendLabels(s)
        #expect(labels.map(\.text) == ["Coal", "Gas"])
        #expect(abs(labels[0].position.y - labels[1].position.y) < 0.01)
        #expect(labels[0].bounds.maxY < s.bars.map(\.rect.minY).min()!)
    }

    @Test("right: a column beside the plot in the colour domain's order, which is the stack's from the top (Vega-Lite)")
    func right() throws {
        let s = try scene(#"{"orient": "right"}"#)
        let labels = legendLabels(s)
        #expect(labels.map(\.text) == ["Coal", "Gas"])
        let top = try #require(s.bars.min { $0.rect.minY < $1.rect.minY })
        #expect(top.series == "Coal")
        #expect(labels[0].position.y < labels[1].position.y)
        #expect(labels[0].bounds.minX > s.bars.map(\.rect.maxX).max()!)
    }

    @Test("bottom: under the plot, above the notes; none: no legend")
    func bottomAndNone() throws {
        let s = try scene(#"{"orient": "bottom"}"#)
        #expect(legendLabels(s).allSatisfy { $0.bounds.minY > s.bars.map(\.rect.maxY).max()! })
        #expect(legendLabels(try scene(#"{"orient": "none"}"#)).isEmpty)
        #expect(legendLabels(try scene("null")).isEmpty)
    }
}
