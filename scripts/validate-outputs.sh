#!/usr/bin/env bash
# Checks rendered files with independent validators: pngcheck for PNG, qpdf --check for PDF,
# xmllint for SVG. Usage: scripts/validate-outputs.sh DIR  (exit 1 when any file fails)
set -uo pipefail
dir="${1:?usage: validate-outputs.sh DIR}"
failed=0
count=0
shopt -s nullglob
for f in "$dir"/*.png; do
  count=$((count + 1))
  pngcheck -q "$f" >/dev/null || { echo "pngcheck failed: $f" >&2; pngcheck -v "$f" | tail -3 >&2; failed=1; }
done
for f in "$dir"/*.pdf; do
  count=$((count + 1))
  qpdf --check "$f" >/dev/null 2>&1 || { echo "qpdf --check failed: $f" >&2; qpdf --check "$f" | tail -3 >&2; failed=1; }
done
for f in "$dir"/*.svg; do
  count=$((count + 1))
  xmllint --noout "$f" || { echo "xmllint failed: $f" >&2; failed=1; }
done
if [ "$count" -eq 0 ]; then echo "validate-outputs: no files in $dir" >&2; exit 1; fi
echo "validated $count files in $dir (pngcheck, qpdf --check, xmllint)"
exit $failed
