#!/usr/bin/env bash
# Renders every example in examples/ to out/ as PNG (2×), SVG and PDF, installing what the
# build needs first. Usage: scripts/render-examples.sh [extra ccnt-chart render options]
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-system.sh
ccnt_require_packages "${CCNT_BUILD_PACKAGES[@]}"

swift build -c release --product ccnt-chart --static-swift-stdlib
.build/release/ccnt-chart render examples/*.json -o out --scale 2 "$@"
