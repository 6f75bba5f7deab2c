import Foundation

// Writing outputs so that a reader never sees a half-written file, a failure never leaves a
// mixed set, and nothing but a regular file is ever replaced.
//
// - A chart's formats (PNG, SVG, PDF) are one set: every file is written to a temporary name
//   first; only when all are complete are they renamed into place, and if a rename fails the
//   files already replaced get their old contents back.
// - Only regular files (or new names) are replaced: a symlink, a device or a FIFO where an
//   image should go is an error, never renamed over.
// - Reports (manifest, depfile) may go to a device or a pipe (`--manifest /dev/stdout`): those
//   are written through, and a symlink to a regular file replaces the file it points to.
// - Temporary files carry this tool's mark and the writer's process id, so a later run removes
//   what a killed one left behind (`removeStaleTemporaries`).

public enum OutputFiles {
    /// The infix that marks this tool's temporary and backup files: `.figure2.png.ccnt-tmp-PID-RAND`.
    static let temporaryMark = ".ccnt-tmp-"
    static let backupMark = ".ccnt-bak-"

    /// Replaces a chart's files as one set. Either every file holds its new bytes, or every
    /// file is as it was before the call (a new name stays absent).
    public static func replaceSet(_ files: [(path: String, bytes: [UInt8])]) throws(ChartError) {
        for f in files { try requireReplaceable(f.path) }
        // 1. Every new file complete under a temporary name.
        var temporaries: [String] = []
        for f in files {
            do throws(ChartError) {
                temporaries.append(try writeTemporary(f.bytes, beside: f.path))
            } catch {
                temporaries.forEach { _ = unlink($0) }
                throw error
            }
        }
        // 2. Keep the old files reachable (hard links cost no copy) so a failed rename can be undone.
        var backups: [String?] = []
        for f in files {
            let backup = hiddenName(for: f.path, mark: backupMark)
            backups.append(link(f.path, backup) == 0 ? backup : nil)
        }
        defer { backups.compactMap { $0 }.forEach { _ = unlink($0) } }
        // 3. Rename into place; on a failure, put back what was already replaced.
        for (i, f) in files.enumerated() where rename(temporaries[i], f.path) != 0 {
            let cause = errno
            for j in 0..<i {
                if let b = backups[j] { _ = rename(b, files[j].path) } else { _ = unlink(files[j].path) }
            }
            temporaries[i...].forEach { _ = unlink($0) }
            throw ChartError(file: f.path, "cannot write output: \(FileAccess.describe(errno: cause)); the previous files are kept")
        }
    }

    /// Writes one file atomically (a single report or image); same rules as `replaceSet`.
    public static func writeAtomically(_ bytes: [UInt8], to path: String) throws(ChartError) {
        try replaceSet([(path, bytes)])
    }

    /// Writes a report (manifest, depfile): through to a device or FIFO the path is or points
    /// to, into the file a symlink points to, else atomically like an image.
    public static func writeReport(_ bytes: [UInt8], to path: String) throws(ChartError) {
        var info = stat()
        guard stat(path, &info) == 0 else { return try writeAtomically(bytes, to: path) }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            // Through a symlink, replace its target and keep the link.
            let target = FileAccess.realPath(path) ?? path
            try writeAtomically(bytes, to: target)
        case S_IFCHR, S_IFIFO:
            try writeThrough(bytes, to: path)
        default:
            throw ChartError(file: path, "is \(FileAccess.nonRegularKind(info.st_mode) ?? "not a file"); a report goes to a regular file, a device or a pipe")
        }
    }

    /// Checks that `path` is absent or a regular file (not a link to one).
    static func requireReplaceable(_ path: String) throws(ChartError) {
        var info = stat()
        guard lstat(path, &info) == 0 else { return }
        if let kind = FileAccess.nonRegularKind(info.st_mode) {
            throw ChartError(file: path, "is \(kind); ccnt-chart replaces only regular files (remove it, or choose another output folder)")
        }
    }

    /// `.NAME<mark>PID-RAND` in the same folder as `path` (a rename never crosses file systems).
    static func hiddenName(for path: String, mark: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let hidden = ".\(name)\(mark)\(getpid())-\(String(UInt32.random(in: 0...UInt32.max), radix: 16))"
        return folder.isEmpty ? hidden : (folder as NSString).appendingPathComponent(hidden)
    }

    private static func writeTemporary(_ bytes: [UInt8], beside path: String) throws(ChartError) -> String {
        let temporary = hiddenName(for: path, mark: temporaryMark)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            throw ChartError(file: path, "cannot write output: \(FileAccess.describe(errno: errno))")
        }
        var failure = writeAll(fd, bytes)
        // No fsync: charts are rebuilt from their sources, so durability across power loss is
        // not worth its cost; atomicity against crashes and concurrent readers is the rename's.
        if close(fd) != 0 && failure == 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw ChartError(file: path, "cannot write output: \(FileAccess.describe(errno: failure)); the previous files are kept")
        }
        return temporary
    }

    private static func writeThrough(_ bytes: [UInt8], to path: String) throws(ChartError) {
        // Non-blocking open: a FIFO nobody reads fails at once (ENXIO) instead of hanging.
        let fd = open(path, O_WRONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else {
            let cause = errno == ENXIO ? "no process is reading it" : FileAccess.describe(errno: errno)
            throw ChartError(file: path, "cannot write: \(cause)")
        }
        // Writes may block from here on (a slow reader is still a reader).
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        let failure = writeAll(fd, bytes)
        close(fd)
        if failure != 0 { throw ChartError(file: path, "cannot write: \(FileAccess.describe(errno: failure))") }
    }

    /// Writes every byte; returns 0 or the errno that stopped it.
    private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
        var written = 0
        return bytes.withUnsafeBytes { raw -> Int32 in
            while written < raw.count {
                let n = write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                written += n
            }
            return 0
        }
    }

    /// Removes this tool's temporary and backup files in `folder` left by processes that no
    /// longer run (a `kill -9`, a power cut). Files of a live process are left alone. Returns
    /// the names removed.
    @discardableResult
    public static func removeStaleTemporaries(in folder: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(".") {
            guard let pid = writerProcess(of: name), !processIsRunning(pid) else { continue }
            let path = (folder as NSString).appendingPathComponent(name)
            var info = stat()
            guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            if unlink(path) == 0 { removed.append(name) }
        }
        return removed
    }

    /// The process id in a temporary or backup name of this tool, or in the older
    /// `.NAME.PID.RAND.tmp` form that versions before 0.3 wrote.
    static func writerProcess(of name: String) -> pid_t? {
        for mark in [temporaryMark, backupMark] {
            if let r = name.range(of: mark, options: .backwards) {
                let tail = name[r.upperBound...].split(separator: "-")
                guard tail.count == 2, let pid = pid_t(tail[0]), UInt32(tail[1], radix: 16) != nil else { return nil }
                return pid
            }
        }
        let parts = name.split(separator: ".")
        if parts.count >= 4, parts.last == "tmp", let pid = pid_t(parts[parts.count - 3]), UInt32(parts[parts.count - 2]) != nil {
            return pid
        }
        return nil
    }

    static func processIsRunning(_ pid: pid_t) -> Bool {
        if pid == getpid() { return true }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
