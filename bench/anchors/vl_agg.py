"""The aggregate case by vl-convert: agg.json's Vega-Lite spec with the CSV's rows inlined
(vl-convert aggregates them in Vega)."""
import csv, json, sys, vl_convert as vlc
spec = json.load(open(sys.argv[1]))
rows = [{"province": r["province"], "gwh": float(r["gwh"])} for r in csv.DictReader(open(sys.argv[2]))]
spec["data"] = {"values": rows}
open(sys.argv[3], "wb").write(vlc.vegalite_to_png(json.dumps(spec), scale=2))
