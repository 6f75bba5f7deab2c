import Foundation
import Testing

/// The `ccnt-chart` executable as a user (or a Makefile) runs it.
@Suite("ccnt-chart CLI")
struct CLITests {
    static let root: String = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// The binary sits beside the test bundle in the build folder (`swift test` builds it).
    static let binary: String = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? ""
        var dir = (exe as NSString).deletingLastPathComponent
        if dir.hasSuffix(".xctest") { dir = (dir as NSString).deletingLastPathComponent }
        return (dir as NSString).appendingPathComponent("ccnt-chart")
    }()

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ args: [String], cwd: String = CLITests.root) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: Self.binary)
        p.arguments = args
        p.currentDirectoryURL = URL(fileURLWithPath: cwd)
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        let e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    func temporaryDirectory() -> String {
        let dir = NSTemporaryDirectory() + "ccnt-cli-\(getpid())-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    func files(in dir: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).sorted()
    }

    @Test("-f html writes a <figure> naming the SVG, the PNG and the PNG at 2×, written beside it, with the chart's words as alt text")
    func html() throws {
        let tmp = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: tmp) }
        let r = try run(["render", "examples/figure2.json", "-f", "html", "-o", tmp])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(files(in: tmp) == ["figure2.html", "figure2.png", "figure2.svg", "figure2@2x.png"])
        let html = try String(contentsOfFile: tmp + "/figure2.html", encoding: .utf8)
        for name in ["figure2.svg", "figure2.png 1x", "figure2@2x.png 2x"] { #expect(html.contains(name)) }
        let words = try run(["describe", "examples/figure2.json"]).stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(html.contains("alt=\"\(words)\""))
        #expect(html.contains("<figcaption>") && html.contains("Data source: Carbon Peaking"))
        let png2 = try #require(FileManager.default.contents(atPath: tmp + "/figure2@2x.png"))
        #expect(png2[16..<20].reduce(0) { $0 << 8 | Int($1) } == 1600)
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/xmllint") {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
            p.arguments = ["--noout", tmp + "/figure2.html"]
            try p.run()
            p.waitUntilExit()
            #expect(p.terminationStatus == 0, "the snippet is well-formed markup")
        }
    }

    @Test("describe prints each chart's alt text; a bad spec fails with its error")
    func describe() throws {
        let r = try run(["describe", "examples/figure2.json"])
        #expect(r.status == 0 && r.stdout.hasPrefix("Bar chart: 2025 targets") && r.stdout.contains("31 bars"), "\(r.stdout) \(r.stderr)")
        let bad = try run(["describe", "examples/nope.json"])
        #expect(bad.status == 1 && bad.stderr.contains("nope.json"))
    }

    @Test("--version prints the version CHANGELOG.md heads with, and exits 0")
    func version() throws {
        let r = try run(["--version"])
        #expect(r.status == 0, "\(r.stderr)")
        let printed = r.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let changelog = try String(contentsOfFile: Self.root + "/CHANGELOG.md", encoding: .utf8)
        let newest = changelog.components(separatedBy: "\n").first { $0.hasPrefix("## ") }
        #expect(!printed.isEmpty && newest?.hasPrefix("## \(printed) ") == true, "\(printed) vs \(newest ?? "")")
        #expect(FileManager.default.fileExists(atPath: Self.root + "/LICENSE"))
    }

    @Test("render writes <spec name>.<format> for each format into -o")
    func render() throws {
        let tmp = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: tmp) }
        let out = tmp + "/figs"
        let r = try run(["render", "examples/figure2.json", "examples/figure3.json", "-o", out, "-f", "png,pdf", "--scale", "2"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(files(in: out) == ["figure2.pdf", "figure2.png", "figure3.pdf", "figure3.png"])
        let png = try #require(FileManager.default.contents(atPath: out + "/figure2.png"))
        // IHDR width and height at 2×.
        let w = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, h = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect((w, h) == (1600, 1000))
    }

    @Test("two runs give byte-identical files")
    func deterministicAcrossProcesses() throws {
        let a = temporaryDirectory(), b = temporaryDirectory()
        defer { for d in [a, b] { try? FileManager.default.removeItem(atPath: d) } }
        #expect(try run(["render", "examples/figure4.json", "-o", a]).status == 0)
        #expect(try run(["render", "examples/figure4.json", "-o", b]).status == 0)
        for f in ["figure4.png", "figure4.svg", "figure4.pdf"] {
            #expect(FileManager.default.contents(atPath: "\(a)/\(f)") == FileManager.default.contents(atPath: "\(b)/\(f)"))
        }
    }

    @Test("a bad spec exits 1 with file:line:column and field, writes nothing, keeps the old output")
    func badSpec() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let spec = dir + "/broken.json"
        try """
        {
          "data": {"csv": "\(Self.root)/examples/data/energy-intensity-2025.csv"},
          "mark": "bar",
          "encoding": {
            "x": {"field": "region"},
            "y": {"field": "targt"}
          }
        }
        """.write(toFile: spec, atomically: true, encoding: .utf8)
        let out = dir + "/out"
        try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
        try "previous good chart".write(toFile: out + "/broken.png", atomically: true, encoding: .utf8)
        let r = try run(["render", spec, "-o", out, "--root", Self.root + "/examples"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("broken.json:6:20: encoding.y.field \"targt\" is not a column of \(Self.root)/examples/data/energy-intensity-2025.csv (columns: region, target)"))
        #expect(r.stderr.contains("did you mean \"target\"?"))
        #expect(files(in: out) == ["broken.png"])
        #expect(try String(contentsOfFile: out + "/broken.png", encoding: .utf8) == "previous good chart")
    }

    @Test("one bad spec does not stop the good ones, but the exit code says it failed")
    func mixedBatch() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "{ not json".write(toFile: dir + "/bad.json", atomically: true, encoding: .utf8)
        let r = try run(["render", dir + "/bad.json", "examples/figure3.json", "-o", dir + "/out", "-f", "svg"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("bad.json:1:3:"))
        #expect(files(in: dir + "/out") == ["figure3.svg"])
    }

    @Test("usage errors exit 2 and say what to type")
    func usage() throws {
        let r = try run(["render", "examples/figure2.json", "--format", "gif"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--format"))
        #expect(try run(["render", "examples/figure2.json", "--bogus"]).status == 2)
        #expect(try run(["render"]).status == 2)
        #expect(try run(["render", "examples/figure2.json", "--scale", "0"]).status == 2)
        #expect(try run(["frobnicate"]).status == 2)
    }

    @Test("--help lists the commands and examples")
    func help() throws {
        let r = try run(["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("render"))
        #expect(r.stdout.contains("validate"))
        #expect(r.stdout.contains("ccnt-chart render examples/figure2.json"))
        let sub = try run(["render", "--help"])
        #expect(sub.status == 0)
        #expect(sub.stdout.contains("--scale"))
        // Every default as a user would type it, never a Swift value's description.
        #expect(sub.stdout.contains("(default: png,svg,pdf)"))
        #expect(sub.stdout.contains("(default: 60)"))
        #expect(!sub.stdout.contains("FormatList") && !sub.stdout.contains("ChartKit."))
    }

    @Test("validate reports every error and renders nothing")
    func validate() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try #"{"titel": "x", "mark": "bra", "data": {"values": []}, "encoding": {"x": {"field": "a"}, "y": {"field": "b"}}}"#
            .write(toFile: dir + "/two.json", atomically: true, encoding: .utf8)
        let bad = try run(["validate", dir + "/two.json"], cwd: dir)
        #expect(bad.status == 1)
        #expect(bad.stderr.split(separator: "\n").count == 2)
        #expect(bad.stderr.contains("titel"))
        #expect(bad.stderr.contains("did you mean \"bar\"?"))
        let good = try run(["validate", "examples/figure2.json", "examples/figure4.json"])
        #expect(good.status == 0)
        #expect(files(in: dir) == ["two.json"])
    }

    @Test("--style picks a bundled style by name; an unknown name lists the real ones")
    func styles() throws {
        let out = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        #expect(try run(["render", "examples/figure2.json", "--style", "print", "-o", out, "-f", "png"]).status == 0)
        let r = try run(["render", "examples/figure2.json", "--style", "prnt", "-o", out, "-f", "png"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("\"prnt\" is not a style"))
        #expect(r.stderr.contains("did you mean \"print\"?"))
    }

    @Test("an output folder that cannot be created is an error, not a crash")
    func unwritableOutput() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "a file".write(toFile: dir + "/taken", atomically: true, encoding: .utf8)
        let r = try run(["render", "examples/figure2.json", "-o", dir + "/taken"])
        #expect(r.status == 1)
        #expect(r.stderr.contains("taken"))
    }

    /// The bad-input corpus (Tests/CLITests/BadInput/cases.tsv): each spec is refused with a
    /// clear message, exit code 1, and nothing written, not even a temporary file.
    static let badInputs: [(spec: String, message: String)] = {
        let text = (try? String(contentsOfFile: root + "/Tests/CLITests/BadInput/cases.tsv", encoding: .utf8)) ?? ""
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains("\t") }.map {
            let parts = $0.split(separator: "\t", maxSplits: 1)
            return (String(parts[0]), String(parts[1]))
        }
    }()

    @Test("bad input is refused with a clear error and no output", arguments: CLITests.badInputs.map(\.spec))
    func badInput(spec: String) throws {
        let message = try #require(Self.badInputs.first { $0.spec == spec }?.message)
        let out = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try run(["render", "Tests/CLITests/BadInput/\(spec)", "-o", out])
        #expect(r.status == 1)
        #expect(r.stderr.contains(message), "stderr: \(r.stderr)")
        #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("Stack dump"))
        #expect(files(in: out).isEmpty)
    }

    @Test("the corpus covers every case the suite promises")
    func corpusComplete() {
        #expect(Self.badInputs.count >= 19)
    }

    // MARK: Batches

    @Test("a batch renders in parallel; a second run skips what is up to date; --force renders again")
    func incremental() throws {
        let out = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let specs = ["examples/figure2.json", "examples/figure3.json", "examples/figure5.json", "examples/figure19.json"]
        let first = try run(["render"] + specs + ["-o", out, "-f", "png,svg", "--jobs", "2"])
        #expect(first.status == 0)
        #expect(first.stdout.components(separatedBy: "rendered ").count == 5)
        let second = try run(["render"] + specs + ["-o", out, "-f", "png,svg", "--manifest", out + "/manifest.json"])
        #expect(second.status == 0)
        #expect(second.stdout.components(separatedBy: "up to date ").count == 5)
        let manifest = try JSONSerialization.jsonObject(with: try #require(FileManager.default.contents(atPath: out + "/manifest.json"))) as! [String: Any]
        let charts = manifest["charts"] as! [[String: Any]]
        #expect(charts.count == 4)
        #expect(charts.allSatisfy { $0["skipped"] as? Bool == true && $0["status"] as? String == "skipped" })
        let forced = try run(["render"] + specs + ["-o", out, "-f", "png,svg", "--force", "-q"])
        #expect(forced.status == 0)
        #expect(forced.stdout.isEmpty)
    }

    @Test("a changed data file makes only its chart render again")
    func dataChange() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try FileManager.default.createDirectory(atPath: dir + "/data", withIntermediateDirectories: true)
        for f in ["figure2.json", "figure3.json"] {
            try FileManager.default.copyItem(atPath: Self.root + "/examples/" + f, toPath: dir + "/" + f)
        }
        for f in ["energy-intensity-2025.csv", "co2-intensity-2030.csv"] {
            try FileManager.default.copyItem(atPath: Self.root + "/examples/data/" + f, toPath: dir + "/data/" + f)
        }
        #expect(try run(["render", "figure2.json", "figure3.json", "-f", "svg"], cwd: dir).status == 0)
        // Make the data newer than the outputs.
        let later = Date().addingTimeInterval(5)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: dir + "/data/co2-intensity-2030.csv")
        let r = try run(["render", "figure2.json", "figure3.json", "-f", "svg"], cwd: dir)
        #expect(r.stdout.contains("up to date figure2.json"))
        #expect(r.stdout.contains("rendered figure3.json"))
    }

    @Test("the manifest lists sizes and SHA-256 that match the files; the depfile names what each depends on")
    func manifestAndDepfile() throws {
        let out = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try run(["render", "examples/figure7.json", "examples/figure2.json", "-o", out, "-f", "png,pdf",
                         "--manifest", out + "/m.json", "--depfile", out + "/charts.d"])
        #expect(r.status == 0)
        let manifest = try JSONSerialization.jsonObject(with: try #require(FileManager.default.contents(atPath: out + "/m.json"))) as! [String: Any]
        let charts = manifest["charts"] as! [[String: Any]]
        #expect(charts.map { $0["spec"] as! String } == ["examples/figure7.json", "examples/figure2.json"])
        for chart in charts {
            #expect(chart["status"] as? String == "rendered")
            #expect((chart["seconds"] as! Double) > 0)
            for o in chart["outputs"] as! [[String: Any]] {
                let data = try #require(FileManager.default.contents(atPath: o["path"] as! String))
                #expect(data.count == o["bytes"] as! Int)
                if let sum = TestShell.sha256(o["path"] as! String) { #expect(sum == o["sha256"] as! String) }
            }
        }
        let dep = try String(contentsOfFile: out + "/charts.d", encoding: .utf8)
        let lines = dep.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].hasPrefix("\(out)/figure7.png \(out)/figure7.pdf: examples/figure7.json examples/data/new-capacity.csv examples/data/new-capacity-renewable-share.csv"))
        #expect(lines[0].hasSuffix("ccnt.json"))
    }

    @Test("one bad spec among good ones: the others render, the exit code is 1; --fail-fast stops early")
    func failures() throws {
        let dir = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "{".write(toFile: dir + "/bad.json", atomically: true, encoding: .utf8)
        let specs = [dir + "/bad.json", "examples/figure2.json", "examples/figure3.json", "examples/figure4.json"]
        let all = try run(["render"] + specs + ["-o", dir + "/out", "-f", "svg", "--jobs", "1"])
        #expect(all.status == 1)
        #expect(files(in: dir + "/out") == ["figure2.svg", "figure3.svg", "figure4.svg"])
        #expect(all.stderr.contains("1 of 4 specs failed"))
        let fast = try run(["render"] + specs + ["-o", dir + "/fast", "-f", "svg", "--jobs", "1", "--fail-fast"])
        #expect(fast.status == 1)
        #expect(files(in: dir + "/fast").isEmpty)
        #expect(fast.stderr.contains("--fail-fast: 3 spec(s) not rendered"))
    }

    @Test("no progress line when stderr is not a terminal")
    func quietPipes() throws {
        let out = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try run(["render", "examples/figure2.json", "examples/figure3.json", "-o", out, "-f", "svg"])
        #expect(!r.stderr.contains("[1/2]"))
        #expect(!r.stderr.contains("\u{1B}"))
    }

    @Test("the embedding example builds a chart in Swift and renders it from two threads")
    func embedExample() throws {
        let out = temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: out) }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: (Self.binary as NSString).deletingLastPathComponent + "/embed-example")
        p.arguments = [out]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        #expect(files(in: out) == ["storage-print.pdf", "storage.png"])
    }
}

enum TestShell {
    /// SHA-256 by coreutils, an implementation that is not ours.
    static func sha256(_ path: String) -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/sha256sum")
        p.arguments = [path]
        let pipe = Pipe()
        p.standardOutput = pipe
        guard (try? p.run()) != nil else { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: " ").first.map(String.init)
    }
}
