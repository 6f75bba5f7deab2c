"""The aggregate case by pandas + matplotlib: read the CSV, sum GWh by province, sorted bars."""
import sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import pandas as pd
df = pd.read_csv(sys.argv[1])
totals = df.groupby("province")["gwh"].sum().sort_values(ascending=False)
fig, ax = plt.subplots(figsize=(8, 5), dpi=200)
ax.bar(totals.index, totals.values, color="#2a7f62")
ax.set_title("Electricity generation by province, 2013-2022 (GWh)")
ax.set_ylabel("GWh")
ax.tick_params(axis="x", labelrotation=90)
fig.tight_layout()
fig.savefig(sys.argv[2])
