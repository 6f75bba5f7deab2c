#!/usr/bin/env python3
"""Copies Vega-Lite's gallery specs and the vega-datasets files they read into
Tests/ChartKitTests/Gallery/ (the Vega-Lite compatibility suite, see GalleryTests.swift).

Usage: scripts/import-vl-gallery.py [VEGA_LITE_GIT_DIR] [VEGA_DATASETS_GIT_DIR]

Both arguments are git directories (bare or not); the defaults are the mirrors this project
was built with. The gallery is Vega-Lite's site/_data/examples.json, restricted to the
families ccnt-chart draws; specs and data are copied byte for byte so they run unchanged
("data/cars.json" resolves beside the spec). Re-running it replaces the suite's files.
"""
import json
import os
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "ChartKitTests", "Gallery")
VL = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/vega+vega-lite/repo"
DS = sys.argv[2] if len(sys.argv) > 2 else "/work/.mirror/vega+vega-datasets/repo"

# Gallery sections outside the families the suite covers, and why.
EXCLUDED_SECTIONS = {
    ("Single-View Plots", "Circular Plots"): "arc marks (pie, donut, radial) are outside the suite's families",
    ("Composite Marks", "Error Bars & Error Bands"): "composite marks (errorbar, errorband) are outside the suite's families",
    ("Composite Marks", "Box Plots"): "composite marks (boxplot) are outside the suite's families",
    ("Interactive", "Interactive Charts"): "interactive charts: their point is the interaction",
    ("Interactive", "Interactive Multi-View Displays"): "interactive charts: their point is the interaction",
}
# Of the maps, the choropleths (geoshape filled by a field); the others draw points, lines
# or projections of the globe, outside the suite's families.
CHOROPLETHS = {"geo_choropleth", "geo_repeat", "geo_trellis"}
# Examples of the families that Vega-Lite's gallery page does not show.
EXTRA = [("square", "Single-View Plots / Scatter & Strip Plots (not on the gallery page)")]
# A data file larger than this is not copied; its specs are listed as skipped.
MAX_DATA_BYTES = 1_500_000


def git(gitdir, *args):
    return subprocess.run(["git", "--git-dir", gitdir, *args], check=True, capture_output=True).stdout


def urls(node, found):
    """Every `url` string in a spec (data, lookup's `from`, …)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "url" and isinstance(value, str):
                found.add(value)
            else:
                urls(value, found)
    elif isinstance(node, list):
        for value in node:
            urls(value, found)
    return found


def gallery():
    """(name, section) of every gallery example in the suite, and the excluded ones."""
    sections = json.loads(git(VL, "show", "HEAD:site/_data/examples.json"))
    chosen, excluded = [], []
    for group, subsections in sections.items():
        for sub, items in subsections.items():
            section = f"{group} / {sub}" if sub else group
            for item in items:
                name = item["name"]
                reason = EXCLUDED_SECTIONS.get((group, sub))
                if group.startswith("Maps") and name not in CHOROPLETHS:
                    reason = "a map that is not a choropleth (points, lines, projections)"
                names = [n for n, _ in chosen] + [e["name"] for e in excluded]
                if name in names:
                    continue  # listed in several sections: the first wins
                if reason:
                    excluded.append({"name": name, "section": section, "reason": reason})
                else:
                    chosen.append((name, section))
    return chosen + EXTRA, excluded


def main():
    chosen, excluded = gallery()
    sizes = {}
    for line in git(DS, "ls-tree", "-r", "-l", "HEAD", "data").decode().splitlines():
        meta, path = line.split("\t")
        size = meta.split()[3]
        sizes[path] = int(size) if size.isdigit() else None  # LFS-like entries have no size

    specs_dir = os.path.join(OUT, "specs")
    shutil.rmtree(specs_dir, ignore_errors=True)
    os.makedirs(os.path.join(specs_dir, "data"))
    entries, skipped, data_files = [], [], set()
    for name, section in chosen:
        text = git(VL, "show", f"HEAD:examples/specs/{name}.vl.json")
        wanted = sorted(urls(json.loads(text), set()))
        too_big = [u for u in wanted if sizes.get(u) is None or sizes[u] > MAX_DATA_BYTES]
        if too_big:
            detail = ", ".join(f"{u} ({sizes.get(u) or 'not in vega-datasets'} bytes)" for u in too_big)
            skipped.append({"name": name, "section": section, "reason": f"data too large or missing: {detail}"})
            continue
        with open(os.path.join(specs_dir, f"{name}.vl.json"), "wb") as f:
            f.write(text)
        data_files.update(wanted)
        entries.append({"name": name, "section": section, "data": wanted})

    for path in sorted(data_files):
        with open(os.path.join(specs_dir, path), "wb") as f:
            f.write(git(DS, "show", f"HEAD:{path}"))
    write_notices(specs_dir, data_files)
    manifest = {
        "vegaLiteCommit": git(VL, "rev-parse", "HEAD").decode().strip(),
        "vegaDatasetsCommit": git(DS, "rev-parse", "HEAD").decode().strip(),
        "dataBytes": sum(sizes[p] for p in data_files),
        "specs": entries,
        "skipped": skipped,
        "excluded": excluded,
    }
    with open(os.path.join(OUT, "gallery.json"), "w") as f:
        json.dump(manifest, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(f"{len(entries)} specs, {len(data_files)} data files ({manifest['dataBytes']} bytes), "
          f"{len(skipped)} skipped, {len(excluded)} outside the suite")


def write_notices(specs_dir, data_files):
    """Vega-Lite's licence beside its specs; vega-datasets' terms and the metadata (sources,
    licences) of each data file copied beside the data."""
    with open(os.path.join(specs_dir, "LICENSE"), "wb") as f:
        f.write(b"The *.vl.json files in this folder are Vega-Lite's example specs\n"
                b"(https://github.com/vega/vega-lite, examples/specs), copied unchanged.\n\n")
        f.write(git(VL, "show", "HEAD:LICENSE"))
    package = json.loads(git(DS, "show", "HEAD:datapackage.json"))
    resources = [r for r in package.get("resources", []) if r.get("path") in {p[len("data/"):] for p in data_files}
                 or r.get("path") in data_files]
    kept = {k: v for k, v in package.items() if k != "resources"}
    kept["resources"] = resources
    with open(os.path.join(specs_dir, "data", "datapackage.json"), "w") as f:
        json.dump(kept, f, indent=1, ensure_ascii=False)
        f.write("\n")
    with open(os.path.join(specs_dir, "data", "NOTICE.md"), "w") as f:
        f.write("# Data from vega-datasets\n\n"
                "These files are copied unchanged from https://github.com/vega/vega-datasets (data/),\n"
                "only those the gallery specs beside this folder read.\n\n"
                "From vega-datasets' README: \"The repository code is licensed under the BSD-3-Clause\n"
                "License. Note that individual datasets have distinct licensing terms as specified in\n"
                "their metadata.\" That metadata (sources and licence of each file here) is in\n"
                "`datapackage.json`, vega-datasets' Data Package catalogue reduced to these files.\n")


if __name__ == "__main__":
    main()
