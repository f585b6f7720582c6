#!/usr/bin/env bash
# smoke-gui.sh -- start the real release binary under Xvfb, wait for its window and its first
# frame, take a screenshot, check the window is drawn (not one flat colour), drive it by keyboard
# to the connection test, and measure what the desktop wizard costs:
#
#   launch to first frame, resident memory when idle, CPU over 10 s idle (it must not repaint
#   continuously), release binary size.
#
#   scripts/smoke-gui.sh [OUT_DIR]      (default target/smoke; screenshots and figures.txt go there)
#
# It builds and measures the release binary; with SMOKE_BIN=PATH it uses that binary as it is
# (scripts/test.sh passes the one its test build made).
#
# Needs Xvfb, xdotool, xwininfo, ImageMagick and Mesa's software GL (scripts/install-test-deps.sh).
# Everything it starts it stops again by pid; the app's saved state goes to a temp folder.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=${1:-target/smoke}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)

for tool in Xvfb xdotool xwininfo import convert; do
  command -v "$tool" >/dev/null || { echo "smoke-gui: missing $tool (run scripts/install-test-deps.sh)" >&2; exit 2; }
done

if [ -n "${SMOKE_BIN:-}" ]; then
  BIN=$(cd "$(dirname "$SMOKE_BIN")" && pwd)/$(basename "$SMOKE_BIN")
  [ -x "$BIN" ] || { echo "smoke-gui: SMOKE_BIN=$SMOKE_BIN is not an executable" >&2; exit 2; }
else
  # No --quiet: a cold release build takes minutes, and cargo's progress shows it is working.
  cargo build --release
  BIN=${CARGO_TARGET_DIR:-$PWD/target}/release/icloud-mail-wizard
fi
echo "smoke-gui: $BIN"

TMP=$(mktemp -d /tmp/smoke-gui.XXXXXX)
XVFB_PID="" APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null && wait "$XVFB_PID" 2>/dev/null
  rm -rf "$TMP"
  return 0
}
trap cleanup EXIT
fail() {
  echo "smoke-gui: FAIL: $*" >&2
  [ -s "$TMP/app.log" ] && tail -5 "$TMP/app.log" >&2
  if [ -n "$XVFB_PID" ]; then
    kill -0 "$XVFB_PID" 2>/dev/null || echo "smoke-gui: Xvfb is no longer running" >&2
    [ -s "$TMP/xvfb.log" ] && tail -5 "$TMP/xvfb.log" >&2
  fi
  exit 1
}
ms() { date +%s%3N; }

# A free display number: no lock file and no socket.
DISPLAY_NUM=""
for n in $(seq 91 160); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then DISPLAY_NUM=$n; break; fi
done
[ -n "$DISPLAY_NUM" ] || fail "no free X display number"
# -noreset: by default Xvfb resets itself when its last client disconnects, and an app that
# connects during the reset gets "Failed to open connection to X server" (the second launch below
# starts right after the first app and every xdotool client have gone).
Xvfb ":$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp -noreset >"$TMP/xvfb.log" 2>&1 &
XVFB_PID=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] && break; sleep 0.05; done
[ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] || fail "Xvfb did not start: $(cat "$TMP/xvfb.log")"
export DISPLAY=":$DISPLAY_NUM"
unset WAYLAND_DISPLAY

# Launch with a private data folder (eframe's app.ron) and the first-frame log line on.
launch() { # THEME LOGFRAMES
  mkdir -p "$TMP/data/icloud-mail-wizard"
  printf '{"icloud-mail-wizard":"(theme:%s)"}\n' "$1" >"$TMP/data/icloud-mail-wizard/app.ron"
  T0=$(ms)
  XDG_DATA_HOME="$TMP/data" ICLOUD_WIZARD_LOG_FIRST_FRAME=1 ICLOUD_WIZARD_LOG_FRAMES=${2:-0} \
    "$BIN" >"$TMP/app.out" 2>"$TMP/app.log" &
  APP_PID=$!
  WID=""
  for _ in $(seq 400); do
    WID=$(xdotool search --name '^iCloud Mail Wizard$' 2>/dev/null | head -1) || true
    [ -n "$WID" ] && break
    kill -0 "$APP_PID" 2>/dev/null || fail "the app exited: $(cat "$TMP/app.log")"
    sleep 0.025
  done
  [ -n "$WID" ] || fail "no window titled 'iCloud Mail Wizard' within 10 s"
  T_WINDOW=$(ms)
  for _ in $(seq 400); do grep -q 'first frame built' "$TMP/app.log" && break; sleep 0.025; done
  FIRST=$(sed -n 's/.*first frame built at unix_ms=\([0-9]*\).*/\1/p' "$TMP/app.log" | head -1)
  [ -n "$FIRST" ] || fail "no first frame within 10 s"
}
stop_app() { kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
shot() { # NAME: the window only
  import -window "$WID" "$OUT/$1.png"
  local colours
  colours=$(convert "$OUT/$1.png" -format %k info:)
  [ "$colours" -ge 50 ] || fail "$1.png has only $colours colours: the window is not drawn"
  echo "  $1.png: $colours colours"
}
keys() { xdotool windowfocus --sync "$WID"; xdotool "$@"; sleep 0.4; }

echo "== launch (dark)"
launch Dark
echo "  window after $((T_WINDOW - T0)) ms, first frame built after $((FIRST - T0)) ms"
LAUNCH_TO_FIRST_FRAME=$((FIRST - T0))
sleep 1
shot welcome-dark
read -r W H < <(xwininfo -id "$WID" | awk '/Width:/ {w=$2} /Height:/ {h=$2} END {print w, h}')
echo "  window size ${W}x${H}"
[ "$W" -ge 760 ] && [ "$H" -ge 560 ] || fail "window smaller than its minimum: ${W}x${H}"

echo "== idle for 10 s"
sleep 2
RSS_KB=$(awk '/^VmRSS:/ {print $2}' "/proc/$APP_PID/status")
ticks() { awk '{print $14 + $15}' "/proc/$APP_PID/stat"; }
HZ=$(getconf CLK_TCK)
C0=$(ticks); sleep 10; C1=$(ticks)
IDLE_CPU=$(awk -v d=$((C1 - C0)) -v hz="$HZ" 'BEGIN {printf "%.2f", d / hz / 10 * 100}')
echo "  RSS ${RSS_KB} kB, CPU ${IDLE_CPU} % over 10 s ($((C1 - C0)) ticks)"
awk -v c="$IDLE_CPU" 'BEGIN {exit !(c < 2)}' || fail "idle CPU ${IDLE_CPU} %: something repaints continuously"

echo "== keyboard to the connection test"
keys key Return
keys type --delay 15 'jane.doe@icloud.com'
shot address-dark
keys key Return
keys type --delay 15 'dksi umcn pqcz kdit'
keys key Return
sleep 2
shot test-dark
kill -0 "$APP_PID" || fail "the app died while checking"
stop_app

echo "== launch (light)"
launch Light
sleep 1
shot welcome-light
keys key Return
keys type --delay 15 'jane@example.com'
keys key Tab
keys type --delay 15 'jdoe@icloud.com'
shot address-light
stop_app

SIZE=$(stat -c %s "$BIN")
cat >"$OUT/figures.txt" <<EOF
launch_to_first_frame_ms=$LAUNCH_TO_FIRST_FRAME
idle_rss_kb=$RSS_KB
idle_cpu_percent_10s=$IDLE_CPU
release_binary_bytes=$SIZE
EOF
echo "== figures ($OUT/figures.txt)"
cat "$OUT/figures.txt"
echo "smoke-gui: OK"
