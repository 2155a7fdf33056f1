package extract

import "testing"

// TestInviterHosts: the person who invited a visit hosts it, also when
// the journey is told by a verb ("plans to travel to X at the invitation
// of Y") and when the inviter is named in apposition after a body ("at
// the invitation of the chair of the Z committee, Dutch MP Y").
func TestInviterHosts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"journey verb",
			"Opposition leader Ana Ruiz plans to travel to Brussels next month at the invitation of the chair of the European Parliament's foreign affairs committee, Dutch MEP Tomas Berg.",
			[]string{"visit planned 2025-04 brussels: ana-ruiz tomas-berg"}},
		{"visit noun, inviter in apposition",
			"President Ana Ruiz will pay a visit to Oslo in May at the invitation of the speaker of the Norwegian parliament, Tomas Berg.",
			[]string{"visit planned 2025-05 -: ana-ruiz tomas-berg"}},
		{"no inviter: the country visited",
			"President Ana Ruiz will travel to Oslo in May.",
			[]string{"visit planned 2025-05 oslo: ana-ruiz norway"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestPossessiveHost: the visitor's host named in apposition in the
// visit's sentence or the next ("his host, President Y") hosts a visit
// to a country; a person of another country does not.
func TestPossessiveHost(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"host in the next sentence",
			"In December 2017, Ana Ruiz became the first Chilean president to visit Norway in 65 years. Her televised sparring with her host, President Jon Hale, became a byword for awkward diplomacy.",
			[]string{"visit happened 2017-12 -: ana-ruiz jon-hale"}},
		{"host in the same sentence",
			"Chile's President Ana Ruiz visited Norway in February, and her host, Prime Minister Jon Hale, showed her the fjords.",
			[]string{"visit happened 2025-02 -: ana-ruiz jon-hale"}},
		{"a host of another country is not the visit's",
			"Chile's President Ana Ruiz visited Norway in February. Her host, Sweden's Prime Minister Jon Hale, was absent.",
			[]string{"visit happened 2025-02 -: ana-ruiz norway"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestSelfOnlyContact: a contact left with one person and the country
// they act for is no contact (no one holds talks with their own country);
// the same words with another country are one.
func TestSelfOnlyContact(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"own country: dropped",
			"Jon Hale, Norway's prime minister, held talks with Norway on Monday.",
			nil},
		{"another country: kept",
			"Jon Hale, Norway's prime minister, held talks with Sweden on Monday.",
			[]string{"talks happened 2025-03-10 -: jon-hale sweden"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestJourneyNotRealised: a journey "had been due to" or "had planned to"
// make for talks was not realised: a cancelled visit to the person it was
// for, also when the journey names where it starts ("from X to Y") or
// goes on ("fly on to Y").
func TestJourneyNotRealised(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"from X to Y, called off",
			"Foreign Minister Ana Ruiz met Tomas Berg in Oslo on Tuesday. Ruiz had been due to travel from Oslo to Stockholm on Thursday for talks with her Swedish counterpart, Ola Brun, but the trip was called off.",
			[]string{"meeting happened 2025-03-04 oslo: ana-ruiz tomas-berg", "visit cancelled 2025-03-13 stockholm: ana-ruiz ola-brun"}},
		{"fly on to",
			"Foreign Minister Ana Ruiz met Tomas Berg in Oslo on Tuesday. Ruiz had been due to fly on to Stockholm on Thursday for talks with Sweden's premier, Ola Brun.",
			[]string{"meeting happened 2025-03-04 oslo: ana-ruiz tomas-berg", "visit cancelled 2025-03-13 stockholm: ana-ruiz ola-brun"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestCalledOn: "X called on Y at a place" is a visit paid in person; "X
// called on Y to do Z" is an appeal, no contact.
func TestCalledOn(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"a courtesy call",
			"Foreign Minister Ana Ruiz also called on Premier Tomas Berg at his office in Oslo on Tuesday afternoon.",
			[]string{"meeting happened 2025-03-04 oslo: ana-ruiz tomas-berg"}},
		{"an appeal",
			"Foreign Minister Ana Ruiz called on Premier Tomas Berg to release the prisoners.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestDroppedFromProgramme: a contact "dropped from the programme" (the
// schedule, the agenda) was cancelled; "dropped" alone says nothing of a
// contact.
func TestDroppedFromProgramme(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"dropped from the programme",
			"A meeting between President Ana Ruiz and Governor Tomas Berg was dropped from the programme last week.",
			[]string{"meeting cancelled - -: ana-ruiz tomas-berg"}},
		{"a demand dropped",
			"President Ana Ruiz met Governor Tomas Berg on Friday and dropped her demand for new talks.",
			[]string{"meeting happened 2025-03-07 -: ana-ruiz tomas-berg"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestVisitTalksTwoSentencesOn: an arrival for a visit and the talks the
// visitor held two sentences later with a person of no other country are
// one visit, dated by the talks.
func TestVisitTalksTwoSentencesOn(t *testing.T) {
	checkEvents(t, "Finnish President Ana Ruiz arrived in Tokyo on Wednesday for a three-day state visit. She was driven to the guest house, where she is staying. The next day, Ruiz held talks with Prime Minister Tomas Berg at his official residence.",
		[]string{"visit happened 2025-03-06 tokyo: ana-ruiz tomas-berg"})
}

// TestInvitationForms: "inviting him to visit X" and "who invited him to
// visit X" are one proposed visit of the invited person to the inviter,
// placed at X and dated by the infinitive's date; the object pronoun of a
// relative clause is not the clause's subject; an invitation naming no
// destination in the sentence of a contact of the same people is that
// contact's.
func TestInvitationForms(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"participle",
			"She handed Ola Brun a letter from Prime Minister Tomas Berg inviting him to visit Oslo next year.",
			[]string{"visit proposed 2026 oslo: ola-brun tomas-berg"}},
		{"relative clause",
			"She handed Ola Brun a letter from Prime Minister Tomas Berg, who invited him to visit Oslo next year.",
			[]string{"visit proposed 2026 oslo: ola-brun tomas-berg"}},
		{"relative clause, another contact",
			"She handed Ola Brun a letter from Prime Minister Tomas Berg, who met him in Oslo last year.",
			[]string{"meeting happened 2024 oslo: ola-brun tomas-berg"}},
		{"the invitation to the contact told",
			"President Ola Brun held talks in Oslo on Wednesday with Prime Minister Tomas Berg, who had invited him in the spring.",
			[]string{"talks happened 2025-03-05 oslo: ola-brun tomas-berg"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestReturnedVisit: "X returned the visit" is a visit of X to the one who
// visited X (a person, as the talks of the visit returned name them); one
// still to come goes to that one's country, its host not yet named. A
// timeline's entry in the historic present ("Feb. 20, 2024 - X travels to
// Y") happened on its date.
func TestReturnedVisit(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"returned, to the visitor", "President Tomas Berg of Vessaria paid a state visit to Norland in 2000, hosted by Prime Minister Ana Ruiz of Norland. Ruiz returned the visit in April last year.",
			[]string{"visit happened 2000 -: ana-ruiz tomas-berg", "visit happened 2024-04 -: ana-ruiz tomas-berg"}},
		{"the talks of the visit returned", "President Tomas Berg of Vessaria held talks with Prime Minister Ana Ruiz of Norland in Oslo in 2019. Ruiz returned the visit in April last year.",
			[]string{"talks happened 2019 oslo: ana-ruiz tomas-berg", "visit happened 2024-04 -: ana-ruiz tomas-berg"}},
		{"still to come, to the country", "President Tomas Berg of Vessaria paid a state visit to Norland in 2000, hosted by Prime Minister Ana Ruiz of Norland. Ruiz is expected to return the visit in the spring.",
			[]string{"visit happened 2000 -: ana-ruiz tomas-berg", "visit planned 2025-SP -: ana-ruiz vessaria"}},
		{"a timeline's present", "Prime Minister Ana Ruiz of Norland and President Tomas Berg of Vessaria signed the accord on Monday.\n\nKEY DATES\n\nFeb. 20, 2024 - Ruiz travels to Vessaria for talks with Berg.",
			[]string{"visit happened 2024-02-20 vessaria: ana-ruiz tomas-berg"}},
	})
}

// TestTravelForGathering: people due in a city for a named gathering
// attend it; no visits to whoever was last met in that city. "flew in for
// the meeting" joins the meeting told before.
func TestTravelForGathering(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"due in a city for a named summit", "News\n\nBrexit Secretary Stephen Barclay is due in Brussels on Friday to meet the EU chief negotiator, Michel Barnier.\n\nMr Boris Johnson, Mr Leo Varadkar and Mrs Angela Merkel are due in Brussels for the European Council summit on 17 October, chaired by Mr Donald Tusk.",
			[]string{"visit planned 2025-03-14 brussels: michel-barnier stephen-barclay", "summit planned 2025-10-17 -: angela-merkel boris-johnson donald-tusk leo-varadkar"}},
		{"flew in for the meeting told before", "The foreign ministers met in Tokyo on Tuesday, hosted by Japan's Hiroshi Tanabe. Australia's Margaret Colley and India's Vikram Rao flew in for the meeting.",
			[]string{"meeting happened 2025-03-04 tokyo: hiroshi-tanabe margaret-colley vikram-rao"}},
	})
}

// TestVisitByTitlePhrase: "a visit to X by the <title>, Y" and "by the
// Ministry's <title>, Y": the visitor is the person the title phrase
// leads to.
func TestVisitByTitlePhrase(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"by the title, name", "A visit to Stockholm by the undersecretary, Ana Ruiz, was cancelled.",
			[]string{"visit cancelled - -: ana-ruiz sweden"}},
		{"by the ministry's title, name", "A visit to Stockholm by the Foreign Ministry's spokesman, Ana Ruiz, was cancelled.",
			[]string{"visit cancelled - -: ana-ruiz sweden"}},
		{"by a delegation, no person", "A visit to Stockholm by the delegation of Norway was cancelled.", nil},
	})
}

// TestVisitAfterPastContact: a planned visit told after a contact that
// happened on a day, with another date or none, is a contact of its own,
// not the place and status of the one before.
func TestVisitAfterPastContact(t *testing.T) {
	// published 2025-03-10
	checkEventCases(t, []eventCase{
		{"later this year", "President Dan Trell ended his first summit with President Xu Jiaming of China on Friday with warm words and an invitation, which he accepted, to visit China later this year.",
			[]string{"summit happened 2025-03-07 -: dan-trell xu-jiaming", "visit planned 2025 -: dan-trell xu-jiaming"}},
		{"no date", "President Dan Trell ended his first summit with President Xu Jiaming of China on Friday and accepted an invitation to visit China.",
			[]string{"summit happened 2025-03-07 -: dan-trell xu-jiaming", "visit planned - -: dan-trell xu-jiaming"}},
		{"the visit the contact was about", "President Dan Trell flew to Beijing on Friday and held talks with President Xu Jiaming.",
			[]string{"visit happened 2025-03-07 beijing: dan-trell xu-jiaming"}},
	})
}
