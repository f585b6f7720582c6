#!/bin/bash
# with-keyring.sh CMD [ARGS...] -- run CMD inside a private D-Bus session bus with a throwaway,
# unlocked gnome-keyring (Secret Service), and exit with CMD's status.
#
# For keyring tests (keyring crate / secret-tool): nothing touches the user's own session bus or
# keyrings. The keyring files live in a temp dir that is removed afterwards.
#   scripts/with-keyring.sh cargo test --test keyring
#   scripts/with-keyring.sh bash -c 'printf s | secret-tool store --label x service t username u &&
#                                    secret-tool lookup service t username u'
# Needs: dbus-run-session (Debian 12: package dbus-daemon), gnome-keyring, and for secret-tool
# libsecret-tools (scripts/install-test-deps.sh installs them all).
#
# How: the script re-runs itself under dbus-run-session (which starts a bus, runs us, and stops the
# bus when we exit), then starts gnome-keyring-daemon with the "login" keyring unlocked by the
# password on its stdin (a new keyring is created with that password). CMD sees
# DBUS_SESSION_BUS_ADDRESS and GNOME_KEYRING_CONTROL. HOME and XDG_* are left alone for CMD; only
# the daemon gets a private XDG_DATA_HOME/XDG_RUNTIME_DIR.
# As root, dbus-daemon may warn "Failed to set fd limit to 65536: Operation not permitted": harmless.
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 CMD [ARGS...]" >&2; exit 2; }

if [ -z "${WITH_KEYRING_INNER:-}" ]; then
  for b in dbus-run-session gnome-keyring-daemon dbus-send; do
    command -v "$b" >/dev/null || { echo "with-keyring: missing $b (run scripts/install-test-deps.sh)" >&2; exit 2; }
  done
  # (an unset session bus is fine: dbus-run-session provides its own and replaces the variable)
  WITH_KEYRING_INNER=1 exec dbus-run-session -- "$BASH" "$0" "$@"
fi
unset WITH_KEYRING_INNER

TMPD=$(mktemp -d "${TMPDIR:-/tmp}/with-keyring.XXXXXX")   # 0700, as XDG_RUNTIME_DIR must be
mkdir -p "$TMPD"/data "$TMPD"/run
chmod 700 "$TMPD"/run
KEYRING_PID=""
cleanup() {
  # The daemon would also exit when dbus-run-session stops the bus; stop it by its pid anyway so
  # the temp dir can go now.
  [ -n "$KEYRING_PID" ] && kill "$KEYRING_PID" 2>/dev/null
  rm -rf "$TMPD"
}
trap cleanup EXIT

# Reads the password from stdin, creates/unlocks the "login" keyring, forks into the background.
# (It may print VAR=value lines for the caller; with --unlock alone gnome-keyring 42 prints none.)
out=$(printf %s "throwaway-pw" | XDG_DATA_HOME="$TMPD"/data XDG_RUNTIME_DIR="$TMPD"/run \
      gnome-keyring-daemon --unlock --components=secrets 2>"$TMPD"/daemon.err) ||
  { cat "$TMPD"/daemon.err >&2; echo "with-keyring: gnome-keyring-daemon failed" >&2; exit 1; }
while IFS='=' read -r k v; do
  if [[ $k =~ ^[A-Z_]+$ ]]; then export "$k=$v"; fi
done <<<"$out"
[ -n "${GNOME_KEYRING_CONTROL:-}" ] || export GNOME_KEYRING_CONTROL="$TMPD"/run/keyring
# Wait until it owns org.freedesktop.secrets on the bus (the pid of that owner is the daemon's).
# Pitfall: if CMD asked for the Secret Service before that, D-Bus would *activate* a second
# gnome-keyring with the default data dir: a locked keyring in the real ~/.local/share/keyrings.
for _ in $(seq 1 100); do
  KEYRING_PID=$(dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
    awk '/uint32/ {print $2}') || true
  [ -n "$KEYRING_PID" ] && break
  sleep 0.02
done
[ -n "$KEYRING_PID" ] || { cat "$TMPD"/daemon.err >&2; echo "with-keyring: Secret Service did not appear on the bus" >&2; exit 1; }

set +e
"$@"
rc=$?
exit $rc
