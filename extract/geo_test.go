package extract

import "testing"

// TestGeoNames: a name opened or closed by a geographic word ("Port
// Ellis", "the Korvat Basin") is a place the lexicon lacks, not a person,
// so it is no participant of a contact.
func TestGeoNames(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"envoy for a basin",
			"Minister Ana Ruiz met the United Nations Special Envoy for the Korvat Basin, Tomas Berg, in Lima on Friday.",
			[]string{"meeting happened 2025-03-07 lima: ana-ruiz tomas-berg"}},
		{"a port is no host",
			"Special envoy Tomas Berg is expected to visit Port Ellis at the end of the month.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
	r := run(t, "Special envoy Tomas Berg is expected to visit Port Ellis and Mount Kessa.")
	for _, m := range r.Mentions {
		if (m.Text == "Port Ellis" || m.Text == "Mount Kessa") && m.Type != MentionPlace {
			t.Errorf("%q is a %s, want a place", m.Text, m.Type)
		}
	}
}

// TestCoordinatedInfinitive: a planning cue governs a contact verb in an
// infinitive coordinated with its own ("agreed to remain in close contact
// and to meet in September"): planned, and the month is the coming one.
func TestCoordinatedInfinitive(t *testing.T) {
	checkEvents(t, "Foreign Minister Ana Ruiz spoke by phone with Foreign Minister Tomas Berg on Friday. The two ministers agreed to remain in close contact and to meet in New York in September.",
		[]string{"call happened 2025-03-07 -: ana-ruiz tomas-berg", "meeting planned 2025-09 new-york: ana-ruiz tomas-berg"})
}
