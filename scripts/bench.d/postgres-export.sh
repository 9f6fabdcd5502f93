#!/usr/bin/env bash
# The station-hour export from PostgreSQL, side by side with SQLite's (issue 14's benchmark; figures only):
#
#   scripts/bench.d/postgres-export.sh AIRBULLETIN SQLITE_DB OUT_DIR FROM TO
#
# Copies SQLITE_DB into a throwaway PostgreSQL cluster (scripts/pg-cluster, on this machine, over TCP on 127.0.0.1)
# with `airbulletin db copy` (its rows/s printed too), then exports every station-hour from FROM to TO as CSV from
# both databases with the same command, checks that the two files are the same bytes, and prints rows/s for both,
# the ratio, peak memory and the target (≥ 1,000,000 rows/s from PostgreSQL). SQLITE_RATE=rows/s skips the SQLite
# export (scripts/bench has just measured it, step 5, into OUT_DIR/export.csv). The cluster runs with fsync=off.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -ge 5 ] || { echo "usage: scripts/bench.d/postgres-export.sh AIRBULLETIN SQLITE_DB OUT_DIR FROM TO" >&2; exit 2; }
ab=$1 db=$2 out=$3 first=$4 last=$5
mkdir -p "$out"
judge() { python3 -c "import sys; sys.exit(0 if float('$1') >= float('$2') else 1)" && echo MET || echo MISSED; }
# timed NAME CMD... → "seconds peak_MiB", the command's stdout and stderr kept in $out/NAME.out and .err
timed() {
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/$name.time" "$@" > "$out/$name.out" 2> "$out/$name.err" \
    || { cat "$out/$name.err" >&2; exit 1; }
  awk '{printf "%s %d", $1, $2/1024}' "$out/$name.time"
}
export_args=(export --level station --interval hour --from "$first" --to "$last")

if [ -z "${SQLITE_RATE:-}" ]; then
  rm -f "$out/export.csv"; sync
  read -r secs mib <<< "$(timed sqlite-export "$ab" --db "$db" "${export_args[@]}" --out "$out/export.csv")"
  rows=$(grep -o 'export: [0-9]* rows' "$out/sqlite-export.err" | awk '{print $2}')
  SQLITE_RATE=$(python3 -c "print(round($rows/$secs))")
  echo "export from SQLite: $rows rows in $secs s = $(python3 -c "print(f'{$SQLITE_RATE:,}')") rows/s; peak $mib MiB"
fi

cluster=$(mktemp -d /tmp/abbench.XXXXXX)
trap 'scripts/pg-cluster stop "$cluster"' EXIT
scripts/pg-cluster start "$cluster" > /dev/null
# shellcheck source=/dev/null
source "$cluster/env"  # AIRBULLETIN_DATABASE_PASSWORD, and the URL written into the configuration below
sync
read -r secs _ <<< "$(timed pg-copy "$ab" --db "$db" db copy --to "$AIRBULLETIN_TEST_DATABASE_URL")"
copied=$(grep -o 'tables, [0-9,]* rows' "$out/pg-copy.out" | awk '{print $2}' | tr -d ,)
echo "db copy into PostgreSQL: $copied rows in $secs s = $(python3 -c "print(f'{round($copied/$secs):,}')") rows/s"

config=$out/postgres-export.toml
printf '[database]\nurl = "%s"\n' "$AIRBULLETIN_TEST_DATABASE_URL" > "$config"
rm -f "$out/export-pg.csv"; sync
read -r secs mib <<< "$(timed pg-export "$ab" --config "$config" "${export_args[@]}" --out "$out/export-pg.csv")"
rows=$(grep -o 'export: [0-9]* rows' "$out/pg-export.err" | awk '{print $2}')
rate=$(python3 -c "print(round($rows/$secs))")
same=$(cmp -s "$out/export.csv" "$out/export-pg.csv" && echo "the same bytes as SQLite's" || echo "DIFFERENT from SQLite's")
echo "export from PostgreSQL (COPY TO, station by station): $rows station-hour rows in $secs s = $(python3 -c "print(f'{$rate:,}')") rows/s (target ≥ 1,000,000/s: $(judge "$rate" 1000000)); ratio to SQLite $(python3 -c "print(f'{$rate/$SQLITE_RATE:.2f}')")×; peak $mib MiB; $same"
