#!/usr/bin/env bash
# Benchmark ccnt-chart against gnuplot, matplotlib and vl-convert on the same chart, in one run.
#
#   bench/compare.sh                    # figure2, 2 warm-ups + 15 timed runs per tool
#   bench/compare.sh --batch            # ... plus 100 copies of figure2 in one call
#   bench/compare.sh --only batch --runs 3
#   bench/compare.sh --no-build ...     # skip `swift build` (use the binary already built)
#   bench/compare.sh --scaling          # ... plus the scaling case (bench/scaling.py): 10k-160k
#                                       # line rows, 1k-16k annotations, a 1 MB minified spec
#   bench/compare.sh --only scaling     # just the scaling case (ccnt-chart alone)
#
# Installs what is missing (gnuplot-nox, fonts-inter, fonts-noto-cjk and GNU time from Debian;
# matplotlib, pandas and vl-convert-python from PyPI), builds the release binary, then runs
# bench/compare.py with the remaining arguments (see `bench/compare.py --help`).
# Works from any directory.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

build=1
scaling=0
only_scaling=0
args=()
previous=""
for a in "$@"; do
  case "$a" in
    --no-build) build=0 ;;
    --scaling) scaling=1 ;;
    scaling) if [ "$previous" = "--only" ]; then only_scaling=1; unset 'args[${#args[@]}-1]'; else args+=("$a"); fi ;;
    *) args+=("$a") ;;
  esac
  previous="$a"
done

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; fi
fi

have_font() {  # have_font FAMILY DEBIAN_PACKAGE
  if command -v fc-list >/dev/null 2>&1 && [ -n "$(fc-list ":family=$1" 2>/dev/null)" ]; then
    return 0
  fi
  dpkg -s "$2" >/dev/null 2>&1
}

apt_pkgs=()
command -v gnuplot >/dev/null 2>&1 || apt_pkgs+=(gnuplot-nox)
have_font "Inter" fonts-inter || apt_pkgs+=(fonts-inter)
have_font "Noto Sans CJK SC" fonts-noto-cjk || apt_pkgs+=(fonts-noto-cjk)
# GNU time measures peak RSS from a small parent (see compare.py): `time` is the Debian package.
{ [ -x /usr/bin/time ] && /usr/bin/time -f %M true >/dev/null 2>&1; } || apt_pkgs+=(time)

if [ ${#apt_pkgs[@]} -gt 0 ]; then
  echo "compare.sh: installing ${apt_pkgs[*]}" >&2
  if [ "$(id -u)" -ne 0 ] && [ -z "$SUDO" ]; then
    echo "compare.sh: not root and no sudo: install ${apt_pkgs[*]} first" >&2
    exit 1
  fi
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_pkgs[@]}" >/dev/null
fi

py_pkgs=()
python3 -c "import matplotlib" >/dev/null 2>&1 || py_pkgs+=(matplotlib)
python3 -c "import vl_convert" >/dev/null 2>&1 || py_pkgs+=(vl-convert-python)
python3 -c "import pandas" >/dev/null 2>&1 || py_pkgs+=(pandas)
if [ ${#py_pkgs[@]} -gt 0 ]; then
  echo "compare.sh: pip install ${py_pkgs[*]}" >&2
  if ! python3 -m pip install -q "${py_pkgs[@]}"; then
    # A Debian-managed python3 refuses plain pip installs (PEP 668): fall back to the user site.
    echo "compare.sh: retrying with --user --break-system-packages" >&2
    python3 -m pip install -q --user --break-system-packages "${py_pkgs[@]}"
  fi
fi

if [ "$build" = 1 ]; then
  if ! command -v swift >/dev/null 2>&1; then
    echo "compare.sh: swift not found; install the Swift toolchain or pass --no-build" >&2
    exit 1
  fi
  echo "compare.sh: swift build -c release --product ccnt-chart --static-swift-stdlib" >&2
  swift build -c release --product ccnt-chart --static-swift-stdlib
fi

if [ "$only_scaling" = 1 ]; then
  exec python3 "$here/scaling.py"
fi
python3 "$here/compare.py" "${args[@]+"${args[@]}"}"
if [ "$scaling" = 1 ]; then
  python3 "$here/scaling.py"
fi
