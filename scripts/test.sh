#!/usr/bin/env bash
# Runs the test suite, then renders every example with the freshly built CLI and checks each
# file with independent validators. Installs what the build and the checks need first
# (poppler-utils gives the PDF tests an independent reader).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-system.sh
ccnt_require_packages "${CCNT_BUILD_PACKAGES[@]}" poppler-utils pngcheck qpdf libxml2-utils python3 python3-pip

# Altair (Python's Vega-Lite library) for the round-trip test; skipped with a message without it.
if ! python3 -c "import altair" >/dev/null 2>&1; then
  python3 -m pip install -q altair >/dev/null 2>&1 \
    || python3 -m pip install -q --user --break-system-packages altair >/dev/null 2>&1 \
    || echo "test.sh: Altair cannot be installed; the Altair round-trip test will be skipped" >&2
fi

swift test "$@"

outputs="$(mktemp -d)"
trap 'rm -rf "$outputs"' EXIT
.build/debug/ccnt-chart render examples/*.json -o "$outputs" --scale 2 --quiet
scripts/validate-outputs.sh "$outputs"
