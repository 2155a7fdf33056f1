package extract

import (
	"sort"
	"strings"
	"testing"
)

func TestEvents(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string // "kind status date place: participants"
	}{
		{"French President Jean Marchal met German Chancellor Petra Lind in Berlin on March 5.",
			[]string{"summit happened 2025-03-05 berlin: jean-marchal petra-lind"}},
		{"Foreign Minister Ana Ruiz and her counterpart Tomas Berg will meet in Geneva next week.",
			[]string{"meeting planned 2025-W12 geneva: ana-ruiz tomas-berg"}},
		{"A meeting between Foreign Minister Ana Ruiz and Foreign Minister Tomas Berg has been postponed.",
			[]string{"meeting postponed - -: ana-ruiz tomas-berg"}},
		{"President Jean Marchal spoke by phone with President Emil Darrow on Sunday. The call lasted an hour.",
			[]string{"call happened 2025-03-09 -: emil-darrow jean-marchal"}},
		{"President Jean Marchal did not rule out a meeting with President Emil Darrow.",
			[]string{"meeting proposed - -: emil-darrow jean-marchal"}},
		{"The planned Marchal-Darrow summit was cancelled. President Jean Marchal and President Emil Darrow had met in 2023.",
			[]string{"summit cancelled - -: emil-darrow jean-marchal", "meeting happened 2023 -: emil-darrow jean-marchal"}},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
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
			if len(e.Evidence) == 0 {
				t.Errorf("%q: event without evidence", tc.text)
			}
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}
