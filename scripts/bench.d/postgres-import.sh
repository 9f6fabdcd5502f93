#!/usr/bin/env bash
# The import into PostgreSQL over COPY, side by side with SQLite's (issue 14's benchmark; figures only):
#
#   scripts/bench.d/postgres-import.sh AIRBULLETIN STATION_LIST OUT_DIR FILES...
#
# Imports FILES into a fresh SQLite file and into a throwaway PostgreSQL cluster (scripts/pg-cluster, on this
# machine, over TCP on 127.0.0.1) with the same command, and prints readings/s for both, the ratio, and the target
# (≥ 1,000,000 readings/s into PostgreSQL, aim ≥ 2,000,000). SQLITE_RATE=readings/s skips the SQLite run (scripts/bench
# has just measured it). The throwaway cluster runs with fsync=off (it is the tests' cluster): a production server
# that syncs its WAL is slower to commit, not to COPY.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 4 ] || { echo "usage: scripts/bench.d/postgres-import.sh AIRBULLETIN STATION_LIST OUT_DIR FILES..." >&2; exit 2; }
ab=$1 list=$2 out=$3
shift 3
mkdir -p "$out"
judge() { python3 -c "import sys; sys.exit(0 if float('$1') >= float('$2') else 1)" && echo MET || echo MISSED; }
# import_rate ARGS... → "readings seconds" of one import, its output kept in $out/pg-last.out
import_rate() {
  /usr/bin/time -f "%e" -o "$out/pg-time" "$ab" "$@" import --format cnemc-archive --station-list "$list" "${files[@]}" \
    > "$out/pg-last.out" 2> "$out/pg-last.err" || { cat "$out/pg-last.err" >&2; exit 1; }
  local readings
  readings=$(grep -o 'imported [0-9]* files\?: [0-9,]* readings' "$out/pg-last.out" | awk '{print $4}' | tr -d ,)
  echo "$readings $(cat "$out/pg-time")"
}
files=("$@")

if [ -z "${SQLITE_RATE:-}" ]; then
  rm -f "$out/pg-side.sqlite"*; sync
  read -r readings secs <<< "$(import_rate --db "$out/pg-side.sqlite")"
  SQLITE_RATE=$(python3 -c "print(round($readings/$secs))")
  echo "import into SQLite: $readings readings in $secs s = $(python3 -c "print(f'{$SQLITE_RATE:,}')") readings/s"
fi

cluster=$(mktemp -d /tmp/abbench.XXXXXX)
trap 'scripts/pg-cluster stop "$cluster"' EXIT
scripts/pg-cluster start "$cluster" > /dev/null
# shellcheck source=/dev/null
source "$cluster/env"  # AIRBULLETIN_DATABASE_PASSWORD, and the URL written into the configuration below
config=$out/postgres.toml
printf '[database]\nurl = "%s"\n' "$AIRBULLETIN_TEST_DATABASE_URL" > "$config"
sync
read -r readings secs <<< "$(import_rate --config "$config")"
rate=$(python3 -c "print(round($readings/$secs))")
echo "import into PostgreSQL (COPY, one transaction): $readings readings in $secs s = $(python3 -c "print(f'{$rate:,}')") readings/s (target ≥ 1,000,000/s: $(judge "$rate" 1000000); aim ≥ 2,000,000/s: $(judge "$rate" 2000000)); ratio to SQLite $(python3 -c "print(f'{$rate/$SQLITE_RATE:.2f}')")×"
