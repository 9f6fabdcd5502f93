#!/usr/bin/env bash
# Sixteen publishers at once on one PostgreSQL database (issue 14's benchmark; figures only):
#
#   scripts/bench.d/postgres-publishers.sh AIRBULLETIN STATION_LIST OUT_DIR DATA_DIR DAY
#
# A throwaway cluster (scripts/pg-cluster, on this machine, over TCP on 127.0.0.1, fsync=off) gets, as its owner,
# the national list and DAY's readings (the archive files DAY-1, DAY and DAY+1 of DATA_DIR, which the day's 48-hour
# window reads) with `airbulletin import`. Each of the 16 areas of stations/yunnan.toml then gets a login role of
# its own (pub_CODE) and `airbulletin db grant --area CODE --role pub_CODE`. Then sixteen `airbulletin run --date DAY`
# processes start at once, one per area, each as its own role with its own site directory, fetching from DATA_DIR
# (readings already stored: the runs store no new value) and publishing the day. Prints the wall time for all
# sixteen, the slowest and the fastest single run, and whether every run exited 0 with one revision per area.
set -euo pipefail
cd "$(dirname "$0")/../.."
[ $# -eq 5 ] || { echo "usage: scripts/bench.d/postgres-publishers.sh AIRBULLETIN STATION_LIST OUT_DIR DATA_DIR DAY" >&2; exit 2; }
ab=$1 list=$2 out=$3/publishers data=$(readlink -f "$4") day=$5
day_before=$(python3 -c "import datetime; print(datetime.date.fromisoformat('$day') - datetime.timedelta(days=1))")
day_after=$(python3 -c "import datetime; print(datetime.date.fromisoformat('$day') + datetime.timedelta(days=1))")
files=()
for d in "$day_before" "$day" "$day_after"; do
  f="$data/china_sites_${d//-/}.csv"
  [ -f "$f" ] || { echo "postgres-publishers: $f is missing (DAY must have a day of data on each side)" >&2; exit 2; }
  files+=("$f")
done
rm -rf "$out"; mkdir -p "$out/stations"

cluster=$(mktemp -d /tmp/abbench.XXXXXX)
trap 'scripts/pg-cluster stop "$cluster"' EXIT
scripts/pg-cluster start "$cluster" > /dev/null
# shellcheck source=/dev/null
source "$cluster/env"  # AIRBULLETIN_TEST_DATABASE_URL (the owner) and AIRBULLETIN_DATABASE_PASSWORD
hostport=$(echo "$AIRBULLETIN_TEST_DATABASE_URL" | sed -E 's|^postgresql://[^@]*@([^/]*)/.*|\1|')

# The province: stations/yunnan.toml (16 areas, one placeholder issuer: a rehearsal), its source DATA_DIR.
sed -E "s|^url = \"file:.*\"|url = \"file:$data/china_sites_{date:yyyyMMdd}.csv\"|" stations/yunnan.toml \
  > "$out/stations/yunnan.toml"
areas=$(grep -A1 '^\[\[area\]\]' stations/yunnan.toml | grep -oP '^code = "\K[0-9]{6}')
[ "$(echo "$areas" | wc -l)" -eq 16 ] || { echo "postgres-publishers: stations/yunnan.toml has not 16 areas" >&2; exit 1; }
config() {  # config ROLE SITE [AREA]
  printf '[paths]\nstations = "stations"\nsite = "%s"\n\n[site]\nrehearsal = true\n' "$2"
  [ -n "${3:-}" ] && printf 'areas = ["%s"]\n' "$3"
  printf '\n[run]\ncatch_up_days = 0\nlock_timeout_seconds = 600\nfetch_attempts = 1\n\n'
  printf '[database]\nurl = "postgresql://%s@%s/airbulletin_test?sslmode=disable"\n' "$1" "$hostport"
}
config airbulletin_test owner-site > "$out/owner.toml"
export AIRBULLETIN_NOW="${day_after}T12:00"

# As the owner: the readings, the roles (the password through psql's standard input), the grants.
"$ab" --config "$out/owner.toml" import --format cnemc-archive --station-list "$list" "${files[@]}" \
  > "$out/import.out" 2> "$out/import.err" || { cat "$out/import.err" >&2; exit 1; }
for code in $areas; do echo "CREATE ROLE pub_$code LOGIN PASSWORD '$AIRBULLETIN_DATABASE_PASSWORD';"; done \
  | PGPASSWORD=$AIRBULLETIN_DATABASE_PASSWORD psql -X -q -v ON_ERROR_STOP=1 "$AIRBULLETIN_TEST_DATABASE_URL" > /dev/null
for code in $areas; do
  "$ab" --config "$out/owner.toml" db grant --area "$code" --role "pub_$code" >> "$out/grant.out" 2>> "$out/grant.err" \
    || { cat "$out/grant.err" >&2; exit 1; }
  config "pub_$code" "site-$code" "$code" > "$out/pub-$code.toml"
done

# Sixteen publishers at once (each role's password is the cluster's, given as a publisher's machine gives it).
start=$(date +%s.%N)
pids=()
for code in $areas; do
  /usr/bin/time -f "%e" -o "$out/run-$code.time" "$ab" --config "$out/pub-$code.toml" run --date "$day" \
    > "$out/run-$code.out" 2> "$out/run-$code.err" &
  pids+=($!)
done
failed=0
for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
wall=$(python3 -c "print(f'{$(date +%s.%N) - $start:.2f}')")
times=$(for code in $areas; do tail -1 "$out/run-$code.time"; done | sort -n)
revisions=$(PGPASSWORD=$AIRBULLETIN_DATABASE_PASSWORD psql -X -A -t "$AIRBULLETIN_TEST_DATABASE_URL" \
  -c "SELECT count(*) FILTER (WHERE revision = 1) || ' of ' || count(*) FROM bulletin WHERE date = '$day'")
echo "16 publishers at once on PostgreSQL (run --date $day, one area each, each its own role and site): all sixteen in $wall s; slowest $(echo "$times" | tail -1) s, fastest $(echo "$times" | head -1) s; exit 0: $((16 - failed)) of 16; bulletins at revision 1: $revisions"
[ "$failed" -eq 0 ] || { for code in $areas; do cat "$out/run-$code.err"; done | grep -m5 '^error' >&2; exit 1; }
