import Testing
@testable import ChartKit

/// The boxed properties keep value semantics: a copy never sees another copy's writes.
@Suite("Copy on write")
struct CopyOnWriteTests {
    struct Holder { @CopyOnWrite var items: [Int] }

    @Test("a write to a copy leaves the original, and a write to the original leaves the copy")
    func valueSemantics() {
        var a = Holder(items: [1, 2])
        var b = a
        b.items.append(3)
        #expect(a.items == [1, 2] && b.items == [1, 2, 3])
        a.items[0] = 9
        #expect(a.items == [9, 2] && b.items == [1, 2, 3])
    }

    @Test("a resolved layer's mark and a field's channel are values")
    func resolvedLayer() throws {
        let chart = try ChartResolver.resolve(try SpecDecoder.decode(text: #"""
        {"data": {"values": [{"k": "a", "v": 1}]}, "mark": "bar",
         "encoding": {"x": {"field": "k", "type": "nominal"}, "y": {"field": "v", "type": "quantitative", "title": "V"}}}
        """#))
        var copy = chart.layers[0]
        copy.y?.channel.title = "changed"
        copy.mark.dx = 5
        #expect(chart.layers[0].y?.channel.title == .some("V") && copy.y?.channel.title == .some("changed"))
        #expect(chart.layers[0].mark.dx == 0 && copy.mark.dx == 5)
    }
}
