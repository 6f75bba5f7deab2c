#!/usr/bin/env python3
"""Time ccnt-chart against the anchor tools (gnuplot, matplotlib, vl-convert) in one run.

Every measurement is a whole process: spawned with subprocess.Popen, reaped with os.wait4 on its
pid, wall time taken with time.perf_counter around the two, CPU time and ru_maxrss from the rusage
that wait4 returns. Tools run round-robin (the starting tool rotates each round) so that drift on
the machine hits all of them alike; compare the ratios, not the absolute times, between machines.

Peak RSS: wait4's ru_maxrss (KiB on Linux) covers the process and the children it waited for, so
a shell script's figure is the largest of its gnuplot processes -- but Linux also carries the
parent's RSS high-water mark into the child at exec, so every child of this Python process reports
at least this Python's own peak (about 14 MiB), which would flatter nobody and hide a ccnt-chart
that needs less. So the peak shown is taken in a few extra runs per tool started under GNU time
(`time -f %M`, Debian package `time`; its own floor is about 1 MiB), which reaps the tool with wait4
from a small process. Those runs are not timed. Without GNU time the floored wait4 figure is shown,
marked "<=floor" where it is at the floor.

Python standard library only. Usually started through bench/compare.sh, which installs the
anchor tools and builds .build/release/ccnt-chart first.

    python3 bench/compare.py                 # the single-chart case(s), 2 warm-ups + 15 runs
    python3 bench/compare.py --batch         # ... plus the 100-chart batch case
    python3 bench/compare.py --aggregate     # ... plus the 500,000-row aggregate case
    python3 bench/compare.py --only batch    # just one case (enabled whether default or not)
    python3 bench/compare.py --runs 5 --json out/bench.json

Adding a case: append a dict to CASES (see the comment above it).
"""

import argparse
import json
import os
import re
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
ANCHORS = os.path.join(HERE, "anchors")
EXAMPLES = os.path.join(ROOT, "examples")
DEFAULT_CCNT = os.path.join(ROOT, ".build", "release", "ccnt-chart")
PY = sys.executable or "python3"


# ---------------------------------------------------------------------------------------------
# Cases
#
# A case is a dict:
#   name        what --only selects
#   title       one line printed above the table
#   default     run without --only? (the batch case is enabled by --batch instead)
#   runs/warmup/mem_runs  per-case defaults, used when --runs/--warmup/--mem-runs are not given
#               (mem_runs: extra runs under GNU time for the peak RSS, see spawn_floor_kib)
#   charts      charts drawn per process (adds a "ms/chart" column when > 1)
#   setup       optional function(ctx) run once before timing; may add keys to ctx
#   ccnt        a tool dict for ccnt-chart (tool name "ccnt")
#   anchors     a list of tool dicts
#   baseline    the tool whose median wall time the ratios divide by
#   targets     {"wall_ratio": x, "wall_ms": t, "peak_mib": y}: what ccnt should reach (each key
#               optional; wall_ms is an absolute median wall time)
#   target_text printed under the table
#
# A tool dict: {"tool": name, "cmd": [...], "cwd": str, "outputs": [...]} where cmd, cwd and
# outputs are either str.format templates over ctx ({ccnt}, {root}, {examples}, {anchors}, {tmp},
# {py}, {batch_n}, plus whatever setup added) or callables taking ctx and returning the value.
# Outputs are deleted before every run and must exist (non-empty) after it, else the tool failed.
# ---------------------------------------------------------------------------------------------

DATA_KEYS = {"csv", "tsv", "json", "geojson", "topojson", "url", "path"}


def _data_refs(node, found):
    """Collect relative file references ({"csv": "data/x.csv"}, "map": "x.geojson") in a spec."""
    if isinstance(node, dict):
        for k, v in node.items():
            if isinstance(v, str) and (k in DATA_KEYS or (k == "map" and v.endswith((".json", ".geojson")))):
                found.append((node, k, v))
            else:
                _data_refs(v, found)
    elif isinstance(node, list):
        for v in node:
            _data_refs(v, found)


