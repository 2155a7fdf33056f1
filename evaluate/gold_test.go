package evaluate

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/schema"
)

// goldDirs are the repository's gold folders, relative to this package,
// each with the folder of the articles it annotates: the dev set and the
// sealed held-out sets.
var goldDirs = []struct{ name, gold, articles string }{
	{"dev", "../data/gold", "../data/articles"},
	{"heldout", "../data/heldout/gold", "../data/heldout/articles"},
	{"heldout2", "../data/heldout2/gold", "../data/heldout2/articles"},
	{"heldout3", "../data/heldout3/gold", "../data/heldout3/articles"},
	{"heldout4", "../data/heldout4/gold", "../data/heldout4/articles"},
	{"heldout5", "../data/heldout5/gold", "../data/heldout5/articles"},
	{"heldout6", "../data/heldout6/gold", "../data/heldout6/articles"},
	{"heldout7", "../data/heldout7/gold", "../data/heldout7/articles"},
	{"heldout8", "../data/heldout8/gold", "../data/heldout8/articles"},
	{"heldout9", "../data/heldout9/gold", "../data/heldout9/articles"},
	{"heldout10", "../data/heldout10/gold", "../data/heldout10/articles"},
	{"heldout11", "../data/heldout11/gold", "../data/heldout11/articles"},
	{"train1", "../data/train1/gold", "../data/train1/articles"},
	{"train2", "../data/train2/gold", "../data/train2/articles"},
	{"train3", "../data/train3/gold", "../data/train3/articles"},
	{"heldout12", "../data/heldout12/gold", "../data/heldout12/articles"},
	{"dev2", "../data/dev2/gold", "../data/dev2/articles"},
	{"dev3", "../data/dev3/gold", "../data/dev3/articles"},
	{"heldout13", "../data/heldout13/gold", "../data/heldout13/articles"},
	{"dev4", "../data/dev4/gold", "../data/dev4/articles"},
	{"dev5", "../data/dev5/gold", "../data/dev5/articles"},
	{"heldout14", "../data/heldout14/gold", "../data/heldout14/articles"},
	{"dev6", "../data/dev6/gold", "../data/dev6/articles"},
	{"dev7", "../data/dev7/gold", "../data/dev7/articles"},
	{"dev8", "../data/dev8/gold", "../data/dev8/articles"},
	{"dev9", "../data/dev9/gold", "../data/dev9/articles"},
	{"dev10", "../data/dev10/gold", "../data/dev10/articles"},
	{"dev11", "../data/dev11/gold", "../data/dev11/articles"},
	{"dev12", "../data/dev12/gold", "../data/dev12/articles"},
	{"dev13", "../data/dev13/gold", "../data/dev13/articles"},
	{"dev14", "../data/dev14/gold", "../data/dev14/articles"},
	{"dev15", "../data/dev15/gold", "../data/dev15/articles"},
	{"dev16", "../data/dev16/gold", "../data/dev16/articles"},
	{"dev17", "../data/dev17/gold", "../data/dev17/articles"},
	{"dev18", "../data/dev18/gold", "../data/dev18/articles"},
	{"dev19", "../data/dev19/gold", "../data/dev19/articles"},
	{"dev20", "../data/dev20/gold", "../data/dev20/articles"},
	{"dev21", "../data/dev21/gold", "../data/dev21/articles"},
	{"dev22", "../data/dev22/gold", "../data/dev22/articles"},
	{"dev23", "../data/dev23/gold", "../data/dev23/articles"},
	{"dev24", "../data/dev24/gold", "../data/dev24/articles"},
	{"dev25", "../data/dev25/gold", "../data/dev25/articles"},
	{"dev26", "../data/dev26/gold", "../data/dev26/articles"},
	{"dev27", "../data/dev27/gold", "../data/dev27/articles"},
	{"dev28", "../data/dev28/gold", "../data/dev28/articles"},
	{"dev29", "../data/dev29/gold", "../data/dev29/articles"},
	{"dev30", "../data/dev30/gold", "../data/dev30/articles"},
	{"dev31", "../data/dev31/gold", "../data/dev31/articles"},
	{"dev32", "../data/dev32/gold", "../data/dev32/articles"},
}

