#!/usr/bin/env bash
# ctest package_installs: builds the Debian package (cmake/Packaging.cmake),
# unpacks it into an empty folder and checks what a user's system would get:
# the files, a CLI that runs from there, the Depends, and the desktop file,
# metainfo, file type and lintian's verdict when those tools are installed.
# Usage: test-deb.sh CMAKE BINARY_DIR VERSION
set -euo pipefail
cmake=$1 bin=$2 version=$3

"$cmake" --build "$bin" --target package
deb="$bin/tamkeen_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { echo "FAIL: the package target wrote no $deb" >&2; exit 1; }
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"

fail() { echo "FAIL: $*" >&2; exit 1; }
desktop=usr/share/applications/io.github.tamkeen.Tamkeen.desktop
metainfo=usr/share/metainfo/io.github.tamkeen.Tamkeen.metainfo.xml
mime=usr/share/mime/packages/tamkeen.xml
for f in usr/bin/tamkeen usr/bin/tamkeen-cli usr/bin/tamkeen-hub "$desktop" "$metainfo" "$mime" \
         usr/share/man/man1/tamkeen.1.gz usr/share/man/man1/tamkeen-cli.1.gz usr/share/man/man1/tamkeen-hub.1.gz \
         usr/lib/systemd/system/tamkeen-hub-import.service usr/lib/systemd/system/tamkeen-hub-import.path \
         usr/lib/systemd/system/tamkeen-hub-import.timer usr/lib/sysusers.d/tamkeen-hub.conf \
         usr/share/doc/tamkeen/copyright usr/share/doc/tamkeen/changelog.gz; do
  [ -f "$root/$f" ] || fail "$f is not in the package"
done
for b in tamkeen tamkeen-cli tamkeen-hub; do
  sections=$(readelf -S "$root/usr/bin/$b")
  if grep -q '\.symtab' <<<"$sections"; then fail "usr/bin/$b is not stripped"; fi
done

# The CLI from the unpacked tree, with nothing from the build tree to lean on.
printed=$(cd "$root" && LD_LIBRARY_PATH= "$root/usr/bin/tamkeen-cli" --version)
[ "$printed" = "tamkeen-cli $version" ] || fail "tamkeen-cli --version printed '$printed', not 'tamkeen-cli $version'"

printed=$(cd "$root" && LD_LIBRARY_PATH= "$root/usr/bin/tamkeen-hub" --version)
[ "$printed" = "tamkeen-hub $version" ] || fail "tamkeen-hub --version printed '$printed', not 'tamkeen-hub $version'"

depends=$(dpkg-deb -f "$deb" Depends)
for d in libqt6sql6-sqlite libsqlite3-0 libqt6widgets6 libpq5; do
  grep -qw -- "$d" <<<"$depends" || fail "Depends lacks $d: $depends"
done
grep -qx 'MimeType=application/x-tamkeen-package;' "$root/$desktop" || fail "the desktop file opens no packages"
grep -qx 'Exec=tamkeen %f' "$root/$desktop" || fail "the desktop file does not pass the file to tamkeen"

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$root/$desktop"
else
  echo "skipped: desktop-file-validate (desktop-file-utils) is not installed"
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$root/$metainfo"
else
  echo "skipped: appstreamcli (appstream) is not installed"
fi
# The file type as a desktop would compile it: *.tamkeen is a package.
if command -v update-mime-database >/dev/null; then
  mkdir -p "$root/mime/packages"
  cp "$root/$mime" "$root/mime/packages/"
  update-mime-database "$root/mime" >/dev/null # its note that the folder is not searched
  grep -qx 'application/x-tamkeen-package:\*\.tamkeen' "$root/mime/globs" || fail "*.tamkeen is not a package in the compiled file types"
else
  echo "skipped: update-mime-database (shared-mime-info) is not installed"
fi
if command -v lintian >/dev/null; then
  report=$(lintian "$deb" 2>&1) || true
  echo "$report"
  if grep -q '^E:' <<<"$report"; then fail "lintian reports errors"; fi
else
  echo "skipped: lintian is not installed"
fi
echo "package_installs: all checks passed"
