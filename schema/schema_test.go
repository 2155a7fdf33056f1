package schema

import (
	"testing"
	"time"
)

func TestParseDateValue(t *testing.T) {
	d := func(y, m, dd int) time.Time { return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC) }
	for _, c := range []struct {
		v          string
		begin, end time.Time
		gran       string
	}{
		{"2025-10-20", d(2025, 10, 20), d(2025, 10, 21), GranDay},
		{"2025-10", d(2025, 10, 1), d(2025, 11, 1), GranMonth},
		{"2025-W44", d(2025, 10, 27), d(2025, 11, 3), GranWeek},
		{"2026-W01", d(2025, 12, 29), d(2026, 1, 5), GranWeek},
		{"2025", d(2025, 1, 1), d(2026, 1, 1), GranYear},
		{"2023-SP", d(2023, 3, 1), d(2023, 6, 1), GranSeason},
		{"2024-WI", d(2023, 12, 1), d(2024, 3, 1), GranSeason},
		{"2025-Q3", d(2025, 7, 1), d(2025, 10, 1), GranQuarter},
		{"2025-H2", d(2025, 7, 1), d(2026, 1, 1), GranHalf},
		{"199", d(1990, 1, 1), d(2000, 1, 1), GranDecade},
		{"20", d(2000, 1, 1), d(2100, 1, 1), GranCentury},
		{"2025-10-20T10:30", time.Date(2025, 10, 20, 10, 30, 0, 0, time.UTC), time.Date(2025, 10, 20, 10, 31, 0, 0, time.UTC), GranTime},
		{"2025-10-20TMO", d(2025, 10, 20), d(2025, 10, 21), GranTime},
	} {
		iv, err := ParseDateValue(c.v)
		if err != nil || !iv.Begin.Equal(c.begin) || !iv.End.Equal(c.end) || iv.Granularity != c.gran {
			t.Errorf("ParseDateValue(%q) = %+v, %v", c.v, iv, err)
		}
	}
	for _, bad := range []string{"", "2025-02-30", "2025-13", "2025-W54", "PAST_REF", "P2W", "XXXX-10", "20251020"} {
		if _, err := ParseDateValue(bad); err == nil {
			t.Errorf("ParseDateValue(%q) accepted", bad)
		}
	}
}

func TestSlugAndIRIs(t *testing.T) {
	for in, want := range map[string]string{
		"Sergey Lavrov":         "sergey-lavrov",
		"  Kim Jong Un ":        "kim-jong-un",
		"Volodymyr Zelenskyy's": "volodymyr-zelenskyy-s",
		"São Tomé & Príncipe":   "são-tomé-príncipe",
		"U.S.":                  "u-s",
	} {
		if got := Slug(in); got != want {
			t.Errorf("Slug(%q) = %q, want %q", in, got, want)
		}
	}
	a, b := EntityIRI("A Person"), EntityIRI("B Person")
	if EventIRI(Call, []string{a, b}, "2025-10-20", "doc1", 0) != EventIRI(Call, []string{b, a}, "2025-10-20", "doc2", 3) {
		t.Error("a dated event's IRI depends on participant order or document")
	}
	if EventIRI(Meeting, []string{a, b}, "2025-W44", "doc1", 0) == EventIRI(Meeting, []string{a, b}, "2025-W44", "doc2", 0) {
		t.Error("an event without a day-precise date is not scoped to its document")
	}
}

func TestVocabularyRoundTrips(t *testing.T) {
	for _, k := range EventKinds() {
		if got, ok := EventKindOfIRI(k.IRI()); !ok || got != k {
			t.Errorf("kind %s", k)
		}
	}
	for _, s := range Statuses() {
		if got, ok := StatusOfIRI(s.IRI()); !ok || got != s {
			t.Errorf("status %s", s)
		}
	}
	for _, a := range []ActorType{Person, Organisation, Country, Outlet} {
		if got, ok := ActorTypeOfClass(a.Class()); !ok || got != a {
			t.Errorf("actor type %s", a)
		}
	}
	if len(TimelineJSONSchema()) < 100 {
		t.Error("timeline schema not embedded")
	}
}

func TestValidateTimeline(t *testing.T) {
	for _, c := range []struct {
		doc string
		ok  bool
	}{
		{`{"documents":[],"actors":[],"events":[],"claims":[]}`, true},
		{`{"documents":[],"actors":[],"events":[]}`, false},
		{`{"documents":[],"actors":[],"events":[{"id":"https://x/e","type":"meeting","label":null,"date":"2025-W44","date_text":null,"status":"planned","participants":[],"place":null,"claims":[],"evidence":[]}],"claims":[]}`, true},
		{`{"documents":[],"actors":[],"events":[{"id":"https://x/e","type":"meeting","label":null,"date":"next week","date_text":null,"status":"planned","participants":[],"place":null,"claims":[],"evidence":[]}],"claims":[]}`, false},
		{`{"documents":[],"actors":[],"events":[{"id":"https://x/e","type":"party","label":null,"date":null,"date_text":null,"status":"planned","participants":[],"place":null,"claims":[],"evidence":[]}],"claims":[]}`, false},
		{`not json`, false},
	} {
		if err := ValidateTimeline([]byte(c.doc)); (err == nil) != c.ok {
			t.Errorf("ValidateTimeline(%s) = %v", c.doc, err)
		}
	}
}

func TestNameKeyMergesSpellings(t *testing.T) {
	for _, group := range [][]string{
		{"Sergei Lavrov", "Sergey Lavrov", "SERGEY LAVROV"},
		{"Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Volodymyr Zelensky"},
		{"Dmitriy Peskov", "Dmitry Peskov"},
		{"Aleksei Navalny", "Alexei Navalny", "Alexey Navalny"},
		{"Viktor Orbán", "Viktor Orban"},
		{"Mevlüt Çavuşoğlu", "Mevlut Cavusoglu"},
	} {
		want := EntityIRI(group[0])
		for _, n := range group[1:] {
			if got := EntityIRI(n); got != want {
				t.Errorf("EntityIRI(%q) = %s, want %s as for %q", n, got, want, group[0])
			}
		}
	}
	for _, pair := range [][2]string{{"Kim Jong Un", "Kim Jong Il"}, {"Banks", "Bans"}, {"Lei", "Ley"}} {
		if EntityIRI(pair[0]) == EntityIRI(pair[1]) {
			t.Errorf("%q and %q share an IRI", pair[0], pair[1])
		}
	}
}
