#!/bin/bash
# start.sh RUN_DIR -- throwaway IMAP + SMTP-submission + fault servers on 127.0.0.1 for tests.
#
#   Dovecot : IMAPS_PORT (implicit TLS), IMAP_STARTTLS_PORT (STARTTLS), LMTP on a unix socket
#   SMTP    : SUBMISSION_PORT (STARTTLS required before AUTH), SMTPS_PORT (implicit TLS),
#             AUTH PLAIN/LOGIN, mail for @example.com is delivered to Dovecot over LMTP.
#             SMTP_IMPL=postfix  (default when root; SASL via the Dovecot auth socket)
#             SMTP_IMPL=aiosmtpd (default otherwise; smtp_submission.py)
#   faults  : faults.py, one port per fault (FAULTS=0 to skip), see faults.py
# Users: alice / alice@example.com / alice@icloud.com (one mailbox), password $PASSWORD
#        (abcd-efgh-ijkl-mnop); alice@icloud.com lets the wizard's iCloud-shaped logins
#        (name part vs full address) run against the harness, on loopback only.
#        bob   / bob@example.com   (another mailbox), password $PASSWORD2 (wxyz-wxyz-wxyz-wxyz)
#
# Ports: PORTS=auto picks free loopback ports (below the kernel's ephemeral range, under a lock
#        so concurrent harnesses never pick the same ones). Otherwise (PORTS=fixed, the default)
#        IMAP_STARTTLS_PORT IMAPS_PORT SUBMISSION_PORT SMTPS_PORT (10143 10993 10587 10465) and
#        FAULT_BASE (10900; fault i on FAULT_BASE+i) or FAULT_<NAME>_PORT individually.
# Output: RUN_DIR/env, KEY=VALUE lines (no quotes, no export): every port, the CA, the users.
#         Written last, atomically: once it exists, everything is listening.
# Watchdog: HARNESS_WATCH_PID=N leaves a detached process that runs stop.sh RUN_DIR as soon as
#         process N is gone (polled every 0.5 s). Rust tests pass their own pid. With
#         HARNESS_REMOVE_DIR=1 it then deletes RUN_DIR too (for temp dirs nobody else cleans up).
# Everything lives in RUN_DIR; nothing under /etc is read or written. Logs: RUN_DIR/log/.
# start.sh returns once all is up (~0.2-0.5 s); no daemon keeps the caller's stdout/stderr open.
# Stop with stop.sh RUN_DIR. Starting again on the same RUN_DIR gives fresh, empty mailboxes.
#
# Pitfalls (see README.md): unix socket paths <= 107 bytes, so RUN_DIR must be short; Dovecot
# treats 127.0.0.1->127.0.0.1 as secure (plaintext AUTH offered without STARTTLS); a port that
# accepts is not a ready server (we wait for the greeting); Dovecot refuses to run mail as root.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
[ $# -eq 1 ] || { echo "usage: [PORTS=auto] [HARNESS_WATCH_PID=N] $0 RUN_DIR" >&2; exit 2; }
PY=${PY:-/usr/bin/python3}   # Debian's python3 (has python3-aiosmtpd); a pyenv python3 on PATH may not
PASSWORD=${PASSWORD:-abcd-efgh-ijkl-mnop}
PASSWORD2=${PASSWORD2:-wxyz-wxyz-wxyz-wxyz}
FAULTS=${FAULTS:-1}
PORTS=${PORTS:-fixed}
if [ "$(id -u)" = 0 ] && [ -x /usr/sbin/postfix ]; then SMTP_IMPL=${SMTP_IMPL:-postfix}; else SMTP_IMPL=${SMTP_IMPL:-aiosmtpd}; fi
case $SMTP_IMPL in postfix|aiosmtpd) ;; *) echo "SMTP_IMPL must be postfix or aiosmtpd" >&2; exit 2 ;; esac
[ "$SMTP_IMPL" = postfix ] && [ "$(id -u)" != 0 ] && { echo "postfix needs root; use SMTP_IMPL=aiosmtpd" >&2; exit 2; }
for b in dovecot "$PY" openssl setsid; do command -v "$b" >/dev/null || { echo "missing $b: run scripts/install-test-deps.sh" >&2; exit 2; }; done

