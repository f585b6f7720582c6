#!/bin/bash
# verify.sh RUN_DIR -- check a running harness with independent clients (openssl, curl, swaks,
# socat), not with the project's code. Prints PASS/FAIL lines and "N passed, N failed"; exit 0
# when all pass. ~8 s (two fault checks wait for a 2 s client timeout).
set -uo pipefail
[ $# -eq 1 ] || { echo "usage: $0 RUN_DIR" >&2; exit 2; }
R=$1
[ -f "$R"/env ] || { echo "no $R/env: is the harness running? (start.sh $R)" >&2; exit 2; }
# shellcheck disable=SC1091
. "$R"/env
TMP=$R/log/verify.out
pass=0 fail=0
ok()  { echo "PASS: $*"; pass=$((pass+1)); }
bad() { echo "FAIL: $*"; fail=$((fail+1)); }
check() { local name=$1; shift; if "$@" >"$TMP" 2>&1; then ok "$name"; else bad "$name"; tail -5 "$TMP"; fi; }
expect_fail() { local name=$1; shift; if "$@" >"$TMP" 2>&1; then bad "$name (unexpectedly succeeded)"; tail -5 "$TMP"; else ok "$name"; fi; }
SUBJ="roundtrip-$$-$(date +%s%N)"
PW=$MAIL_PASSWORD PW2=$MAIL_PASSWORD2 CA=$MAIL_CA H=127.0.0.1
raw() { # port source_addr line... -> the server's replies to the lines, sent after its greeting
  # (pipelining them before the greeting, then EOF, sometimes makes Dovecot drop the connection
  # before answering); the trailing sleep keeps our side open until the replies are in.
  { sleep 0.3; printf '%s\r\n' "${@:3}"; sleep 1; } | socat -t1 - "TCP:$H:$1,bind=$2"
}
imap_count() { # user password subject -> number of INBOX messages with that subject
  curl -sS --cacert "$CA" "imaps://$H:$IMAPS_PORT/INBOX" -u "$1:$2" -X "SEARCH SUBJECT \"$3\"" |
    tr -d '\r' | awk '/^\* SEARCH/ {print NF-2; found=1} END {if (!found) print 0}'
}

# --- TLS certificate chain + hostname, via openssl s_client
for p in "$IMAPS_PORT" "$SMTPS_PORT"; do
  check "s_client implicit TLS :$p verifies (127.0.0.1 + localhost)" bash -c \
    "echo | openssl s_client -connect $H:$p -CAfile $CA -verify_ip 127.0.0.1 -verify_return_error -brief 2>&1 | grep -q 'Verification: OK' &&
     echo | openssl s_client -connect $H:$p -servername localhost -CAfile $CA -verify_hostname localhost -verify_return_error -brief 2>&1 | grep -q 'Verification: OK'"
done
check "s_client STARTTLS imap :$IMAP_STARTTLS_PORT" bash -c "echo | openssl s_client -starttls imap -connect $H:$IMAP_STARTTLS_PORT -CAfile $CA -verify_ip 127.0.0.1 -verify_return_error -brief 2>&1 | grep -q 'Verification: OK'"
check "s_client STARTTLS smtp :$SUBMISSION_PORT" bash -c "echo | openssl s_client -starttls smtp -connect $H:$SUBMISSION_PORT -CAfile $CA -verify_ip 127.0.0.1 -verify_return_error -brief 2>&1 | grep -q 'Verification: OK'"

# --- IMAP logins (curl verifies the cert against the CA and the URL host)
check "curl IMAPS login+LIST $MAIL_USER" bash -c "curl -sS --cacert $CA 'imaps://$H:$IMAPS_PORT/' -u '$MAIL_USER:$PW' | grep -q INBOX"
check "curl IMAPS login+LIST $MAIL_USER_SHORT (localhost)" bash -c "curl -sS --cacert $CA 'imaps://localhost:$IMAPS_PORT/' -u '$MAIL_USER_SHORT:$PW' | grep -q INBOX"
check "curl IMAP STARTTLS (--ssl-reqd) login" bash -c "curl -sS --ssl-reqd --cacert $CA 'imap://$H:$IMAP_STARTTLS_PORT/' -u '$MAIL_USER:$PW' | grep -q INBOX"
check "curl IMAPS AUTH=LOGIN" bash -c "curl -sS --cacert $CA --login-options 'AUTH=LOGIN' 'imaps://$H:$IMAPS_PORT/' -u '$MAIL_USER:$PW' | grep -q INBOX"
check "curl IMAPS wrong password -> rc 67, at once" bash -c "s=\$(date +%s%3N); curl -sS --cacert $CA 'imaps://$H:$IMAPS_PORT/' -u '$MAIL_USER:wrong'; rc=\$?; [ \$rc -eq 67 ] && [ \$(( \$(date +%s%3N) - s )) -lt 1500 ]"
check "curl IMAPS login+LIST $MAIL_USER2" bash -c "curl -sS --cacert $CA 'imaps://$H:$IMAPS_PORT/' -u '$MAIL_USER2:$PW2' | grep -q INBOX"
check "curl IMAPS $MAIL_USER2 with alice's password -> rc 67" bash -c "curl -sS --cacert $CA 'imaps://$H:$IMAPS_PORT/' -u '$MAIL_USER2:$PW'; [ \$? -eq 67 ]"

# --- Pitfall: Dovecot counts 127.0.0.1 -> 127.0.0.1 as secure. From 127.0.0.2 (same listener)
# it behaves as for a remote client: LOGINDISABLED before STARTTLS, plaintext LOGIN refused.
out=$(raw "$IMAP_STARTTLS_PORT" 127.0.0.2 "a CAPABILITY" "b LOGIN $MAIL_USER $PW" "c LOGOUT" | tr -d '\r')
if grep -q '^\* CAPABILITY.*LOGINDISABLED' <<<"$out" && grep -q '^b NO' <<<"$out"; then
  ok "IMAP :$IMAP_STARTTLS_PORT from 127.0.0.2: LOGINDISABLED, plaintext LOGIN refused ($(grep '^b NO' <<<"$out"))"
else bad "IMAP :$IMAP_STARTTLS_PORT from 127.0.0.2: LOGINDISABLED / LOGIN refused"; echo "$out"; fi
out=$(raw "$IMAP_STARTTLS_PORT" 127.0.0.1 "a CAPABILITY" "c LOGOUT" | tr -d '\r')
if grep '^\* CAPABILITY' <<<"$out" | grep -v LOGINDISABLED | grep -q AUTH=PLAIN; then
  ok "IMAP :$IMAP_STARTTLS_PORT from 127.0.0.1: plaintext AUTH offered (the loopback quirk)"
else bad "IMAP :$IMAP_STARTTLS_PORT from 127.0.0.1: expected AUTH=PLAIN without LOGINDISABLED"; echo "$out"; fi

# --- SMTP submission (swaks), round trip to IMAP
check "swaks 587 STARTTLS AUTH PLAIN send" swaks -4 --server $H --port "$SUBMISSION_PORT" --tls --tls-verify --tls-ca-path "$CA" \
  --auth PLAIN --auth-user "$MAIL_USER" --auth-password "$PW" --from "$MAIL_USER" --to "$MAIL_USER" --header "Subject: $SUBJ-587"
check "swaks 465 TLS AUTH LOGIN send" swaks -4 --server localhost --port "$SMTPS_PORT" --tls-on-connect --tls-verify --tls-ca-path "$CA" \
  --auth LOGIN --auth-user "$MAIL_USER_SHORT" --auth-password "$PW" --from "$MAIL_USER" --to "$MAIL_USER" --header "Subject: $SUBJ-465"
check "swaks 465 $MAIL_USER -> $MAIL_USER2 send" swaks -4 --server $H --port "$SMTPS_PORT" --tls-on-connect --tls-verify --tls-ca-path "$CA" \
  --auth PLAIN --auth-user "$MAIL_USER" --auth-password "$PW" --from "$MAIL_USER" --to "$MAIL_USER2" --header "Subject: $SUBJ-bob"
check "swaks 587 wrong password -> 535" bash -c "swaks -4 --server $H --port $SUBMISSION_PORT --tls --tls-ca-path $CA --auth PLAIN --auth-user $MAIL_USER --auth-password wrong --quit-after AUTH | grep -Eq '^<[~*]* 535'"
check "swaks 465 wrong password -> 535" bash -c "swaks -4 --server $H --port $SMTPS_PORT --tls-on-connect --tls-ca-path $CA --auth LOGIN --auth-user $MAIL_USER --auth-password wrong --quit-after AUTH | grep -Eq '^<[~*]* 535'"
expect_fail "swaks 587 AUTH without STARTTLS (not offered)" swaks -4 --server $H --port "$SUBMISSION_PORT" --auth PLAIN --auth-user "$MAIL_USER" --auth-password "$PW" --quit-after AUTH
out=$(raw "$SUBMISSION_PORT" 127.0.0.1 "EHLO x" "AUTH PLAIN AGFsaWNlAHg=" "QUIT" | tr -d '\r')
grep -q '^530' <<<"$out" && ok "raw AUTH before STARTTLS on $SUBMISSION_PORT -> $(grep '^530' <<<"$out")" ||
  { bad "raw AUTH before STARTTLS on $SUBMISSION_PORT -> 530"; echo "$out"; }
expect_fail "swaks 587 unauthenticated submit" swaks -4 --server $H --port "$SUBMISSION_PORT" --tls --tls-ca-path "$CA" --from x@y.z --to "$MAIL_USER"
found=""
for i in $(seq 1 50); do
  [ "$(imap_count "$MAIL_USER" "$PW" "$SUBJ")" -ge 2 ] && [ "$(imap_count "$MAIL_USER2" "$PW2" "$SUBJ-bob")" -ge 1 ] && { found=1; break; }
  sleep 0.1
done
[ -n "$found" ] && ok "round trip: all 3 messages found via IMAP SEARCH (after ~$(( (i-1)*100 )) ms)" || bad "round trip: messages not in INBOX"
[ "$(imap_count "$MAIL_USER" "$PW" "$SUBJ-bob")" = 0 ] && ok "mailboxes separate: bob's message is not in alice's INBOX" || bad "bob's message is in alice's INBOX"

# --- fault servers (a client must fail on each, each with its own error)
if [ -n "${FAULT_TLS_WRONGHOST_PORT:-}" ]; then
  for f in TLS_WRONGHOST TLS_UNTRUSTED TLS_EXPIRED PLAINTEXT_ON_TLS GARBAGE CLOSE RESET TARPIT TLS_HANG; do
    v=FAULT_${f}_PORT
    out=$(curl -sS --max-time 2 --cacert "$CA" "imaps://$H:${!v}/" -u "$MAIL_USER:$PW" 2>&1); rc=$?
    [ $rc -ne 0 ] && ok "fault $f: curl rc=$rc: $(echo "$out" | head -1)" || bad "fault $f: curl succeeded"
  done
  out=$(curl -sS --max-time 1 "imap://$H:$FAULT_SLOW_GREETING_PORT/" -u "$MAIL_USER:$PW" 2>&1); rc=$?
  [ $rc -eq 28 ] && ok "fault SLOW_GREETING: curl rc=28: $out" || bad "fault SLOW_GREETING: curl rc=$rc"
  expect_fail "fault SMTP_NO_STARTTLS: swaks --tls fails" swaks -4 --server $H --port "$FAULT_SMTP_NO_STARTTLS_PORT" --tls --quit-after TLS
fi
rm -f "$TMP"
echo "$pass passed, $fail failed"
[ "$fail" = 0 ]