def setup_batch(ctx):
    """Copy examples/figure2.json n times (fig001.json ...) plus the data it references into tmp."""
    n = ctx["batch_n"]
    src = os.path.join(EXAMPLES, "figure2.json")
    bdir = os.path.join(ctx["tmp"], "batch")
    os.makedirs(bdir, exist_ok=True)
    names = ["fig%03d.json" % i for i in range(1, n + 1)]
    ctx["batch_dir"] = bdir
    ctx["batch_specs"] = names
    ctx["batch_out"] = os.path.join(ctx["tmp"], "batch-out")
    if not ctx.get("ccnt_available"):
        return  # nothing of ccnt's will run; the anchors do not need the copies
    if not os.path.isfile(src):
        raise SetupError("examples/figure2.json not found (the batch case copies it %d times)" % n)
    with open(src, "rb") as f:
        raw = f.read()
    try:
        spec = json.loads(raw)
    except ValueError as e:
        raise SetupError("examples/figure2.json is not valid JSON: %s" % e)
    refs = []
    _data_refs(spec, refs)
    rewritten = False
    for node, key, rel in refs:
        if "://" in rel or os.path.isabs(rel):
            continue
        srcpath = os.path.normpath(os.path.join(EXAMPLES, rel))
        if not os.path.exists(srcpath):
            continue  # a built-in name such as "china-provinces", or a broken path ccnt will report
        norm = os.path.normpath(rel)
        if norm.startswith(".."):
            node[key] = srcpath  # outside examples/: point the copies at the original
            rewritten = True
            continue
        dst = os.path.join(bdir, norm)
        os.makedirs(os.path.dirname(dst), exist_ok=True)
        if os.path.isdir(srcpath):
            shutil.copytree(srcpath, dst, dirs_exist_ok=True)
        else:
            shutil.copyfile(srcpath, dst)
    if rewritten:
        raw = json.dumps(spec, ensure_ascii=False, indent=2).encode("utf-8")
    for name in names:
        with open(os.path.join(bdir, name), "wb") as f:
            f.write(raw)


def setup_aggregate(ctx):
    """Generate the 500,000-row long table and its Vega-Lite spec (bench/anchors/agg_data.py)."""
    d = os.path.join(ctx["tmp"], "aggregate")
    subprocess.run([PY, os.path.join(ANCHORS, "agg_data.py"), d], check=True)
    ctx["agg_dir"] = d
    ctx["agg_csv_mib"] = os.path.getsize(os.path.join(d, "generation.csv")) / 1048576


