#!/bin/sh
# gen-certs.sh DIR -- throwaway test PKI for the loopback mail harness (skips if DIR/ca.crt exists).
#   ca.crt / ca.key            test CA  -> the client under test must trust ca.crt (and only it)
#   server.crt / server.key    leaf: DNS:localhost, IP:127.0.0.1, IP:::1 (signed by test CA)
#   server-chain.crt           server.crt + ca.crt (what the servers present)
#   wronghost.crt/.key         signed by test CA, SAN only DNS:wrong.example  -> name mismatch
#   untrusted.crt/.key         self-signed leaf for localhost/127.0.0.1       -> unknown issuer
#   expired.crt/.key           signed by test CA for localhost, valid 2020-01-01..2020-02-01 -> expired
# CERT_KEY=ec (default): ECDSA P-256 keys, ~50 ms in all. CERT_KEY=rsa: RSA 2048, ~1.5 s (RSA key
# generation is what made the reference harness slow to start).
set -eu
D=${1:?usage: gen-certs.sh DIR}
mkdir -p "$D"; cd "$D"
[ -f ca.crt ] && exit 0
umask 077
case "${CERT_KEY:-ec}" in
  ec)  NEWKEY="-newkey ec -pkeyopt ec_paramgen_curve:prime256v1" ;;
  rsa) NEWKEY="-newkey rsa:2048" ;;
  *)   echo "CERT_KEY must be ec or rsa" >&2; exit 1 ;;
esac
# shellcheck disable=SC2086  # $NEWKEY is meant to split into words
openssl req -x509 -new -nodes $NEWKEY -sha256 -days 3650 \
  -keyout ca.key -out ca.crt -subj "/CN=mail-harness Test CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
# "openssl ca" (not "x509 -req") because it can set arbitrary start/end dates (expired cert).
cat > ca.cnf <<'X'
[ca]
default_ca=tca
[tca]
database=./index.txt
new_certs_dir=.
serial=./serial
default_md=sha256
policy=pol
unique_subject=no
[pol]
commonName=supplied
[leaf]
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid,issuer
subjectAltName=$ENV::SAN
X
: > index.txt; echo 1000 > serial
leaf() { # name CN SAN start end
  # shellcheck disable=SC2086
  openssl req -new -nodes $NEWKEY -keyout "$1.key" -out "$1.csr" -subj "/CN=$2" 2>/dev/null
  SAN="$3" openssl ca -batch -notext -config ca.cnf -cert ca.crt -keyfile ca.key -extensions leaf \
    -startdate "$4" -enddate "$5" -in "$1.csr" -out "$1.crt" 2>/dev/null
}
leaf server    localhost     "DNS:localhost,IP:127.0.0.1,IP:::1" 20240101000000Z 20351231000000Z
leaf wronghost wrong.example "DNS:wrong.example"                 20240101000000Z 20351231000000Z
leaf expired   localhost     "DNS:localhost,IP:127.0.0.1"        20200101000000Z 20200201000000Z
# shellcheck disable=SC2086
openssl req -x509 -new -nodes $NEWKEY -sha256 -days 825 -keyout untrusted.key -out untrusted.crt \
  -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1" \
  -addext "basicConstraints=critical,CA:FALSE" -addext "extendedKeyUsage=serverAuth" 2>/dev/null
cat server.crt ca.crt > server-chain.crt
rm -f ./*.csr ./*.pem ca.cnf index.txt* serial*
# keys readable by the owner only; when root, start.sh hands them to the servers (which read them
# as root before dropping privileges). ca.key is kept so tests can mint more certs if they need to.
chmod 644 ./*.crt; chmod 600 ./*.key
