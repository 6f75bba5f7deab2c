#!/usr/bin/env bash
# Installs the Debian packages ccnt-chart needs when they are missing (sourced by the other
# scripts). Pass extra package names for tools a script needs beyond the build.
set -euo pipefail

ccnt_require_packages() {
  local missing=()
  for pkg in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    return 0
  fi
  echo "==> installing system packages: ${missing[*]}" >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "error: these packages are missing and this user cannot install them: ${missing[*]}" >&2
      echo "       run as root: apt-get install -y ${missing[*]}" >&2
      exit 1
    fi
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
}

# Build: Cairo, Pango and libpng headers. Fonts: Inter for Latin text, Noto Sans CJK for Chinese,
# Noto Color Emoji for pictograms (isotype charts), which would otherwise be drawn as boxes.
CCNT_BUILD_PACKAGES=(pkg-config libcairo2-dev libpango1.0-dev libpng-dev fonts-inter fonts-noto-cjk fonts-noto-color-emoji fontconfig)

if ! command -v swift >/dev/null 2>&1; then
  echo "error: the Swift toolchain (6.0 or newer) is not on PATH; see https://www.swift.org/install/linux/" >&2
  exit 1
fi