def setup_gallery(ctx):
    """The Vega-Lite gallery specs ccnt-chart renders (Tests/ChartKitTests/Gallery/STATUS.md):
    ccnt-chart reads them as they are; vl-convert gets copies with their data inlined
    (scripts/compare-vl.py's inline), written here so that inlining is not timed."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("compare_vl", os.path.join(ROOT, "scripts", "compare-vl.py"))
    compare_vl = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(compare_vl)
    names = compare_vl.rendered_names()
    d = os.path.join(ctx["tmp"], "gallery")
    os.makedirs(d, exist_ok=True)
    inlined = []
    for name in names:
        with open(os.path.join(compare_vl.SPECS, name + ".vl.json"), encoding="utf-8") as f:
            vl = compare_vl.inline(json.load(f), compare_vl.SPECS)
        path = os.path.join(d, name + ".vl.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(vl, f)
        inlined.append(path)
    with open(os.path.join(d, "list.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(inlined))
    ctx["gallery_names"] = names
    ctx["gallery_specs"] = [os.path.join(compare_vl.SPECS, n + ".vl.json") for n in names]
    ctx["gallery_dir"] = d
    ctx["gallery_n"] = len(names)


CASES = [
    {
        "name": "figure2",
        "title": "figure2: 31 provincial 2025 energy-intensity targets, sorted bars, "
                 "dashed 13.5% national line, 1600x1000 PNG, one chart per process",
        "default": True,
        "runs": 15,
        "warmup": 2,
        "mem_runs": 5,
        "charts": 1,
        "ccnt": {
            "tool": "ccnt",
            "cmd": ["{ccnt}", "render", "examples/figure2.json", "-f", "png", "--scale", "2", "--force",
                    "-o", "{tmp}/ccnt-figure2"],
            "cwd": "{root}",
            "outputs": ["{tmp}/ccnt-figure2/figure2.png"],
        },
        "anchors": [
            {"tool": "gnuplot", "cmd": ["gnuplot", "-c", "gp_fig2.gp", "figure2.csv", "{tmp}/gp-figure2.png"],
             "cwd": "{anchors}", "outputs": ["{tmp}/gp-figure2.png"]},
            {"tool": "matplotlib", "cmd": ["{py}", "mpl_fig2.py", "figure2.csv", "{tmp}/mpl-figure2.png"],
             "cwd": "{anchors}", "outputs": ["{tmp}/mpl-figure2.png"]},
            {"tool": "vl-convert", "cmd": ["{py}", "vl_fig2.py", "figure2.csv", "{tmp}/vl-figure2.png"],
             "cwd": "{anchors}", "outputs": ["{tmp}/vl-figure2.png"]},
        ],
        "baseline": "gnuplot",
        "targets": {"wall_ratio": 0.4, "peak_mib": 40},
        "target_text": "target: ccnt \u2264 0.4\u00d7 gnuplot wall, \u2264 40 MiB peak",
    },
    {
        "name": "timeseries",
        "title": "timeseries: figure7, stacked capacity bars over 2013-2022 with the renewables' share "
                 "as a line on a right-hand axis, 1600x1000 PNG, one chart per process; "
                 "ccnt's figure2 beside it (target: no slower per chart than figure2)",
        "default": True,
        "runs": 15,
        "warmup": 2,
        "mem_runs": 3,
        "charts": 1,
        "ccnt": {
            "tool": "ccnt",
            "cmd": ["{ccnt}", "render", "examples/figure7.json", "-f", "png", "--scale", "2", "--force",
                    "-o", "{tmp}/ccnt-figure7"],
            "cwd": "{root}",
            "outputs": ["{tmp}/ccnt-figure7/figure7.png"],
        },
        "anchors": [
            {"tool": "gnuplot", "cmd": ["gnuplot", "-c", "gp_fig2.gp", "figure2.csv", "{tmp}/gp-ts-figure2.png"],
             "cwd": "{anchors}", "outputs": ["{tmp}/gp-ts-figure2.png"]},
            {"tool": "ccnt-fig2", "cmd": ["{ccnt}", "render", "examples/figure2.json", "-f", "png", "--scale", "2",
                                          "--force", "-o", "{tmp}/ccnt-ts-figure2"],
             "cwd": "{root}", "outputs": ["{tmp}/ccnt-ts-figure2/figure2.png"]},
        ],
        "baseline": "gnuplot",
        "targets": {"wall_vs": ["ccnt-fig2", 1.0]},
        "target_text": "target: no slower per chart than ccnt's figure2",
    },
    {
        "name": "map",
        "title": "map: the 2025 energy-intensity targets of China's 34 provincial-level divisions as a "
                 "threshold choropleth with value labels (examples/energy-intensity-map.json), 1600x1120 PNG, "
                 "one chart per process; gnuplot's figure2 as the yardstick",
        "default": True,
        "runs": 15,
        "warmup": 2,
        "mem_runs": 5,
        "charts": 1,
        "ccnt": {
            "tool": "ccnt",
            "cmd": ["{ccnt}", "render", "examples/energy-intensity-map.json", "-f", "png", "--scale", "2", "--force",
                    "-o", "{tmp}/ccnt-map"],
            "cwd": "{root}",
            "outputs": ["{tmp}/ccnt-map/energy-intensity-map.png"],
        },
        "anchors": [
            {"tool": "gnuplot", "cmd": ["gnuplot", "-c", "gp_fig2.gp", "figure2.csv", "{tmp}/gp-map-yardstick.png"],
             "cwd": "{anchors}", "outputs": ["{tmp}/gp-map-yardstick.png"]},
        ],
        "baseline": "gnuplot",
        "targets": {"wall_ms": 50, "peak_mib": 40},
        "target_text": "target: ccnt \u2264 50 ms median wall for the whole process, \u2264 40 MiB peak "
                       "(gnuplot drawing figure2's bars is the yardstick)",
    },
    {
        "name": "aggregate",
        "title": "aggregate: a 500,000-row long CSV (province x month x source x unit) summed to 31 sorted bars "
                 "by the same Vega-Lite spec (ccnt-chart reads the CSV, vl-convert gets the rows inlined), "
                 "and by pandas + matplotlib; 1600x1000 PNG, one chart per process",
        "default": False,  # enabled by --aggregate (or --only aggregate)
        "runs": 5,
        "warmup": 1,
        "mem_runs": 2,
        "charts": 1,
        "setup": setup_aggregate,
        "ccnt": {
            "tool": "ccnt",
            "cmd": ["{ccnt}", "render", "agg.json", "-f", "png", "--scale", "2", "--force", "-o", "{tmp}/ccnt-agg"],
            "cwd": "{agg_dir}",
            "outputs": ["{tmp}/ccnt-agg/agg.png"],
        },
        "anchors": [
            {"tool": "vl-convert", "cmd": ["{py}", "vl_agg.py", "{agg_dir}/agg.json", "{agg_dir}/generation.csv", "{tmp}/vl-agg.png"],
             "cwd": "{anchors}", "outputs": ["{tmp}/vl-agg.png"]},
            {"tool": "pandas+mpl", "cmd": ["{py}", "pd_agg.py", "{agg_dir}/generation.csv", "{tmp}/pd-agg.png"],
             "cwd": "{anchors}", "outputs": ["{tmp}/pd-agg.png"]},
        ],
        "baseline": "vl-convert",
        "targets": {"wall_ratio": 0.1, "wall_vs": ["pandas+mpl", 0.25], "peak_vs_ctx": ["agg_csv_mib", 3]},
        "target_text": "target: ccnt \u2264 0.1\u00d7 vl-convert and \u2264 0.25\u00d7 pandas+matplotlib wall; "
                       "peak memory \u2264 3\u00d7 the CSV's size",
    },
    {
        "name": "gallery",
        "title": "gallery: the Vega-Lite gallery specs ccnt-chart renders ({gallery_n} of them, as STATUS.md lists), "
                 "ccnt-chart in one process, vl-convert in one Python process; PNG at 1x",
        "default": False,  # enabled by --gallery (or --only gallery)
        "runs": 5,
        "warmup": 1,
        "mem_runs": 1,
        "charts": "{gallery_n}",
        "setup": setup_gallery,
        "ccnt": {
            "tool": "ccnt",
            "cmd": lambda c: [c["ccnt"], "render"] + c["gallery_specs"] + ["-f", "png", "--force", "--quiet", "-o", c["gallery_dir"] + "/ccnt"],
            "cwd": "{root}",
            "outputs": lambda c: [os.path.join(c["gallery_dir"], "ccnt", n + ".vl.png") for n in c["gallery_names"]],
        },
        "anchors": [
            {"tool": "vl-convert", "cmd": ["{py}", "vl_gallery.py", "{gallery_dir}/list.txt", "{gallery_dir}/vl"],
             "cwd": "{anchors}", "outputs": lambda c: [os.path.join(c["gallery_dir"], "vl", n + ".png") for n in c["gallery_names"]]},
        ],
        "baseline": "vl-convert",
        "targets": {"wall_ratio": 0.05},
        "target_text": "target: ccnt \u2264 0.05\u00d7 vl-convert wall (20\u00d7 faster) over the same specs",
    },
    {
        "name": "batch",
        "title": "batch: figure2 {batch_n} times; ccnt-chart in one process, gnuplot one process "
                 "per chart, matplotlib and vl-convert in one process each (*_batch anchors)",
        "default": False,  # enabled by --batch (or --only batch)
        "runs": 5,
        "warmup": 1,
        "mem_runs": 1,
        "charts": "{batch_n}",
        "setup": setup_batch,
        "ccnt": {
            "tool": "ccnt",
            "cmd": lambda c: [c["ccnt"], "render"] + c["batch_specs"]
                             + ["-f", "png", "--scale", "2", "--force", "-o", c["batch_out"]],
            "cwd": "{batch_dir}",
            "outputs": lambda c: [os.path.join(c["batch_out"], s[:-5] + ".png") for s in c["batch_specs"]],
        },
        # The anchor batch scripts take only N, read figure2.csv / *_fig2.* from their cwd and
        # write fixed names under /tmp; they are run as they are, from bench/anchors.
        "anchors": [
            {"tool": "gnuplot", "cmd": ["sh", "gp_batch.sh", "{batch_n}"], "cwd": "{anchors}",
             "outputs": ["/tmp/gpb.png"]},
            {"tool": "matplotlib", "cmd": ["{py}", "mpl_batch.py", "{batch_n}"], "cwd": "{anchors}",
             "outputs": lambda c: ["/tmp/mplb_%d.png" % i for i in range(min(c["batch_n"], 4))]},
            {"tool": "vl-convert", "cmd": ["{py}", "vl_batch.py", "{batch_n}"], "cwd": "{anchors}",
             "outputs": lambda c: ["/tmp/vlb_%d.png" % i for i in range(min(c["batch_n"], 4))]},
        ],
        "baseline": "gnuplot",
        "targets": {"wall_ratio": 0.125},
        "target_text": "target: ccnt \u2264 0.125\u00d7 gnuplot wall (the whole batch)",
    },
]


# ---------------------------------------------------------------------------------------------
# Running
# ---------------------------------------------------------------------------------------------

class SetupError(Exception):
    pass


class ToolFailed(Exception):
    pass


def resolve(value, ctx):
    if callable(value):
        return value(ctx)
    if isinstance(value, str):
        return value.format(**ctx)
    if isinstance(value, list):
        return [resolve(v, ctx) for v in value]
    return value


def exit_code(status):
    try:
        return os.waitstatus_to_exitcode(status)
    except AttributeError:  # Python < 3.9
        if os.WIFSIGNALED(status):
            return -os.WTERMSIG(status)
        return os.WEXITSTATUS(status)


def png_size(path):
    try:
        with open(path, "rb") as f:
            head = f.read(24)
        if head[:8] == b"\x89PNG\r\n\x1a\n" and head[12:16] == b"IHDR":
            return struct.unpack(">II", head[16:24])
    except OSError:
        pass
    return None


def tail(path, lines=15):
    try:
        with open(path, "rb") as f:
            text = f.read().decode("utf-8", "replace")
    except OSError:
        return ""
    return "\n".join(text.rstrip().splitlines()[-lines:])


class Tool:
    def __init__(self, spec, ctx, logdir):
        self.name = spec["tool"]
        self.argv = [str(a) for a in resolve(spec["cmd"], ctx)]
        self.cwd = resolve(spec.get("cwd", "{root}"), ctx)
        self.outputs = resolve(spec.get("outputs", []), ctx)
        self.log_out = os.path.join(logdir, self.name + ".stdout")
        self.log_err = os.path.join(logdir, self.name + ".stderr")
        self.log_mem = os.path.join(logdir, self.name + ".maxrss")
        self.walls, self.cpus, self.peaks, self.exact_peaks, self.inproc = [], [], [], [], []
        self.error = None
        self.skipped = None
        self.size = None

    def run_once(self, gnu_time=None):
        """One whole-process run. Returns (wall s, cpu s, wait4 ru_maxrss MiB, GNU time peak MiB or
        None, the 'N ms per chart' a batch anchor printed or None). With gnu_time, the process is
        started under `time -f %M` so that its peak RSS is measured by a small parent (see
        peak_floor); such runs are for memory only, their wall time includes time's own."""
        for o in self.outputs:
            try:
                os.remove(o)
            except FileNotFoundError:
                os.makedirs(os.path.dirname(o), exist_ok=True)
        argv = self.argv
        if gnu_time:
            try:
                os.remove(self.log_mem)
            except FileNotFoundError:
                pass
            argv = [gnu_time, "-f", "%M", "-o", self.log_mem, "--"] + argv
        with open(self.log_out, "wb") as fo, open(self.log_err, "wb") as fe:
            t0 = time.perf_counter()
            try:
                p = subprocess.Popen(argv, cwd=self.cwd, stdin=subprocess.DEVNULL, stdout=fo, stderr=fe)
            except OSError as e:
                raise ToolFailed("cannot start %s: %s" % (argv[0], e))
            _, status, ru = os.wait4(p.pid, 0)
            t1 = time.perf_counter()
        p.returncode = code = exit_code(status)  # tell Popen it has been reaped
        if code != 0:
            raise ToolFailed("exit status %d\n  command: %s\n  cwd: %s\n%s"
                             % (code, " ".join(self.argv), self.cwd, indent(tail(self.log_err))))
        missing = [o for o in self.outputs if not (os.path.isfile(o) and os.path.getsize(o) > 0)]
        if missing:
            more = " (and %d more)" % (len(missing) - 3) if len(missing) > 3 else ""
            raise ToolFailed("exited 0 but did not write %s%s\n  command: %s\n%s"
                             % (", ".join(missing[:3]), more, " ".join(self.argv), indent(tail(self.log_err))))
        if self.size is None and self.outputs:
            self.size = png_size(self.outputs[0])
        with open(self.log_out, "rb") as f:
            m = re.search(rb"([0-9.]+) ms per chart", f.read())
        exact = read_gnu_time(self.log_mem) if gnu_time else None
        return (t1 - t0, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0,
                exact / 1024.0 if exact is not None else None, float(m.group(1)) if m else None)


