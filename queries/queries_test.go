package queries_test

import (
	"context"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/fixture"
	"github.com/eventgraph/eventgraph/internal/pgtest"
	"github.com/eventgraph/eventgraph/queries"
)

func TestParseHeader(t *testing.T) {
	for _, c := range []struct {
		name, text string
		params     int
		err        bool
	}{
		{"x", "// x: does x.\n// param a (required): the a.\n// param b (optional): the b.\ng.emit(1)", 2, false},
		{"x", "// y: wrong name\n", 0, true},
		{"x", "g.emit(1)\n", 0, true},
		{"x", "// x: ok\n// param a required: malformed\n", 0, true},
	} {
		q, err := queries.Parse(c.name, c.text)
		if (err != nil) != c.err || (err == nil && len(q.Params) != c.params) {
			t.Errorf("Parse(%q) = %+v, %v", c.text, q, err)
		}
	}
}

func TestEveryStoredQueryIsDocumented(t *testing.T) {
	set, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"actor", "actors", "between", "claims", "documents", "months", "timeline", "who-met-whom"}
	var got []string
	for _, q := range set.List() {
		got = append(got, q.Name)
		if len(q.Description) < 20 {
			t.Errorf("%s: description %q is too short", q.Name, q.Description)
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("stored queries %v, want %v", got, want)
	}
	if !strings.Contains(set.Prelude(), "function eventObject") {
		t.Fatal("prelude not loaded")
	}
}

func TestScriptParams(t *testing.T) {
	set, err := queries.LoadFS(fstest.MapFS{
		"q.js":       {Data: []byte("// q: echoes its parameter a.\n// param a (required): anything.\n// param b (optional): anything.\ng.emit(P.a)")},
		"prelude.js": {Data: []byte("// prelude\n")},
	})
	if err != nil {
		t.Fatal(err)
	}
	q, _ := set.Get("q")
	for _, c := range []struct {
		p   map[string]string
		err string
	}{
		{map[string]string{}, `missing required parameter "a"`},
		{map[string]string{"a": "1", "c": "2"}, `unknown parameter "c"`},
		{map[string]string{"a": "1", "b": "2"}, ""},
	} {
		_, err := set.Script(q, c.p)
		if (c.err == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), c.err)) {
			t.Errorf("Script(%v) error %v, want %q", c.p, err, c.err)
		}
	}
	// A parameter is data, never code.
	s, _ := graph.Open(context.Background(), "memory")
	defer s.Close()
	evil := `"); while(true){} ("`
	rows, err := set.Run(context.Background(), s, "q", map[string]string{"a": evil}, 0)
	if err != nil || len(rows) != 1 || rows[0] != evil {
		t.Fatalf("parameter was not passed as data: %v, %v", rows, err)
	}
}

func TestParseParams(t *testing.T) {
	p, err := queries.ParseParams([]string{"actor=Sergey Lavrov", "from=2025-10", "x=a=b"})
	if err != nil || p["actor"] != "Sergey Lavrov" || p["x"] != "a=b" {
		t.Fatalf("%v %v", p, err)
	}
	for _, bad := range [][]string{{"noequals"}, {"=v"}, {"a=1", "a=2"}} {
		if _, err := queries.ParseParams(bad); err == nil {
			t.Errorf("ParseParams(%v) accepted", bad)
		}
	}
}