// TestDataGold loads every gold file of every gold folder: each must be
// valid, have its article in the folder's articles, and quote that article
// verbatim; every article must have gold.
func TestDataGold(t *testing.T) {
	for _, d := range goldDirs {
		t.Run(d.name, func(t *testing.T) {
			golds, err := LoadGoldDir(d.gold)
			if err != nil {
				t.Fatal(err)
			}
			for _, g := range golds {
				if g.Article == "" {
					t.Errorf("%s: article %s not found", g.Path, ArticlePath(g.Path, g.Document))
					continue
				}
				if want := filepath.Join(d.articles, g.Document+".txt"); filepath.Clean(ArticlePath(g.Path, g.Document)) != filepath.Clean(want) {
					t.Errorf("%s: article %s is not in %s", g.Path, ArticlePath(g.Path, g.Document), d.articles)
				}
				for i, e := range g.Events {
					if !strings.Contains(g.Article, e.Evidence) {
						t.Errorf("%s: events[%d]: evidence not in article", g.Path, i)
					}
				}
				for i, tx := range g.Timexes {
					if tx.Start < 0 || g.Article[tx.Start:tx.End] != tx.Text {
						t.Errorf("%s: timexes[%d] %q: offsets %d-%d wrong", g.Path, i, tx.Text, tx.Start, tx.End)
					}
				}
			}
			// Every article has gold.
			arts, err := filepath.Glob(filepath.Join(d.articles, "*.txt"))
			if err != nil {
				t.Fatal(err)
			}
			if len(arts) == 0 {
				t.Errorf("no articles in %s", d.articles)
			}
			have := map[string]bool{}
			for _, g := range golds {
				have[g.Document] = true
			}
			for _, a := range arts {
				if id := strings.TrimSuffix(filepath.Base(a), ".txt"); !have[id] {
					t.Errorf("article %s has no gold in %s", a, d.gold)
				}
			}
		})
	}
}

// TestDataGoldSelfScore scores each gold folder against itself turned into
// predictions: everything must be perfect.
func TestDataGoldSelfScore(t *testing.T) {
	for _, d := range goldDirs {
		t.Run(d.name, func(t *testing.T) {
			golds, err := LoadGoldDir(d.gold)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]Prediction{}
			for _, g := range golds {
				got[g.Document] = goldAsPrediction(g)
			}
			r := ScorePredictions(golds, got)
			tot := r.Total
			if tot.Pairs.F1 != 1 || tot.DatedPairs.F1 != 1 || tot.Claims.F1 != 1 ||
				tot.Status.Value != 1 || tot.Events.Value != 1 || tot.Outlets.Value != 1 || tot.Timexes == nil || tot.Timexes.Value != 1 {
				t.Errorf("gold against itself is not perfect:\n%s", r.Table())
			}
		})
	}
}

func TestParseGoldErrors(t *testing.T) {
	tests := []struct {
		name, yaml, want string
	}{
		{"unknown field", "document: d\npublished: 2025-10-21\nevnts: []\n", "evnts"},
		{"bad kind", "document: d\npublished: 2025-10-21\nevents:\n  - kind: chat\n    participants: [A, B]\n    status: happened\n    evidence: x\n", `kind "chat"`},
		{"bad status", "document: d\npublished: 2025-10-21\nevents:\n  - kind: call\n    participants: [A, B]\n    status: done\n    evidence: x\n", `status "done"`},
		{"one participant", "document: d\npublished: 2025-10-21\nevents:\n  - kind: call\n    participants: [A]\n    status: happened\n    evidence: x\n", "1 participants"},
		{"bad date", "document: d\npublished: 2025-10-21\nevents:\n  - kind: call\n    participants: [A, B]\n    date: 2025-13\n    status: happened\n    evidence: x\n", "no such month"},
		{"no evidence", "document: d\npublished: 2025-10-21\nevents:\n  - kind: call\n    participants: [A, B]\n    status: happened\n", "evidence missing"},
		{"bad published", "document: d\npublished: 21/10/2025\n", "published"},
		{"bad timex type", "document: d\npublished: 2025-10-21\ntimexes:\n  - text: today\n    type: DAY\n    value: 2025-10-21\n", `type "DAY"`},
		{"bad timex value", "document: d\npublished: 2025-10-21\ntimexes:\n  - text: today\n    type: DATE\n    value: tomorrow\n", "not a calendar date"},
		{"claim without text", "document: d\npublished: 2025-10-21\nclaims:\n  - claimant: A\n    reported_by: []\n", "text missing"},
		{"empty", "", "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseGold([]byte(tt.yaml))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want one mentioning %q", err, tt.want)
			}
		})
	}
}

func TestParseGoldValues(t *testing.T) {
	g, err := ParseGold([]byte(`document: d
published: 2025-10-21
events:
  - kind: summit
    participants: [Vladimir Putin, Donald Trump]
    date: 2025-W44
    status: planned
    place: Budapest
    evidence: "agreed to meet in Budapest"
  - kind: call
    participants: [A, B]
    date: null
    status: happened
    place: null
    evidence: x
claims:
  - claimant: null
    reported_by: [TASS]
    text: y
    date: 2025
timexes:
  - text: "this year"
    type: DATE
    value: 2025
`))
	if err != nil {
		t.Fatal(err)
	}
	if g.Events[0].Date != "2025-W44" || g.Events[1].Date != "" || g.Events[1].Place != "" || g.Claims[0].Claimant != "" ||
		g.Claims[0].Date != "2025" || g.Timexes[0].Value != "2025" || g.Timexes[0].Start != -1 {
		t.Errorf("parsed %+v", g)
	}
}