def read_gnu_time(path):
    """The %M (max RSS, KiB) that GNU time wrote to path: its last line that is an integer."""
    try:
        with open(path) as f:
            lines = [l.strip() for l in f if l.strip()]
    except OSError:
        return None
    for line in reversed(lines):
        if line.isdigit():
            return int(line)
    return None


def spawn_floor_kib():
    """ru_maxrss that os.wait4 reports for /bin/true started from this process.

    Linux copies the parent's RSS high-water mark into the child at exec (exec_mmap keeps the
    old mm's hiwater in signal->maxrss; Popen's vfork child runs on the parent's mm), so wait4's
    ru_maxrss for any child of this Python process is at least this Python's own peak RSS."""
    true = shutil.which("true") or "/bin/true"
    p = subprocess.Popen([true], stdin=subprocess.DEVNULL)
    _, status, ru = os.wait4(p.pid, 0)
    p.returncode = exit_code(status)
    return ru.ru_maxrss


def find_gnu_time(tmp):
    """GNU time (Debian package `time`), checked to print %M; None when missing or not GNU."""
    for cand in ("/usr/bin/time", shutil.which("time")):
        if not cand or not os.access(cand, os.X_OK):
            continue
        out = os.path.join(tmp, "gnu-time-check")
        try:
            subprocess.run([cand, "-f", "%M", "-o", out, "--", shutil.which("true") or "/bin/true"],
                           stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=30, check=True)
        except (OSError, subprocess.SubprocessError):
            continue
        kib = read_gnu_time(out)
        if kib is not None:
            return cand, kib
    return None, None


