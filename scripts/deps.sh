#!/usr/bin/env bash
# Installs, with apt, the Debian/Ubuntu packages Tamkeen needs to build, test and run.
# Sourced by scripts/run and scripts/test; installs only what is missing.
set -euo pipefail

TAMKEEN_PACKAGES=(
  cmake ninja-build g++ pkg-config ccache
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-translations-l10n libqt6sql6-sqlite qt6-charts-dev libqt6charts6 libqt6opengl6-dev qt6-pdf-dev
  libsqlite3-dev libsodium-dev libicu-dev libxlsxwriter-dev catch2
  fonts-noto-core poppler-utils xvfb xauth
  libpq-dev
)

# Only for scripts/test: the PostgreSQL server tamkeen-hub's tests start a
# cluster of (openssl: its TLS certificate); what builds the Debian package and
# checks it (tests/package).
TAMKEEN_TEST_PACKAGES=(postgresql openssl dpkg-dev lintian desktop-file-utils appstream shared-mime-info)

# Installs what is missing of TAMKEEN_PACKAGES and of any package named as an argument.
tamkeen_install_deps() {
  local missing=()
  local pkg
  for pkg in "${TAMKEEN_PACKAGES[@]}" "$@"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Tamkeen: missing packages (${missing[*]}) and no apt-get to install them." >&2
    return 1
  fi
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  echo "Tamkeen: installing ${missing[*]}"
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}
