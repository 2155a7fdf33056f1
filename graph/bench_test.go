package graph_test

// Benchmarks of extraction, loading, the stored queries and the timeline
// export, over synthetic corpora from bench/corpus (cmd/gencorpus).
// Fixtures are built once and cached under bench/out/ (or
// $EVENTGRAPH_BENCH_OUT): the corpus, its N-Quads and a loaded bolt store
// per size. Sizes for the query benchmarks come from
// $EVENTGRAPH_BENCH_SIZES (default "1000,10000"; bench/run.sh adds 100000).
// Delete bench/out to rebuild the fixtures after the extractor changes.
//
//	go test ./graph -run '^$' -bench . -benchtime 20x

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/bench/corpus"
	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/extract"
	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/queries"
	"github.com/eventgraph/eventgraph/schema"
	"github.com/eventgraph/eventgraph/timeline"
)

const benchSeed = 1

// reader is the extractor as a graph.ArticleReader.
type reader struct{ ex *extract.Extractor }

func (r reader) ReadArticle(ctx context.Context, path string, b []byte) (*schema.Article, error) {
	doc, err := extract.ReadDocument(path, b, extract.ReadOptions{})
	if err != nil {
		return nil, err
	}
	res, err := r.ex.Extract(ctx, doc)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return &res.Article, nil
}

var (
	extractorOnce sync.Once
	extractor     *extract.Extractor
	extractorErr  error
)

func newReader(b *testing.B) reader {
	extractorOnce.Do(func() { extractor, extractorErr = extract.New(data.Lexicon()) })
	if extractorErr != nil {
		b.Fatal(extractorErr)
	}
	return reader{extractor}
}

func outDir(b *testing.B) string {
	if d := os.Getenv("EVENTGRAPH_BENCH_OUT"); d != "" {
		return d
	}
	d, err := filepath.Abs(filepath.Join("..", "bench", "out"))
	if err != nil {
		b.Fatal(err)
	}
	return d
}

func sizes(b *testing.B) []int {
	s := os.Getenv("EVENTGRAPH_BENCH_SIZES")
	if s == "" {
		s = "1000,10000"
	}
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			b.Fatalf("EVENTGRAPH_BENCH_SIZES=%q: want sizes such as 1000,10000", s)
		}
		out = append(out, n)
	}
	return out
}

