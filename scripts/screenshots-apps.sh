#!/usr/bin/env bash
# screenshots-apps.sh -- screenshots of the mail app step ("Where will you read your mail?") and
# the last step, from the real binary under Xvfb, light and dark, at the default and the smallest
# window size. The app runs without a network (a private network namespace), so the connection
# test fails at once and the wizard goes on with iCloud's documented settings; choices come from
# a prepared app.ron, the rest is typed with xdotool.
#
#   scripts/screenshots-apps.sh [OUT_DIR]   (default assets/screenshots; root for unshare -n)
#   BIN=target/debug/icloud-mail-wizard scripts/screenshots-apps.sh   (skip the release build)
#   ONLY_SIGN=1 scripts/screenshots-apps.sh   (only "Sign profiles", with a chain made by openssl)
#   ONLY_SEND=1 scripts/screenshots-apps.sh   (only "Send to iPhone or iPad")
#   ONLY_LANGS="de_DE fr_FR" scripts/screenshots-apps.sh   (only the Address step, for a Gmail
#       address and a domain that could not be checked, the mail app steps and the help desk's
#       record check, with the system language set to each: lang-de-*.png, lang-fr-*.png)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" != 0 ]; then # root (unshare -n): ask sudo, as install-test-deps.sh does
  command -v sudo >/dev/null || { echo "screenshots-apps: run as root (unshare -n)" >&2; exit 2; }
  exec sudo -E "$0" "$@"
fi
OUT=${1:-assets/screenshots}
mkdir -p "$OUT"
if [ -z "${BIN:-}" ]; then
  cargo build --release
  BIN=target/release/icloud-mail-wizard
fi
BIN=$(realpath "$BIN")

RUN=$(mktemp -d /tmp/imw-apps.XXXX)
XVFB_PID="" APP_PID=""
cleanup() {
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null
  [ -n "$XVFB_PID" ] && kill "$XVFB_PID" 2>/dev/null
  rm -rf "$RUN"
  return 0
}
trap cleanup EXIT
for n in $(seq 221 280); do
  if [ ! -e "/tmp/.X$n-lock" ] && [ ! -e "/tmp/.X11-unix/X$n" ]; then DISPLAY_NUM=$n; break; fi
done
Xvfb ":$DISPLAY_NUM" -screen 0 1280x900x24 -nolisten tcp -noreset >/dev/null 2>&1 &
XVFB_PID=$!
for _ in $(seq 100); do [ -e "/tmp/.X11-unix/X$DISPLAY_NUM" ] && break; sleep 0.05; done
export DISPLAY=":$DISPLAY_NUM"
unset WAYLAND_DISPLAY

# sized_window WIDTH HEIGHT: waits for the app's window (WID), then gives it that size.
sized_window() {
  WID=""
  for _ in $(seq 400); do
    WID=$(xdotool search --name '^iCloud Mail Wizard$' 2>/dev/null | head -1) || true
    [ -n "$WID" ] && break
    sleep 0.025
  done
  [ -n "$WID" ] || { cat "$RUN/app.log" >&2; exit 1; }
  sleep 0.8
  xdotool windowsize --sync "$WID" "$1" "$2"
  sleep 0.5
}

