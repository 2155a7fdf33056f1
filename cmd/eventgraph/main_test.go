package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/extract"
	"github.com/eventgraph/eventgraph/schema"
)

const example = "../../data/articles/2025-10-21-lavrov-rubio-meeting-postponed.txt"

// eg runs the command line in-process and returns stdout, stderr and the
// exit code.
func eg(t *testing.T, args ...string) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, strings.NewReader(""), &out, &errb)
	return out.String(), errb.String(), code
}

func mustEG(t *testing.T, args ...string) string {
	t.Helper()
	out, errs, code := eg(t, args...)
	if code != 0 {
		t.Fatalf("eventgraph %s: exit %d\n%s", strings.Join(args, " "), code, errs)
	}
	return out
}

func validateTimeline(t *testing.T, doc []byte) {
	t.Helper()
	if err := schema.ValidateTimeline(doc); err != nil {
		t.Fatal(err)
	}
}

// TestRoundTrip is the foundation's acceptance test: the example article
// goes through extract → store → stored queries → timeline JSON, and the
// contacts the article reports come out with their dates, places and
// statuses.
func TestRoundTrip(t *testing.T) {
	db := filepath.Join(t.TempDir(), "store")
	mustEG(t, "load", "--db", db, example)

	var pairs []struct {
		A, B         struct{ Name string }
		Type, Status string
		Date         *string
		Place        *struct{ Name string }
	}
	if err := json.Unmarshal([]byte(mustEG(t, "query", "--db", db, "who-met-whom")), &pairs); err != nil {
		t.Fatal(err)
	}
	have := map[string]bool{}
	for _, p := range pairs {
		names := []string{p.A.Name, p.B.Name}
		if names[0] > names[1] {
			names[0], names[1] = names[1], names[0]
		}
		key := names[0] + "|" + names[1] + "|" + p.Status
		if p.Date != nil {
			key += "|" + *p.Date
		}
		if p.Place != nil {
			key += "|" + p.Place.Name
		}
		have[key] = true
	}
	for _, want := range []string{
		"Donald Trump|Vladimir Putin|happened|2025-08-15|Anchorage",
		"Donald Trump|Vladimir Putin|happened|2025-10-16",
		"Marco Rubio|Sergey Lavrov|happened|2025-10-20",
		"Donald Trump|Volodymyr Zelenskyy|happened|2025-10-17|White House",
		"Marco Rubio|Sergey Lavrov|postponed",
		"Donald Trump|Vladimir Putin|planned|2025-W44|Budapest",
	} {
		if !have[want] {
			t.Errorf("who-met-whom lacks %s; it has %v", want, have)
		}
	}

	tl := mustEG(t, "timeline", "--db", db)
	validateTimeline(t, []byte(tl))
	var tj struct {
		Events []struct {
			Date     *string
			Evidence []struct{ Start, End int }
		}
	}
	if err := json.Unmarshal([]byte(tl), &tj); err != nil {
		t.Fatal(err)
	}
	text, _ := os.ReadFile(example)
	for _, e := range tj.Events {
		if len(e.Evidence) == 0 {
			t.Errorf("event without evidence")
		}
		for _, ev := range e.Evidence {
			if ev.Start < 0 || ev.End > len(text) || ev.Start >= ev.End {
				t.Errorf("evidence %d-%d outside the article", ev.Start, ev.End)
			}
		}
	}

	// Filters reach the stored queries.
	validateTimeline(t, []byte(mustEG(t, "timeline", "--db", db, "--actor", "Lavrov", "--from", "2025-10", "--to", "2025-10-31")))

	// TimelineJS3: every slide is dated.
	var js struct {
		Events []struct {
			StartDate *struct{ Year int } `json:"start_date"`
		}
	}
	if err := json.Unmarshal([]byte(mustEG(t, "timeline", "--db", db, "--format", "timelinejs")), &js); err != nil {
		t.Fatal(err)
	}
	if len(js.Events) < 5 {
		t.Fatalf("TimelineJS has %d slides", len(js.Events))
	}
	for _, s := range js.Events {
		if s.StartDate == nil || s.StartDate.Year < 1900 {
			t.Fatalf("undated TimelineJS slide")
		}
	}

	// Loading again changes nothing.
	before := mustEG(t, "export", "--db", db)
	mustEG(t, "load", "--db", db, example)
	if after := mustEG(t, "export", "--db", db); after != before {
		t.Fatal("loading the article twice changed the export")
	}
	checkRapper(t, before)
	checkRapper(t, mustEG(t, "extract", example))
	if out := mustEG(t, "export", "--db", db, "--format", "jsonld"); !json.Valid([]byte(out)) {
		t.Fatal("JSON-LD export is not JSON")
	}
}

