#!/usr/bin/env bash
# Runs the test suite, installing what the build and the tests need first (poppler-utils
# gives the PDF tests an independent reader).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup-system.sh
ccnt_require_packages "${CCNT_BUILD_PACKAGES[@]}" poppler-utils

swift test "$@"