# shoot NAME THEME WIDTH HEIGHT EMAIL LOGIN DESTINATIONS [SCROLL] [CLICK] [MORE]: Apps step ->
# NAME-apps (after SCROLL wheel clicks down; then, when CLICK is "X,Y", a click there in window
# coordinates), Done -> NAME-done; MORE is added to the saved state (",field:value", JSON-escaped)
shoot() {
  local name=$1 theme=$2 w=$3 h=$4 email=$5 login=$6 dests=$7 scroll=${8:-0} click=${9:-} more=${10:-}
  rm -rf "$RUN/data"; mkdir -p "$RUN/data/icloud-mail-wizard" "$RUN/files"
  printf '{"icloud-mail-wizard":"(email:\\"%s\\",login:\\"%s\\",name:\\"Jane Doe\\",theme:%s,destinations:[%s],outlook:Some(ClassicWindows),apple_device:Some(OtherAppleAccount),folder:Some(\\"%s\\")%s)"}\n' \
    "$email" "$login" "$theme" "$dests" "$RUN/files" "$more" >"$RUN/data/icloud-mail-wizard/app.ron"
  # A private network with one Ethernet-like interface on a private address, so "Send to iPhone
  # or iPad" has a LAN address to offer and nothing leaves this machine.
  unshare -n sh -c 'ip link add eth0 type veth peer name eth1 && ip addr add 192.168.77.2/24 dev eth0 &&
    ip link set eth0 up && ip link set eth1 up && exec "$@"' sh env ${SHOT_LANG:+LANG=$SHOT_LANG} XDG_DATA_HOME="$RUN/data" HOME="$RUN" \
    PATH="${SHOT_PATH:+$SHOT_PATH:}$PATH" "$BIN" \
    2>"$RUN/app.log" &
  APP_PID=$!
  sized_window "$w" "$h"
  keys() { xdotool windowfocus --sync "$WID"; xdotool "$@"; sleep 0.5; }
  keys key Return                        # Welcome -> Address (address from app.ron)
  keys key Return                        # -> Password
  keys type --delay 10 'dksi-umcn-pqcz-kdit'
  keys key Return                        # -> Connection test (fails at once: no network)
  sleep 1.5
  keys key Return                        # -> Your mail app
  if [ "$scroll" -gt 0 ]; then
    xdotool mousemove --window "$WID" $((w / 2 + 100)) $((h / 2))
    for _ in $(seq "$scroll"); do xdotool click 5; sleep 0.05; done
    xdotool mousemove --window "$WID" 5 5
    sleep 0.6
  fi
  if [ -n "$click" ]; then
    xdotool mousemove --window "$WID" "${click%,*}" "${click#*,}" click 1
    sleep 0.5
    for _ in $(seq "${AFTER_CLICK_SCROLL:-5}"); do xdotool click 5; sleep 0.05; done
    xdotool mousemove --window "$WID" 5 5
    sleep 1
  fi
  import -window "$WID" "$OUT/$name-apps.png"
  keys key Return                        # -> Done, when every choice is settled
  import -window "$WID" "$OUT/$name-done.png"
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  echo "screenshots-apps: $OUT/$name-apps.png $OUT/$name-done.png"
}

# shoot_address NAME THEME WIDTH HEIGHT EMAIL LOGIN [SCROLL CLICK]: the Address step once the
# domain lookup has answered -> NAME.png; with SCROLL and CLICK ("X,Y"), the help desk's choice on
# the mail app step instead, scrolled down SCROLL wheel clicks, after a click at X,Y (its DNS check). The app runs in a private network and mount namespace whose
# /etc/resolv.conf names dnsmasq on its own loopback, with a few real-looking zones (and no
# upstream): gmail.com at Google, example.org at iCloud, icloud.con nonexistent.
shoot_address() {
  local name=$1 theme=$2 w=$3 h=$4 email=$5 login=$6 scroll=${7:-} click=${8:-}
  rm -rf "$RUN/data"; mkdir -p "$RUN/data/icloud-mail-wizard"
  printf '{"icloud-mail-wizard":"(email:\\"%s\\",login:\\"%s\\",name:\\"Jane Doe\\",theme:%s,destinations:[HelpDesk])"}\n' \
    "$email" "$login" "$theme" >"$RUN/data/icloud-mail-wizard/app.ron"
  echo "nameserver 127.0.0.1" >"$RUN/resolv.conf"
  unshare -n -m sh -c 'ip link set lo up && mount --bind "$0" /etc/resolv.conf &&
    dnsmasq --conf-file=/dev/null --no-resolv --no-hosts --no-poll --bind-interfaces \
      --listen-address=127.0.0.1 --port=53 --pid-file= --local=/con/ --local=/example.org/ \
      --mx-host=gmail.com,gmail-smtp-in.l.google.com,5 \
      --mx-host=gmail.com,alt1.gmail-smtp-in.l.google.com,10 \
      --mx-host=example.org,mx01.mail.icloud.com,10 --mx-host=example.org,mx02.mail.icloud.com,10 \
      "--txt-record=example.org,v=spf1 include:icloud.com ~all" \
      --txt-record=example.org,apple-domain=Yx2fEXAMPLEtoken &&
    exec "$@"' "$RUN/resolv.conf" env ${SHOT_LANG:+LANG=$SHOT_LANG} XDG_DATA_HOME="$RUN/data" HOME="$RUN" "$BIN" 2>"$RUN/app.log" &
  APP_PID=$!
  sized_window "$w" "$h"
  xdotool windowfocus --sync "$WID"; xdotool key Return   # Welcome -> Address
  sleep 1.5                                                 # the typing pause, then the lookup
  if [ -n "$click" ]; then
    keys() { xdotool windowfocus --sync "$WID"; xdotool "$@"; sleep 0.5; }
    keys key Return                      # -> Password
    keys type --delay 10 'dksi-umcn-pqcz-kdit'
    keys key Return                      # -> Connection test (fails at once: no route out)
    sleep 1.5
    keys key Return                      # -> Your mail app
    xdotool mousemove --window "$WID" $((w / 2 + 100)) $((h / 2))
    for _ in $(seq "$scroll"); do xdotool click 5; sleep 0.05; done
    sleep 0.5
    xdotool mousemove --window "$WID" "${click%,*}" "${click#*,}" click 1
    sleep 1.5
    for _ in $(seq 8); do xdotool click 5; sleep 0.05; done
  fi
  xdotool mousemove --window "$WID" 5 5
  sleep 0.3
  import -window "$WID" "$OUT/$name.png"
  # dnsmasq daemonised inside the namespace: it goes when the namespace's last process does not,
  # so stop it by its command line.
  kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
  pkill -f -- '--mx-host=gmail.com,gmail-smtp-in' || true
  echo "screenshots-apps: $OUT/$name.png"
}

