#!/usr/bin/env bash
# Installs the Debian packages DealerCRM needs to build, test and run — only the missing ones.
# Runs apt-get as root (directly, or through sudo when available).
set -euo pipefail

packages=(
  # toolchain
  cmake ninja-build g++ pkg-config clang-format
  # Qt 6 (Debian 12 ships 6.4): Widgets, Sql (SQLite + PostgreSQL drivers), Charts, Svg, Linguist
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-svg-dev libqt6svg6 qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  # libraries
  libspdlog-dev libfmt-dev libsodium-dev libgtest-dev libgmock-dev libphonenumber-dev libicu-dev
  libxlsxwriter-dev libminizip-dev libbenchmark-dev libpq-dev
  # a local HTTP server in the tests that checks the SMS provider's protocol (nothing leaves the machine)
  libcpp-httplib-dev
  # report checks in the tests: a PDF renderer and text extractor, a real XLSX reader
  poppler-utils python3-openpyxl
  # databases: the sqlite3 shell for inspection, PostgreSQL for the tests on the second engine;
  # openssl makes the test CA and server certificate of the TLS test
  sqlite3 postgresql openssl
  # Chinese text on screen
  fonts-noto-cjk
  # the Debian package and its checks (scripts/package.sh): manual pages from --help, shared-library
  # dependencies, lintian, the desktop entry's and the AppStream metadata's validators, man to render
  help2man dpkg-dev lintian desktop-file-utils appstream man-db
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing: ${missing[*]}" >&2
as_root=()
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "deps.sh: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
  as_root=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
