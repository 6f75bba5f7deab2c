#!/usr/bin/env bash
# Fuzzes the spec decoder with libFuzzer for a bounded time (default 60 s), starting from the
# example specs and the bad-input corpus. Not part of CI. Usage: scripts/fuzz.sh [seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
work=".build-fuzz"
mkdir -p "$work/corpus"
cp examples/*.json Tests/CLITests/BadInput/*.json "$work/corpus/" 2>/dev/null || true

# The decoder and what it uses, compiled with the fuzzer and sanitizers; nothing that needs Cairo.
sources=(Sources/ChartKit/Spec/*.swift Sources/ChartKit/Format/NumberFormat.swift Sources/ChartKit/Data/FileAccess.swift
         Sources/ChartKit/Support/UTF8Text.swift Sources/ChartKit/Support/Limits.swift Sources/ChartKit/Geo/GeoJSON.swift Sources/ChartKit/Geo/Projection.swift Sources/ChartKit/Geo/PlaneGeometry.swift Sources/ChartKit/Scene/Scene.swift
         Sources/ChartKit/Scale/ColorScales.swift Sources/ChartKit/Scene/MapScene.swift
         fuzz/SpecDecoderFuzz.swift)
swiftc -sanitize=fuzzer,address -parse-as-library -O -module-name ChartKit "${sources[@]}" -o "$work/spec-fuzzer"
"$work/spec-fuzzer" "$work/corpus" -max_total_time="$seconds" -max_len=65536 -timeout=5 -rss_limit_mb=2048 \
  -print_final_stats=1
