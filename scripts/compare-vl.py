#!/usr/bin/env python3
"""Renders gallery specs with vl-convert (Vega-Lite's own renderer) and with ccnt-chart, and
writes the two PNGs side by side (ccnt-chart left, vl-convert right) to out/compare/, to be
judged by eye: same marks, order, stacking and domains. The images stay out of the repository;
the judgements are recorded in Tests/ChartKitTests/Gallery/COMPARISON.md.

Usage: scripts/compare-vl.py [--binary PATH] NAME...   (NAME: a spec of the gallery suite,
       without .vl.json; "all" for every spec STATUS.md lists as rendered)

vl-convert cannot read files next to the spec, so each `{"url": …}` is replaced by the file's
text or records (`"values"` with the same `format`) before it is handed over; the spec is
otherwise unchanged. Needs `pip install vl-convert-python pillow`.
"""
import io, json, os, re, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SPECS = os.path.join(ROOT, "Tests", "ChartKitTests", "Gallery", "specs")
OUT = os.path.join(ROOT, "out", "compare")


def inline(node, folder):
    """Replaces every data url (at any depth: lookups, layers, panels) by the file's contents."""
    if isinstance(node, list):
        return [inline(n, folder) for n in node]
    if not isinstance(node, dict):
        return node
    node = {k: inline(v, folder) for k, v in node.items()}
    url = node.get("url")
    if isinstance(url, str) and not re.match(r"^[a-z]+://", url):
        path = os.path.join(folder, url)
        fmt = dict(node.get("format", {}))
        kind = fmt.get("type") or os.path.splitext(url)[1].lstrip(".")
        with open(path, encoding="utf-8") as f:
            text = f.read()
        del node["url"]
        if kind == "json":
            values = json.loads(text)
            prop = fmt.pop("property", None)
            for key in (prop.split(".") if prop else []):
                values = values[key]
            fmt.pop("type", None)
            node["values"] = values
        else:
            fmt["type"] = kind
            node["values"] = text
        if fmt:
            node["format"] = fmt
        else:
            node.pop("format", None)
    return node


def rendered_names():
    with open(os.path.join(ROOT, "Tests", "ChartKitTests", "Gallery", "STATUS.md"), encoding="utf-8") as f:
        return [m.group(1) for m in re.finditer(r"^\| `([^`]+)` \| [^|]+ \| rendered \|", f.read(), re.M)]


def side_by_side(ours_png, vl_png, out):
    from PIL import Image
    a = Image.open(io.BytesIO(ours_png)).convert("RGB")
    b = Image.open(io.BytesIO(vl_png)).convert("RGB")
    c = Image.new("RGB", (a.width + b.width + 24, max(a.height, b.height)), "white")
    c.paste(a, (0, 0))
    c.paste(b, (a.width + 24, 0))
    c.save(out)


def main(argv):
    binary = os.path.join(ROOT, ".build", "debug", "ccnt-chart")
    if len(argv) > 1 and argv[0] == "--binary":
        binary, argv = argv[1], argv[2:]
    names = rendered_names() if argv == ["all"] else argv
    import vl_convert as vlc
    os.makedirs(OUT, exist_ok=True)
    for name in names:
        spec_path = os.path.join(SPECS, name + ".vl.json")
        with open(spec_path, encoding="utf-8") as f:
            spec = inline(json.load(f), SPECS)
        vl_png = vlc.vegalite_to_png(json.dumps(spec), scale=1)
        tmp = os.path.join(OUT, "ccnt")
        subprocess.run([binary, "render", spec_path, "-o", tmp, "--format", "png", "--force"],
                       check=True, capture_output=True)
        with open(os.path.join(tmp, name + ".vl.png"), "rb") as f:
            ours = f.read()
        side_by_side(ours, vl_png, os.path.join(OUT, name + ".png"))
        print(os.path.join(OUT, name + ".png"))


if __name__ == "__main__":
    main(sys.argv[1:])
