#!/usr/bin/env bash
# screenshots.sh -- the README's screenshots and the frame-time figure, from the real release
# binary under Xvfb, with nothing faked inside the program:
#
# 1. A passing connection test: the loopback mail harness (tests/harness: Dovecot + Postfix) is
#    started on the real ports 993, 587 and 465 with a certificate for imap.mail.me.com and
#    smtp.mail.me.com from its test CA; the app runs in a private mount namespace whose /etc/hosts
#    points those names at 127.0.0.1, with SSL_CERT_FILE set to the test CA.
# 2. Frame times while checks run: the app runs in a namespace whose resolver is a local DNS
#    server that never answers, so every check waits on the name lookup for several seconds while
#    the window shows spinners; ICLOUD_WIZARD_LOG_FRAMES=1 logs every frame.
#
#   scripts/screenshots.sh [OUT_DIR]     (default target/screenshots; root: ports < 1024,
#                                              mount namespaces, Postfix)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != 0 ]; then # root (ports 993/587/465, unshare --mount): ask sudo, as install-test-deps.sh does
  command -v sudo >/dev/null || { echo "screenshots: run as root (ports 993/587/465, unshare --mount)" >&2; exit 2; }
  exec sudo -E "$0" "$@"
fi
OUT=${1:-target/screenshots}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
cargo build --release --quiet
BIN=$PWD/target/release/icloud-mail-wizard

RUN=$(mktemp -d /tmp/imw-shots.XXXX)
chmod 755 "$RUN"
XVFB_PID="" APP_PID="" DNS_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null
  [ -n "$DNS_PID" ] && kill "$DNS_PID" 2>/dev/null
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  tests/harness/stop.sh "$RUN" >/dev/null 2>&1 || true
  rm -rf "$RUN"
  return 0
}
trap cleanup EXIT