# A help desk's signing chain, made here: a private root, an intermediate and a P-256 signing
# certificate. Devices do not know the root, so the wizard says "Not Verified" and why.
PKI="$RUN/pki"
mkdir -p "$PKI"
(
  cd "$PKI"
  printf '[req]\ndistinguished_name=dn\n[dn]\n[ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n[leaf]\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning,emailProtection\n' >ext.cnf
  for k in root int leaf; do openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$k.key" 2>/dev/null; done
  openssl req -x509 -new -key root.key -out root.pem -days 3650 -subj "/O=Example University/CN=Example University Root CA" -config ext.cnf -extensions ca
  openssl req -new -key int.key -subj "/O=Example University/CN=Example University Issuing CA" -config ext.cnf |
    openssl x509 -req -CA root.pem -CAkey root.key -set_serial 2 -days 1825 -out int.pem -extfile ext.cnf -extensions ca 2>/dev/null
  openssl req -new -key leaf.key -subj "/O=Example University/CN=Example University Help Desk" -config ext.cnf |
    openssl x509 -req -CA int.pem -CAkey int.key -set_serial 3 -days 365 -out leaf.pem -extfile ext.cnf -extensions leaf 2>/dev/null
  cat int.pem root.pem >chain.pem
)
# A stand-in zenity, so the wizard offers file dialogs as on a desktop ("Choose…" beside each
# path); nothing clicks them here.
mkdir -p "$RUN/bin"
printf '#!/bin/sh\nexit 1\n' >"$RUN/bin/zenity"
chmod +x "$RUN/bin/zenity"
SIGN=",signing:(sign:true,files:Pem,cert:\\\"$PKI/leaf.pem\\\",key:\\\"$PKI/leaf.key\\\",chain:\\\"$PKI/chain.pem\\\")"

# shoot_send LOWER THEME: "Send to iPhone or iPad" serving, with the URL's QR code. The button
# sits at 331,344 once the step is scrolled 8 clicks down; after the click, 3 more show the whole
# code with its quiet zone (tests/android_qr.rs scans it from the screenshot).
shoot_send() {
  AFTER_CLICK_SCROLL=3 shoot "send-to-iphone-$1" "$2" 920 700 jane.doe@icloud.com "" "AppleMail" 8 331,344
}

