#!/usr/bin/env bash
# Times `icloud-mail-wizard serve` (release build, no GUI) from the request to the last byte of the
# profile, as curl sees it on loopback: RUNS times a fresh server, one download each.
# "request to last byte" is curl's time_total minus time_pretransfer (the connection is made and
# the request is about to be sent); "to first byte" uses time_starttransfer.
#
#   scripts/bench-serve.sh [RUNS]
set -euo pipefail
RUNS=${1:-20}
cd "$(dirname "$0")/.."
cargo build --release --no-default-features --quiet
BIN=${CARGO_TARGET_DIR:-target}/release/icloud-mail-wizard
UA="Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
for _ in $(seq "$RUNS"); do
  coproc SERVE { "$BIN" serve --email jane.doe@icloud.com --name "Jane Doe" --bind 127.0.0.1 --minutes 1 2>/dev/null; }
  pid=$SERVE_PID # bash unsets SERVE_PID once the server has exited
  read -r url <&"${SERVE[0]}"
  curl -sS -o /dev/null -A "$UA" \
    -w '%{time_pretransfer} %{time_starttransfer} %{time_total} %{size_download} %{http_code}\n' "$url"
  cat <&"${SERVE[0]}" >/dev/null
  wait "$pid"
done | python3 -c '
import statistics, sys
rows = [line.split() for line in sys.stdin if line.strip()]
assert all(r[4] == "200" for r in rows), rows
first = [(float(r[1]) - float(r[0])) * 1000 for r in rows]
last = [(float(r[2]) - float(r[0])) * 1000 for r in rows]
size = rows[0][3]
print(f"{len(rows)} downloads of {size} bytes on 127.0.0.1")
for name, v in (("request to first byte", first), ("request to last byte", last)):
    print(f"{name:22}: median {statistics.median(v):.3f} ms, min {min(v):.3f} ms, max {max(v):.3f} ms")
'
