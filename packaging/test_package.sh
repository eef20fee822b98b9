#!/usr/bin/env bash
# End-to-end test of the Linux package (takes minutes; not part of the pytest run):
# build the frozen program and the .deb, install it (dpkg -i; needs root), run the installed
# program (--version, demo, check, screenshots offscreen), upgrade it over itself with a newer
# package version and show the data kept, remove and purge it and show the data folder still
# there. Prints the package size and the start-up timings against the development install.
#   bash packaging/test_package.sh            build, then test
#   SKIP_BUILD=1 bash packaging/test_package.sh   reuse build/dist (after packaging/build.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
[ "$(id -u)" -eq 0 ] || { echo "dpkg -i needs root" >&2; exit 1; }
step() { printf '\n== %s\n' "$*"; }
now() { date +%s.%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
# Median wall-clock seconds of a command run 5 times.
median() {
  local times=() t0 i
  for i in 1 2 3 4 5; do
    t0=$(now); "$@" >/dev/null 2>&1 || true; times+=("$(secs "$t0" "$(now)")")
  done
  printf '%s\n' "${times[@]}" | sort -n | sed -n 3p
}

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  step "frozen build (packaging/build.sh)"
  t0=$(now); bash packaging/build.sh; build_s=$(secs "$t0" "$(now)")
fi
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/rumahsinggah/__init__.py)
step "packages: $version-1 and, for the upgrade, $version-2 (same program, newer package)"
bash packaging/make_deb.sh "$version-1"
bash packaging/make_deb.sh "$version-2"
arch=$(dpkg --print-architecture)
deb1=build/rumahsinggah_${version}-1_${arch}.deb
deb2=build/rumahsinggah_${version}-2_${arch}.deb
dpkg-deb --info "$deb1" | sed -n '/Package:/,/Depends:/p'

work=$(mktemp -d /tmp/rumahsinggah-pkgtest.XXXXXX)
export HOME="$work/home"            # a fresh desk user: the default data folder is in here
unset XDG_DATA_HOME XDG_CONFIG_HOME RUMAHSINGGAH_DATA_DIR RUMAHSINGGAH_CONFIG_DIR
mkdir -p "$HOME"
export QT_QPA_PLATFORM=offscreen RUMAHSINGGAH_PASSWORD=demo12345
data="$HOME/.local/share/RumahSinggah"
cd "$work"  # nothing from the source tree on the path

step "install $deb1"
dpkg -r rumahsinggah >/dev/null 2>&1 || true
t0=$(now); dpkg -i "$repo/$deb1"; install_s=$(secs "$t0" "$(now)")
ls -l /usr/bin/rumahsinggah /usr/share/applications/rumahsinggah.desktop \
  /usr/share/icons/hicolor/256x256/apps/rumahsinggah.png
desktop-file-validate /usr/share/applications/rumahsinggah.desktop 2>/dev/null || true
echo "which: $(command -v rumahsinggah)"

step "rumahsinggah --version"
rumahsinggah --version

step "rumahsinggah demo (into the default data folder of a temporary home: $data)"
t0=$(now); rumahsinggah demo --clients 200; demo_s=$(secs "$t0" "$(now)")

step "rumahsinggah check"
rumahsinggah --user admin check
rumahsinggah standards list >/dev/null && echo "bundled standards load: ok"

step "rumahsinggah report monthly (XLSX through openpyxl, PDF through ReportLab)"
month=$(date +%Y-%m)
rumahsinggah --user kabid report monthly --month "$month" --out "$work/rekap.xlsx"
rumahsinggah --user kabid report monthly --month "$month" --out "$work/rekap.pdf"
ls -l "$work/rekap.xlsx" "$work/rekap.pdf"

step "rumahsinggah screenshots (offscreen)"
t0=$(now); rumahsinggah screenshots --out "$work/shots" --clients 60 | tail -1
shots_s=$(secs "$t0" "$(now)")
ls "$work/shots" | head -5
rumahsinggah screenshots --out "$work/shots-en" --clients 20 --language en | tail -1

step "upgrade: install $deb2 over $deb1; the data folder is kept"
before=$(cd "$data" && sha256sum rumahsinggah.keys rumahsinggah.sqlite)
dpkg -i "$repo/$deb2"
dpkg-query -W -f='installed: ${Package} ${Version}\n' rumahsinggah
after=$(cd "$data" && sha256sum rumahsinggah.keys rumahsinggah.sqlite)
[ "$before" = "$after" ] && echo "store and key file unchanged by the upgrade"
rumahsinggah --user admin check | tail -2

step "start-up: installed program vs development install (median of 5)"
inst_version=$(median rumahsinggah --version)
dev_version=$(median "$repo/.venv/bin/rumahsinggah" --version)
# The start-up benchmark times the whole process to the sign-in window (its probe marks),
# paired with a bare PySide6 window in the same run.
bench="$repo/benchmarks/bench_startup.py"
inst_bench=$("$repo/.venv/bin/python" "$bench" --program /usr/bin/rumahsinggah --skip-board \
  --runs 5 --dir "$work/bench-installed" | grep "^process start")
dev_bench=$("$repo/.venv/bin/python" "$bench" --program "$repo/.venv/bin/rumahsinggah" \
  --skip-board --runs 5 --dir "$work/bench-dev" | grep "^process start")

step "remove and purge the package; the data folder stays"
dpkg -r rumahsinggah
[ ! -e /opt/rumahsinggah ] && [ ! -e /usr/bin/rumahsinggah ] && echo "program removed"
dpkg -P rumahsinggah >/dev/null 2>&1 || true
ls -la "$data"
[ -s "$data/rumahsinggah.sqlite" ] && [ -s "$data/rumahsinggah.keys" ] \
  && echo "data folder still there after remove and purge: $data"

step "figures"
echo "package size:        $(du -h "$repo/$deb1" | cut -f1) ($deb1)"
echo "installed size:      $(dpkg-deb -f "$repo/$deb1" Installed-Size) KiB in /opt/rumahsinggah"
[ -n "${build_s:-}" ] && echo "build:               ${build_s} s"
echo "dpkg -i:             ${install_s} s"
echo "demo (200 clients):  ${demo_s} s"
echo "screenshots:         ${shots_s} s"
echo "--version:           installed ${inst_version} s, development ${dev_version} s"
echo "sign-in window, installed:   ${inst_bench}"
echo "sign-in window, development: ${dev_bench}"
rm -rf "$work"
