#!/usr/bin/env bash
# Runs the test suite, then renders every example with the freshly built CLI and checks each
# file with independent validators. Installs what the build and the checks need first
# (poppler-utils gives the PDF tests an independent reader).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-system.sh
ccnt_require_packages "${CCNT_BUILD_PACKAGES[@]}" poppler-utils pngcheck qpdf libxml2-utils

swift test "$@"

outputs="$(mktemp -d)"
trap 'rm -rf "$outputs"' EXIT
.build/debug/ccnt-chart render examples/*.json -o "$outputs" --scale 2 --quiet
scripts/validate-outputs.sh "$outputs"
