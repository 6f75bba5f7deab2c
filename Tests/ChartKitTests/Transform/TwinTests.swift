import Foundation
import Testing
@testable import ChartKit

/// Every example that reshapes or computes its data in the spec has a twin in Twins/: the same
/// spec without transforms, over data reshaped by an independent Python script
/// (Twins/make-twins.py). Both must render to the same bytes.
@Suite("Transform twins")
struct TwinTests {
    static let twins = ["figure5", "figure6", "figure7", "figure8", "figure9", "figure10", "figure11", "figure13", "figure16", "figure18",
                        "new-capacity-totals", "policy-count-map"]
    static let folder = "\(TestSupport.root)/Tests/ChartKitTests/Transform/Twins"

    @Test("the example and its hand-reshaped twin render to identical PNGs", arguments: twins)
    func identical(_ name: String) throws {
        let engine = ChartEngine()
        let example = try engine.render(specFile: TestSupport.example("\(name).json"), formats: [.png]).files[.png]!
        let twin = try engine.render(specFile: "\(Self.folder)/\(name).json", formats: [.png]).files[.png]!
        #expect(example.count > 1000)
        #expect(example == twin)
    }

    @Test("every example with a transform has a twin")
    func coverage() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: "\(TestSupport.root)/examples").filter { $0.hasSuffix(".json") }
        for file in files {
            let text = try String(contentsOfFile: TestSupport.example(file), encoding: .utf8)
            guard text.contains("\"transform\"") || text.contains("\"aggregate\"") || text.contains("\"timeUnit\"") else { continue }
            #expect(Self.twins.contains(String(file.dropLast(5))), "\(file) transforms its data but has no twin in Twins/")
        }
    }
}
