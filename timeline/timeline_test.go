package timeline

import (
	"context"
	"encoding/json"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/eventgraph/eventgraph/graph"
	"github.com/eventgraph/eventgraph/internal/fixture"
	"github.com/eventgraph/eventgraph/internal/pgtest"
	"github.com/eventgraph/eventgraph/queries"
	"github.com/eventgraph/eventgraph/schema"
)

func loadFixture(t *testing.T) (*graph.Store, *queries.Set) {
	t.Helper()
	ctx := context.Background()
	a, err := fixture.Article()
	if err != nil {
		t.Fatal(err)
	}
	s, err := graph.Open(ctx, "memory")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if _, err := s.ReplaceDocument(ctx, quad.IRI(a.Document.IRI), graph.ArticleQuads(a)); err != nil {
		t.Fatal(err)
	}
	set, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	return s, set
}

func validate(t *testing.T, doc []byte) {
	t.Helper()
	if err := schema.ValidateTimeline(doc); err != nil {
		t.Fatal(err)
	}
}

// buildValid builds the timeline of a store and checks it against the
// timeline's JSON Schema.
func buildValid(t *testing.T, s *graph.Store, set *queries.Set, f Filter) *Timeline {
	t.Helper()
	tl, err := Build(context.Background(), s, set, f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(tl)
	if err != nil {
		t.Fatal(err)
	}
	validate(t, b)
	return tl
}

func TestBuildValidatesAndIsOrdered(t *testing.T) {
	s, set := loadFixture(t)
	tl := buildValid(t, s, set, Filter{})
	var got []string
	for _, e := range tl.Events {
		got = append(got, deref(e.Type)+" "+deref(e.Date)+" "+deref(e.Status))
	}
	want := "meeting 2025-08-15 happened|call 2025-10-16 happened|meeting 2025-10-17 happened|call 2025-10-20 happened|summit 2025-W44 planned|meeting  postponed"
	if strings.Join(got, "|") != want {
		t.Fatalf("events:\n%s\nwant\n%s", strings.Join(got, "|"), want)
	}
	if len(tl.Claims) != 4 || len(tl.Documents) != 1 || len(tl.Actors) != 13 {
		t.Fatalf("claims %d, documents %d, actors %d", len(tl.Claims), len(tl.Documents), len(tl.Actors))
	}
}

func TestBuildFilters(t *testing.T) {
	s, set := loadFixture(t)
	for _, c := range []struct {
		f              Filter
		events, claims int
	}{
		{Filter{Actor: "Lavrov"}, 2, 2},
		{Filter{From: "2025-10-17", To: "2025-10-20"}, 2, 1},
		{Filter{Actor: "Orban"}, 0, 1},
		{Filter{From: "2026"}, 0, 0},
	} {
		tl := buildValid(t, s, set, c.f)
		if len(tl.Events) != c.events || len(tl.Claims) != c.claims {
			t.Errorf("%+v: %d events, %d claims; want %d, %d", c.f, len(tl.Events), len(tl.Claims), c.events, c.claims)
		}
	}
}

func TestTimelineJS(t *testing.T) {
	s, set := loadFixture(t)
	tl, err := Build(context.Background(), s, set, Filter{})
	if err != nil {
		t.Fatal(err)
	}
	js := tl.TimelineJS("Test")
	if len(js.Events) != 5 { // the undated postponed meeting has no slide
		t.Fatalf("%d slides, want 5", len(js.Events))
	}
	first := js.Events[0]
	if first.StartDate == nil || *first.StartDate != (TJSDate{Year: 2025, Month: 8, Day: 15}) || first.Group != "meeting" {
		t.Fatalf("first slide %+v", first)
	}
	week := js.Events[4]
	if *week.StartDate != (TJSDate{Year: 2025, Month: 10, Day: 27}) || week.EndDate == nil || *week.EndDate != (TJSDate{Year: 2025, Month: 11, Day: 2}) {
		t.Fatalf("2025-W44 slide spans %+v to %+v, want 27 Oct to 2 Nov", week.StartDate, week.EndDate)
	}
	if !strings.Contains(week.Text.Headline, "planned") {
		t.Errorf("a planned event's headline does not say so: %q", week.Text.Headline)
	}
	b, _ := json.Marshal(js)
	if strings.Contains(string(b), "<script") {
		t.Fatal("unescaped HTML")
	}
}

func TestTJSSpanGranularities(t *testing.T) {
	for _, c := range []struct {
		value      string
		start, end TJSDate
	}{
		{"2025-10", TJSDate{Year: 2025, Month: 10}, TJSDate{}},
		{"2025", TJSDate{Year: 2025}, TJSDate{}},
		{"2025-Q3", TJSDate{Year: 2025, Month: 7}, TJSDate{Year: 2025, Month: 9}},
		{"2025-10-20", TJSDate{Year: 2025, Month: 10, Day: 20}, TJSDate{}},
	} {
		iv, err := schema.ParseDateValue(c.value)
		if err != nil {
			t.Fatal(err)
		}
		b, e := iv.Begin.Format("2006-01-02T15:04:05Z"), iv.End.Format("2006-01-02T15:04:05Z")
		g := iv.Granularity
		start, end, ok := tjsSpan(Event{Begin: &b, End: &e, Granularity: &g})
		if !ok || *start != c.start || (end == nil) != (c.end == TJSDate{}) || (end != nil && *end != c.end) {
			t.Errorf("%s: %+v %+v", c.value, start, end)
		}
	}
}

// TestConfidenceOnEveryBackend: a contact of the extractor's learned pair
// stage keeps its score, and a date of its learned date stage its
// probability, through the store into the timeline; a rule's contact and
// a rule's date have none.
func TestConfidenceOnEveryBackend(t *testing.T) {
	ctx := context.Background()
	a, err := fixture.Article()
	if err != nil {
		t.Fatal(err)
	}
	a.Events[0].Confidence = 0.731
	learned := a.Events[0].ID
	a.Events[1].DateConfidence = 0.642
	dated := a.Events[1].ID
	dir := t.TempDir()
	specs := map[string]string{"memory": "memory", "bolt": dir + "/bolt", "leveldb": "leveldb:" + dir + "/leveldb"}
	if pg := pgtest.FreshDB(t); pg != "" {
		specs["postgres"] = pg
	}
	set, err := queries.Load()
	if err != nil {
		t.Fatal(err)
	}
	for name, spec := range specs {
		t.Run(name, func(t *testing.T) {
			s, err := graph.Open(ctx, spec)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, err := s.ReplaceDocument(ctx, quad.IRI(a.Document.IRI), graph.ArticleQuads(a)); err != nil {
				t.Fatal(err)
			}
			tl := buildValid(t, s, set, Filter{})
			seen, seenDated := false, false
			for _, e := range tl.Events {
				switch {
				case e.ID == learned:
					seen = true
					if e.Confidence == nil || *e.Confidence != 0.731 {
						t.Errorf("learned contact %s: confidence %v, want 0.731", e.ID, e.Confidence)
					}
				case e.Confidence != nil:
					t.Errorf("rule's contact %s has confidence %v", e.ID, *e.Confidence)
				}
				switch {
				case e.ID == dated:
					seenDated = true
					if e.DateConfidence == nil || *e.DateConfidence != 0.642 {
						t.Errorf("learned date of %s: date_confidence %v, want 0.642", e.ID, e.DateConfidence)
					}
				case e.DateConfidence != nil:
					t.Errorf("rule's date of %s has date_confidence %v", e.ID, *e.DateConfidence)
				}
			}
			if !seen || !seenDated {
				t.Errorf("contacts %s, %s not both in the timeline", learned, dated)
			}
		})
	}
}
