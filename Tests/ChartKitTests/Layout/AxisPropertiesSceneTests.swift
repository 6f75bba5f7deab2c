import Foundation
import Testing
@testable import ChartKit

/// Vega-Lite's axis properties, asserted on the compiled scene: the parts they switch off,
/// the colours they set per tick, the label text labelExpr computes.
@Suite("Axis properties")
struct AxisPropertiesSceneTests {
    static let values = """
        {"values": [{"a": "A", "b": -28}, {"a": "B", "b": 55}, {"a": "C", "b": 91}]}
        """

    func bar(x: String = "{}", y: String = "{}") throws -> Scene {
        try TestSupport.compile("""
            {"data": \(Self.values), "mark": "bar",
             "encoding": {"x": {"field": "a", "type": "nominal", "axis": \(x)},
                          "y": {"field": "b", "type": "quantitative", "axis": \(y)}}}
            """).scene
    }

    func line(x: String = "{}", y: String = "{}") throws -> Scene {
        try TestSupport.compile("""
            {"data": {"values": [{"t": 1, "v": 10}, {"t": 2, "v": 30}, {"t": 3, "v": 20}]}, "mark": "line",
             "encoding": {"x": {"field": "t", "type": "quantitative", "axis": \(x)},
                          "y": {"field": "v", "type": "quantitative", "axis": \(y)}}}
            """).scene
    }

    func paths(_ scene: Scene, _ role: Role) -> [(commands: [PathCommand], stroke: Stroke?)] {
        scene.leaves.compactMap { node in
            if case .path(let cmds, _, let stroke, let r) = node, r == role { return (cmds, stroke) }
            return nil
        }
    }

    func labels(_ scene: Scene) -> [TextRun] { scene.texts.filter { $0.role == .axisLabel }.map(\.run) }

