#!/usr/bin/env bash
# Wrap the frozen build (build/dist/rumahsinggah, from packaging/build.sh) in a .deb with
# Debian's own tool, dpkg-deb (run under fakeroot when not root, so files belong to root).
#   bash packaging/make_deb.sh [DEB_VERSION]   -> build/rumahsinggah_<version>_<arch>.deb
# Installs to /opt/rumahsinggah, /usr/bin/rumahsinggah, a desktop entry and the icons. The
# data folder lives in each user's home (platformdirs) and is never part of the package, so
# removing, purging or upgrading the package leaves it untouched.
set -euo pipefail
cd "$(dirname "$0")/.."
dist=build/dist/rumahsinggah
[ -x "$dist/rumahsinggah" ] || { echo "no frozen build: run bash packaging/build.sh" >&2; exit 1; }
app_version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' src/rumahsinggah/__init__.py)
version="${1:-$app_version}"
arch=$(dpkg --print-architecture)
stage=build/deb/rumahsinggah_${version}_${arch}
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/icons/hicolor/scalable/apps" "$stage/usr/share/doc/rumahsinggah"
cp -a "$dist" "$stage/opt/rumahsinggah"
cat > "$stage/usr/bin/rumahsinggah" <<'SH'
#!/bin/sh
# Rumah Singgah (the frozen build in /opt/rumahsinggah).
exec /opt/rumahsinggah/rumahsinggah "$@"
SH
chmod 0755 "$stage/usr/bin/rumahsinggah"
install -m 0644 packaging/linux/rumahsinggah.desktop "$stage/usr/share/applications/"
install -m 0644 resources/icons/rumahsinggah.svg "$stage/usr/share/icons/hicolor/scalable/apps/"
for size in 16 24 32 48 64 128 256; do
  d="$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$d"
  install -m 0644 "resources/icons/rumahsinggah-$size.png" "$d/rumahsinggah.png"
done
cat > "$stage/usr/share/doc/rumahsinggah/copyright" <<'TXT'
Rumah Singgah. The licences of the bundled libraries are listed in the application under
Bantuan > Tentang Rumah Singgah, and their licence files are kept in
/opt/rumahsinggah/_internal/*.dist-info/.
TXT
installed_kb=$(du -sk --exclude=DEBIAN "$stage" | cut -f1)
# Shared libraries the frozen Qt loads from the system (the same list as setup.sh's).
cat > "$stage/DEBIAN/control" <<TXT
Package: rumahsinggah
Version: $version
Architecture: $arch
Maintainer: Rumah Singgah <rumahsinggah@localhost>
Installed-Size: $installed_kb
Section: misc
Priority: optional
Depends: libc6 (>= 2.31), libegl1, libgl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libfreetype6, libdbus-1-3, libglib2.0-0, libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-shape0, libxcb-xinerama0, libxcb-randr0, libxcb-render-util0, libxcb-image0, fonts-dejavu-core
Recommends: libnss3, libasound2, libpulse0
Description: Rumah Singgah: client records for Indonesian social shelters
 Offline-first desktop application for the staff of rumah singgah, panti
 sosial and RPS: intake, assessment, decisions, services, family tracing,
 termination and the letters of the service standards, in one encrypted
 SQLite store per desk. The data folder lives in each user's home and is
 kept when the package is removed or upgraded.
TXT
cat > "$stage/DEBIAN/postinst" <<'SH'
#!/bin/sh
set -e
if [ "$1" = configure ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
exit 0
SH
cat > "$stage/DEBIAN/postrm" <<'SH'
#!/bin/sh
# The users' data folders (~/.local/share/RumahSinggah) are never touched, not even on purge.
set -e
if [ "$1" = remove ] || [ "$1" = purge ]; then
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
fi
exit 0
SH
chmod 0755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
out=build/rumahsinggah_${version}_${arch}.deb
root=""; [ "$(id -u)" -eq 0 ] || root=fakeroot
$root dpkg-deb --build --root-owner-group -Zxz "$stage" "$out" >/dev/null
echo "package: $out ($(du -h "$out" | cut -f1), installed $((installed_kb / 1024)) MB)"
