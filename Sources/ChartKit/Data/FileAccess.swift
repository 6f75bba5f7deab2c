import Foundation

// Reading inputs: regular files only, read with a byte bound (a size reported by stat is not
// trusted: /proc files report 0, devices report nothing), and, for every path a spec names,
// only below the folders the caller allows (see PathPolicy). Writing outputs lives in
// OutputFiles.swift.

/// Where the paths a spec names (data, style, `extends`, map) may lead. A spec is often
/// someone else's file: a newsletter build renders what contributors send, a library user
/// renders what a web form posts. So by default a spec reads only below its own folder, and
/// the caller widens that with more roots or lifts it altogether.
public struct PathPolicy: Sendable, Equatable {
    /// Folders a path may resolve below (after following symlinks). Empty with
    /// `allowOutside == false` means nothing may be read by path.
    public var roots: [String]
    /// Lifts confinement (the CLI's --allow-outside-paths).
    public var allowOutside: Bool

    public init(roots: [String], allowOutside: Bool = false) {
        self.roots = roots
        self.allowOutside = allowOutside
    }

    /// Anything goes: for files the caller names itself (the spec file, a --style path).
    public static let unrestricted = PathPolicy(roots: [], allowOutside: true)

    /// The policy for a spec in `baseDirectory`: its folder, any `extraRoots` the caller
    /// names, or anything at all with `allowOutside`.
    public static func forSpec(in baseDirectory: String, extraRoots: [String] = [], allowOutside: Bool = false) -> PathPolicy {
        PathPolicy(roots: [baseDirectory.isEmpty ? "." : baseDirectory] + extraRoots, allowOutside: allowOutside)
    }

    /// The same policy with one more root.
    func adding(root: String) -> PathPolicy {
        var p = self
        if !p.roots.contains(root) { p.roots.append(root) }
        return p
    }
}

public enum FileAccess {
    /// Input files larger than this are refused: a chart's data never needs more, and a bigger
    /// file is almost always the wrong file.
    public static let maximumInputBytes = 64 * 1024 * 1024

    /// Reads a whole regular file of at most `limit` bytes. `what` names the file's role in
    /// messages ("data file"); `location`/`fieldPath` point at the spec field that named it,
    /// and `policy` says where that field may lead (nil: the caller named the file itself).
    /// `written` is the path as the spec wrote it, for messages (default: `path`).
    static func read(_ path: String, what: String, location: SourceLocation? = nil, fieldPath: String = "",
                     policy: PathPolicy? = nil, written: String? = nil, limit: Int = maximumInputBytes) throws(ChartError) -> [UInt8] {
        var out: [UInt8] = []
        try readPieces(path, what: what, location: location, fieldPath: fieldPath, policy: policy, written: written, limit: limit) { (piece, _) in
            out.append(contentsOf: piece)
            return piece.count
        }
        return out
    }