ms() { date +%s%3N; }
T0=$(ms)
log() { printf '%s start.sh: %s\n' "$(date +%T.%3N)" "$*" >&2; }

# ---------------- RUN_DIR ----------------
R=$(realpath -m "$1")   # absolute, without creating it yet
# Unix socket paths (sun_path) are limited to 107 bytes. The longest one created is Dovecot's
# $R/dovecot-run/token-login/imap-urlauth (R + 37 bytes; Postfix's $R/postfix/spool/private/proxywrite
# is R + 33). Keep a margin: RUN_DIR under /tmp, never under target/.
MAX_R=64
[ ${#R} -le $MAX_R ] || { echo "RUN_DIR too long (${#R} > $MAX_R chars; its unix sockets would exceed 107 bytes): $R" >&2; exit 2; }
mkdir -p "$R"
for f in "$R"/pids/*.pid; do   # refuse to start twice on the same RUN_DIR
  [ -f "$f" ] || continue
  kill -0 "$(tr -d ' \n' < "$f")" 2>/dev/null && { echo "already running ($f); run stop.sh $R first" >&2; exit 1; }
done
if [ "$(id -u)" = 0 ]; then
  # Root: the servers' own users (mail, postfix, dovenull) must be able to traverse RUN_DIR and
  # every parent (a mktemp -d parent is 0700: use RUN_DIR itself as the temp dir instead).
  chmod 755 "$R"
  d=$R
  while [ "$d" != / ]; do
    d=$(dirname "$d")
    (( 0$(stat -c %a "$d") & 1 )) || { echo "$d is not world-traversable (mode $(stat -c %a "$d")); mail users could not reach $R" >&2; exit 2; }
  done
fi
# Fresh state on every start: mailboxes, queues, sockets, logs, pids, env. Certs are kept.
rm -rf "$R"/env "$R"/env.tmp "$R"/pids "$R"/log "$R"/mail "$R"/dovecot-run "$R"/dovecot-state "$R"/postfix "$R"/faults.ready "$R"/watchdog.pid
mkdir -p "$R"/log "$R"/mail "$R"/pids
CERTS=$R/certs
"$HERE"/gen-certs.sh "$CERTS"

FAILED_AT=""
on_error() {
  echo "start.sh failed${FAILED_AT:+ ($FAILED_AT)}; last log lines:" >&2
  for f in "$R"/log/*; do [ -s "$f" ] && { echo "--- $f" >&2; tail -n 5 "$f" >&2; }; done
  "$HERE"/stop.sh "$R" >&2 || true
}
trap on_error ERR

# ---------------- users (Dovecot passwd-file; also read by smtp_submission.py) ----------------
cat > "$R"/users <<EOF
alice:{PLAIN}$PASSWORD::::$R/mail/alice
alice@example.com:{PLAIN}$PASSWORD::::$R/mail/alice
alice@icloud.com:{PLAIN}$PASSWORD::::$R/mail/alice
bob:{PLAIN}$PASSWORD2::::$R/mail/bob
bob@example.com:{PLAIN}$PASSWORD2::::$R/mail/bob
EOF
chmod 644 "$R"/users

# ---------------- ports ----------------
FAULT_NAMES=(TARPIT CLOSE RESET GARBAGE TLS_WRONGHOST TLS_UNTRUSTED TLS_EXPIRED PLAINTEXT_ON_TLS SLOW_GREETING SMTP_NO_STARTTLS TLS_HANG ECHO_IMAP ECHO_SMTP)
MAIN_VARS=(IMAP_STARTTLS_PORT IMAPS_PORT SUBMISSION_PORT SMTPS_PORT)
FAULT_VARS=(); [ "$FAULTS" = 1 ] && for n in "${FAULT_NAMES[@]}"; do FAULT_VARS+=("FAULT_${n}_PORT"); done
ALL_VARS=("${MAIN_VARS[@]}" "${FAULT_VARS[@]}")
LOCKFD="" T_LOCK=0
if [ "$PORTS" = auto ]; then
  # Between picking a free port and the server binding it, another harness could pick it too:
  # hold a lock from the pick until everything listens. The lock fd must NOT be inherited by the
  # daemons (flock locks live as long as any copy of the fd): launch() closes it for them.
  LOCK=/tmp/mail-harness-ports.lock
  [ -e "$LOCK" ] || (umask 0; : >> "$LOCK") 2>/dev/null || true   # world-readable so any user can lock it
  if [ -r "$LOCK" ]; then   # (no "exec ... 2>/dev/null" here: that would silence our stderr for good)
    exec {LOCKFD}<"$LOCK"
    t=$(ms)
    flock -w 60 "$LOCKFD" || { echo "could not get $LOCK within 60 s" >&2; exit 1; }
    T_LOCK=$(( $(ms) - t ))
  else
    LOCKFD=""; log "warning: cannot open $LOCK, picking ports without a lock"
  fi
  # Ports are picked at random below ip_local_port_range, so an outgoing connection's ephemeral
  # port can never take one in the meantime; each is held bound until all are picked (distinct).
  read -r -a picked < <("$PY" - "${#ALL_VARS[@]}" <<'PYEOF'
import random, socket, sys
n = int(sys.argv[1])
try:
    eph = int(open("/proc/sys/net/ipv4/ip_local_port_range").read().split()[0])
except (OSError, ValueError):
    eph = 32768
lo, hi = 20000, eph - 1
held, ports = [], []
for attempt in range(100000):
    if len(ports) == n:
        break
    s = socket.socket()
    try:   # no SO_REUSEADDR: a port still in TIME_WAIT from an earlier harness is skipped too
        s.bind(("127.0.0.1", random.randint(lo, hi) if hi - lo > 1000 and attempt < 5000 else 0))
    except OSError:
        s.close()
        continue
    held.append(s)
    ports.append(s.getsockname()[1])
print(*ports)
PYEOF
)
  [ ${#picked[@]} -eq ${#ALL_VARS[@]} ] || { echo "could not pick ${#ALL_VARS[@]} free ports" >&2; exit 1; }
  for i in "${!ALL_VARS[@]}"; do printf -v "${ALL_VARS[$i]}" %s "${picked[$i]}"; done
else
  IMAP_STARTTLS_PORT=${IMAP_STARTTLS_PORT:-${IMAP_PORT:-10143}} IMAPS_PORT=${IMAPS_PORT:-10993}
  SUBMISSION_PORT=${SUBMISSION_PORT:-10587} SMTPS_PORT=${SMTPS_PORT:-10465}
  FAULT_BASE=${FAULT_BASE:-10900}
  for i in "${!FAULT_VARS[@]}"; do v=${FAULT_VARS[$i]}; printf -v "$v" %s "${!v:-$((FAULT_BASE + i + 1))}"; done
  for v in "${ALL_VARS[@]}"; do   # fail fast on busy ports
    ( exec 9<>"/dev/tcp/127.0.0.1/${!v}" ) 2>/dev/null && { echo "port ${!v} ($v) already in use" >&2; exit 1; }
  done
fi

# ---------------- helpers ----------------
spawn() { # pidfile logfile cmd... -- start a daemon in its own session, detached from our stdio
  local pidf=$1 logf=$2; shift 2
  (
    # Close every inherited fd above stderr: the port lock (flock stays held while any copy of the
    # fd lives) and whatever the caller leaked to us (a pipe kept open by a daemon would make a
    # caller that reads our output wait for EOF until the harness stops).
    for fd in "/proc/$BASHPID/fd/"*; do fd=${fd##*/}; if (( fd > 2 )); then exec {fd}>&-; fi; done
    exec setsid "$@"   # not a process-group leader here, so setsid execs in place: $! is the daemon
  ) </dev/null >>"$logf" 2>&1 &
  echo $! > "$pidf"
}
launch() { spawn "$R/pids/$1.pid" "${@:2}"; }   # name logfile cmd... (stop.sh stops all of pids/)
dead() { # name -- true (and FAILED_AT set) when the daemon launched as NAME has exited already
  kill -0 "$(cat "$R/pids/$1.pid")" 2>/dev/null && return 1
  FAILED_AT="$1 exited during startup, see $R/log"; return 0
}
wait_greeting() { # name port prefix timeout_s -- ready = a greeting line starting with prefix
  # (pitfall: an open port is not a ready server; Postfix/Dovecot accept before they can answer)
  local end=$(( $(ms) + $4 * 1000 )) line
  while [ "$(ms)" -lt "$end" ]; do
    ( exec 9<>"/dev/tcp/127.0.0.1/$2" && IFS= read -r -t 2 line <&9 && [[ $line == "$3"* ]] ) 2>/dev/null && return 0
    dead "$1" && return 1
    sleep 0.02
  done
  FAILED_AT="no greeting from $1 on port $2"; return 1
}
wait_port() { # name port timeout_s -- ready = TCP connect succeeds
  local end=$(( $(ms) + $3 * 1000 ))
  while [ "$(ms)" -lt "$end" ]; do
    ( exec 9<>"/dev/tcp/127.0.0.1/$2" ) 2>/dev/null && return 0
    dead "$1" && return 1
    sleep 0.02
  done
  FAILED_AT="$1: port $2 not listening"; return 1
}
wait_file() { # name path timeout_s
  local end=$(( $(ms) + $3 * 1000 ))
  while [ "$(ms)" -lt "$end" ]; do
    [ -e "$2" ] && return 0
    dead "$1" && return 1
    sleep 0.02
  done
  FAILED_AT="$1: no $2"; return 1
}

