#!/usr/bin/env bash
# Measures the diagnosis plan at about 50 ms round-trip time against the loopback mail servers
# (tests/harness) behind a userspace delay proxy (25 ms each way; the kernel has no netem):
#
#   1. `icloud-mail-wizard check --json` (release build): the plan's wall time (plan_ms) against
#      its slowest single probe (max of checks[].timings_ms.total);
#   2. the same four logins one after another with the tools a help desk uses: curl for IMAP
#      (name part, then full address) and swaks for SMTP (587 STARTTLS, then 465 TLS).
#
#   scripts/bench-checks.sh [RUNS=5] [DELAY_MS_EACH_WAY=25]
set -euo pipefail
RUNS=${1:-5}
DELAY=${2:-25}
cd "$(dirname "$0")/.."
scripts/install-test-deps.sh >/dev/null
cargo build --release --quiet
BIN=$PWD/target/release/icloud-mail-wizard
R=$(mktemp -d /tmp/imb-XXXXXX)
cleanup() {
  [ -n "${PROXY_PID:-}" ] && kill "$PROXY_PID" 2>/dev/null || true
  tests/harness/stop.sh "$R" >/dev/null 2>&1 || true
  rm -rf "$R"
}
trap cleanup EXIT
PORTS=auto FAULTS=0 tests/harness/start.sh "$R" 2>/dev/null
# shellcheck disable=SC1091
. "$R/env"
free_port() { /usr/bin/python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
P_IMAP=$(free_port) P_587=$(free_port) P_465=$(free_port)
/usr/bin/python3 tests/harness/latency_proxy.py "$DELAY" "$P_IMAP:$IMAPS_PORT" "$P_587:$SUBMISSION_PORT" \
  "$P_465:$SMTPS_PORT" > "$R/proxy.log" 2>&1 &
PROXY_PID=$!
for p in $P_IMAP $P_587 $P_465; do
  for _ in $(seq 100); do (exec 9<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null && break; sleep 0.05; done
done

now_ms() { date +%s%3N; }
plan=() slowest=() wall=() seq=()
for run in $(seq "$RUNS"); do
  t0=$(now_ms)
  echo "$MAIL_PASSWORD" | "$BIN" check --email "$MAIL_USER_ICLOUD" --password-stdin --json \
    --ca-file "$MAIL_CA" --imap "127.0.0.1:$P_IMAP" --smtp-starttls "127.0.0.1:$P_587" \
    --smtp-tls "127.0.0.1:$P_465" > "$R/check.json"
  wall+=($(( $(now_ms) - t0 )))
  read -r p s < <(/usr/bin/python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["recommendation"]["working"], d
print(d["plan_ms"], max(c["timings_ms"]["total"] for c in d["checks"]))' "$R/check.json")
  plan+=("$p") slowest+=("$s")

  t0=$(now_ms)
  curl -sS --cacert "$MAIL_CA" "imaps://127.0.0.1:$P_IMAP/" -u "$MAIL_USER_SHORT:$MAIL_PASSWORD" >/dev/null
  curl -sS --cacert "$MAIL_CA" "imaps://127.0.0.1:$P_IMAP/" -u "$MAIL_USER_ICLOUD:$MAIL_PASSWORD" >/dev/null
  swaks -4 --server 127.0.0.1 --port "$P_587" --tls --tls-verify --tls-ca-path "$MAIL_CA" --auth PLAIN \
    --auth-user "$MAIL_USER_ICLOUD" --auth-password "$MAIL_PASSWORD" --quit-after AUTH >/dev/null
  swaks -4 --server 127.0.0.1 --port "$P_465" --tls-on-connect --tls-verify --tls-ca-path "$MAIL_CA" \
    --auth PLAIN --auth-user "$MAIL_USER_ICLOUD" --auth-password "$MAIL_PASSWORD" --quit-after AUTH >/dev/null
  seq+=($(( $(now_ms) - t0 )))
done

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
mp=$(median "${plan[@]}") ms=$(median "${slowest[@]}") mw=$(median "${wall[@]}") mq=$(median "${seq[@]}")
echo "RTT $((2 * DELAY)) ms, $RUNS runs (medians):"
echo "  plan wall time (4 checks at once):          ${mp} ms   runs: ${plan[*]}"
echo "  slowest single probe in that plan:          ${ms} ms   runs: ${slowest[*]}"
echo "  whole 'check' command incl. process start:  ${mw} ms   runs: ${wall[*]}"
echo "  curl x2 + swaks x2, one after another:      ${mq} ms   runs: ${seq[*]}"
awk -v p="$mp" -v s="$ms" -v w="$mw" -v q="$mq" 'BEGIN {
  printf "  plan / slowest probe: %.2fx   sequential tools / plan: %.1fx   sequential tools / whole command: %.1fx\n", p/s, q/p, q/w }'