def indent(text, pad="    "):
    return "\n".join(pad + line for line in text.splitlines())


def run_case(case, args, ctx, logroot):
    ctx = dict(ctx)
    name = case["name"]
    logdir = os.path.join(logroot, name)
    os.makedirs(logdir, exist_ok=True)
    runs = args.runs if args.runs is not None else case.get("runs", 15)
    warmup = args.warmup if args.warmup is not None else case.get("warmup", 2)
    # Setup first: it may add what the title and the chart count name (the gallery's size).
    setup_err = None
    if case.get("setup"):
        try:
            case["setup"](ctx)
        except SetupError as e:
            setup_err = "setup: " + str(e)
    charts = int(resolve(case.get("charts", 1), ctx))
    print("\n== " + resolve(case["title"], ctx))
    print("   %d warm-up + %d timed runs per tool, round-robin" % (warmup, runs))

    ccnt_skip = None
    if not ctx["ccnt_available"]:
        ccnt_skip = "%s not found; build it with `swift build -c release --product ccnt-chart` " \
                    "(bench/compare.sh does)" % ctx["ccnt"]

    tools = []
    if ccnt_skip:
        print("   SKIP ccnt: " + ccnt_skip)
    else:
        tools.append(Tool(case["ccnt"], ctx, logdir))
        if setup_err:
            tools[-1].error = setup_err
            print("   FAIL ccnt: " + setup_err)
    for a in case["anchors"]:
        if args.tools and a["tool"] not in args.tools:
            continue
        tools.append(Tool(a, ctx, logdir))

    mem_runs = args.mem_runs if args.mem_runs is not None else case.get("mem_runs", 5)
    mem_runs = min(mem_runs, runs) if ctx["gnu_time"] else 0
    total = warmup + runs
    progress = sys.stderr.isatty()
    sys.stdout.flush()
    for r in range(total):
        live = [t for t in tools if t.error is None]
        if not live:
            break
        k = r % len(live)
        order = live[k:] + live[:k]
        for t in order:
            try:
                wall, cpu, peak, _, inproc = t.run_once()
                if r >= warmup:
                    t.walls.append(wall)
                    t.cpus.append(cpu)
                    t.peaks.append(peak)
                    if inproc is not None:
                        t.inproc.append(inproc)
                if warmup <= r < warmup + mem_runs:
                    t.exact_peaks.append(t.run_once(gnu_time=ctx["gnu_time"])[3])
            except ToolFailed as e:
                t.error = str(e)
                if progress:
                    sys.stderr.write(" " * 40 + "\r")
                print("   FAIL %s: %s" % (t.name, t.error.rstrip().replace("\n", "\n     ")))
                sys.stdout.flush()
                continue
        if progress:
            sys.stderr.write("   round %d/%d%s\r" % (r + 1, total, " (warm-up)" if r < warmup else "          "))
            sys.stderr.flush()
    if progress:
        sys.stderr.write(" " * 40 + "\r")

    return report(case, tools, charts, ccnt_skip, ctx)


