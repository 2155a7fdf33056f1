package extract

import "testing"

// TestUnknownCountryDemonym: a country the lexicon lacks is read from an
// adjective of nationality sharing its stem ("Vardis" / "Vardine",
// "Ostreve" / "Ostrevan") and from a coordination with a known country
// after "the" ("Vardis and the Netherlands").
func TestUnknownCountryDemonym(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Delegations from Vardis and the Netherlands held talks in Amsterdam on Tuesday. Vardine fishermen welcomed the news.",
			[]string{"talks happened 2025-03-04 amsterdam: netherlands vardis"}},
		{"Vardine Foreign Minister Ana Ruiz and Dutch Foreign Minister Tomas Berg had spoken by phone the previous day.",
			[]string{"call happened 2025-03-09 -: ana-ruiz tomas-berg"}},
		{"President Ola Brun will visit Ostreve in May. Ostrevan media praised the plan.",
			[]string{"visit planned 2025-05 -: ola-brun ostreve"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestCorrectionNote: what an earlier version of the story said, in a
// correction note, is no contact.
func TestCorrectionNote(t *testing.T) {
	checkEvents(t, "CORRECTION: An earlier version of this story said the talks between Norway and Sweden were held on Wednesday. They were held on Tuesday. It also said a visit to Spain by President Ana Ruiz had been cancelled; it has been postponed. Norway and Sweden held talks in Oslo on Tuesday.",
		[]string{"talks happened 2025-03-04 oslo: norway sweden"})
}

// TestCountryAliasAsWritten: a country named by an alias ("UK") keeps
// that form among its actor's aliases, so a reader (and the scorer) finds
// it as the article writes it; a demonym is no alias.
func TestCountryAliasAsWritten(t *testing.T) {
	r := run(t, "Talks between the UK and Norway opened in Oslo. British officials said little.")
	for _, a := range r.Article.Actors {
		if a.Name != "United Kingdom" {
			continue
		}
		has := map[string]bool{}
		for _, x := range a.Aliases {
			has[x] = true
		}
		if !has["UK"] || has["British"] {
			t.Errorf("aliases %v: want UK, not British", a.Aliases)
		}
		return
	}
	t.Errorf("no United Kingdom actor in %v", r.Article.Actors)
}
