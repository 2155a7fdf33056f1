package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/schema"
)

// runDates extracts text (published 2025-03-10) with the date model m.
func runDates(t *testing.T, m *DateModel, text string) *Result {
	t.Helper()
	return runAs(t, func(ex *Extractor) *Extractor { return ex.WithDateModel(m) }, text)
}

func dateModel(margin float64, weights map[string]float64) *DateModel {
	return &DateModel{Logistic: Logistic{Weights: weights}, Margin: margin}
}

// TestDateStage: a contact the rules leave undated lists no date (the
// rules' choice) and the dates the article writes, with where they are
// written; a model that favours a date in the sentence before fills it in,
// unless its margin asks for more certainty; a date the rules gave stands
// whatever the model prefers.
func TestDateStage(t *testing.T) {
	undated := "Talks in Oslo\n\nThe conference opened in Oslo on Tuesday with a speech by Ana Ruiz.\n\n" +
		"Tomas Berg and Petra Lind held talks at the palace, a Norwegian official said."
	dated := "Talks in Oslo\n\nTomas Berg and Petra Lind held talks on Monday.\n\nThe conference had opened on Tuesday."
	before := map[string]float64{"d=-1": 5}
	tests := []struct {
		name  string
		text  string
		model *DateModel
		want  []string
	}{
		{"no model", undated, nil, []string{"talks happened - -: petra-lind tomas-berg"}},
		{"the date before", undated, dateModel(0.2, before), []string{"talks happened 2025-03-04 -: petra-lind tomas-berg"}},
		{"not certain enough", undated, dateModel(0.999, before), []string{"talks happened - -: petra-lind tomas-berg"}},
		{"no date preferred", undated, dateModel(0.2, map[string]float64{"none": 5}), []string{"talks happened - -: petra-lind tomas-berg"}},
		{"the rules' date stands", dated, dateModel(0, map[string]float64{"d=+1": 9}), []string{"talks happened 2025-03-10 -: petra-lind tomas-berg"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := runDates(t, tc.model, tc.text)
			if got := eventLines(r); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got %q\nwant %q", got, tc.want)
			}
			// the contacts it dated are listed with the date's score
			learned := tc.name == "the date before"
			if sc, ok := r.LearnedDates[r.Article.Events[0].ID]; ok != learned || ok && (sc < 0.5 || sc > 1) || len(r.LearnedDates) > 1 {
				t.Errorf("learned dates %v, want the contact's only if the model dated it", r.LearnedDates)
			}
			// and the event carries the score into the quads
			if dc := r.Article.Events[0].DateConfidence; (dc > 0) != learned || learned && dc != r.LearnedDates[r.Article.Events[0].ID] {
				t.Errorf("date confidence %v, want the learned date's score only", dc)
			}
		})
	}
	// the candidates of the undated contact
	r := runDates(t, nil, undated)
	if len(r.Dates) != 1 {
		t.Fatalf("%d candidate lists, want 1", len(r.Dates))
	}
	var none, tuesday *DateCandidate
	for i := range r.Dates[0] {
		switch c := &r.Dates[0][i]; c.Value {
		case "":
			none = c
		case "2025-03-04":
			tuesday = c
		}
	}
	if none == nil || !none.Rule || tuesday == nil || tuesday.Rule || tuesday.Text != "Tuesday" {
		t.Fatalf("candidates %+v: want no date (the rules') and Tuesday", r.Dates[0])
	}
	for _, f := range []string{"d=-1", "para=other", "w1=on", "g=day"} {
		if !slices.Contains(tuesday.Features, f) {
			t.Errorf("Tuesday's features %v lack %s", tuesday.Features, f)
		}
	}
}

// TestRedateJoins: a contact dated by the model to the day of another with
// the same kind and participants joins it; the contacts passed in are not
// changed.
func TestRedateJoins(t *testing.T) {
	parts := []string{schema.NSData + "id/ana-ruiz", schema.NSData + "id/tomas-berg"}
	day := &schema.Date{Value: "2025-03-04", Text: "Tuesday"}
	events := []schema.Event{
		{ID: schema.EventIRI(schema.Meeting, parts, day.Value, "d", 0), Kind: schema.Meeting, Participants: parts, Date: day, Evidence: []schema.Evidence{{Sentence: 1}}},
		{ID: schema.EventIRI(schema.Meeting, parts, "", "d", 1), Kind: schema.Meeting, Participants: parts, Evidence: []schema.Evidence{{Sentence: 3}}},
	}
	cands := [][]DateCandidate{
		{{Event: 0, Value: day.Value, Text: "Tuesday", Rule: true, Features: []string{"rule"}}},
		{{Event: 1, Rule: true, Features: []string{"none"}}, {Event: 1, Value: day.Value, Text: "Tuesday", Features: []string{"d=-2"}}},
	}
	got := Redate(dateModel(0.2, map[string]float64{"d=-2": 5}), events, cands, "d")
	if len(got) != 1 || len(got[0].Evidence) != 2 || got[0].Date.Value != day.Value {
		t.Fatalf("got %+v, want one meeting on %s with both sentences", got, day.Value)
	}
	if events[1].Date != nil || len(events[0].Evidence) != 1 {
		t.Errorf("the contacts passed in changed: %+v", events)
	}
	if same := Redate(nil, events, cands, "d"); len(same) != 2 {
		t.Errorf("no model: %d contacts, want 2", len(same))
	}
}

// TestShippedDateModel: the date model in the lexicon loads, says how it
// was made and asks at least the margin train-dates chooses from.
func TestShippedDateModel(t *testing.T) {
	ex, err := New(data.Lexicon())
	if err != nil {
		t.Fatal(err)
	}
	m := ex.DateModel()
	if m == nil {
		t.Skip("no date model in the lexicon")
	}
	if !strings.Contains(m.Comment, "train-dates") || m.Margin < 0.2 || len(m.Weights) == 0 {
		t.Errorf("date model: comment %q, margin %v, %d weights", m.Comment, m.Margin, len(m.Weights))
	}
}