def report(case, tools, charts, ccnt_skip, ctx):
    base = next((t for t in tools if t.name == case["baseline"] and t.walls), None)
    base_wall = statistics.median(base.walls) if base else None
    head = ["tool", "wall ms", "min ms", "cpu ms", "peak MiB"]
    if charts > 1:
        head.append("ms/chart")
    head += ["\u00d7 " + case["baseline"], "output px"]
    rows, out = [], {}
    for t in tools:
        if not t.walls:
            rows.append([t.name, "FAILED"] + [""] * (len(head) - 2))
            out[t.name] = {"error": t.error}
            continue
        wall = statistics.median(t.walls)
        res = {
            "runs": len(t.walls),
            "wall_ms_median": wall * 1000, "wall_ms_min": min(t.walls) * 1000,
            "cpu_ms_median": statistics.median(t.cpus) * 1000,
            "peak_mib_wait4_median": statistics.median(t.peaks),
            "ratio_vs_" + case["baseline"]: (wall / base_wall) if base_wall else None,
            "output_px": list(t.size) if t.size else None,
        }
        exact = [x for x in t.exact_peaks if x is not None]
        if exact:
            res["peak_mib_median"], res["peak_source"] = statistics.median(exact), "GNU time %%M, %d runs" % len(exact)
            peak_txt = "%.1f" % res["peak_mib_median"]
        else:
            # wait4 figures are floored at the harness's own RSS: below the floor, say so
            res["peak_mib_median"], res["peak_source"] = res["peak_mib_wait4_median"], "os.wait4 ru_maxrss (floored)"
            floor = ctx["floor_kib"] / 1024.0
            peak_txt = ("\u2264%.1f" % floor) if res["peak_mib_median"] <= floor + 0.5 else "%.1f" % res["peak_mib_median"]
        if t.inproc:
            res["in_process_ms_per_chart_median"] = statistics.median(t.inproc)
        if t.error:
            res["error"] = t.error
        out[t.name] = res
        row = [t.name, "%.1f" % (wall * 1000), "%.1f" % (min(t.walls) * 1000),
               "%.1f" % (res["cpu_ms_median"]), peak_txt]
        if charts > 1:
            row.append("%.2f" % (wall * 1000 / charts))
        row.append("%.3f" % (wall / base_wall) if base_wall else "-")
        row.append("%dx%d" % t.size if t.size else "-")
        rows.append(row)
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    fmt = lambda r: "   " + "  ".join(
        (str(c).ljust(w) if i == 0 else str(c).rjust(w)) for i, (c, w) in enumerate(zip(r, widths)))
    print(fmt(head))
    print("   " + "  ".join("-" * w for w in widths))
    for r in rows:
        print(fmt(r))
    for t in tools:
        if t.inproc:
            print("   %s reports %.1f ms per chart inside its process" % (t.name, statistics.median(t.inproc)))
    print("   " + case["target_text"])

    verdict = None
    ccnt = out.get("ccnt")
    if ccnt_skip:
        print("   (ccnt skipped: target not checked)")
    elif ccnt and "wall_ms_median" in ccnt:
        checks = []
        tg = case.get("targets", {})
        if "wall_ratio" in tg:
            ratio = ccnt.get("ratio_vs_" + case["baseline"])
            if ratio is None:
                checks.append(("wall %s" % case["baseline"], None))
            else:
                checks.append(("wall %.3f\u00d7 (\u2264 %g\u00d7)" % (ratio, tg["wall_ratio"]), ratio <= tg["wall_ratio"]))
        if "wall_vs" in tg:
            # {"wall_vs": ["tool", x]}: ccnt's median wall at most x times that tool's.
            other, limit = tg["wall_vs"]
            ref = out.get(other, {})
            if "wall_ms_median" not in ref:
                checks.append(("wall vs %s" % other, None))
            else:
                r = ccnt["wall_ms_median"] / ref["wall_ms_median"]
                checks.append(("wall %.3f× %s (≤ %g×)" % (r, other, limit), r <= limit))
        if "wall_ms" in tg:
            checks.append(("wall %.1f ms (\u2264 %g)" % (ccnt["wall_ms_median"], tg["wall_ms"]),
                           ccnt["wall_ms_median"] <= tg["wall_ms"]))
        if "peak_mib" in tg:
            checks.append(("peak %.1f MiB (\u2264 %g)" % (ccnt["peak_mib_median"], tg["peak_mib"]),
                           ccnt["peak_mib_median"] <= tg["peak_mib"]))
        if "peak_vs_ctx" in tg:
            # {"peak_vs_ctx": ["ctx key in MiB", x]}: peak at most x times a size the setup measured.
            key, factor = tg["peak_vs_ctx"]
            limit = ctx.get(key, 0) * factor
            checks.append(("peak %.1f MiB (\u2264 %g\u00d7 %.1f MiB = %.1f)" % (ccnt["peak_mib_median"], factor, ctx.get(key, 0), limit),
                           ccnt["peak_mib_median"] <= limit))
        verdict = all(ok for _, ok in checks if ok is not None) and all(ok is not None for _, ok in checks)
        print("   ccnt: " + ", ".join("%s %s" % (txt, "met" if ok else ("MISSED" if ok is False else "unknown: no baseline"))
                                     for txt, ok in checks))
        if ccnt.get("output_px") and case["name"] == "figure2" and ccnt["output_px"] != [1600, 1000]:
            print("   warning: ccnt wrote %dx%d, expected 1600x1000" % tuple(ccnt["output_px"]))
    return {"name": case["name"], "tools": out, "target_met": verdict,
            "failed": [t.name for t in tools if t.error], "ccnt_skipped": ccnt_skip}


