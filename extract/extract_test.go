package extract_test

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/evaluate"
	"github.com/eventgraph/eventgraph/extract"
	"github.com/eventgraph/eventgraph/schema"
)

const example = "2025-10-21-lavrov-rubio-meeting-postponed"

func newExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	ex, err := extract.New(data.Lexicon())
	if err != nil {
		t.Fatal(err)
	}
	return ex
}

func extractFile(t testing.TB, ex *extract.Extractor, path string) *extract.Result {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := extract.ReadDocument(path, b, extract.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := ex.Extract(context.Background(), doc)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func id(name string) string { return schema.EntityIRI(name) }

// TestExampleArticle pins what the example article yields.
func TestExampleArticle(t *testing.T) {
	ex := newExtractor(t)
	r := extractFile(t, ex, filepath.Join("..", "data", "articles", example+".txt"))
	type ev struct {
		kind   schema.EventKind
		people []string
		date   string
		status schema.Status
		place  string
	}
	want := []ev{
		{schema.Meeting, []string{"Marco Rubio", "Sergey Lavrov"}, "", schema.Postponed, ""},
		{schema.Summit, []string{"Donald Trump", "Vladimir Putin"}, "2025-W44", schema.Planned, "Budapest"},
		{schema.Summit, []string{"Donald Trump", "Vladimir Putin"}, "2025-08-15", schema.Happened, "Anchorage"},
		{schema.Call, []string{"Marco Rubio", "Sergey Lavrov"}, "2025-10-20", schema.Happened, ""},
		{schema.Call, []string{"Donald Trump", "Vladimir Putin"}, "2025-10-16", schema.Happened, ""},
		{schema.Call, []string{"Marco Rubio", "Sergey Lavrov"}, "2025-W43", schema.Proposed, ""},
		{schema.Summit, []string{"Donald Trump", "Vladimir Putin", "Volodymyr Zelenskyy"}, "2025-W44", schema.Proposed, "Budapest"},
		{schema.Meeting, []string{"Donald Trump", "Volodymyr Zelenskyy"}, "2025-10-17", schema.Happened, "White House"},
	}
	var got []ev
	for _, e := range r.Article.Events {
		g := ev{kind: e.Kind, status: e.Status}
		for _, p := range e.Participants {
			g.people = append(g.people, strings.TrimPrefix(p, schema.NSData+"id/"))
		}
		if e.Date != nil {
			g.date = e.Date.Value
		}
		if e.Place != "" {
			g.place = e.Place
		}
		got = append(got, g)
		if len(e.Evidence) == 0 {
			t.Errorf("event %s has no evidence", e.Label)
		}
		for _, evd := range e.Evidence {
			if evd.Document != schema.DocumentIRI(example) || evd.Text == "" || evd.End <= evd.Start {
				t.Errorf("bad evidence %+v", evd)
			}
		}
	}
	for i := range want {
		for j, p := range want[i].people {
			want[i].people[j] = strings.TrimPrefix(id(p), schema.NSData+"id/")
		}
		sort.Strings(want[i].people)
		if want[i].place != "" {
			want[i].place = id(want[i].place)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("events:\n got %+v\nwant %+v", got, want)
	}

	type cl struct {
		claimant string
		outlets  []string
	}
	wantClaims := []cl{
		{"", []string{"CNN"}},
		{"Russia", nil},
		{"Russian Foreign Ministry", []string{"TASS"}},
		{"Marco Rubio", nil},
		{"", []string{"CNN"}},
		{"", []string{"CNN"}},
		{"Viktor Orban", nil},
		{"Viktor Orban", nil},
		{"Volodymyr Zelenskyy", []string{"Al Jazeera"}},
		{"Volodymyr Zelenskyy", []string{"Al Jazeera"}},
		{"Al Jazeera", []string{"Al Jazeera"}},
		{"Volodymyr Zelenskyy", []string{"Al Jazeera"}},
		{"Volodymyr Zelenskyy", []string{"Al Jazeera"}},
	}
	var gotClaims []cl
	for _, c := range r.Article.Claims {
		g := cl{}
		if c.Claimant != "" {
			g.claimant = actorName(r.Article, c.Claimant)
		}
		for _, o := range c.ReportedBy {
			g.outlets = append(g.outlets, actorName(r.Article, o))
		}
		gotClaims = append(gotClaims, g)
		if len(c.Evidence) == 0 || c.Text == "" {
			t.Errorf("claim %s lacks evidence or text", c.ID)
		}
	}
	if !reflect.DeepEqual(gotClaims, wantClaims) {
		t.Errorf("claims:\n got %+v\nwant %+v", gotClaims, wantClaims)
	}
	// roles
	for _, a := range r.Article.Actors {
		if a.Name == "Sergey Lavrov" {
			if len(a.Roles) == 0 || a.Roles[0].Title != "Foreign Minister" || a.Roles[0].Of != id("Russia") {
				t.Errorf("Lavrov roles %+v", a.Roles)
			}
		}
	}
	// every participant, claimant and outlet is an actor
	have := map[string]bool{}
	for _, a := range r.Article.Actors {
		have[a.ID] = true
	}
	for _, e := range r.Article.Events {
		for _, p := range e.Participants {
			if !have[p] {
				t.Errorf("participant %s not in actors", p)
			}
		}
	}
	for _, c := range r.Article.Claims {
		for _, o := range append([]string{c.Claimant}, c.ReportedBy...) {
			if o != "" && !have[o] {
				t.Errorf("claim actor %s not in actors", o)
			}
		}
	}
}

func actorName(a schema.Article, iri string) string {
	for _, x := range a.Actors {
		if x.ID == iri {
			return x.Name
		}
	}
	return "?" + iri
}

// TestDeterministic: the same input gives the same output.
func TestDeterministic(t *testing.T) {
	ex := newExtractor(t)
	p := filepath.Join("..", "data", "articles", example+".txt")
	a := extractFile(t, ex, p)
	b := extractFile(t, ex, p)
	if !reflect.DeepEqual(a.Article, b.Article) {
		t.Error("two runs differ")
	}
}

// TestDevSet scores the extractor on every article with gold and logs the
// report (go test -run DevSet -v ./extract/).
func TestDevSet(t *testing.T) {
	golds, err := evaluate.LoadGoldDir(filepath.Join("..", "data", "gold"))
	if err != nil {
		t.Fatal(err)
	}
	ex := newExtractor(t)
	got := map[string]schema.Article{}
	for _, g := range golds {
		p := filepath.Join("..", "data", "articles", g.Document+".txt")
		if _, err := os.Stat(p); err != nil {
			continue
		}
		got[g.Document] = extractFile(t, ex, p).Article
	}
	rep := evaluate.Score(golds, got)
	t.Logf("\n%s", rep.Table())
}

// BenchmarkExtract measures throughput over data/articles.
func BenchmarkExtract(b *testing.B) {
	ex := newExtractor(b)
	paths, _ := filepath.Glob(filepath.Join("..", "data", "articles", "*.txt"))
	var docs []*extract.Document
	var size int64
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d, err := extract.ReadDocument(p, raw, extract.ReadOptions{})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		size += int64(len(raw))
	}
	b.SetBytes(size)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			if _, err := ex.Extract(context.Background(), d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkExtractNoFullStops reads the example articles' bodies as one
// document with every full stop, question mark, exclamation mark and
// paragraph break taken out: one run of text of some 37 KB, which is what a
// list, a transcript or a damaged file can look like. Rules that compare
// each trigger with each date and actor of a sentence once made such a run
// take minutes (a 25 KB one took 14 s); the sentence bound keeps it near
// the speed of ordinary text.
func BenchmarkExtractNoFullStops(b *testing.B) {
	ex := newExtractor(b)
	paths, _ := filepath.Glob(filepath.Join("..", "data", "articles", "*.txt"))
	strip := strings.NewReplacer(".", "", "?", "", "!", "", "\n", " ")
	var body strings.Builder
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		// past the header: a "date" line or YAML front matter
		cut := strings.Index(string(raw), "\n") + 1
		if strings.HasPrefix(string(raw), "---\n") {
			cut = strings.Index(string(raw[4:]), "\n---\n") + 4 + len("\n---\n")
		}
		body.WriteString(strip.Replace(string(raw[cut:])))
		body.WriteString(" ")
	}
	text := "date 2025-10-21\n" + body.String()
	d, err := extract.ReadDocument("nofullstops.txt", []byte(text), extract.ReadOptions{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := ex.Extract(context.Background(), d); err != nil {
			b.Fatal(err)
		}
	}
}
