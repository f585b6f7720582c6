#!/usr/bin/env bash
# The project's test command (README.md): installs what the tests need, then runs every test.
#
#   scripts/test.sh [extra cargo test arguments]
#
# - Debian packages for the loopback mail servers, the keyring and the GUI tests
#   (scripts/install-test-deps.sh; uses sudo when not root, skips apt when all are present).
# - The whole suite runs inside a private D-Bus session with an unlocked gnome-keyring
#   (scripts/with-keyring.sh), so keyring tests talk to a real Secret Service and never to yours.
# - Tests that need mail servers start their own on loopback (tests/harness), once per test binary.
# - The core without the GUI: type-checked with every target (`cargo check --no-default-features
#   --all-targets`). Building and running it too cost 2 min 44 s of a cold run for one message
#   (main.rs's "no desktop wizard"); the check shares its dependencies with CI's clippy run of the
#   same feature set, so in CI it costs seconds.
# - Then the desktop wizard is started under Xvfb (scripts/smoke-gui.sh): its window must appear
#   and be drawn, and it must stay idle when nothing happens. It runs the binary the test build
#   just made (the dev profile compiles dependencies with optimisations, Cargo.toml), instead of
#   compiling everything a second time for a release build.
#
# One build serves every step; each step prints a line with the time so far.
set -euo pipefail
cd "$(dirname "$0")/.."
T0=$(date +%s)
step() { local t=$(( $(date +%s) - T0 )); printf '==> [%d:%02d] %s\n' $((t / 60)) $((t % 60)) "$*" >&2; }

step "Debian packages (scripts/install-test-deps.sh)"
scripts/install-test-deps.sh
step "Build and run every test with the GUI (cargo test --all-targets)"
scripts/with-keyring.sh cargo test --all-targets "$@"
step "Examples in the docs (cargo test --doc)"
cargo test --doc "$@"
step "The desktop wizard under Xvfb (scripts/smoke-gui.sh)"
SMOKE_BIN="${CARGO_TARGET_DIR:-target}/debug/icloud-mail-wizard" scripts/smoke-gui.sh
step "The core without the GUI (cargo check --no-default-features --all-targets)"
cargo check --no-default-features --all-targets "$@"
step "All tests passed"
