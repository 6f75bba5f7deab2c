# vl-convert rendering the gallery specs ccnt-chart renders, in one process (its best case).
# Usage: vl_gallery.py LIST OUTDIR   LIST: a file naming one spec (data already inlined) a line.
import os, sys, time
import vl_convert as vlc

names = open(sys.argv[1], encoding="utf-8").read().split()
out = sys.argv[2]
os.makedirs(out, exist_ok=True)
t = time.perf_counter()
for path in names:
    with open(path, encoding="utf-8") as f:
        png = vlc.vegalite_to_png(f.read(), scale=1)
    with open(os.path.join(out, os.path.basename(path)[:-8] + ".png"), "wb") as f:
        f.write(png)
print(f"{(time.perf_counter() - t) / len(names) * 1000:.1f} ms per chart")
