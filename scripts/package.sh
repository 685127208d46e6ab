#!/usr/bin/env bash
# README: the Debian package (issue 28). Builds the programs (in BUILD_DIR, the test command's tree
# when it is there), their manual pages, then the .deb with CPack (cmake/Packaging.cmake says why
# CPack). Prints the package's path. With --check it also proves the package: lintian reports no
# errors, the desktop entry and the AppStream metadata validate, and unpacked into a scratch root
# the programs answer --version and --help and the manual pages render. With --install-check (root,
# the Debian archive reachable; ~6 minutes, so not in the test command) it installs the package
# with apt into a fresh Debian 12 (debootstrap) and runs the nightly jobs there as the dealercrm
# user on a demo database: what a new machine does.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$root/build}

"$root/scripts/deps.sh"
[[ -f $build/CMakeCache.txt ]] || BUILD_DIR=$build "$root/scripts/build.sh"
cmake --build "$build" -j2 --target dealercrm dealercrm-cli package-files
rm -rf "$build/deb"
(cd "$build" && cpack -G DEB -B "$build/deb" >/dev/null)
deb=$(ls "$build"/deb/dealercrm_*.deb)
echo "$deb"
if [[ ${1:-} == --install-check ]]; then
  command -v debootstrap >/dev/null || apt-get install -y -q debootstrap >/dev/null
  target=$(mktemp -d /var/tmp/dealercrm-clean.XXXXXX)
  chmod 755 "$target" # the root of the new system: mktemp makes it owner-only
  trap 'umount "$target/proc" 2>/dev/null || true; rm -rf "$target"' EXIT
  echo "debootstrap bookworm into $target…"
  debootstrap --variant=minbase bookworm "$target" http://deb.debian.org/debian >"$target.log" 2>&1 ||
    { tail -5 "$target.log"; exit 1; }
  rm -f "$target.log"
  mount --bind /proc "$target/proc"
  cp /etc/resolv.conf "$target/etc/"
  cp "$deb" "$target/tmp/"
  chroot "$target" /bin/sh -ec "apt-get update -q >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q /tmp/$(basename "$deb") >/dev/null
    dealercrm-cli --version
    QT_QPA_PLATFORM=offscreen dealercrm --version
    runuser -u dealercrm -- dealercrm-cli -d /var/lib/dealercrm/crm.sqlite seed --demo
    runuser -u dealercrm -- dealercrm-cli -d /var/lib/dealercrm/crm.sqlite nightly
    test \"\$(stat -c %a /etc/dealercrm/dealercrm.conf)\" = 600"
  echo "package.sh: $(basename "$deb") installs on a fresh Debian 12 and runs its nightly jobs."
  exit 0
fi
[[ ${1:-} == --check ]] || exit 0

fail() { echo "package.sh: $*" >&2; exit 1; }
version=$(dpkg-deb -f "$deb" Version)
echo "lintian…"
lintian --fail-on error "$deb" || fail "lintian found errors"
desktop-file-validate "$root/packaging/cn.dealercrm.DealerCRM.desktop" || fail "the desktop entry does not validate"
appstreamcli validate --no-net --explain "$build/packaging/cn.dealercrm.DealerCRM.metainfo.xml" ||
  fail "the AppStream metadata does not validate"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg -x "$deb" "$scratch"
for f in usr/bin/dealercrm usr/bin/dealercrm-cli usr/share/applications/cn.dealercrm.DealerCRM.desktop \
  usr/share/icons/hicolor/scalable/apps/cn.dealercrm.DealerCRM.svg usr/share/metainfo/cn.dealercrm.DealerCRM.metainfo.xml \
  lib/systemd/system/dealercrm-nightly.service lib/systemd/system/dealercrm-nightly.timer etc/dealercrm/dealercrm.conf \
  usr/share/doc/dealercrm/copyright usr/share/doc/dealercrm/changelog.gz usr/share/man/man1/dealercrm.1.gz \
  usr/share/man/man1/dealercrm-cli.1.gz usr/share/doc/dealercrm/guide/zh_CN/index.html \
  usr/share/doc/dealercrm/guide/en/index.html usr/share/doc/dealercrm/guide/images/followups.png; do
  [[ -e $scratch/$f ]] || fail "/$f is not in the package"
done
[[ $(dpkg-deb -c "$deb" | awk '$6 == "./etc/dealercrm/dealercrm.conf" {print $1}') == "-rw-------" ]] ||
  fail "/etc/dealercrm/dealercrm.conf is not owner-only"
cli_version=$(LC_ALL=C.UTF-8 "$scratch/usr/bin/dealercrm-cli" --version)
[[ $cli_version == "dealercrm-cli $version" ]] || fail "dealercrm-cli --version says \"$cli_version\", the package $version"
LC_ALL=C.UTF-8 "$scratch/usr/bin/dealercrm-cli" --help | grep -q "nightly" || fail "dealercrm-cli --help lacks the nightly job"
env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM LC_ALL=C.UTF-8 "$scratch/usr/bin/dealercrm" --version | grep -q "$version" ||
  fail "dealercrm --version does not answer without a display"
for m in "$scratch"/usr/share/man/man1/*.1.gz; do
  out=$(zcat "$m" | LC_ALL=C.UTF-8 groff -man -Tutf8 -ww 2>&1 >/dev/null)
  [[ -z $out ]] || fail "$(basename "$m") renders with warnings: $out"
  [[ $(LC_ALL=C.UTF-8 man -l "$m" | wc -l) -gt 20 ]] || fail "$(basename "$m") renders nearly empty"
done
echo "package.sh: $(basename "$deb") checked: lintian, desktop entry, AppStream, unpacked programs, manual pages."
