import Dispatch
import Foundation
import Testing
@testable import ChartKit

@Suite("Library API")
struct ChartRendererTests {
    let spec: SpecValue = [
        "title": "Built in Swift",
        "data": ["values": [["region": "Hebei", "target": 15], ["region": "Qinghai", "target": 10], ["region": "Tibet", "target": nil]]],
        "mark": ["type": "bar", "labels": true],
        "encoding": ["x": ["field": "region", "sort": "-y"], "y": ["field": "target", "type": "quantitative"]],
        "annotations": [["type": "rule", "y": 13.5, "label": "National"]],
    ]

    @Test("a spec written in Swift renders like its JSON twin")
    func swiftValue() throws {
        let renderer = ChartRenderer()
        let fromSwift = try renderer.render(spec, formats: [.png, .svg])
        #expect(fromSwift.scene.bars.map(\.category) == ["Hebei", "Qinghai"])
        let json = #"""
        {"title": "Built in Swift",
         "data": {"values": [{"region": "Hebei", "target": 15}, {"region": "Qinghai", "target": 10}, {"region": "Tibet", "target": null}]},
         "mark": {"type": "bar", "labels": true},
         "encoding": {"x": {"field": "region", "sort": "-y"}, "y": {"field": "target", "type": "quantitative"}},
         "annotations": [{"type": "rule", "y": 13.5, "label": "National"}]}
        """#
        let fromJSON = try renderer.render(json: json, formats: [.png, .svg])
        #expect(fromSwift.files == fromJSON.files)
    }

    @Test("errors in a Swift spec name the field path")
    func swiftErrors() {
        let bad: SpecValue = ["data": ["values": [["a": 1]]], "mark": "bar", "encoding": ["x": ["field": "a"], "y": ["field": "b"]], "widht": 3]
        do {
            _ = try ChartRenderer().render(bad, formats: [.png])
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.contains { $0.path == "widht" && $0.message.contains("did you mean \"width\"?") })
        }
        let nan: SpecValue = ["data": ["values": [["a": "x", "b": .number(.nan)]]], "mark": "bar", "encoding": ["x": ["field": "a"], "y": ["field": "b"]]]
        #expect(throws: ChartError.self) { try ChartRenderer().render(nan, formats: [.png]) }
    }

    @Test("one renderer from many threads gives the same bytes as one thread")
    func threadSafe() throws {
        let renderer = ChartRenderer()
        let files = ["figure2.json", "figure4.json", "figure7.json", "figure19.json"].map(TestSupport.example)
        let expected = try files.map { try renderer.render(specFile: $0, formats: OutputFormat.allCases).files }
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var mismatches = 0
            var errors: [String] = []
        }
        let results = Results()
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            do {
                let got = try renderer.render(specFile: files[i % files.count], formats: OutputFormat.allCases).files
                results.lock.lock()
                if got != expected[i % files.count] { results.mismatches += 1 }
                results.lock.unlock()
            } catch {
                results.lock.lock(); results.errors.append("\(error)"); results.lock.unlock()
            }
        }
        #expect(results.errors.isEmpty)
        #expect(results.mismatches == 0)
    }
}
