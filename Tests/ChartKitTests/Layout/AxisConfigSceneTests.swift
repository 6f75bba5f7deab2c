import Foundation
import Testing
@testable import ChartKit

/// Vega-Lite's axis config beyond the style: config.axis keys the style has no counterpart
/// for, config.axisX / axisY for one channel's axes, and `disable`; an encoding's own axis
/// properties win over config.axisX/axisY, which win over config.axis.
@Suite("Axis config")
struct AxisConfigSceneTests {
    static func points(config: String, x: String = "", y: String = "") -> String {
        #"""
        {"data": {"values": [{"a": 1, "b": 2}, {"a": 3, "b": 5}]}, "mark": "point",
         "encoding": {"x": {"field": "a", "type": "quantitative"\#(x)}, "y": {"field": "b", "type": "quantitative"\#(y)}},
         "config": \#(config)}
        """#
    }

    static func texts(_ text: String, _ role: Role) throws -> [TextRun] {
        try TestSupport.compile(text).scene.texts.filter { $0.role == role }.map(\.run)
    }

    @Test("config.axisX reaches the x axis only; the encoding's axis wins over it")
    func perChannel() throws {
        let titles = try Self.texts(Self.points(config: #"{"axisX": {"title": null}, "axisY": {"title": null}}"#, y: #", "axis": {"title": "B"}"#), .axisTitle)
        #expect(titles.map(\.text) == ["B"])
        let both = try Self.texts(Self.points(config: "{}"), .axisTitle)
        #expect(both.count == 2)
    }

    @Test("config.axis labels false and title null reach every axis; config.axisY wins over config.axis")
    func everyAxis() throws {
        let text = Self.points(config: #"{"axis": {"labels": false, "title": null}, "axisY": {"labels": true}}"#)
        #expect(try Self.texts(text, .axisTitle).isEmpty)
        let labels = try Self.texts(text, .axisLabel)
        #expect(!labels.isEmpty)
        // Only the y axis writes its labels: they stand left of the plot, one above another.
        #expect(Set(labels.map(\.position.x)).count == 1)
    }

    @Test("config.axis.disable leaves out axes the encoding does not ask for")
    func disable() throws {
        let none = try TestSupport.compile(Self.points(config: #"{"axis": {"disable": true}}"#)).scene
        #expect(none.texts.filter { $0.role == .axisLabel || $0.role == .axisTitle }.isEmpty)
        let x = try Self.texts(Self.points(config: #"{"axis": {"disable": true}}"#, x: #", "axis": {}"#), .axisTitle)
        #expect(x.map(\.text) == ["a"])
    }

    @Test("config.axis.gridOpacity fades the grid lines")
    func gridOpacity() throws {
        func gridAlpha(_ config: String) throws -> [Double] {
            try TestSupport.compile(Self.points(config: config)).scene.leaves.compactMap { n -> Double? in
                if case .path(_, _, let s?, .gridline) = n { return s.color.a }
                if case .rect(_, _, let s?, .gridline) = n { return s.color.a }
                return nil
            }
        }
        let plain = try gridAlpha("{}"), faded = try gridAlpha(#"{"axis": {"gridOpacity": 0.25}}"#)
        #expect(!plain.isEmpty && plain.count == faded.count)
        for (p, f) in zip(plain, faded) { #expect(abs(f - p * 0.25) < 1e-9) }
    }

    @Test("config axis keys not drawn yet are named with their config path")
    func refused() {
        let errors = TestSupport.decodeErrors(Self.points(config: #"{"axisX": {"titleBaseline": "top"}, "axisBand": {"grid": false}}"#))
        #expect(errors.contains { $0.path == "config.axisX.titleBaseline" })
        #expect(errors.contains { $0.path == "config.axisBand" })
    }
}

@Suite("config.countTitle")
struct CountTitleTests {
    @Test("the default title of a count aggregate; a channel's own title wins")
    func countTitle() throws {
        func titles(_ y: String) throws -> [String] {
            let text = #"""
                {"data": {"values": [{"a": "p"}, {"a": "q"}, {"a": "p"}]}, "mark": "bar",
                 "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"aggregate": "count", "type": "quantitative"\#(y)}},
                 "config": {"countTitle": "Count"}}
                """#
            return try TestSupport.compile(text).scene.texts.filter { $0.role == .axisTitle }.map(\.run.text)
        }
        #expect(try titles("").contains("Count"))
        #expect(try titles(#", "title": "N""#).contains("N"))
    }

    @Test("titleLimit cuts a long title with an ellipsis to the limit; a short one stays whole")
    func titleLimit() throws {
        let long = #", "title": "Installed capacity of wind and solar power""#
        let titles = try AxisConfigSceneTests.texts(AxisConfigSceneTests.points(config: #"{"axisX": {"titleLimit": 80}}"#, x: long, y: long), .axisTitle)
        let x = try #require(titles.first { $0.angle == 0 }), y = try #require(titles.first { $0.angle != 0 })
        #expect(x.text.hasSuffix("…") && x.text.hasPrefix("Installed") && x.size.width <= 80, "\(x.text) \(x.size.width)")
        #expect(y.text == "Installed capacity of wind and solar power", "config.axisX reaches x only")
        let short = try AxisConfigSceneTests.texts(AxisConfigSceneTests.points(config: #"{"axis": {"titleLimit": 500}}"#, x: long), .axisTitle)
        #expect(short.allSatisfy { !$0.text.hasSuffix("…") })
    }

    @Test("labelOffset moves a time axis's labels along it; labels written as lines make the axis deeper; tickCount sets the ticks")
    func labelOffsetAndLines() throws {
        func spec(_ axis: String) -> String {
            #"{"data": {"values": [{"d": "2006-01-01", "v": 1}, {"d": "2007-12-01", "v": 3}]}, "width": 400, "mark": "line", "encoding": {"x": {"field": "d", "type": "temporal", "axis": {"tickCount": 8\#(axis)}}, "y": {"field": "v", "type": "quantitative"}}}"#
        }
        let lines = #", "labelExpr": "[timeFormat(datum.value, '%b'), timeFormat(datum.value, '%m') == '01' ? timeFormat(datum.value, '%Y') : '']""#
        let plain = try TestSupport.compile(spec(lines)).scene
        let moved = try TestSupport.compile(spec(lines + #", "labelOffset": 10"#)).scene
        let labels = { (s: Scene) in s.texts.filter { $0.role == .axisLabel && $0.run.text.hasPrefix("Apr") }.map(\.run) }
        let a = try #require(labels(plain).first), b = try #require(labels(moved).first)
        #expect(abs(b.position.x - a.position.x - 10) < 0.01 && a.position.y == b.position.y)
        #expect(labels(plain).count == 2, "quarterly ticks over two years: April twice")
        #expect(plain.texts.contains { $0.role == .axisLabel && $0.run.text == "Jan\n2006" })
        // The two-line labels end above the axis title.
        let title = try #require(plain.texts.first { $0.role == .axisTitle && $0.run.text == "d" })
        let deepest = plain.texts.filter { $0.role == .axisLabel && $0.run.text.contains("\n") }.map(\.run.bounds.maxY).max() ?? 0
        #expect(deepest <= title.run.bounds.minY + 0.5, "\(deepest) \(title.run.bounds)")
    }

    @Test("a linear x axis writes its labels in the axis's format (\"d\": 1600, not 1,600)")
    func linearXFormat() throws {
        let spec = #"{"data": {"values": [{"a": 1565, "b": 1}, {"a": 1825, "b": 3}]}, "mark": "line", "encoding": {"x": {"field": "a", "type": "quantitative", "axis": {"format": "d"}}, "y": {"field": "b", "type": "quantitative"}}}"#
        let labels = try AxisConfigSceneTests.texts(spec, .axisLabel).map(\.text)
        #expect(labels.contains { $0.count == 4 && Int($0) != nil }, "\(labels)")
        #expect(!labels.contains { $0.contains(",") }, "\(labels)")
    }
}
