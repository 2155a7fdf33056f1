#!/usr/bin/env bash
# bench/compare.sh BIN DB OUT: runs every stored query (with a spread of
# parameters) and the timeline export with the eventgraph binary BIN on the
# store DB, one file per case in OUT, so two builds' answers can be compared
# byte for byte:
#
#   go build -o /tmp/eg-old ./cmd/eventgraph     # before the change
#   /tmp/eg-old load --db bolt:/tmp/old1k bench/out/corpus-s1-v1-1000/articles
#   bench/compare.sh /tmp/eg-old bolt:/tmp/old1k /tmp/out-old
#   ... the same with the new build and a store it loaded, then:
#   diff -r /tmp/out-old /tmp/out-new && echo same
#
# The actor names are from the 1k generated corpus (go run ./cmd/gencorpus
# -n 1000 -seed 1); on another store they match nothing, which is a case too.
set -euo pipefail
BIN=$1 DB=$2 OUT=$3
mkdir -p "$OUT"
q() { # q NAME QUERY [key=value]...
  local name=$1 query=$2; shift 2
  local args=()
  for p in "$@"; do args+=(--param "$p"); done
  "$BIN" query --db "$DB" --timeout 10m "$query" "${args[@]}" > "$OUT/$name.json" 2> "$OUT/$name.err" || echo "exit $?" >> "$OUT/$name.err"
}
tl() { # tl NAME [flag]...
  local name=$1; shift
  "$BIN" timeline --db "$DB" --timeout 10m "$@" > "$OUT/$name.json" 2> "$OUT/$name.err" || echo "exit $?" >> "$OUT/$name.err"
}
BUSY="Mira Quarez" MID="Nerys Estermann" ONE="Alvar Ravholtström" COUNTRY=France
q wmw-all who-met-whom
q wmw-busy who-met-whom actor="$BUSY"
q wmw-busy-surname who-met-whom actor=Quarez
q wmw-mid who-met-whom actor="$MID"
q wmw-one who-met-whom actor="$ONE"
q wmw-country who-met-whom actor="$COUNTRY"
q wmw-none who-met-whom actor="Nobody Atall"
q wmw-month who-met-whom from=2020-03 to=2020-03
q wmw-days who-met-whom from=2020-03-05 to=2020-03-20
q wmw-year who-met-whom from=2019 to=2019
q wmw-from who-met-whom from=2023-06
q wmw-to who-met-whom to=2015-03
q wmw-reversed who-met-whom from=2020-05 to=2020-03
q wmw-busy-range who-met-whom actor="$BUSY" from=2018 to=2020-06-15
q tl-all timeline
q tl-month timeline from=2020-03 to=2020-03
q tl-days timeline from=2016-12-28 to=2017-01-04
q tl-years timeline from=2016 to=2018
q tl-decade timeline from=2010 to=2029
q tl-from timeline from=2024-06
q tl-to timeline to=2015-02-15
q tl-odd timeline from=2020-3 to=2020-04
q tl-busy timeline actor="$BUSY"
q tl-mid-month timeline actor="$MID" from=2016 to=2016-06
q bt-month between from=2020-03 to=2020-03
q bt-span between from=2021-11-15 to=2022-02
q bt-year between from=2017 to=2017
q bt-day between from=2019-07-04 to=2019-07-04
q actor-busy actor actor="$BUSY"
q actor-mid actor actor="$MID"
q actor-country actor actor="$COUNTRY"
q claims-all claims
q claims-busy claims actor="$BUSY"
q claims-outlet claims actor="Reuters"
q actors actors
q actors-person actors type=person
q actors-country actors type=country
q actors-outlet actors type=outlet
q documents documents
tl x-all
tl x-month --from 2020-03 --to 2020-03
tl x-busy --actor "$BUSY"
tl x-mid-range --actor "$MID" --from 2016 --to 2017
tl x-js-month --format timelinejs --from 2020-03 --to 2020-03
tl x-js-all --format timelinejs
