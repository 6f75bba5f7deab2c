import Testing
@testable import ChartKit

/// Incremental builds know every file a chart is made from, panels and facets included.
@Suite("Chart dependencies")
struct DependencyTests {
    @Test("a figure of panels depends on each panel's data; a small multiple on its view's")
    func panelsAndFacets() throws {
        let panels = try SpecDecoder.decode(file: TestSupport.example("figures12-13.json"))
        let files = BatchRenderer.dependencies(of: panels, styleOverride: nil)
        #expect(files.contains { $0.hasSuffix("data/pv-modules.csv") })
        #expect(files.contains { $0.hasSuffix("data/polysilicon.csv") })
        let facet = try SpecDecoder.decode(file: TestSupport.example("province-small-multiples.json"))
        #expect(BatchRenderer.dependencies(of: facet, styleOverride: nil).contains { $0.hasSuffix("data/province-wind-solar.csv") })
    }

    @Test("a file named by url is a dependency, a dataset is not a file")
    func urls() throws {
        let book = try SpecDecoder.decode(file: TestSupport.example("nev-workbook.json"))
        #expect(BatchRenderer.dependencies(of: book, styleOverride: nil).contains { $0.hasSuffix("examples/data/nev.xlsx") })
        let named = try SpecDecoder.decode(text: #"{"datasets": {"s": []}, "data": {"name": "s"}, "mark": "bar", "encoding": {}}"#, file: "s.json")
        #expect(BatchRenderer.dependencies(of: named, styleOverride: nil).filter { !$0.hasSuffix(".json") }.isEmpty)
    }
}
