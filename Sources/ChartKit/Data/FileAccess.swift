import Foundation

// Reading inputs with clear errors and writing outputs atomically.

public enum FileAccess {
    /// Input files larger than this are refused: a chart's data never needs more, and a bigger
    /// file is almost always the wrong file.
    public static let maximumInputBytes = 64 * 1024 * 1024

    static func read(_ path: String, what: String, location: SourceLocation? = nil, fieldPath: String = "") throws(ChartError) -> [UInt8] {
        func fail(_ message: String) -> ChartError {
            ChartError(Diagnostic(at: location, path: fieldPath, message, file: location == nil ? path : nil))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw fail(location == nil ? "\(what) not found" : "\(what) \"\(path)\" not found")
        }
        if isDirectory.boolValue {
            throw fail(location == nil ? "is a folder, not a \(what)" : "\"\(path)\" is a folder, not a \(what)")
        }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           let size = attributes[.size] as? Int, size > maximumInputBytes {
            throw fail("\(what) \"\(path)\" is \(size / 1_048_576) MiB; the limit is \(maximumInputBytes / 1_048_576) MiB")
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw fail(location == nil ? "cannot read \(what) (permission denied?)" : "cannot read \(what) \"\(path)\" (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.readToEnd() ?? Data()
            return [UInt8](data)
        } catch {
            throw fail("cannot read \(what) \"\(path)\": \(error.localizedDescription)")
        }
    }

    /// Resolves `path` against `base` unless it is absolute.
    static func resolve(_ path: String, against base: String) -> String {
        if path.hasPrefix("/") { return path }
        if base.isEmpty || base == "." { return path }
        return (base as NSString).appendingPathComponent(path)
    }

    /// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so a
    /// reader never sees a half-written file and a failure leaves the previous file in place.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(ChartError) {
        let directory = (path as NSString).deletingLastPathComponent
        let folder = directory.isEmpty ? "." : directory
        let name = (path as NSString).lastPathComponent
        let temporary = (folder as NSString).appendingPathComponent(".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw ChartError(file: path, "cannot write output: \(String(cString: strerror(errno)))")
        }
        var written = 0
        var failure: Int32 = 0
        bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                written += n
            }
        }
        // No fsync: charts are rebuilt from their sources, so durability across power loss is
        // not worth its cost; atomicity against crashes and concurrent readers is the rename's.
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure == 0 && rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw ChartError(file: path, "cannot write output: \(String(cString: strerror(failure)))")
        }
    }
}
