import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ChartKit

/// Every map example, in every format, read back by readers that are not ours.
@Suite("Map outputs")
struct MapOutputTests {
    @Test("every map is a valid PNG, SVG and PDF", arguments: RegionChartSceneTests.mapExamples)
    func formats(example: String) throws {
        let engine = ChartEngine()
        let (files, warnings) = try engine.render(specFile: TestSupport.example(example), formats: OutputFormat.allCases,
                                                  options: RenderOptions(scale: 2))
        #expect(warnings.isEmpty, "\(warnings)")
        let chart = try engine.load(specFile: TestSupport.example(example))

        let png = try #require(files[.png])
        let image = try #require(TestSupport.decodePNG(png))
        #expect(image.width == Int(chart.width * 2) && image.height == Int(chart.height * 2))
        // A region's fill shows at its label-free pole.
        let scene = engine.compile(chart).scene
        let xinjiang = try #require(scene.regions.first { $0.mark.id == "CN-XJ" })
        var ring: [Point] = []
        for c in xinjiang.path { if case .line(let p) = c { ring.append(p) } else if case .move(let p) = c, ring.isEmpty { ring.append(p) } }
        let pole = PlaneGeometry.poleOfInaccessibility([ring], precision: 1).point
        let fill = try #require(xinjiang.fill)
        let labelled = scene.texts.contains { $0.run.bounds.expanded(by: 3).containsPoint(pole) }
        if !labelled && !xinjiang.mark.noData {
            let (r, g, b) = image.rgb(Int(pole.x * 2), Int(pole.y * 2))
            #expect(abs(r - Int(fill.r * 255)) <= 2 && abs(g - Int(fill.g * 255)) <= 2 && abs(b - Int(fill.b * 255)) <= 2)
        }

        let svg = try #require(files[.svg])
        let parser = XMLParser(data: Data(svg))
        let root = RootElement()
        parser.delegate = root
        #expect(parser.parse())
        #expect(root.name == "svg")
        #expect(root.attributes["width"] == "\(Int(chart.width))pt")

        let pdf = try #require(files[.pdf])
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        let tmp = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: tmp) }
        let path = tmp + "/map.pdf"
        _ = FileManager.default.createFile(atPath: path, contents: Data(pdf))
        if let info = TestSupport.run("pdfinfo", [path]) {
            #expect(info.status == 0, "\(info.output)")
            #expect(info.output.contains("\(Int(chart.width)) x \(Int(chart.height)) pts"))
        }
        if let text = TestSupport.run("pdftotext", [path, "-"]) {
            #expect(text.output.contains(chart.spec.title!.prefix(10)))
        }
    }

    @Test("the same map gives byte-identical files, render after render", arguments: OutputFormat.allCases)
    func deterministic(format: OutputFormat) throws {
        let a = try ChartEngine().render(specFile: TestSupport.example("carbon-footprint-policies.json"), formats: [format]).files[format]
        let b = try ChartEngine().render(specFile: TestSupport.example("carbon-footprint-policies.json"), formats: [format]).files[format]
        #expect(a == b)
    }
}
