#!/usr/bin/env bash
# The project's test command (README.md): installs what the tests need, then runs every test.
#
#   scripts/test.sh [extra cargo test arguments]
#
# - Debian packages for the loopback mail servers, the keyring and the GUI tests
#   (scripts/install-test-deps.sh; uses sudo when not root, skips apt when all are present).
#   As root, apt runs while the tests compile and its output follows the build's.
# - The whole suite runs inside a private D-Bus session with an unlocked gnome-keyring
#   (scripts/with-keyring.sh), so keyring tests talk to a real Secret Service and never to yours.
# - Tests that need mail servers start their own on loopback (tests/harness), once per test binary.
# - Then the desktop wizard is started under Xvfb (scripts/smoke-gui.sh): its window must appear
#   and be drawn, and it must stay idle when nothing happens. It runs the binary the test build
#   just made (the dev profile, quick to compile: see Cargo.toml), instead of
#   compiling everything a second time for a release build.
# - Meanwhile the core is built without the GUI (`cargo build --no-default-features --lib
#   --bins`): it reuses every dependency the test build made whose features are the same (48 of
#   them differ, 25 s cold, where `cargo check --all-targets` took 53 s). The tests' sources are
#   the same with and without the GUI except where the binary differs, which is checked on the
#   built binary: the command line works and starting the window says this build has none.
#   CI's clippy run lints every target of that feature set.
#
# One build serves every step; each step prints a line with the time so far.
set -euo pipefail
cd "$(dirname "$0")/.."
T0=$(date +%s)
step() { local t=$(( $(date +%s) - T0 )); printf '==> [%d:%02d] %s\n' $((t / 60)) $((t % 60)) "$*" >&2; }

# As root, apt runs in the background while the tests compile (a cold machine spends minutes on
# each); otherwise it may need sudo's password prompt, so it goes first.
apt_pid=""
if [ "$(id -u)" = 0 ]; then
  step "Debian packages (scripts/install-test-deps.sh), in the background"
  apt_log=$(mktemp)
  trap 'rm -f "$apt_log"' EXIT
  scripts/install-test-deps.sh >"$apt_log" 2>&1 &
  apt_pid=$!
else
  step "Debian packages (scripts/install-test-deps.sh)"
  scripts/install-test-deps.sh
fi
step "Build every test with the GUI (cargo test --all-targets --no-run)"
cargo test --all-targets --no-run "$@"
if [ -n "$apt_pid" ]; then
  step "Waiting for the Debian packages"
  if ! wait "$apt_pid"; then cat "$apt_log"; exit 1; fi
  cat "$apt_log"
fi
step "Run every test with the GUI (cargo test --all-targets)"
scripts/with-keyring.sh cargo test --all-targets "$@"
step "Examples in the docs (cargo test --doc)"
cargo test --doc "$@"

# The smoke test runs a copy of the GUI binary: the build without the GUI, beside it, puts its
# own binary at the same path.
bin="${CARGO_TARGET_DIR:-target}/debug/icloud-mail-wizard"
scratch=$(mktemp -d)
trap 'rm -f "${apt_log:-}"; rm -rf "$scratch"' EXIT
cp "$bin" "$scratch/icloud-mail-wizard"
step "The desktop wizard under Xvfb (scripts/smoke-gui.sh), while the core builds without the GUI"
SMOKE_BIN="$scratch/icloud-mail-wizard" scripts/smoke-gui.sh >"$scratch/smoke.log" 2>&1 &
smoke_pid=$!
nogui_status=0
cargo build --no-default-features --lib --bins "$@" || nogui_status=$?
smoke_status=0
wait "$smoke_pid" || smoke_status=$?
cat "$scratch/smoke.log"
[ "$smoke_status" = 0 ] || { echo "test.sh: the smoke test failed" >&2; exit 1; }
[ "$nogui_status" = 0 ] || { echo "test.sh: the build without the GUI failed" >&2; exit 1; }

step "The command line without the GUI (the binary cargo just built)"
"$bin" export --email jane@icloud.com --out "$scratch/export" >"$scratch/export.log"
for file in jane@icloud.com.mobileconfig icloud.com.xml jane@icloud.com.outlook.html; do
  grep -q imap.mail.me.com "$scratch/export/$file" ||
    { echo "test.sh: the build without the GUI wrote no $file with iCloud's server" >&2; cat "$scratch/export.log" >&2; exit 1; }
done
status=0
DISPLAY=:0 "$bin" </dev/null >"$scratch/nogui.out" 2>"$scratch/nogui.err" || status=$?
if [ "$status" != 2 ] || ! grep -q "no desktop wizard" "$scratch/nogui.err" || [ -s "$scratch/nogui.out" ]; then
  echo "test.sh: without the GUI, no command should exit 2 saying there is no desktop wizard; got $status:" >&2
  cat "$scratch/nogui.err" >&2
  exit 1
fi
# The GUI binary goes back where the test build left it (the screenshot scripts run it). That
# path is a hard link to cargo's own copy of the binary without the GUI: remove the link first,
# or the copy would write the GUI binary into cargo's file, which the next run takes as built.
rm -f "$bin"
cp "$scratch/icloud-mail-wizard" "$bin"
step "All tests passed"