// fixture builds path with build unless it is complete (path + ".done").
func fixture(b *testing.B, path string, build func(tmp string) error) string {
	b.Helper()
	if _, err := os.Stat(path + ".done"); err == nil {
		return path
	}
	tmp := path + ".tmp"
	_ = os.RemoveAll(tmp)
	_ = os.RemoveAll(path)
	start := time.Now()
	if err := build(tmp); err != nil {
		b.Fatalf("build %s: %v", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	if err := os.WriteFile(path+".done", nil, 0o644); err != nil {
		b.Fatal(err)
	}
	b.Logf("built %s in %s", path, time.Since(start).Round(time.Second))
	return path
}

func corpusDir(b *testing.B, n int) string {
	p := filepath.Join(outDir(b), fmt.Sprintf("corpus-s%d-v%s-%d", benchSeed, corpus.Version, n))
	return fixture(b, p, func(tmp string) error { return corpus.New(benchSeed).Write(context.Background(), tmp, n) })
}

// storeLayout names what the stores hold beyond the corpus: "d1" is the
// date index (schema.InMonth), "r1" the registry; stores built before them
// are not reused.
const storeLayout = "d1-r3"

func storeDir(b *testing.B, n int) string {
	arts := filepath.Join(corpusDir(b, n), "articles")
	p := filepath.Join(outDir(b), fmt.Sprintf("store-bolt-s%d-v%s-%s-%d", benchSeed, corpus.Version, storeLayout, n))
	return fixture(b, p, func(tmp string) error {
		ctx := context.Background()
		s, err := graph.Open(ctx, "bolt:"+tmp)
		if err != nil {
			return err
		}
		defer s.Close()
		sum, err := (&graph.Loader{Store: s, Articles: newReader(b)}).Load(ctx, []string{arts}, nil)
		if err != nil {
			return err
		}
		if sum.Failed > 0 {
			return fmt.Errorf("%d files failed: %v", sum.Failed, sum.Failures[0].Err)
		}
		return s.Close()
	})
}

func nquadsFile(b *testing.B, n int) string {
	arts := filepath.Join(corpusDir(b, n), "articles")
	p := filepath.Join(outDir(b), fmt.Sprintf("corpus-s%d-v%s-%d.nq", benchSeed, corpus.Version, n))
	return fixture(b, p, func(tmp string) error {
		files, err := graph.Expand([]string{arts})
		if err != nil {
			return err
		}
		f, err := os.Create(tmp)
		if err != nil {
			return err
		}
		defer f.Close()
		r := newReader(b)
		for _, path := range files {
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			a, err := r.ReadArticle(context.Background(), path, data)
			if err != nil {
				return err
			}
			if err := graph.WriteNQuads(f, graph.ArticleQuads(a)); err != nil {
				return err
			}
		}
		return f.Close()
	})
}

// BenchmarkExtract extracts 200 articles per op on one goroutine: MB/s is
// per core; words/s too.
func BenchmarkExtract(b *testing.B) {
	r := newReader(b)
	g := corpus.New(benchSeed)
	var docs [][]byte
	var size, words int64
	for i := 0; i < 200; i++ {
		d := g.Article(i)
		docs = append(docs, d.Text)
		size += int64(len(d.Text))
		words += int64(len(strings.Fields(string(d.Text))))
	}
	ctx := context.Background()
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for j, d := range docs {
			if _, err := r.ReadArticle(ctx, fmt.Sprintf("a%d.txt", j), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
	b.ReportMetric(float64(len(docs))*float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}

// BenchmarkLoadNQuads loads the N-Quads of 1,000 articles into a new store
// per op, through the Loader (two passes, group commit).
//
// $EVENTGRAPH_BENCH_LOADN sets another corpus size (10000: the size
// bench/run.sh compares with cayley load).
func BenchmarkLoadNQuads(b *testing.B) {
	n := 1000
	if v := os.Getenv("EVENTGRAPH_BENCH_LOADN"); v != "" {
		var err error
		if n, err = strconv.Atoi(v); err != nil || n < 1 {
			b.Fatalf("EVENTGRAPH_BENCH_LOADN=%q: want a number of articles", v)
		}
	}
	nq := nquadsFile(b, n)
	for _, backend := range []string{"memory", "bolt", "leveldb"} {
		b.Run(backend, func(b *testing.B) {
			benchLoad(b, backend, nq, nil)
		})
	}
}

// BenchmarkLoadArticles loads 1,000 articles (extraction included, one
// worker per core) into a new bolt store per op.
func BenchmarkLoadArticles(b *testing.B) {
	arts := filepath.Join(corpusDir(b, 1000), "articles")
	benchLoad(b, "bolt", arts, newReader(b))
}

func benchLoad(b *testing.B, backend, path string, r graph.ArticleReader) {
	ctx := context.Background()
	quads, docs := 0, 0
	var elapsed time.Duration
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db := backend
		if backend != "memory" {
			db = backend + ":" + filepath.Join(b.TempDir(), "store")
		}
		s, err := graph.Open(ctx, db)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		start := time.Now()
		sum, err := (&graph.Loader{Store: s, Articles: r, MaxBytes: -1}).Load(ctx, []string{path}, nil)
		if err != nil || sum.Failed > 0 {
			b.Fatalf("%v %+v", err, sum.Failures)
		}
		elapsed += time.Since(start)
		b.StopTimer()
		quads += sum.Quads
		docs += sum.Documents
		s.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(quads)/elapsed.Seconds(), "quads/s")
	b.ReportMetric(float64(docs)/elapsed.Seconds(), "docs/s")
}

// queryCase is one stored query with its parameters; actor parameters
// are filled in from the corpus.
type queryCase struct {
	name, query string
	params      map[string]string
}

func queryCases() []queryCase {
	g := corpus.New(benchSeed)
	busy := g.Busiest(1 << 30)
	median := busy[len(busy)/2]
	return []queryCase{
		{"who-met-whom/actor=busiest", "who-met-whom", map[string]string{"actor": busy[0]}},
		{"who-met-whom/actor=rank100", "who-met-whom", map[string]string{"actor": busy[100]}},
		{"who-met-whom/actor=median", "who-met-whom", map[string]string{"actor": median}},
		{"timeline/month", "timeline", map[string]string{"from": "2020-03", "to": "2020-03"}},
		{"between/month", "between", map[string]string{"from": "2020-03", "to": "2020-03"}},
		{"timeline/actor=rank100", "timeline", map[string]string{"actor": busy[100]}},
		{"actor/rank100", "actor", map[string]string{"actor": busy[100]}},
		{"claims/actor=rank100", "claims", map[string]string{"actor": busy[100]}},
		{"actors", "actors", nil},
		{"documents", "documents", nil},
	}
}

// BenchmarkQuery runs each stored query on a bolt store of each size and
// reports the latency's median and 95th percentile.
func BenchmarkQuery(b *testing.B) {
	set, err := queries.Load()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	for _, n := range sizes(b) {
		dir := storeDir(b, n)
		s, err := graph.OpenExisting(ctx, "bolt:"+dir)
		if err != nil {
			b.Fatal(err)
		}
		for _, c := range queryCases() {
			b.Run(fmt.Sprintf("n=%d/%s", n, c.name), func(b *testing.B) {
				var lat []time.Duration
				rows := 0
				for i := 0; i < b.N; i++ {
					start := time.Now()
					out, err := set.Run(ctx, s, c.query, c.params, 0)
					if err != nil {
						b.Fatal(err)
					}
					lat = append(lat, time.Since(start))
					rows = len(out)
				}
				reportLatency(b, lat)
				b.ReportMetric(float64(rows), "rows")
			})
		}
		s.Close()
	}
}

// BenchmarkTimelineExport builds the timeline JSON of a whole store, and of
// one actor.
func BenchmarkTimelineExport(b *testing.B) {
	set, err := queries.Load()
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	busy := corpus.New(benchSeed).Busiest(101)
	for _, n := range sizes(b) {
		dir := storeDir(b, n)
		s, err := graph.OpenExisting(ctx, "bolt:"+dir)
		if err != nil {
			b.Fatal(err)
		}
		for _, c := range []struct {
			name string
			f    timeline.Filter
		}{
			{"actor=rank100", timeline.Filter{Actor: busy[100]}},
			{"month", timeline.Filter{From: "2020-03", To: "2020-03"}},
			{"all", timeline.Filter{}},
		} {
			if c.name == "all" && n > 10000 {
				continue // minutes per run; see bench/README.md
			}
			b.Run(fmt.Sprintf("n=%d/%s", n, c.name), func(b *testing.B) {
				var lat []time.Duration
				events := 0
				for i := 0; i < b.N; i++ {
					start := time.Now()
					t, err := timeline.Build(ctx, s, set, c.f)
					if err != nil {
						b.Fatal(err)
					}
					lat = append(lat, time.Since(start))
					events = len(t.Events)
				}
				reportLatency(b, lat)
				b.ReportMetric(float64(events), "events")
			})
		}
		s.Close()
	}
}

func reportLatency(b *testing.B, lat []time.Duration) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	ms := func(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
	b.ReportMetric(ms(lat[len(lat)/2]), "p50-ms")
	b.ReportMetric(ms(lat[min(len(lat)-1, len(lat)*95/100)]), "p95-ms")
}

// BenchmarkGizmoEmit is the floor under a stored query's latency: a Gizmo
// script on an empty store that reads nothing and only emits rows shaped
// like the timeline's events (participants, place, evidence), as many as
// the who-met-whom and month cases return at 100k articles. Whatever a
// query reads comes on top.
func BenchmarkGizmoEmit(b *testing.B) {
	ctx := context.Background()
	s, err := graph.Open(ctx, "memory")
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	const row = `{id: "https://w3id.org/eventgraph/event/" + i, type: "meeting", label: "Meeting: A and B",
  date: "2020-03-04", date_text: "on Tuesday", granularity: "day", begin: "2020-03-04T00:00:00Z",
  end: "2020-03-05T00:00:00Z", status: "happened", cameo: "040",
  participants: [{id: "https://w3id.org/eventgraph/id/a", name: "A", type: "person"},
    {id: "https://w3id.org/eventgraph/id/b", name: "B", type: "person"}],
  hosts: [], place: {id: "https://w3id.org/eventgraph/id/p", name: "P"},
  claims: ["https://w3id.org/eventgraph/claim/c"], documents: ["https://w3id.org/eventgraph/doc/d"],
  evidence: [{document: "https://w3id.org/eventgraph/doc/d", sentence: 3, start: 100, end: 200,
    text: "A met B on Tuesday in P, the ministry said in a statement."}]}`
	for _, n := range []int{62, 379, 1086, 6417} {
		script := fmt.Sprintf("for (var i = 0; i < %d; i++) g.emit(%s);", n, row)
		b.Run(fmt.Sprintf("rows=%d", n), func(b *testing.B) {
			var lat []time.Duration
			for i := 0; i < b.N; i++ {
				start := time.Now()
				out, err := s.Gizmo(ctx, script, 0)
				if err != nil || len(out) != n {
					b.Fatalf("%d rows, %v", len(out), err)
				}
				lat = append(lat, time.Since(start))
			}
			reportLatency(b, lat)
		})
	}
}
