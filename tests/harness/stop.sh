#!/bin/bash
# stop.sh RUN_DIR -- stop what start.sh started: only the PIDs it recorded in RUN_DIR/pids (each
# a session/process-group leader, see start.sh launch()) and the watchdog in RUN_DIR/watchdog.pid.
# SIGTERM to all at once, wait up to 10 s, then SIGKILL stragglers and anything left in their
# process groups. Removes RUN_DIR/env (so nobody uses stale ports); keeps logs and mail.
# Safe to run twice or concurrently (the watchdog runs it too).
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: $0 RUN_DIR" >&2; exit 2; }
R=$1
rm -f "$R"/env
# The watchdog, unless we are the watchdog (it removes its pid file before calling us).
if [ -f "$R"/watchdog.pid ]; then
  w=$(tr -d ' \n' < "$R"/watchdog.pid)
  [ "$w" != $$ ] && kill -TERM "$w" 2>/dev/null
  rm -f "$R"/watchdog.pid
fi
[ -d "$R/pids" ] || exit 0
declare -A PIDS=()
for f in "$R"/pids/*.pid; do
  [ -f "$f" ] || continue
  pid=$(tr -d ' \n' < "$f"); n=$(basename "$f" .pid)
  [[ $pid =~ ^[0-9]+$ ]] || { rm -f "$f"; continue; }
  if kill -TERM "$pid" 2>/dev/null; then PIDS[$n]=$pid; fi
  rm -f "$f"
done
end=$(( $(date +%s) + 10 ))
while [ ${#PIDS[@]} -gt 0 ] && [ "$(date +%s)" -lt "$end" ]; do
  for n in "${!PIDS[@]}"; do
    pid=${PIDS[$n]}
    # gone, or a zombie not yet reaped by whoever started start.sh: either way it is done.
    if ! kill -0 "$pid" 2>/dev/null || [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" = Z ]; then
      echo "stopped $n ($pid)"; unset "PIDS[$n]"
      kill -KILL -- "-$pid" 2>/dev/null   # leftovers in its process group, if any
    fi
  done
  [ ${#PIDS[@]} -gt 0 ] && sleep 0.05
done
for n in "${!PIDS[@]}"; do
  echo "$n (${PIDS[$n]}) still running after 10 s: SIGKILL" >&2
  kill -KILL -- "-${PIDS[$n]}" 2>/dev/null; kill -KILL "${PIDS[$n]}" 2>/dev/null
done
exit 0
