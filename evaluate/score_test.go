package evaluate

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/schema"
)

func person(name string, aliases ...string) schema.Actor {
	return schema.Actor{ID: schema.EntityIRI(name), Name: name, Type: schema.Person, Aliases: aliases}
}

func TestMatchName(t *testing.T) {
	tests := []struct {
		gold  string
		actor schema.Actor
		want  bool
	}{
		{"Sergey Lavrov", person("Sergey Lavrov"), true},
		{"Sergey Lavrov", person("sergey lavrov"), true},
		{"Sergey Lavrov", person("Sergei Lavrov"), true},
		{"Sergey Lavrov", person("Lavrov"), true},
		{"Volodymyr Zelenskyy", person("Volodymyr Zelensky"), true},
		{"Volodymyr Zelenskyy", person("Volodymyr Zelenskiy"), true},
		{"Volodymyr Zelenskyy", person("Zelenskiy"), true},
		{"Mevlüt Çavuşoğlu", person("Mevlut Cavusoglu"), true},
		{"Katrín Jakobsdóttir", person("Katrin Jakobsdottir"), true},
		{"Viktor Orban", person("Viktor Orbán"), true},
		{"Viktor Orban", person("Orban's"), true},
		{"Kim Jong Un", person("Kim Jong-un"), true},
		{"Kim Jong Un", person("Kim"), true},
		{"Xi Jinping", person("Xi"), true},
		{"Dmitry Peskov", person("Dmitri Peskov"), true},
		{"Aleksandr Lukashenko", person("Alexander Lukashenko"), true},
		{"Donald Trump", person("Trump"), true},
		{"Donald Trump", person("Donald Tusk"), false},
		{"Donald Trump", person("Melania Trump"), true}, // surname rule is lenient by design
		{"Marco Rubio", person("Sergey Lavrov"), false},
		{"United States", schema.Actor{ID: schema.EntityIRI("US"), Name: "US", Type: schema.Country, Aliases: []string{"United States", "USA"}}, true},
		{"the White House", schema.Actor{Name: "White House", Type: schema.Organisation}, true},
		{"Russian foreign ministry", schema.Actor{Name: "Chinese foreign ministry", Type: schema.Organisation}, false},
		{"Russian foreign ministry", schema.Actor{Name: "Russian Foreign Ministry", Type: schema.Organisation}, true},
		{"Norland", schema.Actor{Name: "Vesmark", Type: schema.Country}, false},
		{"", person("Nobody"), false},
	}
	for _, tt := range tests {
		if got := MatchName(tt.gold, tt.actor); got != tt.want {
			t.Errorf("MatchName(%q, %q %v) = %v, want %v", tt.gold, tt.actor.Name, tt.actor.Aliases, got, tt.want)
		}
	}
}

func TestPairsOf(t *testing.T) {
	tests := []struct {
		names []string
		want  int
	}{
		{[]string{"a", "b"}, 1},
		{[]string{"a", "b", "c"}, 3},
		{[]string{"a", "b", "c", "d"}, 6},
		{[]string{"a", "a"}, 0},
		{[]string{"b", "a", "a"}, 1},
		{[]string{"a"}, 0},
	}
	for _, tt := range tests {
		if got := pairsOf(tt.names); len(got) != tt.want {
			t.Errorf("pairsOf(%v) = %v, want %d pairs", tt.names, got, tt.want)
		}
	}
	if got := pairsOf([]string{"b", "a"}); got[0] != "a|b" {
		t.Errorf("pairsOf is not unordered: %v", got)
	}
}

// article builds a predicted article from actors and events.
func article(actors []schema.Actor, events []schema.Event, claims []schema.Claim) schema.Article {
	return schema.Article{Actors: actors, Events: events, Claims: claims}
}

func event(kind schema.EventKind, status schema.Status, date string, names ...string) schema.Event {
	e := schema.Event{Kind: kind, Status: status}
	for _, n := range names {
		e.Participants = append(e.Participants, schema.EntityIRI(n))
	}
	if date != "" {
		e.Date = &schema.Date{Value: date}
	}
	return e
}

