#!/bin/bash
# install-test-deps.sh -- install the Debian 12 packages the project's tests need.
#
# Idempotent and non-interactive. When every package is already installed (checked with
# dpkg-query) apt is not touched at all, so a warm CI run costs a few milliseconds.
# Needs root (or sudo) only when something is missing.
#
#   mail harness  (tests/harness): dovecot-imapd dovecot-lmtpd postfix swaks libnet-ssleay-perl
#                 python3 python3-aiosmtpd socat curl openssl ca-certificates procps util-linux
#                 iproute2 (the DNS-timeout test runs in its own network namespace)
#   signing tests (tests/sign.rs): openssl, listed above (the CLI makes the test CAs, keys and
#                 PKCS#12 files, also -legacy ones, and verifies signed profiles with cms -verify)
#   keyring tests (scripts/with-keyring.sh, tests/keyring.rs): gnome-keyring libsecret-tools dbus
#                 dbus-daemon (dbus-daemon ships dbus-run-session on Debian 12) dbus-bin
#                 (dbus-send, to wait for gnome-keyring on a test bus) dbus-x11
#   serve tests   (tests/serve.rs): procps (kill sends the binary Ctrl-C's SIGINT); curl for
#                 scripts/bench-serve.sh (both listed under the harness already)
#   GUI tests     : xvfb xauth imagemagick x11-utils xdotool + the GL/X libraries eframe loads
#   DNS tests     (tests/domain.rs, tests/util/dnsmasq.rs): dnsmasq-base, Debian's dnsmasq binary
#                 without the system service (the `dnsmasq` package would start a daemon on port
#                 53); the tests run their own on a high port of 127.0.0.1 with no upstream
#
# Debian auto-starts the system postfix and dovecot services after installing them; they would
# hold ports 25/143/993 and are not wanted: this script stops and disables them (tolerating the
# absence of systemd, as in containers).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

PKGS=(
  # mail harness
  dovecot-imapd dovecot-lmtpd postfix swaks libnet-ssleay-perl python3 python3-aiosmtpd socat
  curl openssl ca-certificates procps util-linux iproute2
  # keyring tests
  gnome-keyring libsecret-tools dbus dbus-daemon dbus-bin dbus-x11
  # DNS tests
  dnsmasq-base
  # GUI tests
  xvfb xauth imagemagick x11-utils xdotool libgl1-mesa-dri libegl1 libgl1 libxkbcommon-x11-0
  libxcursor1 libxrandr2 libxi6
)

t0=$(date +%s%3N)
# One dpkg-query call for all (db:Status-Status is "installed" only when fully installed, not for
# config-files leftovers); packages dpkg has never heard of are simply absent from its output.
declare -A have=()
while read -r st name; do
  [ "$st" = installed ] && have[${name%%:*}]=1
done < <(dpkg-query -W -f='${db:Status-Status} ${binary:Package}\n' "${PKGS[@]}" 2>/dev/null || true)
missing=()
for p in "${PKGS[@]}"; do [ -n "${have[$p]:-}" ] || missing+=("$p"); done

stop_services() { # stop + disable the distro's own postfix/dovecot daemons, quietly
  local s
  for s in postfix dovecot; do
    [ -e /etc/init.d/$s ] || [ -e /lib/systemd/system/$s.service ] || continue
    if [ -d /run/systemd/system ] && command -v systemctl >/dev/null; then
      systemctl disable --now "$s" >/dev/null 2>&1 || true
    else
      service "$s" stop >/dev/null 2>&1 || true
      update-rc.d "$s" disable >/dev/null 2>&1 || true
    fi
  done
}

if [ ${#missing[@]} -eq 0 ]; then
  [ "$(id -u)" = 0 ] && stop_services
  echo "install-test-deps: all ${#PKGS[@]} packages already installed; apt skipped ($(( $(date +%s%3N) - t0 )) ms)"
  exit 0
fi

if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "install-test-deps: missing ${missing[*]}; run as root" >&2; exit 1; }
  exec sudo -E "$0" "$@"
fi

# Postfix asks what kind of mail server it is at install time: preseed "No configuration"
# (it then writes no main.cf; the harness brings its own config anyway).
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections

# Keep apt from starting services during the install: a policy-rc.d that says "no" (101), unless
# the machine already has one (Docker images do). Removed again on exit.
POLICY=/usr/sbin/policy-rc.d
if [ ! -e "$POLICY" ]; then
  printf '#!/bin/sh\n# temporary, from install-test-deps.sh\nexit 101\n' > "$POLICY"
  chmod 755 "$POLICY"
  trap 'rm -f "$POLICY"' EXIT
fi

# An empty/old package list makes "apt-get install" fail: update once, then retry once.
APT_OPTS=(-y -q --no-install-recommends -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
if ! ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1 ||
   ! apt-get install "${APT_OPTS[@]}" "${missing[@]}" >/tmp/install-test-deps.log 2>&1; then
  apt-get update -q >>/tmp/install-test-deps.log 2>&1
  apt-get install "${APT_OPTS[@]}" "${missing[@]}" >>/tmp/install-test-deps.log 2>&1 ||
    { tail -20 /tmp/install-test-deps.log >&2; echo "install-test-deps: apt-get install failed (log: /tmp/install-test-deps.log)" >&2; exit 1; }
fi
stop_services
echo "install-test-deps: installed ${#missing[@]} package(s) in $(( ($(date +%s%3N) - t0) / 1000 )) s: ${missing[*]}; system postfix/dovecot stopped+disabled"
