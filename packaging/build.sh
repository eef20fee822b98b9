#!/usr/bin/env bash
# Frozen one-folder build of Rumah Singgah with PyInstaller (Linux here; Windows in CI).
#   bash packaging/build.sh            -> build/dist/rumahsinggah/ (the program: rumahsinggah)
# Uses the development venv (.venv, made by packaging/setup.sh) and installs PyInstaller in it.
set -euo pipefail
cd "$(dirname "$0")/.."
py=.venv/bin/python
[ -x "$py" ] || py=.venv/Scripts/python.exe  # Git Bash on Windows
[ -x "$py" ] || { echo "no .venv: run bash packaging/setup.sh test first" >&2; exit 1; }
"$py" -m pip install -q 'pyinstaller>=6.10' 'pyinstaller-hooks-contrib>=2024.8' 2>&1 \
  | grep -v '^WARNING: Location' || true
"$py" -m pip install -q --no-deps -e . 2>&1 | grep -v '^WARNING: Location' || true
# The icon files and the English translation are generated from their sources first.
QT_QPA_PLATFORM=offscreen "$py" packaging/make_icons.py
start=$(date +%s)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath build/dist --workpath build/work packaging/rumahsinggah.spec
echo "build took $(( $(date +%s) - start )) s"
echo "build size: $(du -sh build/dist/rumahsinggah | cut -f1) (build/dist/rumahsinggah)"