func TestScoreEvents(t *testing.T) {
	gold := Gold{
		Document: "doc",
		Events: []GoldEvent{
			{Kind: schema.Call, Participants: []string{"Sergey Lavrov", "Marco Rubio"}, Date: "2025-10-20", Status: schema.Happened},
			{Kind: schema.Meeting, Participants: []string{"Sergey Lavrov", "Marco Rubio"}, Status: schema.Postponed},
			{Kind: schema.Summit, Participants: []string{"Vladimir Putin", "Donald Trump", "Volodymyr Zelenskyy"}, Date: "2025-W44", Status: schema.Proposed},
		},
	}
	actors := []schema.Actor{person("Sergei Lavrov"), person("Rubio"), person("Putin"), person("Donald Trump"), person("Viktor Orban")}
	tests := []struct {
		name       string
		events     []schema.Event
		pairs      PRF
		dated      PRF
		matched    int
		statusHits int
	}{
		{
			name:   "nothing predicted",
			events: nil,
			pairs:  PRF{TP: 0, FP: 0, FN: 4}, dated: PRF{TP: 0, FP: 0, FN: 5},
		},
		{
			name: "perfect on the call, summit pair only",
			events: []schema.Event{
				event(schema.Call, schema.Happened, "2025-10-20", "Sergei Lavrov", "Rubio"),
				event(schema.Meeting, schema.Postponed, "", "Rubio", "Sergei Lavrov"),
				event(schema.Summit, schema.Planned, "2025-W44", "Putin", "Donald Trump"),
			},
			// gold pairs: lavrov|rubio, putin|trump, putin|zelenskyy, trump|zelenskyy
			pairs: PRF{TP: 2, FP: 0, FN: 2},
			// gold dated: lavrov|rubio@2025-10-20, lavrov|rubio@, 3 summit pairs @2025-W44
			dated:      PRF{TP: 3, FP: 0, FN: 2},
			matched:    3,
			statusHits: 2,
		},
		{
			name: "wrong partner and wrong date",
			events: []schema.Event{
				event(schema.Meeting, schema.Happened, "2025-10-21", "Sergei Lavrov", "Viktor Orban"),
				event(schema.Call, schema.Happened, "2025-10-21", "Sergei Lavrov", "Rubio"),
			},
			pairs:      PRF{TP: 1, FP: 1, FN: 3},
			dated:      PRF{TP: 0, FP: 2, FN: 5},
			matched:    1,
			statusHits: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Score([]Gold{gold}, map[string]schema.Article{"doc": article(actors, tt.events, nil)})
			d := r.Documents[0]
			check := func(what string, got, want PRF) {
				if got.TP != want.TP || got.FP != want.FP || got.FN != want.FN {
					t.Errorf("%s: tp/fp/fn = %d/%d/%d, want %d/%d/%d", what, got.TP, got.FP, got.FN, want.TP, want.FP, want.FN)
				}
			}
			check("pairs", d.Pairs, tt.pairs)
			check("dated pairs", d.DatedPairs, tt.dated)
			if d.Events.Hit != tt.matched || d.Status.Hit != tt.statusHits || d.Status.Total != tt.matched {
				t.Errorf("events %+v status %+v, want %d matched, %d right", d.Events, d.Status, tt.matched, tt.statusHits)
			}
			if d.Missing {
				t.Error("document reported missing")
			}
		})
	}
}

func TestScoreMatchesBestEvent(t *testing.T) {
	// Two gold Putin–Trump events; the predicted ones must be matched by
	// date, not in order.
	gold := Gold{Document: "d", Events: []GoldEvent{
		{Kind: schema.Summit, Participants: []string{"Donald Trump", "Vladimir Putin"}, Date: "2025-08-15", Status: schema.Happened},
		{Kind: schema.Summit, Participants: []string{"Vladimir Putin", "Donald Trump"}, Date: "2025-W44", Status: schema.Planned},
	}}
	actors := []schema.Actor{person("Vladimir Putin"), person("Donald Trump")}
	events := []schema.Event{
		event(schema.Summit, schema.Planned, "2025-W44", "Vladimir Putin", "Donald Trump"),
		event(schema.Meeting, schema.Happened, "2025-08-15", "Donald Trump", "Vladimir Putin"),
	}
	d := Score([]Gold{gold}, map[string]schema.Article{"d": article(actors, events, nil)}).Documents[0]
	if d.Status.Hit != 2 || d.Status.Total != 2 {
		t.Errorf("status = %+v, want 2/2", d.Status)
	}
	if d.Pairs.TP != 1 || d.Pairs.FP != 0 || d.Pairs.FN != 0 {
		t.Errorf("pairs = %+v, want one pair found once", d.Pairs)
	}
}