func checkRapper(t *testing.T, nq string) {
	t.Helper()
	rapper, err := exec.LookPath("rapper")
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("rapper missing in CI: .ci/run installs raptor2-utils")
		}
		t.Log("rapper not installed (apt-get install raptor2-utils): N-Quads not checked by an independent parser")
		return
	}
	f := filepath.Join(t.TempDir(), "x.nq")
	if err := os.WriteFile(f, []byte(nq), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(rapper, "-i", "nquads", "-c", f).CombinedOutput()
	if err != nil {
		t.Fatalf("rapper rejects our N-Quads: %v\n%s", err, out)
	}
	if !strings.Contains(string(out), "returned "+itoa(strings.Count(nq, "\n"))+" ") {
		t.Fatalf("rapper counted otherwise than we wrote (%d lines): %s", strings.Count(nq, "\n"), out)
	}
}

func itoa(n int) string { b, _ := json.Marshal(n); return string(b) }

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "store")
	mustEG(t, "load", "--db", db, example)
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	empty := write("empty.txt", "")
	nodate := write("nodate.txt", "Two ministers met in a city.\n")
	baddate := write("baddate.txt", "date 2025-02-30 Two ministers met.\n")
	binary := write("binary.txt", "date 2025-01-01 \xff\xfe\x00\x01")
	badnq := write("bad.nq", "<http://x/a> <http://x/b> <http://x/c> .\n<http://x/a> <http://x/b> nope .\n")
	loop := write("loop.js", "while (true) {}")
	syntax := write("syntax.js", "// a comment\ng.V(.all()")
	notDir := write("plainfile", "x")
	corrupt := filepath.Join(dir, "corrupt")
	if err := os.MkdirAll(corrupt, 0o755); err != nil {
		t.Fatal(err)
	}
	write("corrupt/indexes.bolt", strings.Repeat("not a bolt file ", 512))
	for _, c := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"empty file", []string{"load", "--db", db, empty}, 1, "empty.txt"},
		{"no date", []string{"load", "--db", db, nodate}, 1, "nodate.txt"},
		{"impossible date", []string{"load", "--db", db, baddate}, 1, "baddate.txt"},
		{"binary", []string{"load", "--db", db, binary}, 1, "binary.txt"},
		{"malformed N-Quads", []string{"load", "--db", db, badnq}, 1, "bad.nq:2"},
		{"missing path", []string{"load", "--db", db, filepath.Join(dir, "nope.txt")}, 1, "nope.txt"},
		{"unknown query", []string{"query", "--db", db, "who-knows"}, 2, "no stored query"},
		{"missing param", []string{"query", "--db", db, "between"}, 2, "missing required parameter"},
		{"unknown param", []string{"query", "--db", db, "timeline", "--param", "colour=red"}, 2, "unknown parameter"},
		{"malformed param", []string{"query", "--db", db, "timeline", "--param", "actor"}, 2, "key=value"},
		{"gizmo syntax error", []string{"query", "--db", db, syntax}, 1, "syntax.js:2:"},
		{"corrupted store", []string{"timeline", "--db", corrupt}, 1, "corrupt"},
		{"store path not writable", []string{"load", "--db", filepath.Join(notDir, "store"), example}, 1, "plainfile"},
		{"timeout", []string{"query", "--db", db, "--timeout", "300ms", loop}, 1, "timeout"},
		{"bad format", []string{"timeline", "--db", db, "--format", "xml"}, 2, "--format"},
		{"bad from", []string{"timeline", "--db", db, "--from", "yesterday"}, 2, "--from"},
		{"no store", []string{"timeline", "--db", filepath.Join(dir, "none")}, 1, "load articles"},
		{"unknown flag", []string{"timeline", "--colour"}, 2, "unknown flag"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, errs, code := eg(t, c.args...)
			if code != c.code || !strings.Contains(errs, c.want) {
				t.Fatalf("exit %d, stderr %q; want exit %d and %q", code, errs, c.code, c.want)
			}
		})
	}
	// None of that changed the store.
	var tl struct{ Documents []any }
	if err := json.Unmarshal([]byte(mustEG(t, "timeline", "--db", db)), &tl); err != nil || len(tl.Documents) != 1 {
		t.Fatalf("after the errors the store has %d documents (%v)", len(tl.Documents), err)
	}
}

