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
# - The core without the GUI: type-checked with every target (`cargo check --no-default-features
#   --all-targets`). Building and running it too cost 2 min 44 s of a cold run for one message
#   (main.rs's "no desktop wizard"); the check shares its dependencies with CI's clippy run of the
#   same feature set, so in CI it costs seconds.
# - Then the desktop wizard is started under Xvfb (scripts/smoke-gui.sh): its window must appear
#   and be drawn, and it must stay idle when nothing happens. It runs the binary the test build
#   just made (the dev profile, quick to compile: see Cargo.toml), instead of
#   compiling everything a second time for a release build.
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
step "The desktop wizard under Xvfb (scripts/smoke-gui.sh)"
SMOKE_BIN="${CARGO_TARGET_DIR:-target}/debug/icloud-mail-wizard" scripts/smoke-gui.sh
step "The core without the GUI (cargo check --no-default-features --all-targets)"
cargo check --no-default-features --all-targets "$@"
step "All tests passed"
