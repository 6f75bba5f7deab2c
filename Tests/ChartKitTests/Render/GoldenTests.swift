import Foundation
import Testing
@testable import ChartKit

/// Golden images: every example rendered to PNG and compared with the approved picture in
/// Tests/ChartKitTests/Golden, with a small tolerance for anti-aliasing. A change in pixels
/// fails until someone looks at it and approves it:
///
///     CCNT_UPDATE_GOLDEN=1 swift test --filter Golden
///
/// On a failure the new picture is written beside the golden one as <name>.actual.png.
@Suite("Golden images")
struct GoldenTests {
    static let goldenDirectory = "\(TestSupport.root)/Tests/ChartKitTests/Golden"

    static var examples: [String] {
        let dir = "\(TestSupport.root)/examples"
        let files = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
        return files.filter { $0.hasSuffix(".json") }.sorted()
    }

    @Test("examples match their golden PNGs", arguments: GoldenTests.examples)
    func golden(example: String) throws {
        let engine = ChartEngine()
        let (files, _) = try engine.render(specFile: TestSupport.example(example), formats: [.png])
        let actual = try #require(files[.png])
        let name = (example as NSString).deletingPathExtension
        let goldenPath = "\(Self.goldenDirectory)/\(name).png"
        let actualPath = "\(Self.goldenDirectory)/\(name).actual.png"
        if ProcessInfo.processInfo.environment["CCNT_UPDATE_GOLDEN"] == "1" {
            try OutputFiles.writeAtomically(actual, to: goldenPath)
            try? FileManager.default.removeItem(atPath: actualPath)
            return
        }
        guard let goldenBytes = FileManager.default.contents(atPath: goldenPath) else {
            Issue.record("no golden image \(goldenPath); run CCNT_UPDATE_GOLDEN=1 swift test --filter Golden and look at it")
            return
        }
        let golden = try #require(TestSupport.decodePNG([UInt8](goldenBytes)))
        let image = try #require(TestSupport.decodePNG(actual))
        #expect(image.width == golden.width && image.height == golden.height)
        guard image.width == golden.width, image.height == golden.height else { return }
        var differing = 0
        for (a, b) in zip(image.pixels, golden.pixels) where a != b {
            let da = [16, 8, 0].map { abs(Int((a >> $0) & 0xFF) - Int((b >> $0) & 0xFF)) }.max()!
            if da > 24 { differing += 1 }
        }
        let fraction = Double(differing) / Double(image.pixels.count)
        if fraction > 0.001 { try OutputFiles.writeAtomically(actual, to: actualPath) }
        #expect(fraction <= 0.001, "\(differing) pixels differ from \(goldenPath); see \(actualPath)")
    }
}
