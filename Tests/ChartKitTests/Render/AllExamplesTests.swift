import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import ChartKit

/// Every example renders in every format, and each file is read back by another reader.
@Suite("Every example in every format")
struct AllExamplesTests {
    @Test("PNG decodes, SVG parses, PDF opens", arguments: GoldenTests.examples)
    func formats(example: String) throws {
        let engine = ChartEngine()
        let (files, _) = try engine.render(specFile: TestSupport.example(example), formats: OutputFormat.allCases)
        let png = try #require(files[.png])
        #expect(TestSupport.decodePNG(png) != nil)
        let parser = XMLParser(data: Data(try #require(files[.svg])))
        #expect(parser.parse())
        let pdf = try #require(files[.pdf])
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        FileManager.default.createFile(atPath: dir + "/x.pdf", contents: Data(pdf))
        if let info = TestSupport.run("pdfinfo", [dir + "/x.pdf"]) { #expect(info.status == 0, "\(info.output)") }
    }
}
