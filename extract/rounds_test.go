package extract

import (
	"strings"
	"testing"
)

// TestRoundsOfTalks: "the fourth round of talks" is a new round of the
// latest talks, not the round told of before it; a round put off and now
// set for a day is planned for that day and place; a round whose heads of
// delegation the sentence names is theirs.
func TestRoundsOfTalks(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"ordinal round after a dated round",
			"Norwegian and Swedish delegations held talks in Geneva in December. The fourth round of talks is due in Vienna on April 2.",
			[]string{"talks happened 2024-12 geneva: norway sweden", "talks planned 2025-04-02 vienna: norway sweden"}},
		{"put off and now set",
			"Norwegian and Swedish delegations held talks in Geneva in December. The fourth round of talks, originally set for March 4 in Geneva, was postponed last month and is now scheduled to open in Vienna on April 28.",
			[]string{"talks happened 2024-12 geneva: norway sweden", "talks planned 2025-04-28 vienna: norway sweden"}},
		{"put off last month, no new date",
			"Norwegian and Swedish delegations held talks in Geneva in December. The fourth round of talks was postponed last month.",
			[]string{"talks happened 2024-12 geneva: norway sweden", "talks postponed - -: norway sweden"}},
		{"heads of delegation",
			"President Ana Ruiz held talks with Prime Minister Ola Brun in Lima on Friday. The joint commission will hold its next round of talks in mid-May, with Ostmark's deputy foreign minister Ivan Kolar and Westland's Tomas Berg leading the two delegations.",
			[]string{"talks happened 2025-03-07 lima: ana-ruiz ola-brun", "talks planned 2025-05 -: ivan-kolar tomas-berg"}},
		// the last round is one already told of
		{"the last round",
			"Norwegian and Swedish delegations held talks in Geneva in December. The last round of talks ended without a deal.",
			[]string{"talks happened 2024-12 geneva: norway sweden"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestTeamsOfTheCountries: unnamed teams, experts or negotiators of the
// two countries the article has just spoken of meet for them: "talks
// between water experts from both countries", "Technical teams would
// meet", "Officials said technical teams would meet", "Technical teams
// from the binational commission will meet". Not when the countries were
// named long before, nor when the sentence names the actors.
func TestTeamsOfTheCountries(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"experts from both countries",
			"Chile and Peru have argued over the border for years. Talks between water experts from both countries had been scheduled for last week but were called off.",
			[]string{"talks cancelled 2025-W10 -: chile peru"}},
		{"bare teams",
			"Chile and Peru have argued over the border for years. Technical teams will meet in April.",
			[]string{"meeting planned 2025-04 -: chile peru"}},
		{"teams in a reported clause",
			"Chile and Peru have argued over the border for years. Officials said technical teams would meet in April instead.",
			[]string{"meeting planned 2025-04 -: chile peru"}},
		{"teams of a binational body",
			"Prime Minister Ana Ruiz of Chile and President Tomas Berg of Peru held a video call on Friday. Technical teams from the binational river commission will meet on March 28, Foreign Minister Emil Darrow told reporters.",
			[]string{"call happened 2025-03-07 -: ana-ruiz tomas-berg", "meeting planned 2025-03-28 -: chile peru"}},
		{"the sentence names the actors",
			"Chile and Peru have argued over the border for years. Technical teams met President Ana Ruiz in April.", nil},
		{"countries named long before",
			"Chile and Peru have argued over the border for years. The river is long. It floods often. Farmers complain. Crops fail. Technical teams will meet in April.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestChronologyEntries: a chronology entry's heading date dates the
// contacts of every sentence of the entry, and its historical present
// tells of the past; "Second round in X" is a round of the countries'
// talks, not of the leaders' talks told between; "X phones Y" is a call.
func TestChronologyEntries(t *testing.T) {
	text := "KEY DATES\n\n" +
		"- June 2013: First contact. Foreign Minister Ana Ruiz and her Peruvian counterpart Tomas Berg meet in Geneva.\n\n" +
		"- 4 March 2014: Technical teams from Chile and Peru hold a first round of talks in Lausanne.\n\n" +
		"- 19 November 2015: President Emil Darrow and Prime Minister Petra Lind hold talks in Lima.\n\n" +
		"- 8 February 2017: Second round in Lausanne collapses.\n\n" +
		"- July 2017: Floods. Lind phones Darrow."
	checkEvents(t, text, []string{
		"meeting happened 2013-06 geneva: ana-ruiz tomas-berg",
		"talks happened 2014-03-04 lausanne: chile peru",
		"talks happened 2015-11-19 lima: emil-darrow petra-lind",
		"talks happened 2017-02-08 lausanne: chile peru",
		"call happened 2017-07 -: emil-darrow petra-lind",
	})
}

// TestTranslatedReadout: a ministry readout's long noun phrases — "the
// Ministries of Foreign Affairs of the Republic of A and the B Federation"
// are the countries (no person "Foreign Affairs"), "the A delegation was
// headed by the Deputy Minister of Foreign Affairs ..., Mr. X" makes X the
// side's participant, and "the telephone conversation held on 14 April of
// the current year between X and Y" is their call.
func TestTranslatedReadout(t *testing.T) {
	text := "On 5-6 June 2017, in the city of Tarsk, regular political consultations were held between the Ministries of Foreign Affairs of the Republic of Velmora and the Drakhan Federation. " +
		"The Velmoran delegation was headed by the Deputy Minister of Foreign Affairs of the Republic of Velmora, Mr. Ildar Kasymbek; the Drakhan delegation was headed by the State Secretary of the Ministry of Foreign Affairs of the Drakhan Federation, Ms. Anneliese Morgrav. " +
		"The sides noted the telephone conversation held on 14 February of the current year between the President of the Republic of Velmora, Mr. Serik Aldan, and the President of the Drakhan Federation, Mr. Ruprecht Hallvard."
	r := run(t, text)
	got := eventLines(r)
	want := []string{"talks happened 2017-06-05 -: anneliese-morgrav ildar-kasymbek", "call happened 2025-02-14 -: ruprecht-hallvard serik-aldan"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
	for _, m := range r.Mentions {
		if m.Type == "person" && strings.Contains(m.Text, "Affairs") {
			t.Errorf("person mention %q", m.Text)
		}
	}
	for _, a := range r.Article.Actors {
		if a.Name == "Drakhan" && (a.Type != "country" || !containsStr(a.Aliases, "Drakhan Federation")) {
			t.Errorf("Drakhan: %+v", a)
		}
	}
}

// TestMediatorsAndCounts: a mediator named by "under the eye of",
// "mediated by" sits at the table; "negotiating" is a contact verb but not
// as an adjective ("negotiating teams"); "met ten times in X with Y"
// reaches Y past how often and where.
func TestMediatorsAndCounts(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"under the eye of",
			"In November 1995, Ana Ruiz, Tomas Berg and Emil Darrow spent three weeks negotiating under the eye of Petra Lind at an air force base in Ohio.",
			[]string{"meeting happened 1995-11 ohio: ana-ruiz emil-darrow petra-lind tomas-berg"}},
		{"mediated by",
			"Technical teams from Chile and Peru held a first round of talks in Lausanne on Monday, mediated by Switzerland.",
			[]string{"talks happened 2025-03-10 lausanne: chile peru switzerland"}},
		{"negotiating as an adjective",
			"Chile and Peru's negotiating teams sat down for a third round of talks in Lima on Wednesday.",
			[]string{"meeting happened 2025-03-05 lima: chile peru"}},
		{"how often",
			"The prime ministers, Ana Ruiz and Tomas Berg, met ten times in Brussels with the EU's foreign policy chief, Emil Darrow.",
			[]string{"meeting happened - brussels: ana-ruiz emil-darrow tomas-berg"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestModalAfterOwnPhrase: a noun trigger's status may come from the
// modal after its own participants ("A summit between the two leaders
// could follow"), not from a modal of something else ("a meeting between X
// and Y would carry risks"); a dam's name is no party to talks about it.
func TestModalAfterOwnPhrase(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"could follow",
			"President Ana Ruiz and Prime Minister Tomas Berg spoke by phone on Monday. A first summit between the two leaders could follow in the summer, an envoy said.",
			[]string{"call happened 2025-03-10 -: ana-ruiz tomas-berg", "summit proposed 2025-SU -: ana-ruiz tomas-berg"}},
		{"a dam is a place",
			"Chile and Peru will hold talks next week on the waters below the Varnhold Dam.",
			[]string{"talks planned 2025-W12 -: chile peru"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
	// "would carry risks" says nothing of the meeting's coming about
	for _, l := range eventLines(run(t, "Analysts said a meeting between President Ana Ruiz and Prime Minister Tomas Berg would carry political risks for both.")) {
		if strings.Contains(l, "planned") {
			t.Errorf("would carry risks: %q", l)
		}
	}
}
