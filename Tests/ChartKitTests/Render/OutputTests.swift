import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ChartKit

/// Every format read back by a reader that is not ours.
@Suite("Output files")
struct OutputTests {
    let engine = ChartEngine()

    func figure2(_ format: OutputFormat, scale: Double = 1) throws -> [UInt8] {
        let (files, _) = try engine.render(specFile: TestSupport.example("figure2.json"), formats: [format], options: RenderOptions(scale: scale))
        return try #require(files[format])
    }

    @Test("PNG decodes at the scaled size, with the bar colour inside a bar and pHYs recorded")
    func png() throws {
        let bytes = try figure2(.png, scale: 2)
        let image = try #require(TestSupport.decodePNG(bytes))
        #expect(image.width == 1600 && image.height == 1000)
        // The first bar's centre, scaled ×2, has the house bar colour #2a7f62.
        let chart = try engine.load(specFile: TestSupport.example("figure2.json"))
        let bar = try #require(engine.compile(chart).scene.bars.first)
        let (r, g, b) = image.rgb(Int(bar.rect.midX * 2), Int(bar.rect.midY * 2))
        #expect((r, g, b) == (0x2a, 0x7f, 0x62))
        // The background is white.
        #expect(image.rgb(2, 2) == (255, 255, 255))
        // pHYs: 144 dpi at 2× = 5669 pixels per metre.
        let phys = try #require(findChunk("pHYs", in: bytes))
        let ppm = phys[0..<4].reduce(0) { $0 << 8 | Int($1) }
        #expect(ppm == 5669)
        #expect(phys[8] == 1)  // unit: metre
    }

    @Test("SVG parses as XML with the chart's size")
    func svg() throws {
        let bytes = try figure2(.svg)
        let parser = XMLParser(data: Data(bytes))
        let delegate = RootElement()
        parser.delegate = delegate
        #expect(parser.parse())
        #expect(delegate.name == "svg")
        #expect(delegate.attributes["width"] == "800pt")
        #expect(delegate.attributes["height"] == "500pt")
    }

    @Test("PDF opens in poppler with its title in the metadata and fonts embedded")
    func pdf() throws {
        let bytes = try figure2(.pdf)
        #expect(bytes.starts(with: Array("%PDF-".utf8)))
        let tmp = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: tmp) }
        let path = tmp + "/figure2.pdf"
        FileManager.default.createFile(atPath: path, contents: Data(bytes))
        guard let info = TestSupport.run("pdfinfo", [path]) else {
            print("pdfinfo is not installed; PDF checked for its header only")
            return
        }
        #expect(info.status == 0)
        let fields = Dictionary(info.output.split(separator: "\n").compactMap { line -> (String, String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }, uniquingKeysWith: { a, _ in a })
        #expect(fields["Title"] == "2025 targets for energy consumption per unit of regional GDP")
        #expect(fields["Page size"]?.hasPrefix("800 x 500 pts") == true)
        if let fonts = TestSupport.run("pdffonts", [path]) {
            let rows = fonts.output.split(separator: "\n").dropFirst(2)
            #expect(!rows.isEmpty)
            #expect(rows.allSatisfy { $0.contains(" yes ") })  // emb column
        }
    }

    @Test("the same spec gives byte-identical files in every format, render after render", arguments: OutputFormat.allCases)
    func deterministic(format: OutputFormat) throws {
        let first = try figure2(format)
        // Another chart in between moves Cairo's process-wide counters.
        _ = try engine.render(specFile: TestSupport.example("figure4.json"), formats: [format])
        let second = try figure2(format)
        #expect(first == second)
        let other = ChartEngine()
        let (files, _) = try other.render(specFile: TestSupport.example("figure2.json"), formats: [format])
        #expect(files[format] == first)
    }

    @Test("SVG surface ids are renumbered from 1 in order of appearance")
    func svgIds() {
        let input = Array(##"<g id="surface9"><use xlink:href="#surface12"/><use xlink:href="#surface9"/> surfaces surface"##.utf8)
        let out = String(decoding: CairoRenderer.normalizeSVGIds(input), as: UTF8.self)
        #expect(out == ##"<g id="surface1"><use xlink:href="#surface2"/><use xlink:href="#surface1"/> surfaces surface"##)
    }

    @Test("PNG bytes do not depend on how many threads compress them")
    func compressionThreads() throws {
        let chart = try engine.load(specFile: TestSupport.example("figure2.json"))
        let scene = engine.compile(chart).scene
        let one = try engine.render(scene, format: .png, options: RenderOptions(scale: 2, compressionThreads: 1))
        let two = try engine.render(scene, format: .png, options: RenderOptions(scale: 2, compressionThreads: 2))
        #expect(one == two)
        // A one-row image has a single strip; it must still decode.
        let tiny = Scene(width: 3, height: 1, background: .white)
        let image = try #require(TestSupport.decodePNG(try engine.render(tiny, format: .png)))
        #expect(image.width == 3 && image.height == 1)
    }

    @Test("a transparent background writes RGBA with straight (not premultiplied) colour")
    func transparent() throws {
        let compiled = try TestSupport.compile(#"""
        {"config": {"background": "transparent"}, "data": {"values": [{"r": "A", "v": 1}]}, "mark": "bar", "encoding": {"x": {"field": "r"}, "y": {"field": "v", "type": "quantitative"}}}
        """#, engine: engine)
        let bytes = try engine.render(compiled.scene, format: .png)
        #expect(bytes[25] == 6)  // IHDR colour type: RGBA
        let image = try #require(TestSupport.decodePNG(bytes))
        #expect(image.pixels[0] >> 24 == 0)  // corner: fully transparent
        let bar = compiled.scene.bars[0].rect
        let p = image.pixels[Int(bar.midY) * image.width + Int(bar.midX)]
        #expect(p >> 24 == 255 && image.rgb(Int(bar.midX), Int(bar.midY)) == (0x2a, 0x7f, 0x62))
    }

    @Test("an image larger than the pixel limit is refused with a message")
    func pixelLimit() throws {
        let chart = try engine.load(specFile: TestSupport.example("figure2.json"))
        let scene = engine.compile(chart).scene
        #expect(throws: ChartError.self) { try engine.render(scene, format: .png, options: RenderOptions(scale: 30)) }
    }

    private func findChunk(_ type: String, in png: [UInt8]) -> [UInt8]? {
        var i = 8
        let tag = Array(type.utf8)
        while i + 8 <= png.count {
            let length = png[i..<i + 4].reduce(0) { $0 << 8 | Int($1) }
            if Array(png[i + 4..<i + 8]) == tag { return Array(png[(i + 8)..<(i + 8 + length)]) }
            i += 12 + length
        }
        return nil
    }
}

final class RootElement: NSObject, XMLParserDelegate {
    var name: String?
    var attributes: [String: String] = [:]

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]) {
        if name == nil {
            name = elementName
            attributes = attributeDict
        }
    }
}