# Test PKI with a server certificate for iCloud's host names.
tests/harness/gen-certs.sh "$RUN/certs"
(
  cd "$RUN/certs"
  openssl req -new -nodes -newkey ec -pkeyopt ec_paramgen_curve:prime256v1 \
    -keyout server.key -out server.csr -subj "/CN=imap.mail.me.com" 2>/dev/null
  printf '%s\n' "subjectAltName=DNS:imap.mail.me.com,DNS:smtp.mail.me.com,DNS:localhost,IP:127.0.0.1" \
    "basicConstraints=critical,CA:FALSE" "keyUsage=critical,digitalSignature,keyEncipherment" \
    "extendedKeyUsage=serverAuth" >leaf.ext
  openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 30 -sha256 \
    -extfile leaf.ext -out server.crt 2>/dev/null
  cat server.crt ca.crt >server-chain.crt
  chmod 600 server.key; chmod 644 ./*.crt
)
PORTS=fixed IMAPS_PORT=993 SUBMISSION_PORT=587 SMTPS_PORT=465 IMAP_STARTTLS_PORT=143 FAULTS=0 \
  HARNESS_WATCH_PID=$$ tests/harness/start.sh "$RUN" 2>"$RUN/harness.err" >/dev/null ||
  { cat "$RUN/harness.err" >&2; exit 1; }
PASSWORD=$(sed -n 's/^MAIL_PASSWORD=//p' "$RUN/env")

for n in $(seq 161 220); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then DISPLAY_NUM=$n; break; fi
done
Xvfb ":$DISPLAY_NUM" -screen 0 1280x800x24 -nolisten tcp -noreset >/dev/null 2>&1 &
XVFB_PID=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] && break; sleep 0.05; done
export DISPLAY=":$DISPLAY_NUM"
unset WAYLAND_DISPLAY

# launch THEME HOSTS RESOLV [ENV...]: the app in a mount namespace with its own hosts/resolv.conf.
launch() {
  local theme=$1 hosts=$2 resolv=$3; shift 3
  rm -rf "$RUN/data"; mkdir -p "$RUN/data/icloud-mail-wizard"
  printf '{"icloud-mail-wizard":"(theme:%s)"}\n' "$theme" >"$RUN/data/icloud-mail-wizard/app.ron"
  unshare --mount --propagation private sh -c \
    'mount --bind "$1" /etc/hosts && mount --bind "$2" /etc/resolv.conf && shift 2 && exec "$@"' \
    sh "$hosts" "$resolv" env XDG_DATA_HOME="$RUN/data" SSL_CERT_FILE="$RUN/certs/ca.crt" "$@" \
    "$BIN" 2>"$RUN/app.log" &
  APP_PID=$!
  WID=""
  for _ in $(seq 400); do
    WID=$(xdotool search --name '^iCloud Mail Wizard$' 2>/dev/null | head -1) || true
    [ -n "$WID" ] && break
    sleep 0.025
  done
  [ -n "$WID" ] || { cat "$RUN/app.log" >&2; exit 1; }
  sleep 1
}
stop_app() { kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }
keys() { xdotool windowfocus --sync "$WID"; xdotool "$@"; sleep 0.4; }
to_test_step() {
  keys key Return
  keys type --delay 15 'alice@icloud.com'
  keys key Return
  keys type --delay 15 "$PASSWORD"
  keys key Return
}

printf '127.0.0.1 localhost\n127.0.0.1 imap.mail.me.com smtp.mail.me.com\n' >"$RUN/hosts"
cp /etc/resolv.conf "$RUN/resolv.conf"
for theme in Light Dark; do
  launch "$theme" "$RUN/hosts" "$RUN/resolv.conf"
  to_test_step
  sleep 2
  lower=$(echo "$theme" | tr 'A-Z' 'a-z')
  import -window "$WID" "$OUT/test-passing-$lower.png"
  keys key Return
  keys key Return
  import -window "$WID" "$OUT/done-$lower.png"
  stop_app
done

# A resolver that never answers: every check waits on its name lookup.
/usr/bin/python3 -c '
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
s.bind(("127.0.0.54", 53))
while True:
    s.recv(512)
' &
DNS_PID=$!
printf 'nameserver 127.0.0.54\noptions timeout:4 attempts:2\n' >"$RUN/resolv.silent"
printf '127.0.0.1 localhost\n' >"$RUN/hosts.plain"
launch Dark "$RUN/hosts.plain" "$RUN/resolv.silent" ICLOUD_WIZARD_LOG_FRAMES=1
to_test_step
sleep 1.5
import -window "$WID" "$OUT/test-running-dark.png"
# The lookups give up after 2 x 4 s; then every row shows its diagnosis.
sleep 10
import -window "$WID" "$OUT/test-dns-timeout-dark.png"
stop_app
grep 'checks_running=true' "$RUN/app.log" |
  sed -n 's/.*unix_ms=\([0-9]*\) build_us=\([0-9]*\).*/\1 \2/p' >"$RUN/frames.txt"
awk '
  NR > 1 { gap[n++] = $1 - prev }
  { prev = $1; build[m++] = $2 }
  function sort(a, k,   i, j, t) { for (i = 1; i < k; i++) for (j = i; j > 0 && a[j-1] > a[j]; j--) { t = a[j]; a[j] = a[j-1]; a[j-1] = t } }
  END {
    sort(gap, n); sort(build, m)
    printf "frames while checks ran: %d over %.1f s\n", m, (prev - first) / 1000
    printf "frame interval: median %d ms, 95th percentile %d ms, max %d ms\n", gap[int(n/2)], gap[int(n*0.95)], gap[n-1]
    printf "ui build time: median %.2f ms, 95th percentile %.2f ms, max %.2f ms\n", build[int(m/2)]/1000, build[int(m*0.95)]/1000, build[m-1]/1000
  }
  NR == 1 { first = $1 }
' "$RUN/frames.txt" | tee "$OUT/frame-times.txt"
ls "$OUT"