    /// Reads a regular file as `read` does, in pieces, for readers that need not hold a whole
    /// file: `take` gets the bytes not yet taken (what it left last time, then what was read
    /// since) and whether the file ends there, and returns how many it took. Bytes it leaves
    /// are passed again with more after them; the buffer grows when it takes none of a full one.
    static func readPieces(_ path: String, what: String, location: SourceLocation? = nil, fieldPath: String = "",
                           policy: PathPolicy? = nil, written: String? = nil, limit: Int = maximumInputBytes, pieceSize: Int = 1 << 18,
                           take: (UnsafeBufferPointer<UInt8>, Bool) throws(ChartError) -> Int) throws(ChartError) {
        // A message about a file the spec named quotes the path after the field that named it;
        // one about a file given on the command line has the file at the start of the line.
        let subject = location == nil ? what : "\"\(Quote.short(written ?? path))\""
        func fail(_ message: String) -> ChartError {
            ChartError(Diagnostic(at: location, path: fieldPath, message, file: location == nil ? path : nil))
        }
        if let policy { try confine(path, policy: policy, what: what, location: location, fieldPath: fieldPath, written: written) }
        let fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY)
        guard fd >= 0 else {
            let cause = errno
            if cause == ENOENT { throw fail("\(subject) not found") }
            throw fail("cannot open \(subject): \(describe(errno: cause))")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw fail("cannot read \(subject): \(describe(errno: errno))") }
        if let kind = nonRegularKind(info.st_mode) {
            throw fail("\(subject) is \(kind), not a regular file")
        }
        try readBounded(fd, limit: limit, pieceSize: pieceSize, fail: { message in fail("\(subject) \(message)") }, take: take)
    }

    /// Reads until end of file, refusing to go past `limit` bytes whatever the file claims.
    private static func readBounded(_ fd: Int32, limit: Int, pieceSize: Int, fail: (String) -> ChartError,
                                    take: (UnsafeBufferPointer<UInt8>, Bool) throws(ChartError) -> Int) throws(ChartError) {
        var buffer = [UInt8](repeating: 0, count: max(pieceSize, 16))
        var filled = 0, total = 0
        while true {
            if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let n = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + filled, $0.count - filled) }
            if n < 0 {
                if errno == EINTR { continue }
                throw fail("cannot be read: \(describe(errno: errno))")
            }
            total += n
            if total > limit {
                throw fail("is larger than the \(limit / 1_048_576) MiB limit (it holds more than \(limit) bytes)")
            }
            filled += n
            let end = n == 0
            let taken = try buffer.withUnsafeBufferPointer { (b) throws(ChartError) in try take(UnsafeBufferPointer(rebasing: b[0..<filled]), end) }
            if end { return }
            if taken > 0 {
                buffer.withUnsafeMutableBufferPointer { b in
                    _ = memmove(b.baseAddress!, b.baseAddress! + taken, filled - taken)
                }
                filled -= taken
            }
        }
    }

    /// "a folder", "a FIFO", …: what a file is when it is not a regular one; nil when it is.
    static func nonRegularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "a folder"
        case S_IFIFO: return "a FIFO (named pipe)"
        case S_IFCHR: return "a character device"
        case S_IFBLK: return "a block device"
        case S_IFSOCK: return "a socket"
        case S_IFLNK: return "a symbolic link"
        default: return "not a regular file"
        }
    }

    /// strerror's text, lower-cased to sit inside a sentence ("permission denied").
    static func describe(errno code: Int32) -> String {
        let text = String(cString: strerror(code))
        return text.prefix(1).lowercased() + text.dropFirst()
    }

    /// Refuses a path that leaves the policy's roots: lexically first (an absolute path or a
    /// `..` that climbs out is refused without touching the file system, so a refusal says
    /// nothing about what exists there), then with symlinks resolved.
    static func confine(_ path: String, policy: PathPolicy, what: String, location: SourceLocation?, fieldPath: String,
                        written: String? = nil) throws(ChartError) {
        guard !policy.allowOutside else { return }
        func fail(_ message: String) -> ChartError {
            ChartError(Diagnostic(at: location, path: fieldPath, message, file: location == nil ? path : nil))
        }
        let roots = policy.roots.map { normalize(absolute($0)) }
        let shown = Quote.short(written ?? path)
        let subject = location == nil ? "\(what) \"\(shown)\"" : "\"\(shown)\""
        let lexical = normalize(absolute(path))
        let hint = "paths in a spec stay below its folder\(roots.count > 1 ? "s" : "") (\(roots.map { Quote.short($0, limit: 80) }.joined(separator: ", "))); pass --allow-outside-paths to read it anyway"
        guard roots.contains(where: { isBelow(lexical, root: normalize($0)) }) else {
            throw fail("\(subject) is outside the folders a spec may read: \(hint)")
        }
        // Symlinks: the real file must be below the real root. A missing file passes here and
        // is reported as missing by the open that follows.
        guard let real = realPath(lexical) else { return }
        guard roots.contains(where: { root in isBelow(real, root: realPath(root) ?? normalize(root)) }) else {
            throw fail("\(subject) is a link to a file outside the folders a spec may read: \(hint)")
        }
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }

    /// Removes `.` and empty components and folds `..` without consulting the file system.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { _ = parts.popLast(); continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    static func isBelow(_ path: String, root: String) -> Bool {
        root == "/" || path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func realPath(_ path: String) -> String? {
        guard let p = realpath(path, nil) else { return nil }
        defer { free(p) }
        return String(cString: p)
    }

    /// Resolves `path` against `base` unless it is absolute.
    static func resolve(_ path: String, against base: String) -> String {
        if path.hasPrefix("/") { return path }
        if base.isEmpty || base == "." { return path }
        return (base as NSString).appendingPathComponent(path)
    }
}

/// Values quoted in messages are cut to a short prefix: a 10-million-character cell must not
/// become a 10 MB error line, and a message must not carry a whole file's contents.
enum Quote {
    static let defaultLimit = 60

    static func short(_ text: String, limit: Int = defaultLimit) -> String {
        guard text.utf8.count > limit else { return text }
        var out = ""
        var count = 0
        for c in text {
            if count >= limit { break }
            out.append(c)
            count += 1
        }
        if out.count == text.count { return out }
        return out + "… (\(text.count) characters)"
    }
}