func TestQueriesAndTable(t *testing.T) {
	out := mustEG(t, "queries")
	for _, q := range []string{"who-met-whom", "timeline", "actor", "claims", "between"} {
		if !strings.Contains(out, q+"\n") {
			t.Errorf("queries does not list %s", q)
		}
	}
	db := filepath.Join(t.TempDir(), "store")
	mustEG(t, "load", "--db", db, example)
	table := mustEG(t, "query", "--db", db, "who-met-whom", "--format", "table", "--param", "actor=Rubio")
	if !strings.Contains(table, "Sergey Lavrov") || !strings.Contains(table, "2025-10-20") {
		t.Fatalf("table:\n%s", table)
	}
}

func TestAnnotate(t *testing.T) {
	var a struct {
		Sentences []struct{ Start, End int }
		Mentions  []struct{ Start, End int }
		Timexes   []struct{ Value string }
		Events    []any
		Claims    []any
	}
	if err := json.Unmarshal([]byte(mustEG(t, "annotate", "--format", "json", example)), &a); err != nil {
		t.Fatal(err)
	}
	if len(a.Sentences) < 10 || len(a.Mentions) < 10 || len(a.Timexes) < 5 || len(a.Events) < 5 || len(a.Claims) < 3 {
		t.Fatalf("annotate found too little: %d sentences, %d mentions, %d timexes, %d events, %d claims",
			len(a.Sentences), len(a.Mentions), len(a.Timexes), len(a.Events), len(a.Claims))
	}
	if out := mustEG(t, "annotate", example); !strings.Contains(out, "events (") {
		t.Fatal("text annotation lacks its events section")
	}
}

// TestLoadOrderDoesNotMatter: the dev articles loaded in opposite orders
// give byte-identical stores, and one person spelt two ways in two
// articles is one actor.
func TestLoadOrderDoesNotMatter(t *testing.T) {
	files, err := filepath.Glob("../../data/articles/*.txt")
	if err != nil || len(files) < 2 {
		t.Fatalf("articles: %v %v", files, err)
	}
	dir := t.TempDir()
	fwd, rev := filepath.Join(dir, "fwd"), filepath.Join(dir, "rev")
	for _, f := range files {
		mustEG(t, "load", "-q", "--db", fwd, f)
	}
	for i := len(files) - 1; i >= 0; i-- {
		mustEG(t, "load", "-q", "--db", rev, files[i])
	}
	if mustEG(t, "export", "--db", fwd) != mustEG(t, "export", "--db", rev) {
		t.Fatal("loading the articles in another order gave another store")
	}
	var actors []struct {
		Name    string
		Aliases []string
	}
	if err := json.Unmarshal([]byte(mustEG(t, "query", "--db", fwd, "actors", "--param", "type=person")), &actors); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, a := range actors {
		if strings.Contains(strings.ToLower(a.Name), "lavrov") {
			n++
		}
	}
	if n != 1 {
		t.Fatalf("%d actors named Lavrov (Sergey and Sergei are one person)", n)
	}
}

