#!/usr/bin/env bash
# Times `icloud-mail-wizard batch` on generated rows (default 1,000) unsigned, then with every
# Apple profile signed (RSA 2048 and ECDSA P-256 identities made here with openssl, each with an
# intermediate and a root), with the release build of the core (no GUI). Each run is repeated
# (default 3) and the median is printed. One signed profile per run is checked with
# `openssl cms -verify`. Wall time is mostly the disk (every file is fsynced); the CPU time
# (user + system, from /usr/bin/time) shows what signing itself costs.
#
#   scripts/bench-batch-signed.sh [ROWS] [RUNS]
#   SKIP_BUILD=1 scripts/bench-batch-signed.sh   # use the release binary already built
set -euo pipefail
ROWS=${1:-1000}
RUNS=${2:-3}
cd "$(dirname "$0")/.."
[ -n "${SKIP_BUILD:-}" ] || cargo build --release --quiet --no-default-features
BIN=${CARGO_TARGET_DIR:-target}/release/icloud-mail-wizard
DIR=$(mktemp -d /tmp/bench-batch-signed.XXXXXX)
trap 'rm -rf "$DIR"' EXIT

python3 - "$ROWS" "$DIR/rows.csv" <<'PY'
import sys
rows, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write("email,name,login\n")
    for i in range(rows):
        f.write(f"user{i}@icloud.com,User {i},\n")
PY

# A root and an intermediate (RSA), and one signing certificate per key type.
cd "$DIR"
printf '[req]\ndistinguished_name=dn\n[dn]\n[ca]\nbasicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n[leaf]\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning,emailProtection\n' > pki.cnf
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out root.key 2>/dev/null
openssl req -x509 -new -key root.key -out root.pem -days 2 -subj "/CN=Bench Root" -config pki.cnf -extensions ca
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out int.key 2>/dev/null
openssl req -new -key int.key -out int.csr -subj "/CN=Bench Intermediate" -config pki.cnf
openssl x509 -req -in int.csr -CA root.pem -CAkey root.key -set_serial 2 -out int.pem -days 2 -extfile pki.cnf -extensions ca 2>/dev/null
for kind in rsa p256; do
  if [ $kind = rsa ]; then opt=(-algorithm RSA -pkeyopt rsa_keygen_bits:2048); else opt=(-algorithm EC -pkeyopt ec_paramgen_curve:P-256); fi
  openssl genpkey "${opt[@]}" -out $kind.key 2>/dev/null
  openssl req -new -key $kind.key -out $kind.csr -subj "/CN=Bench $kind" -config pki.cnf
  openssl x509 -req -in $kind.csr -CA int.pem -CAkey int.key -set_serial 3 -out $kind.pem -days 2 -extfile pki.cnf -extensions leaf 2>/dev/null
done
cd - >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_batch() { # label, extra args...
  local label=$1; shift
  local walls=() cpus=()
  for _ in $(seq "$RUNS"); do
    rm -rf "$DIR/out"
    /usr/bin/time -f '%e %U %S' -o "$DIR/time.txt" \
      "$BIN" batch --csv "$DIR/rows.csv" --out "$DIR/out" "$@" > /dev/null 2> "$DIR/batch.err"
    read -r wall user sys < "$DIR/time.txt"
    walls+=("$wall")
    cpus+=("$(awk "BEGIN{print $user + $sys}")")
  done
  local w c
  w=$(printf '%s\n' "${walls[@]}" | median)
  c=$(printf '%s\n' "${cpus[@]}" | median)
  printf '%-22s wall median %6.2f s (%s)  CPU median %5.2f s (%s)  %.2f ms CPU/row\n' \
    "$label" "$w" "${walls[*]}" "$c" "${cpus[*]}" "$(awk "BEGIN{print $c * 1000 / $ROWS}")"
}

echo "rows: $ROWS (only the .mobileconfig of each account is signed)"
time_batch "unsigned"
time_batch "signed, RSA 2048" --sign-cert "$DIR/rsa.pem" --sign-key "$DIR/rsa.key" --sign-chain "$DIR/int.pem"
openssl cms -verify -inform DER -in "$DIR/out/user0@icloud.com/user0@icloud.com.mobileconfig" -CAfile "$DIR/root.pem" -out /dev/null 2>&1 | tail -1
time_batch "signed, ECDSA P-256" --sign-cert "$DIR/p256.pem" --sign-key "$DIR/p256.key" --sign-chain "$DIR/int.pem"
openssl cms -verify -inform DER -in "$DIR/out/user0@icloud.com/user0@icloud.com.mobileconfig" -CAfile "$DIR/root.pem" -out /dev/null 2>&1 | tail -1
printf 'unsigned profile: %s bytes; signed (P-256, leaf + intermediate): %s bytes\n' \
  "$("$BIN" export --email user0@icloud.com --format mobileconfig --out "$DIR/one" | xargs stat -c %s)" \
  "$(stat -c %s "$DIR/out/user0@icloud.com/user0@icloud.com.mobileconfig")"
