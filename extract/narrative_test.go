package extract

import "testing"

// TestNarrativeContinuity: the people and dates of a contact told over
// several sentences of a narrative — a title in apposition that later
// sentences use alone, the subject of a verb coordinated with an earlier
// one, "the two leaders" named just before, a visit dated by the talks
// within its span, a trip referred to again with its date, a companion who
// is no host.
func TestNarrativeContinuity(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a title in apposition, used alone later",
			"The Cabinet Secretary for Foreign Affairs, Ana Ruiz, arrived in Oslo on Monday. The Cabinet Secretary met Tomas Berg on Tuesday.",
			[]string{"visit happened 2025-03-10 oslo: ana-ruiz norway", "meeting happened 2025-03-04 -: ana-ruiz tomas-berg"}},
		{"a pronoun opening the next paragraph goes on with the day",
			"The Foreign Minister, Ana Ruiz, spoke at the opening of the forum in Oslo on Monday, 3 March.\n\nShe proceeded to the ministry for talks with her counterpart, Tomas Berg.",
			[]string{"talks happened 2025-03-03 -: ana-ruiz tomas-berg"}},
		{"the subject of the verb before and",
			"Ana Ruiz addressed the Norland parliament, the first foreign leader to do so, and met its speaker, Tomas Berg.",
			[]string{"meeting happened - -: ana-ruiz tomas-berg"}},
		{"the two leaders named just before",
			"Ana Ruiz met President Ola Brun on Monday. On Tuesday Prime Minister Ivan Kolar was received by President Tomas Berg, and the two leaders held talks for three hours.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz ola-brun", "meeting happened 2025-03-04 -: ivan-kolar tomas-berg"}},
		{"the trip referred to again",
			"Ana Ruiz invited President Tomas Berg to visit Oslo, and he accepted. The trip is expected next spring.",
			[]string{"visit planned 2026-SP oslo: ana-ruiz tomas-berg"}},
		{"a companion is no host",
			"Ana Ruiz, who had travelled with Prime Minister Ola Brun, met Tomas Berg.",
			[]string{"meeting happened - -: ana-ruiz tomas-berg"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}
