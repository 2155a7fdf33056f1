package extract

import (
	"sort"
	"strings"
	"testing"
)

// eventLines renders a result's events as "kind status date place: participants".
func eventLines(r *Result) []string {
	var got []string
	for _, e := range r.Article.Events {
		var ps []string
		for _, p := range e.Participants {
			ps = append(ps, short(p))
		}
		sort.Strings(ps)
		d, pl := "-", "-"
		if e.Date != nil {
			d = e.Date.Value
		}
		if e.Place != "" {
			pl = short(e.Place)
		}
		got = append(got, string(e.Kind)+" "+string(e.Status)+" "+d+" "+pl+": "+strings.Join(ps, " "))
	}
	return got
}

func checkEvents(t *testing.T, text string, want []string) {
	t.Helper()
	got := eventLines(run(t, text))
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%q:\n got %q\nwant %q", text, got, want)
	}
}

// TestPassiveParticipants: an event noun's participles name its people by
// their agents ("hosted by X and attended by Y", "chaired by X ... and
// joined by Y"), one participle or several, before or after the verb.
func TestPassiveParticipants(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string
	}{
		{"The pact was signed at a summit in Geneva in 2019 hosted by President Ola Brun and attended by Prime Minister Ivan Kolar.",
			[]string{"summit happened 2019 geneva: ivan-kolar ola-brun"}},
		{"The Nordic summit, chaired by Prime Minister Rita Holm on behalf of her party, was also attended by Norland's ruler, Emir Tomas Berg.",
			[]string{"summit happened - -: rita-holm tomas-berg"}},
		{"Foreign ministers held a virtual meeting on Friday. The meeting was chaired by Norway's second foreign minister Ana Ruiz, who also leads the bloc's trade desk, and joined by Sweden's Ola Brun and Finland's Ivan Kolar, officials said.",
			[]string{"call happened 2025-03-07 -: ana-ruiz ivan-kolar ola-brun"}},
		// an active perfect is no passive
		{"President Ola Brun had joined by video the meeting of the council.", nil},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestRepresentedBy: "Ostmark was represented by X" after a gathering
// adds X to it.
func TestRepresentedBy(t *testing.T) {
	checkEvents(t, "Foreign ministers held a virtual meeting on Friday. The meeting was chaired by Norway's foreign minister Ana Ruiz and joined by Sweden's Ola Brun. Finland was represented by the newly appointed foreign minister, Ivan Kolar.",
		[]string{"call happened 2025-03-07 -: ana-ruiz ivan-kolar ola-brun"})
	// no gathering before: nothing to join
	checkEvents(t, "Finland was represented by the newly appointed foreign minister, Ivan Kolar.", nil)
}

// TestCeremonyAndSpan: "X attended the signing" puts X at the gathering
// just told of; "ended two days of talks on Thursday" + "The talks, which
// opened on Wednesday" dates the talks by their first day.
func TestCeremonyAndSpan(t *testing.T) {
	checkEvents(t, "The Nordic summit, chaired by Prime Minister Rita Holm, was also attended by President Tomas Berg. Envoy Ana Ruiz, who had pushed for a deal, attended the signing.",
		[]string{"summit happened - -: ana-ruiz rita-holm tomas-berg"})
	checkEvents(t, "Norwegian and Swedish negotiators ended two days of talks in Geneva on Thursday. The talks, which opened on Wednesday, were hosted by Foreign Minister Ana Ruiz, who chaired the opening session.",
		[]string{"talks happened 2025-03-05 geneva: ana-ruiz norway sweden"})
}

// TestSummitPeople: a summit with two or more people is theirs: neither
// the bloc that convenes it nor the country it meets in is an attendee
// beside them.
func TestSummitPeople(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"host country dropped",
			"Norway hosted a summit in Oslo on Tuesday with President Ana Ruiz and Prime Minister Tomas Berg.",
			[]string{"summit happened 2025-03-04 oslo: ana-ruiz tomas-berg"}},
		{"the convening bloc dropped",
			"The African Union held a summit with President Ana Ruiz and Prime Minister Tomas Berg on Tuesday.",
			[]string{"summit happened 2025-03-04 -: ana-ruiz tomas-berg"}},
		{"attendees only",
			"The summit in Manila on Tuesday was attended by President Ana Ruiz and Prime Minister Tomas Berg.",
			[]string{"summit happened 2025-03-04 manila: ana-ruiz tomas-berg"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}
