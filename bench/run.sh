#!/usr/bin/env bash
# bench/run.sh: eventgraph's benchmarks, written as a markdown table.
#
#   bench/run.sh                 # query sizes 1000,10000; load comparison at 10000 articles
#   SIZES=1000,10000,100000 LOADN=100000 bench/run.sh
#   BENCH='Extract|Load|Query' bench/run.sh   # a subset of the Go benchmarks (-bench regexp)
#   SKIPGO=1 bench/run.sh        # only the load comparison; the table reuses bench/out/go-bench.txt
#   REPS=5 bench/run.sh          # loads of the comparison run 5 times each, alternating (default 3): the median
#
# Runs the Go benchmarks of graph/bench_test.go (extraction, loading, stored
# queries, timeline export), then loads the same N-Quads file with
# `eventgraph load` and with Cayley's own `cayley load` (built from this
# module's pinned Cayley) into new bolt and memory stores, and writes
# bench/out/results.md (and the raw output beside it). Fixtures are cached in
# bench/out/; delete it to rebuild them.
set -euo pipefail
cd "$(dirname "$0")/.."
SIZES=${SIZES:-1000,10000}
LOADN=${LOADN:-10000}
BENCHTIME=${BENCHTIME:-5x}
REPS=${REPS:-3}
OUT=bench/out
mkdir -p "$OUT"
RAW=$OUT/go-bench.txt
RES=$OUT/results.md

echo "building eventgraph, gencorpus and cayley..." >&2
go build -o "$OUT/eventgraph" ./cmd/eventgraph
go build -o "$OUT/gencorpus" ./cmd/gencorpus
go build -o "$OUT/cayley" github.com/cayleygraph/cayley/cmd/cayley

if [ -z "${SKIPGO:-}" ]; then
  echo "go benchmarks (sizes $SIZES)..." >&2
  EVENTGRAPH_BENCH_SIZES=$SIZES go test ./graph -run '^$' -bench "${BENCH:-.}" -benchtime "$BENCHTIME" -timeout 0 | tee "$RAW" >&2
fi

# The load comparison: the N-Quads of LOADN articles (cached by the Go
# benchmarks' fixtures when LOADN is one of their sizes; built here otherwise).
CORPUS=$OUT/corpus-s1-v1-$LOADN
if [ ! -e "$CORPUS.done" ]; then
  rm -rf "$CORPUS" && "$OUT/gencorpus" -n "$LOADN" -seed 1 -out "$CORPUS" && touch "$CORPUS.done"
fi
NQ=$OUT/load-$LOADN.nq
if [ ! -s "$NQ" ]; then
  "$OUT/eventgraph" extract "$CORPUS/articles" > "$NQ.tmp" && mv "$NQ.tmp" "$NQ"
fi
QUADS=$(grep -c . "$NQ")

seconds() { # seconds CMD...: wall time of CMD in seconds
  local s e
  s=$(date +%s.%N)
  "$@" > /dev/null 2>"$OUT/last.err" || { cat "$OUT/last.err" >&2; return 1; }
  e=$(date +%s.%N)
  echo "$e - $s" | bc -l
}
row() { # row WHAT BACKEND SECONDS [RANGE]
  printf '| %s | %s | %s | %.1f s%s | %.0f |\n' "$1" "$2" "$QUADS" "$3" "${4:-}" "$(echo "$QUADS / $3" | bc -l)"
}
median() { # median N...: the middle value (the lower middle of an even count)
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'
}
spread() { # spread N...: " (min–max)" when there are several
  [ $# -gt 1 ] || return 0
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { printf " (%.1f–%.1f)", v[1], v[NR] }'
}

echo "load comparison ($QUADS quads of $LOADN articles, $REPS runs each)..." >&2
LOADROWS=""
for backend in bolt memory; do
  egs=() cs=()
  for _ in $(seq "$REPS"); do # alternating, so that a slow spell of the machine hits both
    rm -rf "$OUT/cmp-eg" "$OUT/cmp-cayley"
    if [ "$backend" = bolt ]; then
      egs+=("$(seconds "$OUT/eventgraph" load -q --max-bytes 0 --db "bolt:$OUT/cmp-eg" "$NQ")")
      cs+=("$(seconds "$OUT/cayley" load --init -d bolt -a "$OUT/cmp-cayley" -i "$NQ")")
    else
      egs+=("$(seconds "$OUT/eventgraph" load -q --max-bytes 0 --db memory "$NQ")")
      cs+=("$(seconds "$OUT/cayley" load -d memstore -i "$NQ")")
    fi
  done
  LOADROWS+=$(row "eventgraph load" "$backend" "$(median "${egs[@]}")" "$(spread "${egs[@]}")")$'\n'
  LOADROWS+=$(row "cayley load" "$backend" "$(median "${cs[@]}")" "$(spread "${cs[@]}")")$'\n'
done
rm -rf "$OUT/cmp-eg" "$OUT/cmp-cayley"
# Reloading the same articles (every document already there: read, compare, no write).
rm -rf "$OUT/cmp-eg"
"$OUT/eventgraph" load -q --db "bolt:$OUT/cmp-eg" "$NQ" > /dev/null
t_re=$(seconds "$OUT/eventgraph" load -q --max-bytes 0 --db "bolt:$OUT/cmp-eg" "$NQ")
LOADROWS+=$(row "eventgraph load again (no change)" bolt "$t_re")$'\n'
rm -rf "$OUT/cmp-eg"
# Articles, extraction included.
t_art=$(seconds "$OUT/eventgraph" load -q --db "bolt:$OUT/cmp-eg" "$CORPUS/articles")
LOADROWS+=$(row "eventgraph load articles (extraction, -j $(nproc))" bolt "$t_art")$'\n'
rm -rf "$OUT/cmp-eg"

{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))"
  echo "with \`SIZES=$SIZES LOADN=$LOADN BENCHTIME=$BENCHTIME REPS=$REPS bench/run.sh\`."
  echo
  echo "### Loading the N-Quads of $LOADN articles ($QUADS quads), new store, wall time (median of $REPS runs, min–max)"
  echo
  echo "| command | backend | quads | time | quads/s |"
  echo "| --- | --- | ---: | ---: | ---: |"
  printf '%s' "$LOADROWS"
  echo
  echo "### Go benchmarks (\`go test ./graph -bench .\`)"
  echo
  echo "| benchmark | ns/op | metrics |"
  echo "| --- | ---: | --- |"
  awk '/^Benchmark/ {
    name=$1; sub(/-[0-9]+$/, "", name); m="";
    for (i = 5; i < NF; i += 2) m = m (m == "" ? "" : ", ") $i " " $(i+1);
    printf "| %s | %s | %s |\n", name, $3, m }' "$RAW"
} > "$RES"
cat "$RES"