func TestScoreClaims(t *testing.T) {
	gold := Gold{Document: "d", Claims: []GoldClaim{
		{Claimant: "Russian foreign ministry", ReportedBy: []string{"TASS"}, Text: "a phone conversation was held"},
		{Claimant: AnonymousSource, ReportedBy: []string{"CNN"}, Text: "has been postponed indefinitely"},
		{Claimant: "Viktor Orban", Text: "fundamental existential interest"},
		{Claimant: "", Text: "a credible and independent investigation"},
	}}
	ministry := schema.Actor{ID: schema.EntityIRI("Russian Foreign Ministry"), Name: "Russian Foreign Ministry", Type: schema.Organisation}
	tass := schema.Actor{ID: schema.EntityIRI("TASS"), Name: "TASS", Type: schema.Outlet}
	cnn := schema.Actor{ID: schema.EntityIRI("CNN"), Name: "CNN", Type: schema.Outlet}
	orban := person("Viktor Orbán")
	actors := []schema.Actor{ministry, tass, cnn, orban}
	claims := []schema.Claim{
		{Claimant: ministry.ID, ReportedBy: []string{tass.ID}, Text: "On October 20, a phone conversation was held between Lavrov and Rubio"},
		{Claimant: "", ReportedBy: nil, Text: "the meeting has been postponed indefinitely"}, // anonymous, outlet missed
		{Claimant: cnn.ID, Text: "CNN's own claim"},                                          // no gold
	}
	d := Score([]Gold{gold}, map[string]schema.Article{"d": article(actors, nil, claims)}).Documents[0]
	if d.Claims.TP != 2 || d.Claims.FP != 1 || d.Claims.FN != 2 {
		t.Errorf("claims = %+v, want tp 2 fp 1 fn 2", d.Claims)
	}
	if d.Outlets.Hit != 1 || d.Outlets.Total != 2 {
		t.Errorf("outlets = %+v, want 1/2", d.Outlets)
	}
}

func TestScoreClaimsPrefersTextMatch(t *testing.T) {
	gold := Gold{Document: "d", Claims: []GoldClaim{
		{Claimant: "Kuleba", ReportedBy: []string{"Reuters"}, Text: "no progress was accomplished"},
		{Claimant: "Kuleba", Text: "ready to meet Lavrov again"},
	}}
	kuleba := person("Dmytro Kuleba")
	reuters := schema.Actor{ID: schema.EntityIRI("Reuters"), Name: "Reuters", Type: schema.Outlet}
	claims := []schema.Claim{
		{Claimant: kuleba.ID, Text: "he was ready to meet Lavrov again"},
		{Claimant: kuleba.ID, ReportedBy: []string{reuters.ID}, Text: "We talked about a ceasefire but no progress was accomplished on that"},
	}
	d := Score([]Gold{gold}, map[string]schema.Article{"d": article([]schema.Actor{kuleba, reuters}, nil, claims)}).Documents[0]
	if d.Claims.TP != 2 || d.Outlets.Hit != 1 || d.Outlets.Total != 1 {
		t.Errorf("claims %+v outlets %+v: want 2 matched by text, outlet found", d.Claims, d.Outlets)
	}
}