// TestStoredQueriesOnEveryBackend loads the example article's fixture into
// every backend and checks each stored query gives the same, expected
// answers on all of them.
func TestStoredQueriesOnEveryBackend(t *testing.T) {
	ctx := context.Background()
	a, err := fixture.Article()
	if err != nil {
		t.Fatal(err)
	}
	set, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name string
		p    map[string]string
	}{
		{"who-met-whom", nil},
		{"who-met-whom", map[string]string{"actor": "Lavrov"}},
		{"who-met-whom", map[string]string{"actor": "Donald Trump", "from": "2025-10", "to": "2025-10"}},
		{"timeline", nil},
		{"timeline", map[string]string{"actor": "Zelenskyy"}},
		{"between", map[string]string{"from": "2025-10-17", "to": "2025-10-31"}},
		{"actor", map[string]string{"actor": "rubio"}},
		{"claims", nil},
		{"claims", map[string]string{"actor": "TASS"}},
		{"actors", map[string]string{"type": "country"}},
		{"documents", nil},
		{"months", map[string]string{"to": "2026-01"}},
		{"months", map[string]string{"to": "2025-12", "count": "2"}},
		{"months", map[string]string{"from": "2025-09", "to": "2025-10-31"}},
	}
	dir := t.TempDir()
	dbs := map[string]string{"memory": "memory", "bolt": filepath.Join(dir, "b"), "leveldb": "leveldb:" + filepath.Join(dir, "l")}
	if pg := pgtest.FreshDB(t); pg != "" {
		dbs["postgres"] = pg
	}
	// A store another tool wrote has no registry: the queries read the
	// documents' names and classes instead, with the same answers.
	dbs["bolt-without-registry"] = filepath.Join(dir, "b2")
	results := map[string][]string{}
	for backend, db := range dbs {
		s, err := graph.Open(ctx, db)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := s.ReplaceDocument(ctx, quad.IRI(a.Document.IRI), graph.ArticleQuads(a)); err != nil {
			t.Fatal(err)
		}
		if backend == "bolt-without-registry" {
			dropRegistry(t, s)
		}
		for _, c := range cases {
			rows, err := set.Run(ctx, s, c.name, c.p, 0)
			if err != nil {
				t.Fatalf("%s %s %v: %v", backend, c.name, c.p, err)
			}
			out, _ := json.Marshal(rows)
			results[backend] = append(results[backend], string(out))
		}
		s.Close()
	}
	for backend, res := range results {
		for i := range res {
			if res[i] != results["memory"][i] {
				t.Errorf("%s answers %s %v differently from memory:\n%s\nvs\n%s", backend, cases[i].name, cases[i].p, res[i], results["memory"][i])
			}
		}
	}
	mem := results["memory"]
	type pair struct {
		A, B       struct{ Name string }
		Type, Date string
		Status     string
		Place      *struct{ Name string }
	}
	var pairs []pair
	if err := json.Unmarshal([]byte(mem[0]), &pairs); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range pairs {
		place := ""
		if p.Place != nil {
			place = p.Place.Name
		}
		got = append(got, strings.Join([]string{p.A.Name, p.B.Name, p.Type, p.Date, p.Status, place}, "|"))
	}
	want := []string{
		"Donald Trump|Vladimir Putin|meeting|2025-08-15|happened|Anchorage",
		"Donald Trump|Vladimir Putin|call|2025-10-16|happened|",
		"Donald Trump|Volodymyr Zelenskyy|meeting|2025-10-17|happened|White House",
		"Marco Rubio|Sergey Lavrov|call|2025-10-20|happened|",
		"Donald Trump|Vladimir Putin|summit|2025-W44|planned|Budapest",
		"Marco Rubio|Sergey Lavrov|meeting||postponed|",
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("who-met-whom:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for i, want := range map[int]int{1: 2, 2: 3, 5: 3} { // rows expected for filtered cases
		var rows []any
		_ = json.Unmarshal([]byte(mem[i]), &rows)
		if len(rows) != want {
			t.Errorf("%s %v: %d rows, want %d: %s", cases[i].name, cases[i].p, len(rows), want, mem[i])
		}
	}
	// months: newest first, the week-44 summit counted in October and
	// November, the undated meeting nowhere.
	for i, want := range map[int]string{
		11: `[{"events":1,"month":"2025-11"},{"events":4,"month":"2025-10"},{"events":1,"month":"2025-08"}]`,
		12: `[{"events":1,"month":"2025-11"},{"events":4,"month":"2025-10"}]`,
		13: `[{"events":4,"month":"2025-10"}]`,
	} {
		if mem[i] != want {
			t.Errorf("months %v: %s, want %s", cases[i].p, mem[i], want)
		}
	}
	if !strings.Contains(mem[6], `"name":"Marco Rubio"`) || !strings.Contains(mem[8], "TASS") {
		t.Errorf("actor/claims by surname or outlet found nothing: %s / %s", mem[6], mem[8])
	}
}

// dropRegistry deletes the registry's quads, as if another tool had
// written the store.
func dropRegistry(t *testing.T, s *graph.Store) {
	t.Helper()
	var del []cgraph.Delta
	err := s.EachQuad(context.Background(), func(q quad.Quad) error {
		if graph.IsRegistry(q.Label) {
			del = append(del, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(del) < 10 {
		t.Fatalf("only %d registry quads", len(del))
	}
	if err := s.QuadStore().ApplyDeltas(del, cgraph.IgnoreOpts{}); err != nil {
		t.Fatal(err)
	}
}

// TestMonthsRejectsBadParameters: months names the parameter it cannot
// read.
func TestMonthsRejectsBadParameters(t *testing.T) {
	set, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(context.Background(), "memory")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, c := range []struct {
		p    map[string]string
		want string
	}{
		{map[string]string{"to": "October"}, `to "October"`},
		{map[string]string{"to": "2025-10", "from": "last year"}, `from "last year"`},
		{map[string]string{"to": "2025-10", "count": "two"}, `count "two"`},
		{map[string]string{"to": "2025-10", "count": "-1"}, `count "-1"`},
	} {
		_, err := set.Run(context.Background(), s, "months", c.p, 0)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("months %v: error %v, want one naming %s", c.p, err, c.want)
		}
	}
	rows, err := set.Run(context.Background(), s, "months", map[string]string{"to": "2025-10", "count": "3"}, 0)
	if err != nil || len(rows) != 0 {
		t.Errorf("months of an empty store: %v, %v", rows, err)
	}
}
