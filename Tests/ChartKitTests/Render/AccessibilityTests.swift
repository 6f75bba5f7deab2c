import Foundation
import Testing
@testable import ChartKit

/// What a reader who cannot see the chart gets: the spec's description or a summary of the
/// drawn data, in the SVG (role, title, desc), the PDF (title, subject) and the PNG (iTXt).
@Suite("Accessible files")
struct AccessibilityTests {
    let engine = ChartEngine()

    func compiled(_ example: String) throws -> Scene {
        engine.compile(try engine.load(specFile: TestSupport.example(example))).scene
    }

    @Test("figure2's summary names the kind, the count, the extremes with their provinces and the reference line")
    func barSummary() throws {
        let d = try #require(try compiled("figure2.json").description)
        #expect(d.hasPrefix("Bar chart: 2025 targets"))
        #expect(d.contains("31 bars, from 10 (Qinghai) to 15 (Hebei, Inner Mongolia, Jilin, Ningxia)"))
        #expect(d.hasSuffix("Line: National target 13.5%."))
    }

    @Test("a Chinese title gives a Chinese summary; a map names its regions; a spec's description wins")
    func languageAndKinds() throws {
        #expect(try compiled("energy-intensity-zh.json").description?.hasPrefix("条形图：") == true)
        #expect(try compiled("energy-intensity-map.json").description?.contains("31 regions, from 10 (Qinghai)") == true)
        let chart = try ChartResolver.resolve(try SpecDecoder.decode(text: #"{"description": "Two bars.", "data": {"values": [{"k": "a", "v": 1}]}, "mark": "bar", "encoding": {"x": {"field": "k"}, "y": {"field": "v", "type": "quantitative"}}}"#, file: "t.json", baseDirectory: TestSupport.root))
        #expect(engine.compile(chart).scene.description == "Two bars.")
    }

    @Test("panels are named, not mixed into one range: a concatenation of two units, small multiples of 31")
    func panels() throws {
        let concat = try #require(try compiled("figures12-13.json").description)
        #expect(concat.contains("2 panels: Photovoltaic modules (GW), Polysilicon (thousand tonnes)") && !concat.contains("bars, from"), "\(concat)")
        #expect(try compiled("province-small-multiples.json").description?.contains("31 panels: Anhui, Beijing") == true)
    }

    @Test("the SVG's root has role img and aria-labelledby naming its <title> and <desc>; xmllint reads it")
    func svg() throws {
        let scene = try compiled("figure2.json")
        let bytes = try engine.render(scene, format: .svg)
        let text = String(decoding: bytes, as: UTF8.self)
        let root = try #require(text.range(of: "<svg[^>]*>", options: .regularExpression).map { String(text[$0]) })
        #expect(root.contains(#"role="img""#) && root.contains(#"aria-labelledby="ccnt-title ccnt-desc""#))
        #expect(text.contains(#"<title id="ccnt-title">2025 targets"#))
        #expect(text.contains("<desc id=\"ccnt-desc\">\(SVGAccessibility.escaped(scene.description!))</desc>"))
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        FileManager.default.createFile(atPath: dir + "/a.svg", contents: Data(bytes))
        if let lint = TestSupport.run("xmllint", ["--noout", dir + "/a.svg"]) { #expect(lint.status == 0, "\(lint.output)") }
        else { print("xmllint is not installed; SVG checked by text only") }
    }

    @Test("the PNG carries Title and Description as iTXt chunks; the PDF is tagged, its Figure has the words as /Alt")
    func pngAndPDF() throws {
        let scene = try compiled("figure2.json")
        let png = try engine.render(scene, format: .png)
        var texts: [String: String] = [:]
        var i = 8
        while i + 8 <= png.count {
            let len = png[i..<(i + 4)].reduce(0) { $0 << 8 | Int($1) }
            let type = String(decoding: png[(i + 4)..<(i + 8)], as: UTF8.self)
            if type == "iTXt" {
                let data = Array(png[(i + 8)..<(i + 8 + len)])
                let keyEnd = data.firstIndex(of: 0)!
                texts[String(decoding: data[..<keyEnd], as: UTF8.self)] = String(decoding: data[(keyEnd + 5)...], as: UTF8.self)
            }
            i += 12 + len
        }
        #expect(texts["Title"] == scene.title && texts["Description"] == scene.description)
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        FileManager.default.createFile(atPath: dir + "/a.png", contents: Data(png))
        if let check = TestSupport.run("pngcheck", [dir + "/a.png"]) { #expect(check.status == 0, "\(check.output)") }
        let pdf = try engine.render(scene, format: .pdf)
        FileManager.default.createFile(atPath: dir + "/a.pdf", contents: Data(pdf))
        if let info = TestSupport.run("pdfinfo", [dir + "/a.pdf"]) {
            #expect(info.output.contains("Subject:") && info.output.contains("31 bars"), "\(info.output)")
            #expect(info.output.contains("Tagged:          yes"), "\(info.output)")
        } else { print("pdfinfo is not installed; PDF subject not checked") }
        // The Figure's /Alt (UTF-16 hex) and the catalog's /Lang, in a file qpdf finds sound.
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/S /Figure\n   /Alt \(PDFAccessibility.hexString(scene.description!))"))
        #expect(text.contains("/Lang (en)"))
        if let check = TestSupport.run("qpdf", ["--check", dir + "/a.pdf"]) { #expect(check.status == 0, "\(check.output)") }
    }
}
