#!/usr/bin/env python3
"""Builds four charts in Altair, as a newsletter team would from pandas, and writes each
chart's `to_json()` to OUTDIR: the Vega-Lite that AltairRoundTripTests renders unchanged.

Usage: altair-charts.py OUTDIR      Exit code 3 when Altair cannot be imported.
Data: the project's own example CSVs (examples/data), read with the csv module so that
pandas is not needed; Altair inlines them as named datasets, as it does by default.
"""
import csv
import os
import sys

try:
    import altair as alt
except ImportError:
    sys.exit(3)

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))


def rows(name, numbers):
    with open(os.path.join(ROOT, "examples", "data", name), encoding="utf-8") as f:
        out = list(csv.DictReader(f))
    for r in out:
        for key in numbers:
            r[key] = float(r[key])
    return out


def charts():
    targets = alt.Data(values=rows("energy-intensity-2025.csv", ["target"]))
    capacity = alt.Data(values=rows("new-capacity.csv", ["capacity"]))
    share = alt.Data(values=rows("new-capacity-renewable-share.csv", ["share"]))

    bar = alt.Chart(targets, title="Energy-intensity reduction targets, 2021–2025").mark_bar().encode(
        x=alt.X("region:N", sort="-y", title=None),
        y=alt.Y("target:Q", title="Reduction target (%)"),
    )
    stacked = alt.Chart(capacity, title="New wind and solar capacity").mark_bar().encode(
        x=alt.X("year:O", title=None),
        y=alt.Y("sum(capacity):Q", title="GW"),
        color=alt.Color("type:N", title="Type"),
    )
    bars = alt.Chart(capacity).mark_bar(color="#9ecae1").encode(
        x=alt.X("year:O", title=None), y=alt.Y("sum(capacity):Q", title="New capacity (GW)"))
    line = alt.Chart(share).mark_line(color="#c0392b", point=True).encode(
        x=alt.X("year:O"), y=alt.Y("share:Q", title="Renewable share of new capacity (%)"))
    dual = alt.layer(bars, line, title="New capacity and its renewable share").resolve_scale(y="independent")
    labelled_bars = alt.Chart(targets).mark_bar().encode(
        y=alt.Y("region:N", sort="-x", title=None), x=alt.X("target:Q", title="Reduction target (%)"))
    labels = labelled_bars.mark_text(align="left", dx=3).encode(text=alt.Text("target:Q", format=".1f"))
    labelled = alt.layer(labelled_bars, labels, title="Targets with their values").properties(width=480, height=560)
    bar = bar.properties(width=640, height=320)
    stacked = stacked.properties(width=480, height=320)
    dual = dual.properties(width=560, height=320)
    return {"altair-bar": bar, "altair-stacked-bar": stacked, "altair-dual-axis": dual, "altair-bar-text": labelled}


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    for name, chart in charts().items():
        with open(os.path.join(out, name + ".json"), "w", encoding="utf-8") as f:
            f.write(chart.to_json())
    print(alt.__version__)


if __name__ == "__main__":
    main()
