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
		{"the two ministers, not the speaker's pair of presidents",
			"President Ana Ruiz met President Tomas Berg on Monday. The day before, the two countries' foreign ministers, Ola Brun of Norland and Ivan Kolar of Vesmark, dined together. Ruiz said the two ministers would meet again on March 20.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz tomas-berg", "meeting happened 2025-03-09 -: ivan-kolar ola-brun", "meeting planned 2025-03-20 -: ivan-kolar ola-brun"}},
		{"then: the next step of a day told two paragraphs before",
			"OSLO, March 10 (Coast Wire) - Chancellor Ana Ruiz held talks with four presidents one after another on Monday, before joining them for the summit.\n\nRuiz began her day with a tour of the port.\n\nShe then met Vesmark's President Tomas Berg and Norland's President Ola Brun in turn.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz ola-brun", "meeting happened 2025-03-10 -: ana-ruiz tomas-berg"}},
		{"no then: the day before is another paragraph's",
			"OSLO, March 10 (Coast Wire) - Chancellor Ana Ruiz held talks with four presidents one after another on Monday, before joining them for the summit.\n\nRuiz began her day with a tour of the port.\n\nShe met Vesmark's President Tomas Berg.",
			[]string{"meeting happened - -: ana-ruiz tomas-berg"}},
		{"since then is no next step",
			"Ana Ruiz visited the port on Monday, 3 March.\n\nShe has since then met Tomas Berg.",
			[]string{"meeting happened - -: ana-ruiz tomas-berg"}},
		{"she after a verb of saying is its speaker, not the sentence's first person",
			"Ana Ruiz renewed the invitation, and Ola Brun said she would travel to Oslo next month to meet Tomas Berg.",
			[]string{"visit planned 2025-04 oslo: ola-brun tomas-berg"}},
		{"he after said that",
			"Ana Ruiz hosted the lunch, and Ivan Kolar later said that he would meet Tomas Berg in Oslo on Friday.",
			[]string{"meeting planned 2025-03-14 oslo: ivan-kolar tomas-berg"}},
		{"a meeting skipped",
			"Ana Ruiz left early, skipping a meeting with Tomas Berg on Monday.",
			[]string{"meeting cancelled 2025-03-10 -: ana-ruiz tomas-berg"}},
		{"each of them, separately",
			"On Wednesday, Ana Ruiz and Tomas Berg met alone over lunch. The following evening, Ola Brun dined separately with each of them.",
			[]string{"meeting happened 2025-03-05 -: ana-ruiz tomas-berg", "meeting happened 2025-03-06 -: ana-ruiz ola-brun", "meeting happened 2025-03-06 -: ola-brun tomas-berg"}},
		{"a hyphenated surname ending in a common noun",
			"Ana Ruiz met Anton Reyes-Hall on Monday.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz anton-reyes-hall"}},
		{"a relative clause's own date",
			"Ana Ruiz, who took office in 2023, has met Tomas Berg twice.",
			[]string{"meeting happened - -: ana-ruiz tomas-berg"}},
		{"a name by its patronymic",
			"Ana Ruiz spoke with Foreign Minister Khalid bin Saad on Monday. Ruiz will fly to Jeddah on Thursday to meet bin Saad in person.",
			[]string{"call happened 2025-03-10 -: ana-ruiz khalid-bin-saad", "visit planned 2025-03-13 jeddah: ana-ruiz khalid-bin-saad"}},
		{"a title with a portfolio in lower case, after a plural possessive",
			"Ana Ruiz had spoken by phone with the United Arab Emirates' minister of state for international cooperation, Mariam Ketbi.",
			[]string{"call happened - -: ana-ruiz mariam-ketbi"}},
		{"a hyphenated given name whose first syllable is a word",
			"Yuko Tamura and her South Korean counterpart, Kim Do-yeon, have spoken by phone repeatedly this year, most recently on Tuesday.",
			[]string{"call happened 2025-03-04 -: kim-do-yeon yuko-tamura", "call happened 2025 -: kim-do-yeon yuko-tamura"}},
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

// TestGatheringOfABody: a summit of a body with its host and the people
// said to attend it in the next sentence; a body naming an event is no
// subject; a contact on the sidelines of a gathering named after a body
// takes its date; "the eve of the summit" is the day before it.
func TestGatheringOfABody(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"host and attendees",
			"The summit of the Pacific Islands Forum opened on Thursday in Suva, hosted by Prime Minister Ana Ruiz. Leaders from 16 countries attended, among them Tomas Berg, Ola Brun and Ivan Kolar.",
			[]string{"summit happened 2025-03-06 suva: ana-ruiz ivan-kolar ola-brun tomas-berg"}},
		{"a body naming the event is no subject",
			"Ana Ruiz will travel to Bangkok for the APEC Economic Leaders' Meeting and pay a visit to Thailand at the invitation of Prime Minister Tomas Berg.",
			[]string{"visit planned - bangkok: ana-ruiz tomas-berg"}},
		{"a gathering of people named later, its host and who will attend",
			"OSLO, March 10 (NTB) – The prime ministers of the Nordic countries will meet in Oslo in week 14. The meeting, hosted by Norwegian Prime Minister Eirik Haugland, was originally planned for week 11. Finland's Juha Salonen, Sweden's Karin Lindholm and Denmark's Sofie Kjærgaard have all confirmed they will attend, his office said.",
			[]string{"summit planned 2025-W14 oslo: eirik-haugland juha-salonen karin-lindholm sofie-kjærgaard"}},
		{"a round-up by day",
			"Our weekly round-up.\n\nTUESDAY, MARCH 4\n\nAna Ruiz met Tomas Berg at the Pancasila Building.\n\nWEDNESDAY, MARCH 5\n\nOla Brun held talks with Ivan Kolar.",
			[]string{"meeting happened 2025-03-04 pancasila-building: ana-ruiz tomas-berg", "talks happened 2025-03-05 -: ivan-kolar ola-brun"}},
		{"on the sidelines of the gathering of a body",
			"Ana Ruiz and Tomas Berg last met on the sidelines of the APEC meetings in Lima last week.",
			[]string{"meeting happened 2025-W10 lima: ana-ruiz tomas-berg"}},
		{"the eve of the summit",
			"The summit opened on Thursday morning in Quito. The groundwork had been laid on the eve of the summit, when Ana Ruiz and Tomas Berg dined together at the palace.",
			[]string{"meeting happened 2025-03-05 -: ana-ruiz tomas-berg"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestDemonymCountryDeterministic: a demonym two collected countries could
// stand for reads as the same one every time (the longer name), whatever
// the order of the map they are kept in.
func TestDemonymCountryDeterministic(t *testing.T) {
	tests := []struct {
		countries []string
		w, want   string
	}{
		{[]string{"Vesmar", "Vesmara"}, "Vesmaran", "Vesmara"},
		{[]string{"Vesmar", "Vesmara"}, "Vesmar", "Vesmar"},
		{[]string{"Ostia", "Ost"}, "Ostian", "Ostia"},
	}
	for _, tc := range tests {
		for run := 0; run < 50; run++ {
			r := &resolver{countries: map[string]bool{}}
			for _, c := range tc.countries {
				r.countries[c] = true
			}
			if got := r.demonymCountry(tc.w); got != tc.want {
				t.Fatalf("demonymCountry(%q) with %v = %q, want %q", tc.w, tc.countries, got, tc.want)
			}
		}
	}
}