# ---------------- Dovecot config ----------------
if [ "$(id -u)" = 0 ]; then
  # "Mail access not allowed for root": store mail as the 'mail' user.
  IDENT="mail_uid = mail
mail_gid = mail"
  chown mail:mail "$R"/mail
else
  # Not root: every Dovecot process runs as us; chroot needs root, so turn it off.
  IDENT="default_internal_user = $(id -un)
default_internal_group = $(id -gn)
default_login_user = $(id -un)"
fi
cat > "$R"/dovecot.conf <<EOF
# Self-contained Dovecot 2.3 config written by start.sh (does not include /etc/dovecot/*)
protocols = imap lmtp
listen = 127.0.0.1
base_dir = $R/dovecot-run
state_dir = $R/dovecot-state
instance_name = mail-harness-$IMAPS_PORT
log_path = $R/log/dovecot.log
$IDENT
first_valid_uid = 1
ssl = required
ssl_cert = <$CERTS/server-chain.crt
ssl_key = <$CERTS/server.key
ssl_min_protocol = TLSv1.2
auth_mechanisms = plain login
# NB: Dovecot counts 127.0.0.1 -> 127.0.0.1 as a secure connection, so AUTH is offered in plaintext
# on the STARTTLS port from 127.0.0.1 anyway; from 127.0.0.2 it says LOGINDISABLED.
disable_plaintext_auth = yes
# Failed logins answer at once (default: 2 s delay plus an escalating per-IP penalty).
auth_failure_delay = 0
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u $R/users
}
userdb {
  driver = passwd-file
  args = username_format=%u $R/users
}
service imap-login {
  chroot =
  inet_listener imap {
    port = $IMAP_STARTTLS_PORT
  }
  inet_listener imaps {
    port = $IMAPS_PORT
    ssl = yes
  }
}
service anvil {
  chroot =
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
service ipc {
  chroot =
}
service lmtp {
  unix_listener lmtp {
    mode = 0666
  }
}
service auth {
  unix_listener auth-client {
    mode = 0666
  }
}
EOF

# ---------------- Postfix config (root only) ----------------
if [ "$SMTP_IMPL" = postfix ]; then
  P=$R/postfix
  mkdir -p "$P"/conf "$P"/spool "$P"/data
  chown postfix "$P"/data                   # postfix check: data_directory must be owned by mail_owner
  printf 'alice@example.com ok\nalice@icloud.com ok\nbob@example.com ok\n' > "$P"/conf/vmailbox
  cat > "$P"/conf/main.cf <<EOF
# Self-contained Postfix config written by start.sh (/etc/postfix is not used)
compatibility_level = 3.6
queue_directory = $P/spool
data_directory = $P/data
mail_owner = postfix
setgid_group = postdrop
myhostname = mail.example.test
mydomain = example.test
myorigin = example.com
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
# no syslog here: log to a file
maillog_file_prefixes = $R/log
maillog_file = $R/log/postfix.log
biff = no
alias_maps =
alias_database =
# only @example.com and @icloud.com exist here; nothing ever leaves the machine
local_transport = error:local delivery disabled
relay_transport = error:no relaying
default_transport = error:no outbound mail
virtual_mailbox_domains = example.com, icloud.com
virtual_mailbox_maps = texthash:$P/conf/vmailbox
virtual_transport = lmtp:unix:$R/dovecot-run/lmtp
smtpd_sasl_type = dovecot
smtpd_sasl_path = $R/dovecot-run/auth-client
smtpd_sasl_auth_enable = no
smtpd_tls_chain_files = $CERTS/server.key, $CERTS/server-chain.crt
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
smtpd_tls_session_cache_database =
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
EOF
  # chroot must be n (column 5) for every service: nothing is set up inside the queue directory.
  cat > "$P"/conf/master.cf <<EOF
# service  type  private unpriv chroot wakeup maxproc command
127.0.0.1:$SUBMISSION_PORT inet n - n - - smtpd
  -o syslog_name=postfix/submission
  -o smtpd_tls_security_level=encrypt
  -o smtpd_tls_auth_only=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject
127.0.0.1:$SMTPS_PORT inet n - n - - smtpd
  -o syslog_name=postfix/smtps
  -o smtpd_tls_wrappermode=yes
  -o smtpd_sasl_auth_enable=yes
  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject
pickup     unix  n  -  n  60    1  pickup
cleanup    unix  n  -  n  -     0  cleanup
qmgr       unix  n  -  n  300   1  qmgr
tlsmgr     unix  -  -  n  1000? 1  tlsmgr
rewrite    unix  -  -  n  -     -  trivial-rewrite
bounce     unix  -  -  n  -     0  bounce
defer      unix  -  -  n  -     0  bounce
trace      unix  -  -  n  -     0  bounce
verify     unix  -  -  n  -     1  verify
flush      unix  n  -  n  1000? 0  flush
proxymap   unix  -  -  n  -     -  proxymap
proxywrite unix  -  -  n  -     1  proxymap
showq      unix  n  -  n  -     -  showq
error      unix  -  -  n  -     -  error
retry      unix  -  -  n  -     -  error
discard    unix  -  -  n  -     -  discard
lmtp       unix  -  -  n  -     -  lmtp
anvil      unix  -  -  n  -     1  anvil
scache     unix  -  -  n  -     1  scache
postlog    unix-dgram n - n -   1  postlogd
EOF
  # Postfix re-reads main.cf in 300 ms steps until its mtime is >1 s in the past ("let file settle
  # down"): backdate the freshly written config or every start waits ~2 s.
  touch -d "@$(( $(date +%s) - 10 ))" "$P"/conf/*
fi

# ---------------- launch everything at once, then wait for each ----------------
# (the SMTP servers only need Dovecot's LMTP/auth sockets when a client authenticates or sends)
launch dovecot "$R"/log/dovecot.stdout dovecot -F -c "$R"/dovecot.conf
if [ "$SMTP_IMPL" = postfix ]; then
  # start-fg keeps master in the foreground; master puts itself in a new session, so stop.sh also
  # needs master's own pid (spool/pid/master.pid). Errors of the postfix command itself go to
  # syslog/tty only: run  script -qec "postfix -c $R/postfix/conf check" /dev/null  to see them.
  launch postfix-start-fg "$R"/log/postfix.stdout postfix -c "$R"/postfix/conf start-fg
else
  launch smtp "$R"/log/smtp.log "$PY" "$HERE"/smtp_submission.py \
    --starttls-port "$SUBMISSION_PORT" --tls-port "$SMTPS_PORT" \
    --cert "$CERTS"/server-chain.crt --key "$CERTS"/server.key --users "$R"/users \
    --lmtp "$R"/dovecot-run/lmtp
fi
if [ "$FAULTS" = 1 ]; then
  fault_args=()
  for n in "${FAULT_NAMES[@]}"; do v=FAULT_${n}_PORT; fault_args+=(--port "${n,,}=${!v}"); done
  launch faults "$R"/log/faults.log "$PY" "$HERE"/faults.py "$CERTS" "${fault_args[@]}" --ready-file "$R"/faults.ready
fi

SMTP_NAME=smtp; [ "$SMTP_IMPL" = postfix ] && SMTP_NAME=postfix-start-fg
wait_greeting dovecot "$IMAP_STARTTLS_PORT" "* OK" 10
wait_port dovecot "$IMAPS_PORT" 5
T_DOVECOT=$(( $(ms) - T0 ))
wait_greeting $SMTP_NAME "$SUBMISSION_PORT" "220" 15
wait_port $SMTP_NAME "$SMTPS_PORT" 5
T_SMTP=$(( $(ms) - T0 ))
if [ "$SMTP_IMPL" = postfix ]; then
  wait_file $SMTP_NAME "$R"/postfix/spool/pid/master.pid 5
  tr -d ' ' < "$R"/postfix/spool/pid/master.pid > "$R"/pids/postfix-master.pid
fi
if [ "$FAULTS" = 1 ]; then wait_file faults "$R"/faults.ready 10; fi
[ -n "$LOCKFD" ] && exec {LOCKFD}<&-     # everything listens: release the port lock

# ---------------- env (written last, atomically) ----------------
{
  echo "HARNESS_DIR=$R"
  echo "MAIL_HOST=127.0.0.1"
  echo "MAIL_CA=$CERTS/ca.crt"
  echo "MAIL_USER=alice@example.com"
  echo "MAIL_USER_ICLOUD=alice@icloud.com"
  echo "MAIL_USER_SHORT=alice"
  echo "MAIL_PASSWORD=$PASSWORD"
  echo "MAIL_USER2=bob@example.com"
  echo "MAIL_USER2_SHORT=bob"
  echo "MAIL_PASSWORD2=$PASSWORD2"
  echo "SMTP_IMPL=$SMTP_IMPL"
  for v in "${ALL_VARS[@]}"; do echo "$v=${!v}"; done
} > "$R"/env.tmp
mv "$R"/env.tmp "$R"/env

# ---------------- watchdog ----------------
if [ -n "${HARNESS_WATCH_PID:-}" ]; then
  # Polls /proc/N/stat: gone, a zombie, or a different start time (pid reused) all count as gone.
  # Its pid goes to RUN_DIR/watchdog.pid (not pids/, or stop.sh run by it would kill itself).
  WATCHDOG='
    starttime() { local s; s=$(cat /proc/$1/stat 2>/dev/null) || return 0; s=${s##*) }; set -- $s; [ "$1" = Z ] || echo "${20}"; }
    st=$(starttime "$1")
    while [ -n "$st" ] && [ "$(starttime "$1")" = "$st" ]; do sleep 0.5; done
    echo "$(date +%T.%3N) watchdog: process $1 is gone, stopping the harness"
    rm -f "$3"/watchdog.pid   # stop.sh kills the process named there: not this one
    "$2"/stop.sh "$3"
    if [ "$4" = 1 ]; then rm -rf "$3"; fi'
  [[ $HARNESS_WATCH_PID =~ ^[0-9]+$ ]] || { FAILED_AT="HARNESS_WATCH_PID=$HARNESS_WATCH_PID is not a pid"; false; }
  spawn "$R"/watchdog.pid "$R"/log/watchdog.log bash -c "$WATCHDOG" watchdog "$HARNESS_WATCH_PID" "$HERE" "$R" "${HARNESS_REMOVE_DIR:-0}"
fi
trap - ERR
log "ready in $(( $(ms) - T0 )) ms (of which $T_LOCK ms waiting for the port lock; dovecot up at $T_DOVECOT ms, $SMTP_IMPL at $T_SMTP ms); env: $R/env"
