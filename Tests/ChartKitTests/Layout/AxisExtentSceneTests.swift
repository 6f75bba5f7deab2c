import Foundation
import Testing
@testable import ChartKit

/// Vega-Lite's `offset` and `minExtent` on y axes, asserted on the compiled scene: the labels
/// move `offset` pixels away from the plot, and the title sits at least `minExtent` beyond them.
@Suite("Axis offset and minExtent")
struct AxisExtentSceneTests {
    static let values = """
        {"values": [{"a": "A", "b": -28}, {"a": "B", "b": 55}, {"a": "C", "b": 91}]}
        """

    /// Horizontal bars: the y axis is the category axis.
    func horizontal(_ axis: String) throws -> Scene {
        try TestSupport.compile("""
            {"data": \(Self.values), "mark": "bar", "width": 300, "height": 200,
             "encoding": {"y": {"field": "a", "type": "nominal", "axis": \(axis)},
                          "x": {"field": "b", "type": "quantitative"}}}
            """).scene
    }

    /// A line: the y axis is a value axis.
    func line(_ axis: String) throws -> Scene {
        try TestSupport.compile("""
            {"data": {"values": [{"t": 1, "v": 10}, {"t": 2, "v": 30}, {"t": 3, "v": 20}]}, "mark": "line",
             "width": 300, "height": 200,
             "encoding": {"x": {"field": "t", "type": "quantitative"},
                          "y": {"field": "v", "type": "quantitative", "axis": \(axis)}}}
            """).scene
    }

    func label(_ scene: Scene, _ text: String) throws -> TextRun {
        try #require(scene.texts.first { $0.role == .axisLabel && $0.run.text == text }).run
    }

    func title(_ scene: Scene, _ text: String) throws -> TextRun {
        try #require(scene.texts.first { $0.role == .axisTitle && $0.run.text == text }).run
    }

    /// How far a label's right edge, or a title's left edge, is from the plot's left edge.
    func gap(_ scene: Scene, _ run: TextRun, edge: KeyPath<Rect, Double>) throws -> Double {
        try #require(scene.plotArea).x - run.bounds[keyPath: edge]
    }

    @Test("offset moves a category axis's labels and title away from the plot, whose size stays")
    func categoryOffset() throws {
        let plain = try horizontal("{}"), moved = try horizontal(#"{"offset": 12}"#)
        let labelGap = try gap(moved, label(moved, "A"), edge: \.maxX) - gap(plain, label(plain, "A"), edge: \.maxX)
        #expect(abs(labelGap - 12) < 0.01)
        let titleGap = try gap(moved, title(moved, "a"), edge: \.x) - gap(plain, title(plain, "a"), edge: \.x)
        #expect(abs(titleGap - 12) < 0.01)
        #expect(try #require(moved.plotArea).width == #require(plain.plotArea).width)
    }

    @Test("minExtent puts the title that far beyond the plot when the labels take less; labels stay")
    func minimumExtent() throws {
        let plain = try horizontal("{}"), wide = try horizontal(#"{"minExtent": 90}"#)
        #expect(try gap(wide, label(wide, "A"), edge: \.maxX) == gap(plain, label(plain, "A"), edge: \.maxX))
        let padding = try StyleLoader.load(StyleLoader.defaultName).axis.titlePadding
        let titleHeight = try title(wide, "a").size.height
        #expect(abs(try gap(wide, title(wide, "a"), edge: \.x) - (90 + padding + titleHeight)) < 0.5)
        // Less than the labels take changes nothing.
        let narrow = try horizontal(#"{"minExtent": 1}"#)
        #expect(try gap(narrow, title(narrow, "a"), edge: \.x) == gap(plain, title(plain, "a"), edge: \.x))
    }

    @Test("offset and minExtent on a value axis of a line chart")
    func valueAxis() throws {
        let plain = try line("{}"), both = try line(#"{"offset": 8, "minExtent": 70}"#)
        let moved = try gap(both, label(both, "20"), edge: \.maxX) - gap(plain, label(plain, "20"), edge: \.maxX)
        #expect(abs(moved - 8) < 0.01)
        let titleHeight = try title(both, "v").size.height
        #expect(abs(try gap(both, title(both, "v"), edge: \.x) - (8 + 70 + StyleLoader.load(StyleLoader.defaultName).axis.titlePadding + titleHeight)) < 0.5)
    }

    @Test("labelFlush aligns an x axis's end labels with the plot's edges; false centres them; true on y is an error")
    func flush() throws {
        func xLabels(_ axis: String) throws -> [TextRun] {
            try TestSupport.compile("""
                {"data": {"values": [{"t": 0, "v": 10}, {"t": 3, "v": 30}]}, "mark": "line", "width": 300, "height": 200,
                 "encoding": {"x": {"field": "t", "type": "quantitative", "axis": \(axis)}, "y": {"field": "v", "type": "quantitative"}}}
                """).scene.texts.filter { $0.role == .axisLabel && $0.run.vAnchor == .top }.map(\.run).sorted { $0.position.x < $1.position.x }
        }
        let flush = try xLabels(#"{"labelFlush": true}"#)
        #expect(flush.first?.hAnchor == .start)
        #expect(flush.last?.hAnchor == .end)
        #expect(flush.dropFirst().dropLast().allSatisfy { $0.hAnchor == .middle })
        #expect(try xLabels(#"{"labelFlush": false}"#).allSatisfy { $0.hAnchor == .middle })
        let errors = TestSupport.decodeErrors("""
            {"data": \(Self.values), "mark": "bar",
             "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "quantitative", "axis": {"labelFlush": true}}}}
            """)
        #expect(errors.map(\.path) == ["encoding.y.axis.labelFlush"])
    }

    @Test("offset and minExtent on an x axis are errors naming them")
    func xAxis() {
        let errors = TestSupport.decodeErrors("""
            {"data": \(Self.values), "mark": "bar",
             "encoding": {"x": {"field": "a", "type": "nominal", "axis": {"offset": 4, "minExtent": 30}},
                          "y": {"field": "b", "type": "quantitative"}}}
            """)
        #expect(Set(errors.map(\.path)) == ["encoding.x.axis.offset", "encoding.x.axis.minExtent"])
    }
}
