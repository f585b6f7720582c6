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
# - Then the real release binary is started under Xvfb (scripts/smoke-gui.sh): its window must
#   appear and be drawn, and it must stay idle when nothing happens.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-test-deps.sh
scripts/with-keyring.sh cargo test --all-targets "$@"
# --all-targets leaves out the examples in the docs.
cargo test --doc "$@"
# The core without the GUI must build and pass on its own.
scripts/with-keyring.sh cargo test --no-default-features "$@"
# The desktop wizard as people start it: release build, a real X server (Xvfb), software GL.
scripts/smoke-gui.sh
