#!/usr/bin/env python3
"""Writes the twin of each example that reshapes or computes its data in the spec: the same
spec without its transforms, over a table reshaped here by plain Python (an implementation
independent of ccnt-chart's). TwinTests renders both and expects byte-identical PNGs.

    python3 Tests/ChartKitTests/Transform/Twins/make-twins.py
"""
import csv, json, os

here = os.path.dirname(os.path.abspath(__file__))
examples = os.path.normpath(os.path.join(here, "../../../../examples"))


def read(name):
    with open(os.path.join(examples, "data", name), newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def write(name, columns, rows):
    with open(os.path.join(here, "data", name), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(columns)
        for r in rows:
            w.writerow(["" if r.get(c) is None else r[c] for c in columns])


def num(s):
    return None if s in ("", None) else float(s)


def fmt(v):
    return "" if v is None else repr(v)


def fold(rows, fields, key, value):
    out = []
    for r in rows:
        for f in fields:
            o = {k: v for k, v in r.items() if k not in (key, value)}
            o[key], o[value] = f, r[f]
            out.append(o)
    return out


def stack_order(rows, field, order):
    """indexof([...], datum.field): each row's place in the list, -1 when absent."""
    for r in rows:
        r["stack order"] = fmt(float(order.index(r[field]) if r[field] in order else -1))
    return rows


def twin_spec(example, data, drop_layer_transforms=True):
    with open(os.path.join(examples, example), encoding="utf-8") as f:
        spec = json.load(f)
    spec.pop("transform", None)
    for layer in spec.get("layer", []):
        layer.pop("transform", None)
        if "data" not in layer and data.get(id(layer)):
            layer["data"] = data[id(layer)]
    spec["data"] = {"csv": "data/" + data["main"]}
    return spec


def save(name, spec):
    with open(os.path.join(here, name), "w", encoding="utf-8") as f:
        json.dump(spec, f, ensure_ascii=False, indent=2)
        f.write("\n")


# Figure 9: four source columns folded into (source, generation).
sources = ["Hydropower", "Wind", "Solar", "Biomass"]
rows = stack_order(fold(read("renewable-generation.csv"), sources, "source", "generation"), "source", sources)
write("figure9.csv", ["year", "source", "generation", "stack order"], rows)
save("figure9.json", twin_spec("figure9.json", {"main": "figure9.csv"}))

# Figure 11: three industry columns folded into (industry, share).
rows = fold(read("industry-structure.csv"), ["Primary industry", "Secondary industry", "Tertiary industry"], "industry", "share")
write("figure11.csv", ["year", "industry", "share"], rows)
save("figure11.json", twin_spec("figure11.json", {"main": "figure11.csv"}))

# Figure 18: years as columns folded into (year, tce).
years = [str(y) for y in range(2013, 2023)]
rows = fold(read("energy-intensity-gdp-nbs.csv"), years, "year", "tce")
write("figure18.csv", ["year", "tce"], rows)
save("figure18.json", twin_spec("figure18.json", {"main": "figure18.csv"}))

# Figure 13: growth on the year before = (production - previous) / previous, years ascending.
rows = sorted(read("polysilicon.csv"), key=lambda r: int(r["year"]))
previous = None
for r in rows:
    p = num(r["production"])
    r["growth rate"] = fmt(None if previous is None or p is None else (p - previous) / previous)
    previous = p
write("figure13.csv", ["year", "production", "growth rate"], rows)
save("figure13.json", twin_spec("figure13.json", {"main": "figure13.csv"}))

# Figure 16: the total and the railway + waterway share per year (added left to right, as the
# expression does), then the modes folded for the bars.
wide = read("freight-volume.csv")
for r in wide:
    v = {k: num(r[k]) for k in ["Railway", "Highway", "Waterway", "Pipeline", "Civil aviation"]}
    total = v["Railway"] + v["Highway"] + v["Waterway"] + v["Pipeline"] + v["Civil aviation"]
    r["total"], r["railway and waterway share"] = fmt(total), fmt((v["Railway"] + v["Waterway"]) / total)
write("figure16-shares.csv", ["year", "railway and waterway share"], wide)
mode_names = ["Highway", "Waterway", "Railway", "Pipeline", "Civil aviation"]
modes = stack_order(fold(wide, mode_names, "mode", "volume"), "mode", mode_names)
write("figure16-modes.csv", ["year", "mode", "volume", "stack order"], modes)
spec = twin_spec("figure16.json", {"main": "figure16-shares.csv"})
spec["layer"][0]["data"] = {"csv": "data/figure16-modes.csv"}
save("figure16.json", spec)

# The policy-count map: one row per policy counted per region, regions in order of appearance.
counts = {}
for r in read("subnational-policies.csv"):
    counts[r["region"]] = counts.get(r["region"], 0) + 1
write("policy-count-map.csv", ["region", "policies"], [{"region": k, "policies": str(v)} for k, v in counts.items()])
spec = twin_spec("policy-count-map.json", {"main": "policy-count-map.csv"})
color = spec["encoding"]["color"]
color.pop("aggregate")
color["field"] = "policies"
save("policy-count-map.json", spec)

# Figure 6: each fuel's growth on the year before (lag within the fuel, years ascending), the
# first year (no year before) left out; rows in the fold's order.
fuels = ["Crude oil (million tonnes)", "Natural gas (billion cubic metres)"]
long = fold(read("oil-gas-production.csv"), fuels, "fuel", "production")
previous, rows = {}, []
for r in sorted(long, key=lambda r: int(r["year"])):
    p = num(r["production"])
    r["previous"] = previous.get(r["fuel"])
    previous[r["fuel"]] = p
ordered = [r for r in long if r["previous"] is not None]
for r in ordered:
    r["growth"] = fmt((num(r["production"]) - r["previous"]) / r["previous"])
write("figure6.csv", ["year", "fuel", "growth"], ordered)
save("figure6.json", twin_spec("figure6.json", {"main": "figure6.csv"}))

# Figure 10: production as a multiple of the first year's (first_value over the whole series).
rows = read("hydrogen-production.csv")
first = num(sorted(rows, key=lambda r: int(r["year"]))[0]["production"])
for r in rows:
    r["multiple of 2012"] = fmt(num(r["production"]) / first)
write("figure10.csv", ["year", "production", "multiple of 2012"], rows)
save("figure10.json", twin_spec("figure10.json", {"main": "figure10.csv"}))

# Stack orders: each series' place in the list the spec's indexof names (figures 5, 7, 8 and
# new-capacity-totals), so the stacks pile in the legend's order.
rows = stack_order(read("energy-structure.csv"), "source", ["Coal", "Oil", "Natural gas", "Non-fossil"])
write("figure5.csv", ["year", "source", "share", "stack order"], rows)
save("figure5.json", twin_spec("figure5.json", {"main": "figure5.csv"}))

types = ["Wind", "Solar", "Hydro", "Pumped storage", "Thermal and other"]
rows = stack_order(read("new-capacity.csv"), "type", types)
write("new-capacity.csv", ["year", "type", "capacity", "stack order"], rows)
save("new-capacity-totals.json", twin_spec("new-capacity-totals.json", {"main": "new-capacity.csv"}))

with open(os.path.join(examples, "figure7.json"), encoding="utf-8") as f:
    spec = json.load(f)
spec["layers"][0].pop("transform")
spec["layers"][0]["data"] = {"csv": "data/new-capacity.csv"}
share = read("new-capacity-renewable-share.csv")
write("new-capacity-renewable-share.csv", list(share[0].keys()), share)
spec["layers"][1]["data"] = {"csv": "data/new-capacity-renewable-share.csv"}
save("figure7.json", spec)

rows = stack_order(read("wind-solar-capacity.csv"), "type", ["Wind", "Solar"])
write("figure8.csv", ["year", "type", "capacity", "stack order"], rows)
save("figure8.json", twin_spec("figure8.json", {"main": "figure8.csv"}))