    @Test("\"domain\": false leaves out the category axis line; a conditional gridColor draws the zero line black")
    func domainAndGridColor() throws {
        let plain = try bar()
        #expect(paths(plain, .axisDomain).count == 1)
        let scene = try bar(x: #"{"domain": false}"#,
                            y: ##"{"gridColor": {"condition": {"test": "datum.value === 0", "value": "black"}, "value": "#ddd"}}"##)
        #expect(paths(scene, .axisDomain).isEmpty)
        let grid = paths(scene, .gridline)
        #expect(grid.count == paths(plain, .gridline).count)
        let black = grid.filter { $0.stroke?.color == .black }
        #expect(black.count == 1)
        #expect(grid.filter { $0.stroke?.color == Color(parsing: "#ddd") }.count == grid.count - 1)
        // The black line is the one at zero: below the bars that grow up from it.
        let zeroY: Double? = { if case .move(let p) = black.first?.commands.first { return p.y } else { return nil } }()
        let up = try #require(scene.bars.first { $0.value == 55 })
        #expect(abs(try #require(zeroY) - up.rect.maxY) < 0.01)
    }

    @Test("labelPadding moves the labels away from the axis; labels: false drops them and keeps the title")
    func paddingAndLabels() throws {
        // The gap from the plot's bottom (its lowest grid line) to the labels' top.
        func gap(_ scene: Scene) throws -> Double {
            let bottom = paths(scene, .gridline).compactMap { p -> Double? in if case .move(let pt) = p.commands.first { return pt.y }; return nil }.max()
            let label = labels(scene).first { $0.text == "A" }
            return try #require(label).position.y - (try #require(bottom))
        }
        #expect(try gap(try bar(x: #"{"labelPadding": 20}"#)) - gap(try bar()) > 10)
        let scene = try bar(x: #"{"labels": false}"#)
        #expect(!labels(scene).contains { ["A", "B", "C"].contains($0.text) })
        #expect(scene.texts.contains { $0.role == .axisTitle && $0.run.text == "a" })
    }

    @Test("labelExpr computes each label from datum.label and datum.value")
    func labelExpr() throws {
        let bars = try bar(x: #"{"labelExpr": "datum.label + '!'"}"#)
        #expect(Set(labels(bars).map(\.text)).isSuperset(of: ["A!", "B!", "C!"]))
        let lines = try line(y: #"{"labelExpr": "datum.value >= 20 ? datum.label + ' m' : ''"}"#)
        let texts = labels(lines).map(\.text)
        #expect(texts.contains("20 m"))
        #expect(texts.contains("30 m"))
        #expect(!texts.contains("10") && !texts.contains("10 m"))
    }

    @Test("labelColor and titleColor; a null colour leaves the part out")
    func colours() throws {
        let scene = try line(x: ##"{"labelColor": "red", "titleColor": "#00f"}"##)
        let xLabels = labels(scene).filter { abs($0.position.y - (labels(scene).map(\.position.y).max() ?? 0)) < 0.01 }
        #expect(!xLabels.isEmpty && xLabels.allSatisfy { $0.color == Color(r: 1, g: 0, b: 0) })
        let title = try #require(scene.texts.first { $0.role == .axisTitle && $0.run.text == "t" })
        #expect(title.run.color == Color(r: 0, g: 0, b: 1))
        // No y labels left: every label standing is on the x axis's row.
        let none = labels(try line(y: #"{"labelColor": null}"#))
        let all = labels(try line())
        #expect(!none.isEmpty && none.count < all.count)
        #expect(Set(none.map(\.position.y)).count == 1)
    }

    @Test("\"ticks\": false takes the ticks off a time axis, tickColor colours them")
    func ticks() throws {
        func time(_ axis: String) throws -> Scene {
            try TestSupport.compile("""
                {"data": {"values": [{"d": "2020-01-01", "v": 1}, {"d": "2024-01-01", "v": 3}]}, "mark": "line",
                 "encoding": {"x": {"field": "d", "type": "temporal", "axis": \(axis)}, "y": {"field": "v", "type": "quantitative"}}}
                """).scene
        }
        #expect(!paths(try time("{}"), .axisTick).isEmpty)
        #expect(paths(try time(#"{"ticks": false}"#), .axisTick).isEmpty)
        let red = paths(try time(#"{"tickColor": "red"}"#), .axisTick)
        #expect(!red.isEmpty && red.allSatisfy { $0.stroke?.color == Color(r: 1, g: 0, b: 0) })
    }

    @Test("a category truncated to a time unit is labelled as Vega-Lite writes it")
    func timeUnitLabels() throws {
        let scene = try TestSupport.compile("""
            {"data": {"values": [{"d": "2020-01-05", "v": 1}, {"d": "2020-02-05", "v": 3}]}, "mark": "bar",
             "encoding": {"x": {"field": "d", "timeUnit": "month", "type": "ordinal", "axis": {"labelExpr": "datum.label + '.'"}},
                          "y": {"field": "v", "type": "quantitative"}}}
            """).scene
        #expect(Set(labels(scene).map(\.text)).isSuperset(of: ["Jan.", "Feb."]))
        #expect(try TimeFormat(TemporalLabels.specifier(timeUnit: "yearmonthdate")!).string(TemporalValue.parse("2012-03-07")!) == "Mar 07, 2012")
        #expect(try TimeFormat(TemporalLabels.specifier(timeUnit: "quarter")!).string(TemporalValue.parse("2012-04")!) == "Q2")
    }

    @Test("axis keys not drawn yet, and axis expressions reading other fields, are errors naming them")
    func refusals() {
        func errors(_ axis: String) -> [Diagnostic] {
            TestSupport.decodeErrors("""
                {"data": \(Self.values), "mark": "bar",
                 "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative", "axis": \(axis)}}}
                """)
        }
        #expect(errors(#"{"labelBound": true}"#).map(\.path) == ["encoding.y.axis.labelBound"])
        #expect(errors(#"{"zindex": 0}"#).isEmpty)
        let expr = errors(#"{"labelExpr": "datum.b"}"#)
        #expect(expr.map(\.path) == ["encoding.y.axis.labelExpr"])
        #expect(expr.first?.message.contains("datum.value") == true)
        let predicate = errors(##"{"gridColor": {"condition": {"test": {"field": "b", "equal": 0}, "value": "black"}, "value": "#ddd"}}"##)
        #expect(predicate.map(\.path) == ["encoding.y.axis.gridColor.condition.test.field"])
        #expect(errors(#"{"tickColor": "nocolour"}"#).map(\.path) == ["encoding.y.axis.tickColor"])
    }
}
