import Foundation
import Testing
@testable import ChartKit

/// Text layered over a heatmap on its own cells: each row's words at its cell's centre, in the
/// colour of the condition it meets.
@Suite("Text over heatmap cells")
struct CellTextSceneTests {
    let engine = ChartEngine()

    static func spec(textColor: String = #""color": {"condition": {"test": "datum.n < 5", "value": "black"}, "value": "white"}"#) -> String {
        #"""
        {"data": {"values": [{"a": "p", "b": "u", "n": 2}, {"a": "q", "b": "u", "n": 9}, {"a": "p", "b": "v", "n": 7}]},
         "encoding": {"x": {"field": "a", "type": "nominal"}, "y": {"field": "b", "type": "nominal"}},
         "layer": [{"mark": "rect", "encoding": {"color": {"field": "n", "type": "quantitative"}}},
                   {"mark": "text", "encoding": {"text": {"field": "n", "type": "quantitative"}, \#(textColor)}}]}
        """#
    }

    @Test("each value is written at its cell's centre, black below the condition's threshold, white above")
    func centred() throws {
        let scene = try TestSupport.compile(Self.spec(), engine: engine).scene
        var cells: [String: Rect] = [:]
        for case .rect(let r, _, _, .cell(let column, let row, _)) in scene.leaves { cells[column + row] = r }
        var texts: [String: (Point, String)] = [:]
        for case .text(let run, .textMark) in scene.leaves { texts[run.text] = (Point(run.bounds.midX, run.bounds.midY), run.color.description) }
        #expect(texts.count == 3, "\(texts.keys)")
        for (words, cell, colour) in [("2", "pu", "#000000"), ("9", "qu", "#ffffff"), ("7", "pv", "#ffffff")] {
            guard let (p, c) = texts[words], let r = cells[cell] else { Issue.record("missing \(words) or \(cell)"); continue }
            #expect(abs(p.x - r.midX) < 1 && abs(p.y - r.midY) < 1.5, "\(words) at \(p), cell \(r)")
            #expect(c == colour, "\(words): \(c)")
        }
    }

    @Test("a colour field on the words is refused by name; a line over the cells still is")
    func refused() {
        let field = Self.spec(textColor: #""color": {"field": "a", "type": "nominal"}"#)
        #expect(TestSupport.resolveErrors(field).contains { $0.path == "layer[1].encoding.color" })
        let line = Self.spec(textColor: #""color": {"value": "black"}"#)
            .replacingOccurrences(of: #"{"mark": "text", "encoding": {"text": {"field": "n", "type": "quantitative"}, "#, with: #"{"mark": "line", "encoding": {"#)
        #expect(TestSupport.resolveErrors(line).contains { $0.path == "layer[1].mark" })
    }
}
