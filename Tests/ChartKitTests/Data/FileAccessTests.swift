import Foundation
import Testing
@testable import ChartKit

/// Inputs: regular files only, read with a bound, and only below the folders a spec may read.
@Suite("Reading inputs safely")
struct FileAccessTests {
    func message(_ body: () throws -> Void) -> String {
        do { try body(); return "" } catch { return "\(error)" }
    }

    @Test("a FIFO, a device and a folder are refused at once, by what they are")
    func nonRegularFiles() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(mkfifo(dir + "/pipe.csv", 0o644) == 0)
        // A FIFO with no writer would block a plain open forever.
        #expect(message { _ = try FileAccess.read(dir + "/pipe.csv", what: "data file") }.contains("is a FIFO (named pipe), not a regular file"))
        #expect(message { _ = try FileAccess.read("/dev/zero", what: "data file") }.contains("is a character device, not a regular file"))
        #expect(message { _ = try FileAccess.read(dir, what: "data file") }.contains("is a folder, not a regular file"))
    }

    @Test("the byte limit holds while reading, whatever size the file reports")
    func boundedRead() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/big.csv"
        FileManager.default.createFile(atPath: path, contents: Data(repeating: 0x41, count: 200_001))
        let m = message { _ = try FileAccess.read(path, what: "data file", limit: 200_000) }
        #expect(m.contains("is larger than the 0 MiB limit (it holds more than 200000 bytes)"))
        #expect(try FileAccess.read(path, what: "data file", limit: 200_001).count == 200_001)
        // /proc files report a size of 0: only reading tells.
        #expect(try FileAccess.read("/proc/self/status", what: "x").count > 0)
    }

    @Test("a missing file names the cause, not a Foundation error code")
    func missing() {
        let m = message { _ = try FileAccess.read("/nonexistent/x.csv", what: "data file") }
        #expect(m == "/nonexistent/x.csv: data file not found")
        #expect(!m.contains("NSCocoaErrorDomain"))
    }

    @Test("a spec's paths stay below its folder: absolute paths, .. and links out are refused")
    func confinement() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let specDir = dir + "/specs"
        try FileManager.default.createDirectory(atPath: specDir + "/data", withIntermediateDirectories: true)
        try "secret,line\n1,2\n".write(toFile: dir + "/secret.csv", atomically: true, encoding: .utf8)
        try "a,b\n1,2\n".write(toFile: specDir + "/data/ok.csv", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: specDir + "/out.csv", withDestinationPath: dir + "/secret.csv")
        try FileManager.default.createSymbolicLink(atPath: specDir + "/in.csv", withDestinationPath: specDir + "/data/ok.csv")
        let policy = PathPolicy.forSpec(in: specDir)
        let here = SourceLocation(file: "spec.json", line: 3, column: 12)
        func read(_ p: String, _ policy: PathPolicy = policy) -> String {
            message { _ = try FileAccess.read(FileAccess.resolve(p, against: specDir), what: "data file", location: here, fieldPath: "data.csv", policy: policy) }
        }
        for escape in [dir + "/secret.csv", "../secret.csv", "data/../../secret.csv", "out.csv", "/etc/passwd"] {
            let m = read(escape)
            #expect(m.hasPrefix("spec.json:3:12: data.csv "), "\(escape): \(m)")
            #expect(m.contains("outside the folders a spec may read"), "\(escape): \(m)")
            #expect(m.contains("--allow-outside-paths"))
            #expect(!m.contains("secret,line") && !m.contains("root:"))
        }
        #expect(read("data/ok.csv") == "")
        #expect(read("in.csv") == "", "a link that stays inside is fine")
        #expect(read("data/../data/ok.csv") == "")
        #expect(read("../secret.csv", policy.adding(root: dir)) == "", "a root the caller names")
        #expect(read("../secret.csv", .forSpec(in: specDir, allowOutside: true)) == "")
    }

    @Test("spec data, styles and maps all go through the policy")
    func everyPathKind() throws {
        let dir = TestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try "a,b\nx,1\n".write(toFile: dir + "/d.csv", atomically: true, encoding: .utf8)
        let sub = dir + "/sub"
        try FileManager.default.createDirectory(atPath: sub, withIntermediateDirectories: true)
        func errors(_ json: String) -> String {
            do {
                let spec = try SpecDecoder.decode(text: json, file: "s.json", baseDirectory: sub)
                _ = try ChartResolver.resolve(spec)
                return ""
            } catch { return error.description }
        }
        let bar = #""mark": "bar", "encoding": {"x": {"field": "a"}, "y": {"field": "b", "type": "quantitative"}}"#
        #expect(errors(#"{"data": {"csv": "../d.csv"}, "# + bar + "}").contains("data.csv \"../d.csv\" is outside"))
        #expect(errors(#"{"data": {"values": [{"a": "x", "b": 1}]}, "style": "../house.json", "# + bar + "}").contains("style \"../house.json\" is outside"))
        #expect(errors(#"{"data": {"csv": "../d.csv"}, "map": "../m.geojson", "mark": "region", "encoding": {"region": {"field": "a"}}}"#)
            .contains("\"../m.geojson\" is outside"))
    }

    @Test("a quoted value is cut to a short prefix with its length")
    func quote() {
        #expect(Quote.short("Hebei") == "Hebei")
        let long = String(repeating: "省", count: 10_000)
        let q = Quote.short(long)
        #expect(q.hasPrefix(String(repeating: "省", count: 60) + "…"))
        #expect(q.hasSuffix("(10000 characters)"))
    }
}
