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
        let r = try run(["render", spec, "-o", out])
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
}