func TestScoreTimexes(t *testing.T) {
	text := "date 2025-10-21 Lavrov spoke on Monday and will meet next week. On Monday again."
	g := Gold{Document: "d", Published: "2025-10-21", Timexes: []GoldTimex{
		{Text: "Monday", Type: "DATE", Value: "2025-10-20"},
		{Text: "next week", Type: "DATE", Value: "2025-W44"},
		{Text: "Monday", Occurrence: 2, Type: "DATE", Value: "2025-10-20"},
	}}
	if err := g.CheckArticle(text); err != nil {
		t.Fatal(err)
	}
	at := func(s string, n int) (int, int) { i := findWord(text, s, n); return i, i + len(s) }
	s1, e1 := at("Monday", 1)
	s2, e2 := at("next week", 1)
	s4, e4 := at("On Monday", 1)
	tests := []struct {
		name  string
		spans []TimexSpan
		hit   int
	}{
		{"none", []TimexSpan{}, 0},
		{"all by offset", []TimexSpan{
			{Text: "on Monday", Start: s1 - 3, End: e1, Value: "2025-10-20"},
			{Text: "next week", Start: s2, End: e2, Value: "2025-W44"},
			{Text: "On Monday", Start: s4, End: e4, Value: "2025-10-20"},
		}, 3},
		{"wrong value", []TimexSpan{
			{Text: "Monday", Start: s1, End: e1, Value: "2025-10-27"},
			{Text: "next week", Start: s2, End: e2, Value: "2025-W44"},
		}, 1},
		{"by text without offsets", []TimexSpan{
			{Text: "on Monday", Value: "2025-10-20"},
			{Text: "next week", Value: "2025-W43"},
			{Text: "Monday", Value: "2025-10-20"},
		}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := ScorePredictions([]Gold{g}, map[string]Prediction{"d": {Timexes: tt.spans}})
			tx := r.Documents[0].Timexes
			if tx == nil || tx.Hit != tt.hit || tx.Total != 3 {
				t.Errorf("timexes = %+v, want %d/3", tx, tt.hit)
			}
		})
	}
	if r := Score([]Gold{g}, map[string]schema.Article{"d": {}}); r.Documents[0].Timexes != nil || r.Total.Timexes != nil {
		t.Error("timexes scored without timex predictions")
	}
}

func TestScoreMissingDocumentAndTotal(t *testing.T) {
	g1 := Gold{Document: "a", Events: []GoldEvent{{Kind: schema.Call, Participants: []string{"A One", "B Two"}, Status: schema.Happened}}}
	g2 := Gold{Document: "b", Events: []GoldEvent{{Kind: schema.Call, Participants: []string{"C Three", "D Four"}, Status: schema.Happened}}}
	got := map[string]schema.Article{
		"a":     article([]schema.Actor{person("A One"), person("B Two")}, []schema.Event{event(schema.Call, schema.Happened, "", "A One", "B Two")}, nil),
		"other": {},
	}
	r := Score([]Gold{g1, g2}, got)
	if len(r.Documents) != 2 || r.Documents[0].Missing || !r.Documents[1].Missing {
		t.Fatalf("documents = %+v", r.Documents)
	}
	if p := r.Total.Pairs; p.TP != 1 || p.FN != 1 || p.FP != 0 || p.Precision != 1 || p.Recall != 0.5 {
		t.Errorf("total pairs = %+v", p)
	}
	table := r.Table()
	for _, want := range []string{"document", "a", "b (missing)", "TOTAL", "66.7"} {
		if !strings.Contains(table, want) {
			t.Errorf("table lacks %q:\n%s", want, table)
		}
	}
	b, err := r.JSON()
	if err != nil {
		t.Fatal(err)
	}
	var back Report
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if back.Total.Pairs != r.Total.Pairs || len(back.Documents) != 2 {
		t.Errorf("JSON round trip: %+v", back.Total)
	}
}

func TestNewPRF(t *testing.T) {
	tests := []struct {
		tp, fp, fn int
		p, r, f    float64
	}{
		{0, 0, 0, 1, 1, 1},
		{0, 0, 3, 0, 0, 0},
		{0, 2, 0, 0, 0, 0},
		{1, 1, 1, 0.5, 0.5, 0.5},
		{3, 1, 0, 0.75, 1, 6.0 / 7},
	}
	for _, tt := range tests {
		got := newPRF(tt.tp, tt.fp, tt.fn)
		if !near(got.Precision, tt.p) || !near(got.Recall, tt.r) || !near(got.F1, tt.f) {
			t.Errorf("newPRF(%d,%d,%d) = %+v, want %v %v %v", tt.tp, tt.fp, tt.fn, got, tt.p, tt.r, tt.f)
		}
	}
}

func near(a, b float64) bool { return a-b < 1e-9 && b-a < 1e-9 }
