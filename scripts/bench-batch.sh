#!/usr/bin/env bash
# Times `icloud-mail-wizard batch` on generated rows (default 10,000) with the release build and
# compares it with the disk alone: writing and fsyncing the same number of files of the same
# sizes from a tiny C-speed loop (python's os.write + fsync + rename, like the real atomic write).
#
#   scripts/bench-batch.sh [ROWS] [DIR]
set -euo pipefail
ROWS=${1:-10000}
DIR=${2:-$(mktemp -d /tmp/bench-batch.XXXXXX)}
cd "$(dirname "$0")/.."
cargo build --release --quiet
BIN=target/release/icloud-mail-wizard
mkdir -p "$DIR"
python3 - "$ROWS" "$DIR/rows.csv" <<'PY'
import sys
rows, path = int(sys.argv[1]), sys.argv[2]
with open(path, "w") as f:
    f.write("email,name,login\n")
    for i in range(rows):
        if i % 3 == 2:
            f.write(f"user{i}@example.org,\"User {i}, Ops\",user{i}@icloud.com\n")
        else:
            f.write(f"user{i}@icloud.com,User {i} & Co,\n")
PY
rm -rf "$DIR/out"
start=$(date +%s.%N)
"$BIN" batch --csv "$DIR/rows.csv" --out "$DIR/out" > /dev/null 2> "$DIR/batch.err"
end=$(date +%s.%N)
files=$(find "$DIR/out" -type f | wc -l)
bytes=$(du -sb "$DIR/out" | cut -f1)
batch=$(awk "BEGIN{print $end - $start}")

# The disk alone: the same files (copied byte for byte) written with the same write+fsync+rename.
python3 - "$DIR/out" "$DIR/disk" > "$DIR/disk.txt" <<'PY'
import os, sys, time
src, dst = sys.argv[1], sys.argv[2]
blobs = []
for root, _, names in os.walk(src):
    for n in names:
        with open(os.path.join(root, n), "rb") as f:
            blobs.append((os.path.relpath(root, src), n, f.read()))
t = time.monotonic()
for d, n, data in blobs:
    folder = os.path.join(dst, d)
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, "." + n + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    os.write(fd, data)
    os.fsync(fd)
    os.close(fd)
    os.rename(tmp, os.path.join(folder, n))
print(f"{time.monotonic() - t:.3f}")
PY
disk=$(cat "$DIR/disk.txt")
printf 'rows: %s  files: %s  bytes: %s\n' "$ROWS" "$files" "$bytes"
printf 'batch (release, parse+render+atomic write+fsync): %.2f s  (%.0f rows/s)\n' "$batch" "$(awk "BEGIN{print $ROWS / $batch}")"
printf 'disk alone (same files, write+fsync+rename):      %.2f s\n' "$disk"
printf 'batch / disk-alone ratio: %.2f\n' "$(awk "BEGIN{print $batch / $disk}")"
tail -1 "$DIR/batch.err"
rm -rf "$DIR/out" "$DIR/disk"