# The system language set with LANG (the wizard reads it with sys-locale; no picker involved).
for locale in ${ONLY_LANGS:-}; do
  short=${locale%%_*}
  for theme in Light Dark; do
    lower=$(echo "$theme" | tr 'A-Z' 'a-z')
    for size in "920 700 " "760 560 -smallest"; do
      read -r w h suffix <<<"$size"
      SHOT_LANG=$locale.UTF-8 shoot_address "lang-$short-address-$lower$suffix" "$theme" "$w" "$h" jane@gmail.com ""
      # A domain dnsmasq refuses to answer for (no upstream): why it could not be checked.
      SHOT_LANG=$locale.UTF-8 shoot_address "lang-$short-address-unchecked-$lower$suffix" "$theme" "$w" "$h" jane@example.net jdoe@icloud.com
      SHOT_LANG=$locale.UTF-8 shoot "lang-$short-mail-app-$lower$suffix" "$theme" "$w" "$h" jane.doe@icloud.com "" "ThunderbirdHere,Outlook,OtherApp"
    done
    # The help desk's record check at the smallest size. Scrolled to the end, its button sits at
    # 360,392 where "Skip this step" and its reason take two lines (German, French).
    SHOT_LANG=$locale.UTF-8 shoot_address "lang-$short-health-$lower-smallest" "$theme" 760 560 jane@example.org jdoe@icloud.com 20 360,392
  done
done
[ -n "${ONLY_LANGS:-}" ] && exit 0

for theme in Light Dark; do
  lower=$(echo "$theme" | tr 'A-Z' 'a-z')
  if [ -n "${ONLY_SEND:-}" ]; then shoot_send "$lower" "$theme"; continue; fi
  # "Sign profiles" in the help desk's choice, checked on arrival (the files are remembered),
  # scrolled to the end of the step.
  SHOT_PATH="$RUN/bin" shoot "sign-$lower" "$theme" 920 700 jane.doe@icloud.com "" "HelpDesk" 20 "" "$SIGN"
  SHOT_PATH="$RUN/bin" shoot "sign-$lower-smallest" "$theme" 760 560 jane.doe@icloud.com "" "HelpDesk" 20 "" "$SIGN"
  [ -n "${ONLY_SIGN:-}" ] && continue
  for size in "920 700 " "760 560 -smallest"; do
    read -r w h suffix <<<"$size"
    shoot_address "address-gmail-$lower$suffix" "$theme" "$w" "$h" jane@gmail.com ""
    shoot_address "address-typo-$lower$suffix" "$theme" "$w" "$h" jane@icloud.con ""
    shoot_address "address-custom-$lower$suffix" "$theme" "$w" "$h" jane@example.org jdoe@icloud.com
  done
  # The "Check example.org's records" button sits at 351,549 once the step is scrolled down
  # (360,412 at the smallest size).
  shoot_address "health-$lower" "$theme" 920 700 jane@example.org jdoe@icloud.com 10 351,549
  shoot_address "health-$lower-smallest" "$theme" 760 560 jane@example.org jdoe@icloud.com 10 360,412
  [ -n "${ONLY_ADDRESS:-}" ] && continue
  shoot "mail-app-$lower" "$theme" 920 700 jane.doe@icloud.com "" "ThunderbirdHere,Outlook,OtherApp"
  shoot "mail-app-$lower-smallest" "$theme" 760 560 jane.doe@icloud.com "" "ThunderbirdHere,Outlook,OtherApp"
  shoot "mail-app-custom-$lower" "$theme" 920 700 jane@example.org jdoe@icloud.com "ThunderbirdHere,AppleMail,HelpDesk"
  shoot "android-qr-$lower" "$theme" 920 700 jane.doe@icloud.com "" "Android" 6
  shoot_send "$lower" "$theme"
done
# Only the first two runs show the settings table; the others are about their cards.
rm -f "$OUT"/mail-app-custom-*-done.png "$OUT"/android-qr-*-done.png "$OUT"/send-to-iphone-*-done.png \
  "$OUT"/sign-*-done.png
# Two of the four signing shots are kept (the others were for looking at).
rm -f "$OUT"/sign-dark-apps.png "$OUT"/sign-light-smallest-apps.png
