#!/usr/bin/env bash
# Makes the user guide's pictures (docs/guide/images/*.png) from the real program: each role signs
# in to a fresh demo database under Xvfb at 1366×768, in Chinese, and each page is photographed.
# Run it after a screen changes, look at the pictures, commit them with the change.
#   scripts/guide-shots.sh [BUILD_DIR]        (default: build; needs a built dealercrm)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build}
app=$root/$build/src/app/dealercrm
cli=$root/$build/src/cli/dealercrm-cli
out=$root/docs/guide/images
[[ -x $app && -x $cli ]] || { echo "guide-shots: build first ($app missing)" >&2; exit 2; }
need=()
command -v Xvfb >/dev/null || need+=(xvfb xauth)
command -v xdotool >/dev/null || need+=(xdotool)
command -v convert >/dev/null || need+=(imagemagick)
fc-list :lang=zh | grep -q . || need+=(fonts-noto-cjk)
if ((${#need[@]})); then
  [[ $(id -u) == 0 ]] || { echo "guide-shots: install ${need[*]}" >&2; exit 2; }
  apt-get install -y -q "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
disp=""
for n in $(seq 90 130); do [[ -e /tmp/.X$n-lock ]] || { disp=":$n"; break; }; done
[[ -n $disp ]] || { echo "guide-shots: no free X display" >&2; exit 2; }
Xvfb "$disp" -screen 0 1366x768x24 -nolisten tcp >/dev/null 2>&1 &
xpid=$!
apid=""
trap '[[ -n $apid ]] && kill "$apid" 2>/dev/null; kill "$xpid" 2>/dev/null; rm -rf "$work"' EXIT
export DISPLAY=$disp LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8 QT_QPA_PLATFORM=xcb
sleep 1
db=$work/demo.sqlite
"$cli" -d "$db" seed --demo >/dev/null

# Each desk starts from a clean settings folder: default layout, What's new already seen.
fresh_home() {
  export HOME=$work/home-$1
  rm -rf "$HOME"
  mkdir -p "$HOME/.config/DealerCRM"
  printf '[mainwindow]\nmodule\\%s=%s\n[help]\nversion_seen=%s\n' "$1" "$2" "$("$app" --version | awk '{print $NF}')" \
    >"$HOME/.config/DealerCRM/DealerCRM.conf"
}
# The picture, in 255 colours: flat screens lose nothing and the guide stays small.
# The screen trimmed to the windows on it (a dialog alone is not framed by a black screen).
snap() { import -window root -trim +repage "PNG8:$out/$1.png"; echo "  $1.png"; }
# Without a window manager nothing gives the main window the keyboard after the sign-in.
focus_main() {
  local wid
  wid=$(xdotool search --onlyvisible --name DealerCRM | head -1)
  [[ -n $wid ]] && xdotool windowfocus --sync "$wid"
}
start() { "$app" --database "$1" ${2:+-u "$2"} >"$work/app.log" 2>&1 & apid=$!; sleep 4; }
stop() { kill "$apid" 2>/dev/null || true; wait "$apid" 2>/dev/null || true; apid=""; sleep 1; }
sign_in() { xdotool type --delay 40 "$1"; xdotool key Return; sleep 5; }

mkdir -p "$out"
echo "guide-shots: $out"

# The first start on an empty database: the guided set-up.
fresh_home admin ""
start "$work/empty.sqlite"
snap first-run
stop

# The sign-in, then each role's pages: user password shot [module steps…]
fresh_home agent followups
start "$db" agent
snap sign-in
stop

shot() { # shot NAME USER PASSWORD MODULE [xdotool key steps…]
  local name=$1 user=$2 pw=$3 module=$4
  shift 4
  fresh_home "$user" "$module"
  start "$db" "$user"
  sign_in "$pw"
  focus_main
  for k in "$@"; do xdotool key "$k"; sleep 2; done
  snap "$name"
  stop
}
shot followups agent demo-agent followups
shot inbound agent demo-agent frontdesk F2
shot frontdesk agent demo-agent frontdesk
shot complaints agent demo-agent complaints
shot feedback agent demo-agent feedback
shot account agent demo-agent account
shot guide agent demo-agent followups F1
shot keys agent demo-agent followups ctrl+slash
shot archives archivist demo-archivist archives
shot oem archivist demo-archivist oem
shot club club demo-club club
shot dashboard manager demo-manager dashboard
shot campaigns manager demo-manager campaigns
shot surveys manager demo-manager surveys
shot usage manager demo-manager usage
shot users admin demo-admin users
shot audit admin demo-admin audit
shot settings admin demo-admin users ctrl+comma
echo "guide-shots: done; look at them before committing"