def main(argv=None):
    ap = argparse.ArgumentParser(description="Time ccnt-chart against gnuplot, matplotlib and vl-convert.")
    ap.add_argument("--runs", type=int, default=None,
                    help="timed runs per tool (default: 15 for single charts, 5 for the batch case)")
    ap.add_argument("--warmup", type=int, default=None,
                    help="warm-up runs per tool, not timed (default: 2; 1 for the batch case)")
    ap.add_argument("--mem-runs", type=int, default=None,
                    help="extra runs per tool under GNU time for peak RSS (default: 5; 1 for the batch case)")
    ap.add_argument("--batch", action="store_true", help="also run the batch case")
    ap.add_argument("--aggregate", action="store_true", help="also run the 500,000-row aggregate case")
    ap.add_argument("--gallery", action="store_true", help="also run the Vega-Lite gallery case")
    ap.add_argument("--batch-n", type=int, default=100, help="charts in the batch case (default 100)")
    ap.add_argument("--only", metavar="NAME", help="run only this case (%s)" % ", ".join(c["name"] for c in CASES))
    ap.add_argument("--tools", metavar="LIST",
                    help="comma-separated anchor tools to run (gnuplot,matplotlib,vl-convert); "
                         "ccnt always runs when built")
    ap.add_argument("--ccnt", default=DEFAULT_CCNT, help="path of the ccnt-chart binary (default %(default)s)")
    ap.add_argument("--json", metavar="FILE", help="also write the results as JSON")
    ap.add_argument("--enforce", action="store_true",
                    help="exit 3 when ccnt misses a target (default: only report)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary directory and print it")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    args = ap.parse_args(argv)
    args.tools = set(args.tools.split(",")) if args.tools else None

    if args.list:
        for c in CASES:
            print("%-10s %s%s" % (c["name"], "" if c["default"] else "[--%s] " % c["name"],
                                  resolve(c["title"], {"batch_n": args.batch_n, "gallery_n": "N"})))
        return 0
    if args.only:
        cases = [c for c in CASES if c["name"] == args.only]
        if not cases:
            ap.error("no case named %r (cases: %s)" % (args.only, ", ".join(c["name"] for c in CASES)))
    else:
        cases = [c for c in CASES if c["default"] or (c["name"] == "batch" and args.batch)
                 or (c["name"] == "aggregate" and args.aggregate) or (c["name"] == "gallery" and args.gallery)]
    if (args.runs is not None and args.runs < 1) or (args.warmup is not None and args.warmup < 0) or args.batch_n < 1:
        ap.error("--runs must be >= 1, --warmup >= 0, --batch-n >= 1")

    ccnt = os.path.abspath(args.ccnt)
    tmp = tempfile.mkdtemp(prefix="ccnt-bench-")
    ctx = {"ccnt": ccnt, "root": ROOT, "examples": EXAMPLES, "anchors": ANCHORS, "tmp": tmp,
           "py": PY, "batch_n": args.batch_n,
           "ccnt_available": os.path.isfile(ccnt) and os.access(ccnt, os.X_OK)}
    ctx["floor_kib"] = spawn_floor_kib()
    ctx["gnu_time"], gnu_floor = find_gnu_time(tmp)

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else 0.0
    ncpu = os.cpu_count() or 1
    print("ccnt-chart bench: %s, %d CPUs, load %.2f, python %s" % (
        time.strftime("%Y-%m-%d %H:%M:%S"), ncpu, load, sys.version.split()[0]))
    if ctx["gnu_time"]:
        print("peak RSS: measured under %s -f %%M in separate runs (its floor: %.1f MiB); os.wait4's "
              "ru_maxrss, kept in --json, is floored at this harness's %.1f MiB"
              % (ctx["gnu_time"], gnu_floor / 1024.0, ctx["floor_kib"] / 1024.0))
    else:
        print("peak RSS: from os.wait4's ru_maxrss, which is floored at this harness's own %.1f MiB "
              "(Linux keeps the parent's high-water mark across exec); install GNU time "
              "(apt-get install time) for exact figures" % (ctx["floor_kib"] / 1024.0))
    if load > 0.5:
        print("note: the machine is busy (load %.2f): absolute times are inflated; "
              "ratios within this run stay comparable" % load)

    results, failed = [], False
    try:
        for case in cases:
            res = run_case(case, args, ctx, os.path.join(tmp, "logs"))
            results.append(res)
            if res.get("failed"):
                failed = True
    finally:
        if args.keep:
            print("\ntemporary files kept in " + tmp)
        else:
            shutil.rmtree(tmp, ignore_errors=True)

    if args.json:
        os.makedirs(os.path.dirname(os.path.abspath(args.json)), exist_ok=True)
        with open(args.json, "w") as f:
            json.dump({"time": time.strftime("%Y-%m-%dT%H:%M:%S"), "cpus": ncpu, "load": load,
                       "cases": results}, f, indent=2, ensure_ascii=False)
            f.write("\n")
    if failed:
        print("\nFAILED: " + "; ".join("%s: %s" % (r["name"], ", ".join(r["failed"])) for r in results if r.get("failed")),
              file=sys.stderr)
        return 1
    if args.enforce and any(r.get("target_met") is False for r in results):
        print("\ntarget missed", file=sys.stderr)
        return 3
    return 0


if __name__ == "__main__":
    sys.exit(main())
