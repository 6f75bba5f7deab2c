// A program that embeds ChartKit: builds a chart in Swift, renders it on several threads at
// once, and writes the files. Run it with `swift run embed-example [output folder]`.
import ChartKit
import Dispatch
import Foundation

let renderer = ChartRenderer()  // thread-safe; share one

let spec: SpecValue = [
    "title": "New energy storage in Inner Mongolia",
    "subtitle": "Power in operation, GW",
    "source": "Data source: Special Action Plan for the Development of New Energy Storage in Inner Mongolia (2024-2025)",
    "width": 480, "height": 320,
    "data": ["values": [["year": "2024", "gw": 6.5], ["year": "2025", "gw": 14.5]]],
    "mark": ["type": "bar", "labels": true],
    "encoding": [
        "x": ["field": "year", "type": "ordinal", "title": nil],
        "y": ["field": "gw", "type": "quantitative", "title": "GW"],
    ],
]

let folder = CommandLine.arguments.dropFirst().first ?? "out/embed"
try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)

// The same renderer from two threads at once: one chart as PNG, one in the print style as PDF.
let jobs: [(name: String, format: OutputFormat, style: String?)] = [("storage.png", .png, nil), ("storage-print.pdf", .pdf, "print")]
final class Failures: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var messages: [String] = []
    func add(_ m: String) { lock.lock(); messages.append(m); lock.unlock() }
}
let failures = Failures()
DispatchQueue.concurrentPerform(iterations: jobs.count) { i in
    let job = jobs[i]
    do {
        let chart = try renderer.render(spec, formats: [job.format], options: RenderOptions(scale: 2), style: job.style)
        try OutputFiles.writeAtomically(chart.files[job.format]!, to: "\(folder)/\(job.name)")
        print("wrote \(folder)/\(job.name) (\(chart.scene.bars.count) bars)")
    } catch {
        failures.add("\(job.name): \(error)")
    }
}
for f in failures.messages { FileHandle.standardError.write(Data("error: \(f)\n".utf8)) }
exit(failures.messages.isEmpty ? 0 : 1)
