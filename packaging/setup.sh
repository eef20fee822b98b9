#!/usr/bin/env bash
# Set up Rumah Singgah on a fresh Debian/Ubuntu desk or CI machine, then start it or test it.
#   bash packaging/setup.sh start   install, create a demo store if there is none, open the app
#   bash packaging/setup.sh test    install with the test extra and run the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-start}"

# Shared libraries Qt needs (even offscreen), a virtual screen for machines without one,
# poppler's pdftoppm to render letters in tests, and fonts.
need=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 libglib2.0-0
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0
      libxcb-render-util0 libxcb-image0 libnss3 libasound2 libpulse0 xvfb xauth poppler-utils
      fonts-dejavu-core)
# The tests also run the store on a real PostgreSQL server (a throwaway cluster they start).
if [ "$mode" = test ]; then need+=(postgresql openssl); fi
missing=()
for pkg in "${need[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ((${#missing[@]})) && command -v apt-get >/dev/null; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [ "$mode" = test ]; then
  .venv/bin/python -m pip install -q -e '.[test]'
  export QT_QPA_PLATFORM=offscreen
  exec .venv/bin/python -m pytest "${@:2}"
fi

.venv/bin/python -m pip install -q -e .
.venv/bin/rumahsinggah demo --if-empty
if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec xvfb-run -a .venv/bin/rumahsinggah
fi
exec .venv/bin/rumahsinggah