// TestExportLoadsBackStreaming: an export holds each document's quads
// together, so it loads back into a new store one document at a time,
// under a memory limit far below the file's size, and gives the same store.
func TestExportLoadsBackStreaming(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a"), filepath.Join(dir, "b")
	mustEG(t, "load", "-q", "--db", a, "../../data/articles")
	dump := mustEG(t, "export", "--db", a)
	f := filepath.Join(dir, "dump.nq")
	if err := os.WriteFile(f, []byte(dump), 0o644); err != nil {
		t.Fatal(err)
	}
	limit := len(dump) / 5
	mustEG(t, "load", "-q", "--db", b, "--max-bytes", itoa(limit), f)
	if mustEG(t, "export", "--db", b) != dump {
		t.Fatal("the export did not load back into the same store")
	}
}

// TestTrainPairs: train-pairs cross-validates and writes a model the
// extractor loads; a missing gold folder is an error naming it.
func TestTrainPairs(t *testing.T) {
	out := filepath.Join(t.TempDir(), "contact-model.json")
	stdout := mustEG(t, "train-pairs", "--cv", "--out", out, "../../data/gold", "../../data/heldout/gold")
	if !strings.Contains(stdout, "TOTAL") || !strings.Contains(stdout, "held out") {
		t.Errorf("no cross-validation table:\n%s", stdout)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var m extract.PairModel
	if err := json.Unmarshal(raw, &m); err != nil || m.Threshold <= 0 || m.Threshold >= 1 || len(m.Weights) == 0 {
		t.Fatalf("model %s: %v, threshold %v, %d weights", out, err, m.Threshold, len(m.Weights))
	}
	if _, stderr, code := eg(t, "train-pairs", "no/such/gold"); code == 0 || !strings.Contains(stderr, "no/such/gold") {
		t.Errorf("missing folder: exit %d, stderr %q", code, stderr)
	}
}

// TestTrainDates: train-dates cross-validates and writes a model the
// extractor loads; a missing gold folder is an error naming it.
func TestTrainDates(t *testing.T) {
	out := filepath.Join(t.TempDir(), "date-model.json")
	stdout := mustEG(t, "train-dates", "--cv", "--out", out, "../../data/gold", "../../data/heldout/gold")
	if !strings.Contains(stdout, "TOTAL") || !strings.Contains(stdout, "held out") {
		t.Errorf("no cross-validation table:\n%s", stdout)
	}
	raw, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var m extract.DateModel
	if err := json.Unmarshal(raw, &m); err != nil || m.Margin < 0.2 || m.Margin > 0.5 || len(m.Weights) == 0 {
		t.Fatalf("model %s: %v, margin %v, %d weights", out, err, m.Margin, len(m.Weights))
	}
	if _, stderr, code := eg(t, "train-dates", "no/such/gold"); code == 0 || !strings.Contains(stderr, "no/such/gold") {
		t.Errorf("missing folder: exit %d, stderr %q", code, stderr)
	}
}

// TestEvalRulesOnly: --rules-only scores the rules without the learned
// last stage, which finds pairs on data/heldout6 that the rules miss.
func TestEvalRulesOnly(t *testing.T) {
	found := func(args ...string) int {
		var r struct {
			Total struct {
				Pairs struct {
					TP int `json:"tp"`
				} `json:"pairs"`
			} `json:"total"`
		}
		if err := json.Unmarshal([]byte(mustEG(t, append([]string{"eval", "--json"}, args...)...)), &r); err != nil {
			t.Fatal(err)
		}
		return r.Total.Pairs.TP
	}
	rules, all := found("--rules-only", "../../data/heldout6/gold"), found("../../data/heldout6/gold")
	if rules == 0 || all <= rules {
		t.Errorf("pairs found: rules alone %d, with the last stage %d: want more with it", rules, all)
	}
}

// TestEvalWhy: --why prints the pair recall by contact size and the
// missed pairs by reason, and --json always carries both, the reasons
// adding up to the missed pairs.
func TestEvalWhy(t *testing.T) {
	const gold = "../../data/heldout6/gold"
	out := mustEG(t, "eval", "--why", gold)
	for _, want := range []string{"pair recall, contacts of two: ", "of three or more: ", "missed pairs by what the extraction shows of them"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval --why lacks %q:\n%s", want, out)
		}
	}
	var r struct {
		Total struct {
			Pairs struct {
				TP int `json:"tp"`
				FN int `json:"fn"`
			} `json:"pairs"`
			BySize struct {
				Two, Group struct {
					Hit   int `json:"hit"`
					Total int `json:"total"`
				}
			} `json:"pairs_by_size"`
			Why map[string]int `json:"why_missed"`
		} `json:"total"`
	}
	if err := json.Unmarshal([]byte(mustEG(t, "eval", "--json", gold)), &r); err != nil {
		t.Fatal(err)
	}
	tot := r.Total
	if got := tot.BySize.Two.Hit + tot.BySize.Group.Hit; got != tot.Pairs.TP {
		t.Errorf("pairs found by size %d, want %d", got, tot.Pairs.TP)
	}
	missed := 0
	for _, n := range tot.Why {
		missed += n
	}
	if missed != tot.Pairs.FN || missed == 0 {
		t.Errorf("missed pairs by reason %d (%v), want %d", missed, tot.Why, tot.Pairs.FN)
	}
}

