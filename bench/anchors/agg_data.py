"""Writes the aggregate case's data: a long table of monthly generation, one row per
province x month (2013-2022) x source x unit, about 500,000 rows, and the Vega-Lite spec that
sums it to one bar per province (ccnt-chart reads the spec as it is; vl_agg.py inlines the
rows; pd_agg.py does the same with pandas and matplotlib).

    python3 agg_data.py OUT_DIR
"""
import json, os, random, sys

PROVINCES = ["Beijing", "Tianjin", "Hebei", "Shanxi", "Inner Mongolia", "Liaoning", "Jilin", "Heilongjiang",
             "Shanghai", "Jiangsu", "Zhejiang", "Anhui", "Fujian", "Jiangxi", "Shandong", "Henan", "Hubei",
             "Hunan", "Guangdong", "Guangxi", "Hainan", "Chongqing", "Sichuan", "Guizhou", "Yunnan", "Tibet",
             "Shaanxi", "Gansu", "Qinghai", "Ningxia", "Xinjiang"]
SOURCES = ["Coal", "Gas", "Hydro", "Wind", "Solar"]
UNITS = 27

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
rng = random.Random(20261123)
with open(os.path.join(out, "generation.csv"), "w") as f:
    f.write("province,month,source,unit,gwh\n")
    for p in PROVINCES:
        for year in range(2013, 2023):
            for m in range(1, 13):
                for s in SOURCES:
                    for u in range(UNITS):
                        f.write("%s,%d-%02d,%s,%d,%.1f\n" % (p, year, m, s, u, rng.uniform(0, 50)))
spec = {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": 700, "height": 380,
        "title": "Electricity generation by province, 2013-2022 (GWh)",
        "data": {"csv": "generation.csv"},
        "mark": "bar",
        "encoding": {"x": {"field": "province", "type": "nominal", "sort": "-y", "title": None},
                     "y": {"aggregate": "sum", "field": "gwh", "type": "quantitative", "title": "GWh"}}}
with open(os.path.join(out, "agg.json"), "w") as f:
    json.dump(spec, f, indent=1)
