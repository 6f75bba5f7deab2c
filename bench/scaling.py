#!/usr/bin/env python3
"""Scaling case for ccnt-chart: does the time grow at most about linearly with the input?

Generates its inputs in a temporary folder (nothing large is committed):
  - line charts of 10k, 40k and 160k rows (4 series of a random walk, daily dates);
  - bar charts with 1k, 4k and 16k labelled annotations (rules at random values);
  - one spec of about 1 MB with inline data, minified and pretty-printed (validate only:
    parsing must be linear in bytes whatever the line length).
Each is rendered (PNG at 2x, --force, --timeout 0) by the release binary, median of --runs.
The verdict per family: 16x the input within 20x the time; minified within 2x of pretty.
Timings are reported, never asserted in the test suite.

    python3 bench/scaling.py [--ccnt .build/release/ccnt-chart] [--runs 5] [--json out.json]
"""
import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def write_line_chart(folder, rows, rnd):
    per = rows // 4
    csv = os.path.join(folder, f"line{rows}.csv")
    with open(csv, "w") as f:
        f.write("date,series,value\n")
        for s in range(4):
            v = 50.0
            year, month, day = 1900, 1, 1
            for i in range(per):
                v += rnd.uniform(-1, 1)
                f.write(f"{year:04d}-{month:02d}-{day:02d},S{s},{v:.3f}\n")
                day += 1
                if day > 28:
                    day, month = 1, month + 1
                    if month > 12:
                        month, year = 1, year + 1
    spec = {"title": f"{rows} rows", "width": 800, "height": 500, "data": {"csv": os.path.basename(csv)},
            "mark": "line", "encoding": {"x": {"field": "date", "type": "temporal"},
                                         "y": {"field": "value", "type": "quantitative"},
                                         "color": {"field": "series", "type": "nominal"}}}
    path = os.path.join(folder, f"line{rows}.json")
    json.dump(spec, open(path, "w"))
    return path


def write_annotations(folder, n, rnd):
    data = os.path.join(ROOT, "examples", "data", "energy-intensity-2025.csv")
    local = os.path.join(folder, "targets.csv")
    if not os.path.exists(local):
        open(local, "w").write(open(data).read())
    annotations = [{"type": "rule", "y": round(rnd.uniform(8, 16), 3), "label": f"Reference {i}"} for i in range(n)]
    spec = {"title": f"{n} annotations", "width": 800, "height": 500, "data": {"csv": "targets.csv"}, "mark": "bar",
            "encoding": {"x": {"field": "region", "type": "nominal"}, "y": {"field": "target", "type": "quantitative"}},
            "annotations": annotations}
    path = os.path.join(folder, f"annotations{n}.json")
    json.dump(spec, open(path, "w"))
    return path


def write_big_spec(folder, rnd, target_bytes=1_000_000):
    rows, size = [], 0
    while size < target_bytes:
        row = {"year": 1900 + len(rows) // 4, "series": f"S{len(rows) % 4}", "value": round(rnd.uniform(0, 100), 3),
               "note": "x" * 20}
        rows.append(row)
        size += 70
    spec = {"title": "1 MB of inline data", "data": {"values": rows}, "mark": "line",
            "encoding": {"x": {"field": "year", "type": "temporal"}, "y": {"field": "value", "type": "quantitative"},
                         "color": {"field": "series", "type": "nominal"}}}
    minified = os.path.join(folder, "inline-minified.json")
    pretty = os.path.join(folder, "inline-pretty.json")
    json.dump(spec, open(minified, "w"), separators=(",", ":"))
    json.dump(spec, open(pretty, "w"), indent=2)
    return minified, pretty


def timed(cmd, runs):
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        r = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        times.append(time.perf_counter() - t0)
        if r.returncode != 0:
            sys.exit(f"scaling: {' '.join(cmd)} failed:\n{r.stderr.decode()[:2000]}")
    return statistics.median(times)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ccnt", default=os.path.join(ROOT, ".build", "release", "ccnt-chart"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", metavar="FILE")
    args = ap.parse_args()
    rnd = random.Random(20261123)
    results = {}
    with tempfile.TemporaryDirectory(prefix="ccnt-scaling-") as tmp:
        out = os.path.join(tmp, "out")
        render = lambda spec: [args.ccnt, "render", spec, "-o", out, "-f", "png", "--scale", "2", "--force",
                               "--timeout", "0", "-q"]
        families = [
            ("line chart rows", [10_000, 40_000, 160_000], lambda n: write_line_chart(tmp, n, rnd)),
            ("annotations", [1_000, 4_000, 16_000], lambda n: write_annotations(tmp, n, rnd)),
        ]
        print(f"scaling: {args.ccnt}, median of {args.runs} runs, PNG at 2x, whole process\n")
        verdict = True
        for name, sizes, make in families:
            rows = []
            for n in sizes:
                spec = make(n)
                rows.append((n, timed(render(spec), args.runs)))
            base_n, base_t = rows[0]
            print(f"  {name}")
            for n, t in rows:
                print(f"    {n:>8,}  {t * 1000:9.1f} ms   {n / base_n:5.1f}x input  {t / base_t:5.1f}x time")
            ratio = rows[-1][1] / base_t
            ok = ratio <= 20 * (rows[-1][0] / base_n) / 16
            verdict &= ok
            print(f"    16x the input in {ratio:.1f}x the time: {'within' if ok else 'OVER'} the 20x target\n")
            results[name] = [{"n": n, "seconds": t} for n, t in rows]
        minified, pretty = write_big_spec(tmp, rnd)
        validate = lambda spec: [args.ccnt, "validate", spec]
        tm, tp = timed(validate(minified), args.runs), timed(validate(pretty), args.runs)
        ok = tm <= 2 * tp
        verdict &= ok
        print(f"  1 MB spec, validate: minified {tm * 1000:.1f} ms ({os.path.getsize(minified):,} bytes), "
              f"pretty {tp * 1000:.1f} ms ({os.path.getsize(pretty):,} bytes): {tm / tp:.2f}x, "
              f"{'within' if ok else 'OVER'} the 2x target")
        results["spec parse"] = {"minified": tm, "pretty": tp}
    if args.json:
        json.dump(results, open(args.json, "w"), indent=2)
    print("\nscaling: " + ("every case within its target" if verdict else "a case is over its target"))


if __name__ == "__main__":
    main()