func TestLoadGoldChecksArticle(t *testing.T) {
	dir := t.TempDir()
	for _, d := range []string{"gold", "articles"} {
		if err := os.Mkdir(filepath.Join(dir, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write := func(path, s string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, path), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("articles/a.txt", "date 2025-10-21 Lavrov and Rubio spoke on Monday.\n")
	write("gold/a.yaml", "document: a\npublished: 2025-10-21\nevents:\n  - kind: call\n    participants: [Sergey Lavrov, Marco Rubio]\n    date: 2025-10-20\n    status: happened\n    evidence: \"Lavrov and Rubio spoke\"\ntimexes:\n  - text: Monday\n    type: DATE\n    value: 2025-10-20\n")
	g, err := LoadGold(filepath.Join(dir, "gold/a.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if g.Article == "" || g.Timexes[0].Start != len("date 2025-10-21 Lavrov and Rubio spoke on ") {
		t.Errorf("article not attached or offsets wrong: %+v", g.Timexes)
	}

	write("gold/b.yaml", "document: b\npublished: 2025-10-21\n")
	if _, err := LoadGold(filepath.Join(dir, "gold/b.yaml")); err != nil {
		t.Errorf("gold without article: %v", err)
	}
	write("gold/c.yaml", "document: a\npublished: 2025-10-21\n")
	if _, err := LoadGold(filepath.Join(dir, "gold/c.yaml")); err == nil || !strings.Contains(err.Error(), "c.yaml") {
		t.Errorf("document not the file name: %v", err)
	}
	write("gold/a.yaml", "document: a\npublished: 2025-10-22\nevents:\n  - kind: call\n    participants: [A, B]\n    status: happened\n    evidence: \"Lavrov and Putin spoke\"\ntimexes:\n  - text: Monday\n    occurrence: 2\n    type: DATE\n    value: 2025-10-20\n")
	_, err = LoadGold(filepath.Join(dir, "gold/a.yaml"))
	for _, want := range []string{"a.yaml", "published 2025-10-22", "evidence", "fewer than 2"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v does not mention %q", err, want)
		}
	}
	if _, err := LoadGoldDir(dir); err == nil {
		t.Error("LoadGoldDir of a folder without yaml: no error")
	}
}

func TestArticleDate(t *testing.T) {
	tests := []struct{ text, want string }{
		{"date 2025-10-21 A meeting", "2025-10-21"},
		{"---\ntitle: x\ndate: 2019-06-28\n---\ntext", "2019-06-28"},
		{"---\ndate: \"2019-06-28T10:00:00Z\"\n---\n", "2019-06-28"},
		{"A meeting on 2025-10-21", ""},
	}
	for _, tt := range tests {
		if got, _ := ArticleDate(tt.text); got != tt.want {
			t.Errorf("ArticleDate(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestFindWord(t *testing.T) {
	text := "Now, known for now. Monday and Mondays; now"
	tests := []struct {
		sub  string
		n    int
		want int
	}{
		{"now", 1, strings.Index(text, "now.")},
		{"now", 2, strings.LastIndex(text, "now")},
		{"now", 3, -1},
		{"Now", 1, 0},
		{"Monday", 1, strings.Index(text, "Monday")},
		{"Monday", 2, -1},
	}
	for _, tt := range tests {
		if got := findWord(text, tt.sub, tt.n); got != tt.want {
			t.Errorf("findWord(%q, %d) = %d, want %d", tt.sub, tt.n, got, tt.want)
		}
	}
}

// goldAsPrediction turns gold into the prediction a perfect extractor
// would make.
func goldAsPrediction(g Gold) Prediction {
	var p Prediction
	p.Article.Document.ID = g.Document
	actors := map[string]bool{}
	iri := func(name string) string {
		id := "https://w3id.org/eventgraph/id/" + strings.Join(strings.Fields(strings.ToLower(name)), "-")
		if !actors[id] {
			actors[id] = true
			p.Article.Actors = append(p.Article.Actors, schemaActor(id, name))
		}
		return id
	}
	for _, e := range g.Events {
		ev := schemaEvent(e)
		for _, n := range e.Participants {
			ev.Participants = append(ev.Participants, iri(n))
		}
		p.Article.Events = append(p.Article.Events, ev)
	}
	for _, c := range g.Claims {
		cl := schemaClaim(c)
		if c.Claimant != "" {
			cl.Claimant = iri(c.Claimant)
		}
		for _, o := range c.ReportedBy {
			cl.ReportedBy = append(cl.ReportedBy, iri(o))
		}
		p.Article.Claims = append(p.Article.Claims, cl)
	}
	p.Timexes = []TimexSpan{}
	for _, t := range g.Timexes {
		p.Timexes = append(p.Timexes, TimexSpan{Text: t.Text, Start: t.Start, End: t.End, Type: t.Type, Value: t.Value})
	}
	return p
}

func schemaActor(id, name string) schema.Actor { return schema.Actor{ID: id, Name: name} }

func schemaEvent(e GoldEvent) schema.Event {
	ev := schema.Event{Kind: e.Kind, Status: e.Status}
	if e.Date != "" {
		ev.Date = &schema.Date{Value: e.Date}
	}
	return ev
}

func schemaClaim(c GoldClaim) schema.Claim {
	return schema.Claim{Text: c.Text}
}