// TestAnnotateMarksLearnedContacts: annotate tells the contacts of the
// learned last stage from the rules', with the model's score.
func TestAnnotateMarksLearnedContacts(t *testing.T) {
	const art = "../../data/heldout6/articles/2025-11-04-kenya-ethiopia-army-chiefs.txt"
	var a struct {
		Events  []schema.Event     `json:"events"`
		Learned map[string]float64 `json:"learned"`
	}
	if err := json.Unmarshal([]byte(mustEG(t, "annotate", "--format", "json", art)), &a); err != nil {
		t.Fatal(err)
	}
	if len(a.Learned) == 0 || len(a.Learned) >= len(a.Events) {
		t.Fatalf("%d learned of %d events: want some, not all", len(a.Learned), len(a.Events))
	}
	ids := map[string]bool{}
	for _, ev := range a.Events {
		ids[ev.ID] = true
	}
	for id, sc := range a.Learned {
		if !ids[id] || sc <= 0 || sc > 1 {
			t.Errorf("learned %s (score %v): not an event of the article, or no score", id, sc)
		}
	}
	if text := mustEG(t, "annotate", art); !strings.Contains(text, "[learned stage, score ") {
		t.Errorf("annotate's text does not mark the learned contacts:\n%s", text)
	}
}

// TestEvalSameNameInTwoSets: two sets may each have a document of the same
// name; scored together, each is scored against its own article, as when
// scored alone.
func TestEvalSameNameInTwoSets(t *testing.T) {
	const name = "2019-12-09-normandy-summit-paris-live"
	dir := t.TempDir()
	var sets []string
	for _, set := range []string{"dev28", "dev30"} {
		for _, f := range []string{"gold/" + name + ".yaml", "articles/" + name + ".txt"} {
			raw, err := os.ReadFile(filepath.Join("../../data", set, f))
			if err != nil {
				t.Fatal(err)
			}
			to := filepath.Join(dir, set, f)
			if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(to, raw, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		sets = append(sets, filepath.Join(dir, set, "gold"))
	}
	type doc struct {
		Pairs  struct{ TP, FP, FN int } `json:"pairs"`
		Status struct{ Hit, Total int } `json:"status"`
	}
	docs := func(args ...string) []doc {
		var r struct {
			Documents []doc `json:"documents"`
		}
		if err := json.Unmarshal([]byte(mustEG(t, append([]string{"eval", "--json"}, args...)...)), &r); err != nil {
			t.Fatal(err)
		}
		return r.Documents
	}
	alone := append(docs(sets[0]), docs(sets[1])...)
	together := docs(sets...)
	if len(together) != 2 || together[0] == together[1] {
		t.Fatalf("scored together: %+v, want two different scores", together)
	}
	for i := range alone {
		if alone[i] != together[i] {
			t.Errorf("document %d: alone %+v, together %+v", i, alone[i], together[i])
		}
	}
}
