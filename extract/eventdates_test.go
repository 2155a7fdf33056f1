package extract

import "testing"

// TestDatelineMixedCase: a dateline whose place is capitalised rather than
// in capitals ("Castel, 7 March 2025 –") dates the release, not the
// contact the sentence after it dates.
func TestDatelineMixedCase(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string
	}{
		{"Vessaro, 7 March 2025 – On 6 March 2025, the Minister of Foreign Affairs of Norland, Ana Ruiz, held a telephone conversation with the Minister of Foreign Affairs of Vesmark, Tomas Berg.",
			[]string{"call happened 2025-03-06 -: ana-ruiz tomas-berg"}},
		// a dateline that its credit ends, with no dash: the day after is the call's
		{"Ruiz speaks to Berg ahead of her first visit\n\nOSLO, March 10 (NTB) Prime Minister Ana Ruiz spoke to Vessarian President Tomas Berg by telephone on Sunday evening, the ministry said.",
			[]string{"call happened 2025-03-09 -: ana-ruiz tomas-berg"}},
		{"VESSARO, 7 March 2025 – On 6 March 2025, the Minister of Foreign Affairs of Norland, Ana Ruiz, held a telephone conversation with the Minister of Foreign Affairs of Vesmark, Tomas Berg.",
			[]string{"call happened 2025-03-06 -: ana-ruiz tomas-berg"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestAppositiveInfinitiveDate: a date before an appositive whose
// infinitive names another contact ("on Thursday, the first minister to
// visit the island") dates the contact before the comma.
func TestAppositiveInfinitiveDate(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string
	}{
		{"Foreign Minister Ana Ruiz held talks with Prime Minister Tomas Berg in Oslo on Thursday, the most senior Norlandic official to visit the island in a decade.",
			[]string{"talks happened 2025-03-06 oslo: ana-ruiz tomas-berg"}},
		// with no contact before the comma the infinitive keeps the date
		{"On Thursday, the Norlandic minister, Ana Ruiz, was the first official to visit President Tomas Berg.",
			[]string{"visit happened 2025-03-06 -: ana-ruiz tomas-berg"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestBareSeasonAhead: a planned or proposed contact dated by a season
// without a year ("in the autumn") that the tense of the clause put in the
// past ("had invited her ... in the autumn") is the coming one.
func TestBareSeasonAhead(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string
	}{
		{"Prime Minister Ola Brun said he had invited Prime Minister Rita Holm to Oslo in the autumn to sign the agreement.",
			[]string{"visit proposed 2025-FA oslo: ola-brun rita-holm"}},
		// a season with its year stays
		{"Prime Minister Ola Brun said he had invited Prime Minister Rita Holm to Oslo in the autumn of 2024.",
			[]string{"visit proposed 2024-FA oslo: ola-brun rita-holm"}},
		// a contact that happened keeps the last autumn
		{"Prime Minister Ola Brun met Prime Minister Rita Holm in Oslo in the autumn.",
			[]string{"meeting happened 2024-FA oslo: ola-brun rita-holm"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestSuchAMeeting: "such a meeting" in the sentence after a contact is
// that contact, with its date.
func TestSuchAMeeting(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string
	}{
		{"The three neighbours will hold a summit in Oslo later this year. Prime Minister Ola Brun said he would welcome President Rita Holm to such a meeting.",
			[]string{"summit planned 2025 oslo: ola-brun rita-holm"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestLaterSameDay: the people of a dated contact who "later" meet again
// in person, with someone more, do so the same day; a later call, or a
// contact of other people, has no day.
func TestLaterSameDay(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string
	}{
		{"Foreign Minister Ana Ruiz held talks with her counterpart Tomas Berg in Oslo on Wednesday. The two ministers later had a working lunch with Secretary-General Ola Brun.",
			[]string{"talks happened 2025-03-05 oslo: ana-ruiz tomas-berg", "meeting happened 2025-03-05 -: ana-ruiz ola-brun tomas-berg"}},
		{"Foreign Minister Ana Ruiz held talks with her counterpart Tomas Berg in Oslo on Wednesday. She later held a call with Secretary-General Ola Brun.",
			[]string{"talks happened 2025-03-05 oslo: ana-ruiz tomas-berg", "call happened - -: ana-ruiz ola-brun"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestWeekdayInPlannedWeek: a weekday of a plan seen from the past ("had
// been due to travel on Saturday"), told right after the week the contact
// was planned for ("a visit planned for next week"), is in that week.
func TestWeekdayInPlannedWeek(t *testing.T) {
	// published 2025-03-10 (a Monday); next week is 2025-W12
	tests := []struct {
		text string
		want []string
	}{
		{"Norway's foreign minister has cancelled a visit to Sweden planned for next week, her ministry said. Ana Ruiz had been due to travel to Stockholm on Saturday for talks with her Swedish counterpart Tomas Berg.",
			[]string{"visit cancelled 2025-03-22 stockholm: ana-ruiz tomas-berg"}},
		// a contact that happened keeps its own day
		{"Foreign Minister Ana Ruiz will visit Norway next week, her ministry said. Ruiz met her counterpart Tomas Berg in Oslo on Saturday.",
			[]string{"visit planned 2025-W12 -: ana-ruiz norway", "meeting happened 2025-03-08 oslo: ana-ruiz tomas-berg"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestLastMetIsAnother: "X and Y last met in Z in February" tells of the
// contact before the one the article reports; an undated mention of the
// current one does not merge into it.
func TestLastMetIsAnother(t *testing.T) {
	checkEvents(t, "Kenyan army chief Ana Ruiz hosted her Ethiopian counterpart Tomas Berg for the talks. The two commanders last met in February.",
		[]string{"meeting happened - -: ana-ruiz tomas-berg", "meeting happened 2025-02 -: ana-ruiz tomas-berg"})
}

// TestContactNounDatesNextSentence: a sentence opening with a dated contact
// noun that names no one ("The first encounter took place in Oslo on March
// 2") dates the undated contact of the next sentence of its paragraph.
func TestContactNounDatesNextSentence(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string
	}{
		{"The first encounter took place in Oslo on March 2, the officials said. Ana Ruiz and Tomas Berg sat down with Ola Brun for a dinner that ran past midnight.",
			[]string{"meeting happened 2025-03-02 -: ana-ruiz ola-brun tomas-berg"}},
		// a contact with a date of its own keeps it
		{"The first encounter took place in Oslo on March 2, the officials said. Ana Ruiz and Tomas Berg sat down with Ola Brun on March 4.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz ola-brun tomas-berg"}},
		// a sentence naming its own contact dates only that one
		{"Ana Ruiz met Rita Holm in Oslo on March 2. Tomas Berg sat down with Ola Brun.",
			[]string{"meeting happened 2025-03-02 oslo: ana-ruiz rita-holm", "meeting happened - -: ola-brun tomas-berg"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestByPhoneDate: "by phone" after the verb is how the contact was held,
// not a verb of its own: the date after it dates the call ("spoke
// separately to X and Y by phone last week").
func TestByPhoneDate(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string
	}{
		{"Ana Ruiz spoke with Tomas Berg by phone on Friday.",
			[]string{"call happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		{"Ana Ruiz spoke separately to Tomas Berg and Ola Brun by phone last week, according to her spokesman.",
			[]string{"call happened 2025-W10 -: ana-ruiz ola-brun", "call happened 2025-W10 -: ana-ruiz tomas-berg"}},
		{"Ana Ruiz spoke separately by phone on Friday with Tomas Berg and Ola Brun.",
			[]string{"call happened 2025-03-07 -: ana-ruiz ola-brun", "call happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		{"Ana Ruiz and Tomas Berg talked by phone on Friday.",
			[]string{"call happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		// "over the phone", "on the phone": the channel of the verb before
		// it, which keeps the date after it
		{"Ana Ruiz had spoken to Tomas Berg over the phone on Saturday and conveyed her concern.",
			[]string{"call happened 2025-03-08 -: ana-ruiz tomas-berg"}},
		{"Ana Ruiz talked to Tomas Berg on the phone on Saturday.",
			[]string{"call happened 2025-03-08 -: ana-ruiz tomas-berg"}},
		{"Ana Ruiz was on the phone with Tomas Berg on Saturday.",
			[]string{"call happened 2025-03-08 -: ana-ruiz tomas-berg"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestPriorSentenceDates: an undated contact takes the date of a contact
// told just before it in its paragraph when the two share a person and a
// status, and not when it is set at another time or shares no one.
func TestPriorSentenceDates(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string
	}{
		{"Norland's foreign minister, Ana Ruiz, came to the conference centre on Tuesday to meet Tomas Berg. She spoke with Ola Brun and Rita Holm separately, an official said.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz tomas-berg", "call happened 2025-03-04 -: ana-ruiz ola-brun", "call happened 2025-03-04 -: ana-ruiz rita-holm"}},
		// "later" sets the second contact at another time
		{"Ana Ruiz met Tomas Berg in Oslo on Tuesday. She later held a call with Ola Brun.",
			[]string{"meeting happened 2025-03-04 oslo: ana-ruiz tomas-berg", "call happened - -: ana-ruiz ola-brun"}},
		// no one shared: no date
		{"Ana Ruiz met Tomas Berg in Oslo on Tuesday. Ola Brun held a call with Rita Holm.",
			[]string{"meeting happened 2025-03-04 oslo: ana-ruiz tomas-berg", "call happened - -: ola-brun rita-holm"}},
		// a sentence whose one contact names no one dates the next
		{"The talks opened on Tuesday at a hotel by the lake. Ana Ruiz and Tomas Berg sat down with Ola Brun for a first session.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz ola-brun tomas-berg"}},
		// "the eve of the talks" dates the verb, not the talks it counts from
		{"The talks opened on Tuesday in Oslo. On the eve of the talks, Ana Ruiz had met Tomas Berg in Bergen.",
			[]string{"meeting happened 2025-03-03 -: ana-ruiz tomas-berg"}},
		// another paragraph: no date, unless it opens with a pronoun
		// going on with the person
		{"Ana Ruiz met Tomas Berg in Oslo on Tuesday.\n\nAna Ruiz held a call with Ola Brun.",
			[]string{"meeting happened 2025-03-04 oslo: ana-ruiz tomas-berg", "call happened - -: ana-ruiz ola-brun"}},
		{"Ana Ruiz met Tomas Berg in Oslo on Tuesday.\n\nShe held a call with Ola Brun.",
			[]string{"meeting happened 2025-03-04 oslo: ana-ruiz tomas-berg", "call happened 2025-03-04 -: ana-ruiz ola-brun"}},
		// a part of a day with no day ("in the morning") is on the day the
		// narrative is on: the one day of the last sentence with a date,
		// across a paragraph, a season beside it no matter; two days there
		// leave it undated
		{"Ana Ruiz addressed parliament on Saturday, her first speech since last summer.\n\nRuiz held talks with Ola Brun in the morning, before flying home.",
			[]string{"talks happened 2025-03-08 -: ana-ruiz ola-brun"}},
		{"Ana Ruiz addressed parliament on Friday and the press on Saturday.\n\nRuiz held talks with Ola Brun in the morning.",
			[]string{"talks happened - -: ana-ruiz ola-brun"}},
		// a sentence telling no contact: its one past day, when it names
		// one of the people or no one at all
		{"Ana Ruiz spoke at the opening of the forum on Tuesday. She met Tomas Berg at the harbour.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz tomas-berg"}},
		{"The session opened on Tuesday at a hotel by the lake. Ana Ruiz met Tomas Berg in a side room.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz tomas-berg"}},
		{"Ola Brun spoke at the opening of the forum on Tuesday. Ana Ruiz met Tomas Berg at the harbour.",
			[]string{"meeting happened - -: ana-ruiz tomas-berg"}},
		{"Ana Ruiz spoke at the forum on Tuesday and on Thursday. She met Tomas Berg at the harbour.",
			[]string{"meeting happened - -: ana-ruiz tomas-berg"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestOpeningDateOverClauses: a date opening the sentence ("On Wednesday,
// ...") dates a contact in a clause coordinated after a journey's verb.
func TestOpeningDateOverClauses(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string
	}{
		{"On Wednesday, Tomas Berg flew home and Ana Ruiz met Petra Lind.",
			[]string{"meeting happened 2025-03-05 -: ana-ruiz petra-lind"}},
		{"On Wednesday morning, after the closing session, the leaders gave a news conference before flying home, and Ana Ruiz held a separate meeting with Petra Lind.",
			[]string{"meeting happened 2025-03-05 -: ana-ruiz petra-lind"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestAudienceIsNoCall: speaking to reporters, journalists or lawmakers is
// no contact between the speakers; speaking with a person is.
func TestAudienceIsNoCall(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string
	}{
		{"Ana Ruiz and Petra Lind spoke to journalists on Wednesday.", nil},
		{"On Wednesday, Ana Ruiz and Petra Lind spoke to the press before flying home.", nil},
		{"Ana Ruiz spoke with Petra Lind on Wednesday.",
			[]string{"call happened 2025-03-05 -: ana-ruiz petra-lind"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestCountedWeeksFromADay: "a week later" after a contact's day dates the
// next contact by the day a week on, not by its week.
func TestCountedWeeksFromADay(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string
	}{
		{"Foreign Minister Ana Ruiz met Prime Minister Tomas Berg in Oslo on Monday, March 3. The two met again a week later.",
			[]string{"meeting happened 2025-03-03 oslo: ana-ruiz tomas-berg", "meeting happened 2025-03-10 -: ana-ruiz tomas-berg"}},
		{"Foreign Minister Ana Ruiz met Prime Minister Tomas Berg in Oslo on March 7. Two weeks earlier, the two had spoken by phone.",
			[]string{"meeting happened 2025-03-07 oslo: ana-ruiz tomas-berg", "call happened 2025-02-21 -: ana-ruiz tomas-berg"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestClauseDatesAndAbsentees: a date inside an adverbial clause set off
// before the trigger is the clause's ("before the mandate expires on April
// 20, at a summit"), but not one opening the sentence ("Before the closing
// session on Friday, X and Y met"); a host of a summit "attended by" others
// takes part; "Somalia's transitional president, X" holds the office; a
// person who "stayed away" after a relative clause is not at the summit;
// "spoke on the sidelines" is a meeting.
func TestClauseDatesAndAbsentees(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Nordic leaders on Friday urged Westland's politicians to adopt a constitution before the mandate of the government expires on April 20, at a summit in Oslo hosted by Prime Minister Ola Brun and attended by President Ivan Kolar.",
			[]string{"summit happened 2025-03-07 oslo: ivan-kolar ola-brun"}},
		{"Before the closing session on Friday, Ola Brun and Ivan Kolar held a meeting.",
			[]string{"meeting happened 2025-03-07 -: ivan-kolar ola-brun"}},
		{"Prime Minister Ola Brun chaired a summit in Oslo on Friday, attended by President Ivan Kolar and President Abdi Nur.",
			[]string{"summit happened 2025-03-07 oslo: abdi-nur ivan-kolar ola-brun"}},
		{"Prime Minister Ola Brun hosted a summit in Oslo on Friday, attended by President Ivan Kolar and Somalia's transitional president, Sheikh Abdi Nur. " +
			"Swedish President Tomas Berg, whose troops form the largest contingent of the force in Somalia, stayed away and sent Vice President Rita Holm in his place.",
			[]string{"summit happened 2025-03-07 oslo: abdi-nur ivan-kolar ola-brun rita-holm"}},
		{"Prime Minister Ola Brun hosted a summit in Oslo on Friday, attended by President Ivan Kolar and Somalia's interim president, Sheikh Abdi Nur. " +
			"The two presidents spoke on the sidelines.",
			[]string{"summit happened 2025-03-07 oslo: abdi-nur ivan-kolar ola-brun", "meeting happened 2025-03-07 -: abdi-nur ivan-kolar"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestLaterGatheringAndRelativeWhom: a gathering still to come that the
// two "are expected to attend" is not the talks they held (which keep
// their day); a date in a clause opened by "whom" is the clause's; a
// military rank is a title, not a name.
func TestLaterGatheringAndRelativeWhom(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Norway's President Ola Brun arrived in Sweden on Saturday for a state visit. Brun held talks with Swedish Prime Minister Ivan Kolar within hours of landing. " +
			"The two leaders could meet again at the Nordic Council leaders' meeting in Oslo in September, which both are expected to attend.",
			[]string{"visit happened 2025-03-08 sweden: ivan-kolar ola-brun", "summit proposed 2025-09 oslo: ivan-kolar ola-brun"}},
		{"Sweden's President Ola Brun, whom the bloc's leaders appointed as mediator in July, spoke by telephone on Tuesday with Niger's leader, Captain Ivan Kolar.",
			[]string{"call happened 2025-03-04 -: ivan-kolar ola-brun"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestFirstOfSeries: "The first X summit was held in Berlin in 2023" is an
// earlier summit of the series, not the one the article tells of, which
// keeps its place and date.
func TestFirstOfSeries(t *testing.T) {
	checkEvents(t, "President Ola Brun, President Ivan Kolar and President Rita Holm met for the second Nordic–Baltic summit in Tallinn. "+
		"The summit ended with a declaration. The first Nordic–Baltic summit was held in Berlin in September 2023.",
		[]string{"summit happened - tallinn: ivan-kolar ola-brun rita-holm"})
}

// TestHeadlineInfinitive: a headline's infinitive is its future: "X and Y
// to hold talks on Thursday" is planned, on the coming Thursday; a past
// verb in a headline stays past.
func TestHeadlineInfinitive(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"to hold talks", "Ruiz and Berg to hold talks in Oslo on Thursday\n\nPrime Minister Ana Ruiz and her counterpart Tomas Berg will meet in Oslo on Thursday.",
			[]string{"meeting planned 2025-03-13 oslo: ana-ruiz tomas-berg"}},
		{"met", "Ruiz and Berg met in Oslo on Thursday\n\nPrime Minister Ana Ruiz and her counterpart Tomas Berg met in Oslo on Thursday.",
			[]string{"meeting happened 2025-03-06 oslo: ana-ruiz tomas-berg"}},
	})
}

// TestPlannedWeekdayAhead: a contact still to come on a weekday written
// alone is on the coming one, whatever tense the sentence's verb reads in;
// "last Thursday" and a weekday with its date stay as written.
func TestPlannedWeekdayAhead(t *testing.T) {
	// published 2025-03-10 (a Monday)
	checkEventCases(t, []eventCase{
		{"travels to, for talks", "Ana Ruiz travels to Oslo on Thursday for talks with Tomas Berg.",
			[]string{"visit planned 2025-03-13 oslo: ana-ruiz tomas-berg"}},
		{"flies to, said", "Ana Ruiz flies to Oslo on Thursday for talks with Tomas Berg, her office said.",
			[]string{"visit planned 2025-03-13 oslo: ana-ruiz tomas-berg"}},
		{"will meet", "Ana Ruiz will meet Tomas Berg in Oslo on Thursday.",
			[]string{"meeting planned 2025-03-13 oslo: ana-ruiz tomas-berg"}},
		{"met last Thursday", "Ana Ruiz met Tomas Berg in Oslo last Thursday.",
			[]string{"meeting happened 2025-03-06 oslo: ana-ruiz tomas-berg"}},
	})
}

// TestPastVerbFarMonth: a contact's past verb names the year of a month
// (a day of a month, a season) said without one, however far the month is
// from the verb: "met X in Brussels in May", written in March, is last
// May; "will meet" and "was to have met" keep the coming one.
func TestPastVerbFarMonth(t *testing.T) {
	// published 2025-03-10
	checkEventCases(t, []eventCase{
		{"met, a month far from the verb", "President Ana Ruiz met President Tomas Berg in Brussels in May.",
			[]string{"meeting happened 2024-05 brussels: ana-ruiz tomas-berg"}},
		{"met, a day of a month far from the verb", "President Ana Ruiz met President Tomas Berg at the presidential palace in Brussels on 14 May.",
			[]string{"meeting happened 2024-05-14 brussels: ana-ruiz tomas-berg"}},
		{"will meet", "President Ana Ruiz will meet President Tomas Berg in Brussels in May.",
			[]string{"meeting planned 2025-05 brussels: ana-ruiz tomas-berg"}},
		{"was to have met", "Ana Ruiz cancelled a trip to Oslo, where she was to have met President Tomas Berg on 14 May.",
			[]string{"visit cancelled 2025-05-14 -: ana-ruiz tomas-berg"}},
	})
}

// TestJourneyDateAcrossAnd: a journey's date goes on to the contact its
// subject has after "and" ("arrived in X on Thursday and held talks with
// Y", "travelled to X last week and was received by Y"), not to a contact with a subject of its own ("and Z met Y").
func TestJourneyDateAcrossAnd(t *testing.T) {
	// published 2025-03-10
	checkEventCases(t, []eventCase{
		{"arrived in an unknown town and held talks", "Foreign Minister Ana Ruiz arrived in Velmark on Thursday and held talks with Tomas Berg.",
			[]string{"talks happened 2025-03-06 -: ana-ruiz tomas-berg"}},
		{"and then met", "Foreign Minister Ana Ruiz arrived on Thursday and then met Tomas Berg.",
			[]string{"meeting happened 2025-03-06 -: ana-ruiz tomas-berg"}},
		{"a subject of its own", "Foreign Minister Ana Ruiz flew home on Thursday and Jan Ek met Tomas Berg.",
			[]string{"meeting happened - -: jan-ek tomas-berg"}},
		// past a passive's auxiliary: "and was received by Y"
		{"and was received by", "Envoy Ana Ruiz travelled to Velmark last week and was received by President Tomas Berg.",
			[]string{"meeting happened 2025-W10 -: ana-ruiz tomas-berg"}},
		{"in a relative clause", "Foreign Minister Ana Ruiz, who arrived in Velmark on Wednesday and was received by President Tomas Berg, said talks would go on.",
			[]string{"meeting happened 2025-03-05 -: ana-ruiz tomas-berg"}},
	})
}

// TestListedContactNouns: a contact noun listed after another by "and"
// takes its date and status ("for talks with Y and a separate meeting
// with Z").
func TestListedContactNouns(t *testing.T) {
	// published 2025-03-10
	checkEventCases(t, []eventCase{
		{"for talks and a separate meeting", "Prime Minister Ana Ruiz will arrive in Velmark on Friday for talks with President Tomas Berg and a separate meeting with Prime Minister Jan Ek.",
			[]string{"talks planned 2025-03-14 -: ana-ruiz tomas-berg", "meeting planned 2025-03-14 -: ana-ruiz jan-ek"}},
		{"for talks and a private meeting", "Prime Minister Ana Ruiz arrived in Velmark on Friday for talks with President Tomas Berg and a private meeting with Prime Minister Jan Ek.",
			[]string{"talks happened 2025-03-07 -: ana-ruiz tomas-berg", "meeting happened 2025-03-07 -: ana-ruiz jan-ek"}},
	})
}

// TestGappedObjectsDays: a contact verb's objects each with a day (and a
// place) of their own are contacts of their own: "spoke to A on Sunday and
// to B the following day", "met A in Oslo on Sunday, and B in Rome two
// days later".
func TestGappedObjectsDays(t *testing.T) {
	// published 2025-03-10
	checkEventCases(t, []eventCase{
		// each object with its own place and part of the day: the same day
		{"morning and afternoon", "The same day Anna Kell met Ivo Marrin at the palace in the morning and Lena Ost in Oslo in the afternoon.",
			[]string{"meeting happened 2025-03-10 -: anna-kell ivo-marrin", "meeting happened 2025-03-10 oslo: anna-kell lena-ost"}},
		{"a second subject saying", "Anna Kell met Ivo Marrin in Oslo on Monday and Lena Ost said it went well.",
			[]string{"meeting happened 2025-03-10 oslo: anna-kell ivo-marrin"}},
		{"to A and to B", "Foreign Minister Tobias Elm spoke by telephone to Ilona Brem on Sunday and to Radu Ost the following day.",
			[]string{"call happened 2025-03-09 -: ilona-brem tobias-elm", "call happened 2025-03-10 -: radu-ost tobias-elm"}},
		{"A and B", "Foreign Minister Tobias Elm met Ilona Brem on Sunday and Radu Ost on Monday.",
			[]string{"meeting happened 2025-03-09 -: ilona-brem tobias-elm", "meeting happened 2025-03-10 -: radu-ost tobias-elm"}},
		{"each with a place", "Foreign Minister Tobias Elm met Ilona Brem in Oslo on Sunday, and Radu Ost in Rome two days later.",
			[]string{"meeting happened 2025-03-09 oslo: ilona-brem tobias-elm", "meeting happened 2025-03-11 rome: radu-ost tobias-elm"}},
	})
}

// TestLongRelativeClauseDate: a date at the end of a long relative clause
// ("The two negotiators, who sat down with X at the State Department in
// Washington on July 30, held another round on Monday") is the clause's
// contact's, not the main clause's.
func TestLongRelativeClauseDate(t *testing.T) {
	// published 2025-03-10
	checkEventCases(t, []eventCase{
		{"who ... on July 30, held", "Anna Kell and Ivo Marrin met on Friday. The two negotiators, who sat down together with Secretary of State Lea Holm at the State Department in Washington on July 30, held another round on Monday.",
			[]string{"meeting happened 2025-03-07 -: anna-kell ivo-marrin", "meeting happened 2024-07-30 washington: anna-kell ivo-marrin lea-holm", "talks happened 2025-03-10 -: anna-kell ivo-marrin"}},
	})
}

// TestCountedDates: a contact counted ("twice") and then told item by item,
// each with a date (and a place), is a contact on each date; a date after
// "since" is no item.
func TestCountedDates(t *testing.T) {
	// published 2025-03-10
	checkEventCases(t, []eventCase{
		{"twice: in A in D1, and in B in D2", "Anna Kell and Ivo Marrin have met twice: in Geneva in 2021, when they launched the project, and on the sidelines of the assembly in New York in September.",
			[]string{"meeting happened 2021 geneva: anna-kell ivo-marrin", "meeting happened 2024-09 new-york: anna-kell ivo-marrin"}},
		{"twice, first ... and then", "Anna Kell has met Ivo Marrin twice in Oslo, first at the start of January and then on February 9.",
			[]string{"meeting happened 2025-01 oslo: anna-kell ivo-marrin", "meeting happened 2025-02-09 oslo: anna-kell ivo-marrin"}},
		{"has seen X twice, in A in D1 and in B in D2", "Anna Kell has seen Ivo Marrin twice, in Oslo in late January and in Stockholm in early February.",
			[]string{"meeting happened 2025-01 oslo: anna-kell ivo-marrin", "meeting happened 2025-02 stockholm: anna-kell ivo-marrin"}},
		{"twice since", "Anna Kell and Ivo Marrin had spoken by telephone twice since Kell took office in January.",
			[]string{"call happened - -: anna-kell ivo-marrin"}},
	})
}

// TestDatedSeries: a plural contact noun followed by a list of dates is
// one contact on each, of the people of the contact told before it in the
// sentence, or of the latest contact of its kind a few sentences before;
// so are "The first, on D1; the second, in D2" after a sentence that
// counted them.
func TestDatedSeries(t *testing.T) {
	// published 2025-03-10
	checkEventCases(t, []eventCase{
		{"after conversations on A, B and C", "President Anna Kell called President Ivo Marrin on Friday. The leaders have kept talking. Friday's call was their fourth this month, after conversations on 1 March, on 3 March and on 6 March.",
			[]string{"call happened 2025-03-07 -: anna-kell ivo-marrin", "call happened 2025-03-01 -: anna-kell ivo-marrin", "call happened 2025-03-03 -: anna-kell ivo-marrin", "call happened 2025-03-06 -: anna-kell ivo-marrin"}},
		{"in the sentence", "Anna Kell met Ivo Marrin in Oslo on Friday, after meetings on 1 March and 3 March.",
			[]string{"meeting happened 2025-03-07 oslo: anna-kell ivo-marrin", "meeting happened 2025-03-01 -: anna-kell ivo-marrin", "meeting happened 2025-03-03 -: anna-kell ivo-marrin"}},
		// one date is no series
		{"one date", "Anna Kell met Ivo Marrin in Oslo on Friday, after meetings on 1 March.",
			[]string{"meeting happened 2025-03-07 oslo: anna-kell ivo-marrin"}},
		// the items of a series the sentence before counted, by their ordinals
		{"the first, on D1; the second, in D2", "President Anna Kell, President Ivo Marrin and Prime Minister Lea Holm held a video call on Tuesday evening, their third since the start of the year. The first, on 14 January, set up the fisheries working group; the second, in early February, was cut short after twenty minutes.",
			[]string{"call happened 2025-03-04 -: anna-kell ivo-marrin lea-holm", "call happened 2025-01-14 -: anna-kell ivo-marrin lea-holm", "call happened 2025-02 -: anna-kell ivo-marrin lea-holm"}},
		{"no count before", "President Anna Kell and President Ivo Marrin held a video call on Tuesday evening. The first, on 14 January, set up the fisheries working group.",
			[]string{"call happened 2025-03-04 -: anna-kell ivo-marrin"}},
	})
}

// TestGappedPlacesDays: a second place with a day of its own after a
// contact's place and day, with no verb of its own, is the same people's
// contact there and then.
func TestGappedPlacesDays(t *testing.T) {
	// published 2025-03-10
	checkEventCases(t, []eventCase{
		{"and in B the following day", "Anna Kell and Ivo Marrin held talks in Paris on 5 March and in Rome the following day.",
			[]string{"talks happened 2025-03-05 paris: anna-kell ivo-marrin", "talks happened 2025-03-06 rome: anna-kell ivo-marrin"}},
		{"and on a day in B", "Anna Kell met Ivo Marrin in Paris on 5 March, and on 7 March in Rome.",
			[]string{"meeting happened 2025-03-05 paris: anna-kell ivo-marrin", "meeting happened 2025-03-07 rome: anna-kell ivo-marrin"}},
		// a place with no day of its own is the same contact's
		{"no day of its own", "Anna Kell met Ivo Marrin in Paris on 5 March and in Rome.",
			[]string{"meeting happened 2025-03-05 paris: anna-kell ivo-marrin"}},
	})
}

// TestContactDatesRound: a month opening the sentence after a preposition
// dates the contact by the clause's tense; of two dates of one contact, one
// inside the other, the finer dates it unless a clause, a speech verb or a
// word of sequence stands between; a contact arranged and then put off by
// a definite noun ("but the meeting was pushed back to 2 April") is
// postponed to the new date, or to none.
func TestContactDatesRound(t *testing.T) {
	// published 2025-03-10 (a Monday)
	checkEventCases(t, []eventCase{
		{"opening month", "In December, Anna Kell met Ivo Marrin in Oslo.",
			[]string{"meeting happened 2024-12 oslo: anna-kell ivo-marrin"}},
		{"opening month, common-noun subject", "In June, Foreign Minister Anna Kell met Ivo Marrin.",
			[]string{"meeting happened 2024-06 -: anna-kell ivo-marrin"}},
		{"the finer of two nested dates", "Anna Kell and Ivo Marrin signed the accord in Oslo on November 2 last year after ten days of talks mediated by Olav Sund.",
			[]string{"talks happened 2024-11-02 -: anna-kell ivo-marrin olav-sund"}},
		{"a series and its last", "Anna Kell and Ivo Marrin have spoken by phone repeatedly this year, most recently on 4 March.",
			[]string{"call happened 2025-03-04 -: anna-kell ivo-marrin", "call happened 2025 -: anna-kell ivo-marrin"}},
		{"pushed back in the same sentence", "Anna Kell and Ivo Marrin were due to meet on 12 March, but the meeting was pushed back to 2 April.",
			[]string{"meeting postponed 2025-04-02 -: anna-kell ivo-marrin"}},
		{"pushed back in the next sentence", "Anna Kell will meet Ivo Marrin on 12 March. The talks were delayed by a week, to 19 March.",
			[]string{"meeting postponed 2025-03-19 -: anna-kell ivo-marrin"}},
		{"put off with no new date", "Anna Kell and Ivo Marrin were due to meet on 12 March, but the meeting has been postponed.",
			[]string{"meeting postponed - -: anna-kell ivo-marrin"}},
		// a date a copula predicates of the contact before it
		{"the last time they met was", "The last time Anna Kell and Ivo Marrin met in person was in late February, when she flew to Oslo for talks.",
			[]string{"meeting happened 2025-02 -: anna-kell ivo-marrin"}},
		// a date after a word of saying dates the contact of the
		// when-clause after it
		{"the when-clause's own date", "Anna Kell had been warned two days before that, when she took a call from Ivo Marrin on 12 February.",
			[]string{"call happened 2025-02-12 -: anna-kell ivo-marrin"}},
		{"warned, when-clause dates the call", "Anna Kell was warned on 12 February, when she took a call from Ivo Marrin.",
			[]string{"call happened 2025-02-12 -: anna-kell ivo-marrin"}},
		// a headline's day inside the week the article gives the same
		// contact
		{"headline day", "Leaders to meet in Oslo on 18 March\n\nPrime Minister Anna Kell and President Ivo Marrin will meet in Oslo next week.",
			[]string{"meeting planned 2025-03-18 oslo: anna-kell ivo-marrin"}},
		{"headline of another time", "Leaders met in Oslo on 4 March\n\nPrime Minister Anna Kell and President Ivo Marrin will meet in Oslo next week.",
			[]string{"meeting planned 2025-W12 oslo: anna-kell ivo-marrin"}},
		// "it", subject of a postponement, is the contact arranged just
		// before
		{"it pushed back", "A meeting of Anna Kell and Ivo Marrin was scheduled for 2 April. It has now been pushed back to June.",
			[]string{"meeting postponed 2025-06 -: anna-kell ivo-marrin"}},
		{"it put off indefinitely", "Anna Kell will meet Ivo Marrin on 20 March. It has been postponed indefinitely.",
			[]string{"meeting postponed - -: anna-kell ivo-marrin"}},
		{"it delayed, a contact held", "Anna Kell met Ivo Marrin on Friday. It was postponed by two hours.",
			[]string{"meeting happened 2025-03-07 -: anna-kell ivo-marrin"}},
		// already the new plan: the postponement is history
		{"now set, postponed before", "Anna Kell and Ivo Marrin are now set to meet in May. The meeting, originally planned for March, was postponed twice.",
			[]string{"meeting planned 2025-05 -: anna-kell ivo-marrin"}},
	})
}

// TestWhenClauseSharesDate: a date a contact takes before ", when" also
// dates the contact the when-clause tells ("The first meeting took place in
// September 2019, when X met Y"), and the when-clause's contact does not
// take it from the contact before.
func TestWhenClauseSharesDate(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string
	}{
		{"Ana Ruiz, Tomas Berg and Lea Holm spoke. The first foreign ministers' meeting took place in September 2019, when Ruiz, Berg and Holm met Ivo Marek's predecessor, Ola Brun, on the sidelines of the assembly.",
			[]string{"call happened - -: ana-ruiz lea-holm tomas-berg", "meeting happened 2019-09 -: ana-ruiz lea-holm ola-brun tomas-berg"}},
		{"The decision was taken at ministerial talks on November 5, when Foreign Minister Ana Ruiz held discussions with Vessarian Fisheries Minister Tomas Berg.",
			[]string{"talks happened 2024-11-05 -: ana-ruiz tomas-berg"}},
		// a contact the when-clause names does not take the date from the one before it
		{"Ana Ruiz and Tomas Berg spoke on Monday. They will meet in person in Paris on October 2, when Ruiz will host the talks.",
			[]string{"call happened 2025-03-10 -: ana-ruiz tomas-berg", "meeting planned 2025-10-02 paris: ana-ruiz tomas-berg"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestWhereClauseOwnDay: a contact in a "where" clause takes the clause's
// own day over the journey's before it ("leaves on Friday for X, where she
// will hold talks with Y on Saturday"), and the journey's when it has none.
func TestWhereClauseOwnDay(t *testing.T) {
	// published Monday 2025-03-10
	checkEventCases(t, []eventCase{
		{"its own day", "President Ana Ruiz is expected to leave Oslo on Friday morning for Velmark, where she will hold talks with Prime Minister Tomas Berg on Saturday.",
			[]string{"talks planned 2025-03-15 -: ana-ruiz tomas-berg"}},
		{"the journey's day", "President Ana Ruiz flew to Velmark on Thursday, where she held talks with Prime Minister Tomas Berg.",
			[]string{"talks happened 2025-03-06 -: ana-ruiz tomas-berg"}},
	})
}
