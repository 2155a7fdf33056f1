package extract

import (
	"strings"
	"testing"
)

// TestLeadGathering: an article with no dateline whose lead places a summit
// in a city on the day of publication (live coverage) reports from it: the
// leaders it places there by arrival cues, by something in the city or at
// the summit table attend it. Without that lead, the same cues place no one.
func TestLeadGathering(t *testing.T) {
	// published 2025-03-10 (a Monday)
	blog := "09:12\nWelcome to our live coverage of the two-day Nordic Council summit in Oslo, which opens at 13:00 today.\n\n" +
		"09:40\nPrime Minister Ana Ruiz was among the first to arrive.\n\n" +
		"10:15\nPresident Tomas Berg told reporters on his way in that the bloc must stay united.\n\n" +
		"13:20\nThe summit is open. Prime Minister Emil Darrow said in his opening remarks that trade came first."
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"live coverage", blog, []string{"summit happened 2025-03-10 oslo: ana-ruiz emil-darrow tomas-berg"}},
		// people who lead no country, placed there too
		{"not only leaders", blog + "\n\n14:05\nForeign Minister Jonas Eide is attending as an observer.",
			[]string{"summit happened 2025-03-10 oslo: ana-ruiz emil-darrow jonas-eide tomas-berg"}},
		// a summit of another day in the lead is not reported from
		{"lead of another day",
			strings.Replace(blog, "which opens at 13:00 today", "which opened last week", 1), nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkSummits(t, tc.text, tc.want) })
	}
}

// TestRepresentedBeforeNamed: "X, which ..., was represented by Y, who
// hosted the meeting" before the sentence naming the gathering's other
// people puts Y at that gathering too.
func TestRepresentedBeforeNamed(t *testing.T) {
	checkEvents(t, "Nordic leaders wrapped up a one-day summit in Oslo on Monday. Norway, which holds the group's rotating chair this year, was represented by its prime minister, Ana Ruiz, who hosted the meeting. It brought together Sweden's Tomas Berg and Finland's Emil Darrow.",
		[]string{"summit happened 2025-03-10 oslo: ana-ruiz emil-darrow tomas-berg"})
	// with no gathering to join, nothing
	checkEvents(t, "Norway, which holds the group's rotating chair this year, was represented by its prime minister, Ana Ruiz.", nil)
}

// TestAttendAlongside: "Both men are due to attend the gathering alongside
// X, its host, and Y" puts all four at the gathering named just before,
// with its date.
func TestAttendAlongside(t *testing.T) {
	checkEvents(t, "Prime Minister Ana Ruiz has yet to secure a meeting with Premier Tomas Berg, who landed in Oslo this afternoon ahead of tomorrow's Nordic Summit. Both men are due to attend the gathering alongside Emil Darrow, its host, and President Petra Lind.",
		[]string{"meeting proposed - oslo: ana-ruiz tomas-berg", "summit planned 2025-03-11 -: ana-ruiz emil-darrow petra-lind tomas-berg"})
	// attending with no gathering named: those attending it and those
	// alongside, no date
	checkEvents(t, "President Ana Ruiz attended the summit alongside President Tomas Berg.",
		[]string{"summit happened - -: ana-ruiz tomas-berg"})
}

// TestBroughtTogether: "The two-day summit, held on June 12-13 in Lima,
// brought together the host, X of A; Y of B; and the heads of two smaller
// members, Z of the C Islands and W of D" is a summit of all of them on
// its first day; "attended as guests" puts more people at it.
func TestBroughtTogether(t *testing.T) {
	checkEvents(t, "The two-day summit, held on March 5-6 in Lima, brought together the host, President Ana Ruiz of Chile; Prime Minister Tomas Berg of Peru; and the heads of the two smaller members, Emil Darrow of the Saint Bellin Islands and Petra Lind of Mirrasol. Norway's foreign minister, Jonas Eide, and Sweden's foreign minister, Karl Moss, attended as guests of the chair.",
		[]string{"summit happened 2025-03-05 lima: ana-ruiz emil-darrow jonas-eide karl-moss petra-lind tomas-berg"})
	// "The gathering brought together" with a plain list
	checkEvents(t, "The gathering brought together President Ana Ruiz of Chile and Prime Minister Tomas Berg of Peru.",
		[]string{"summit happened - -: ana-ruiz tomas-berg"})
	// no gathering as the subject: no summit
	checkEvents(t, "The crisis brought together President Ana Ruiz of Chile and Prime Minister Tomas Berg of Peru.", nil)
}

// TestMealsAndReceptions: "had breakfast with X" is a meeting; "at a
// reception ..., X and Y were joined by Z", with no contact of X and Y
// told just before, is a gathering of the three.
func TestMealsAndReceptions(t *testing.T) {
	checkEvents(t, "Prime Minister Ana Ruiz went straight to the palace, where she had breakfast with President Tomas Berg on Friday.",
		[]string{"meeting happened 2025-03-07 -: ana-ruiz tomas-berg"})
	checkEvents(t, "That evening, at a reception hosted by the federation, President Ana Ruiz and Prime Minister Tomas Berg were joined by Emil Darrow, the former prime minister.",
		[]string{"meeting happened - -: ana-ruiz emil-darrow tomas-berg"})
	// joined with no occasion and no contact before: nothing
	checkEvents(t, "President Ana Ruiz and Prime Minister Tomas Berg were joined by Emil Darrow in the campaign.", nil)
}

// TestAttendanceLists: a gathering told of without its people ("Leaders
// gathered in Oslo on Tuesday") takes the people of the sentences after
// it that list them ("Present were ...", "Around the table were ...",
// "Also attending were ..."), its chair ("The meeting ... was chaired by
// X"), a delegate sent for a country ("Norland sent its ambassador, X")
// and one who "took part in both sessions". A list with no contact word
// near it is no contact.
func TestAttendanceLists(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		name, text string
		want       []string
	}{
		{"present were, also attending were",
			"Leaders of the five member states of the Nordic Council gathered in Oslo on Tuesday for a summit. Present were President Ana Ruiz of Norland, who hosted the meeting in the old hall, Vesmark's Prime Minister Tomas Berg and President Ola Brun of Eskland. Also attending were Prime Minister Ivan Kolar and Chancellor Emil Darrow of Ostmark.",
			[]string{"summit happened 2025-03-04 oslo: ana-ruiz emil-darrow ivan-kolar ola-brun tomas-berg"}},
		{"chair, around the table, a delegate sent, took part",
			"Foreign ministers of the Nordic Council ended their annual meeting in Oslo on Wednesday. The meeting, which opened on Tuesday at the council's secretariat, was chaired by Norland's Foreign Minister Ana Ruiz. Around the table were Vesmark's Foreign Minister Tomas Berg and Eskland's Ola Brun. Finland, whose foreign minister stayed at home, sent its ambassador, Ivan Kolar. The council's secretary-general, Emil Darrow, took part in both sessions.",
			[]string{"meeting happened 2025-03-04 oslo: ana-ruiz emil-darrow ivan-kolar ola-brun tomas-berg"}},
		{"seated around the table with her, represented by",
			"Ministers from five countries met in Oslo on Tuesday for a round table. The meeting was hosted by Norway's Foreign Minister Ana Ruiz. Seated around the table with her were Sweden's Tomas Berg and Finland's Ola Brun. Denmark was represented by its minister for fisheries, Ivan Kolar.",
			[]string{"meeting happened 2025-03-04 oslo: ana-ruiz ivan-kolar ola-brun tomas-berg"}},
		{"a call brought together, joined by, also attended by",
			"Foreign ministers of a new contact group held their first meeting by video conference on Tuesday. The meeting brought together Norway's Foreign Minister Ana Ruiz, who chaired it from Oslo, and her counterparts from Sweden and Finland: Tomas Berg and Ola Brun. They were joined by the secretary-general of the Nordic Council, Ivan Kolar. The call, which lasted two hours, was also attended by the UN envoy for the region, Emil Darrow, who briefed the ministers.",
			[]string{"call happened 2025-03-04 -: ana-ruiz emil-darrow ivan-kolar ola-brun tomas-berg"}},
		{"joined on the line, joined the call for its last minutes",
			"The prime ministers of three Nordic states held a rare three-way telephone call on Tuesday. Norway's Ana Ruiz, who proposed the call, was joined on the line by Tomas Berg of Sweden and Finland's Ola Brun. Danish Prime Minister Ivan Kolar joined the call for its final twenty minutes at Ruiz's invitation, officials said.",
			[]string{"call happened 2025-03-04 -: ana-ruiz ivan-kolar ola-brun tomas-berg"}},
		{"joined with no object, only a time",
			"Ana Ruiz and Tomas Berg began a call with Ola Brun shortly after 7 p.m. on Tuesday. Ivan Kolar, who was returning from a visit to the front, joined about twenty minutes later, his office said.",
			[]string{"call happened 2025-03-04 -: ana-ruiz ivan-kolar ola-brun tomas-berg"}},
		{"was joined at the summit by",
			"President Ana Ruiz, the host, was joined at the summit by Prime Minister Tomas Berg and President Ola Brun.",
			[]string{"summit happened - -: ana-ruiz ola-brun tomas-berg"}},
		{"were joined by video link by",
			"Ana Ruiz and Tomas Berg met in Lima on Friday. In the evening, the two were joined by video link by Prime Minister Ola Brun.",
			[]string{"meeting happened 2025-03-07 lima: ana-ruiz tomas-berg", "call happened 2025-03-07 -: ana-ruiz ola-brun tomas-berg"}},
		{"joined the group",
			"Ana Ruiz, Ivan Kolar and Tomas Berg met in Lima on Friday. Ola Brun joined the group for the working lunch.",
			[]string{"meeting happened 2025-03-07 lima: ana-ruiz ivan-kolar ola-brun tomas-berg"}},
		{"joined the three remaining ministers",
			"Ana Ruiz, Ivan Kolar and Tomas Berg met in Lima on Friday. Ola Brun joined the three remaining ministers for the working lunch.",
			[]string{"meeting happened 2025-03-07 lima: ana-ruiz ivan-kolar ola-brun tomas-berg"}},
		{"joined the group years before: no contact",
			"Ana Ruiz, Ivan Kolar and Tomas Berg met in Lima on Friday. Ola Brun joined the group in 2010.",
			[]string{"meeting happened 2025-03-07 lima: ana-ruiz ivan-kolar tomas-berg"}},
		{"chaired the talks, then was joined by",
			"The Nordic prime ministers agreed on Tuesday to pool research money, at a meeting on the margins of the council's annual session. Norway's Ana Ruiz chaired the talks at the parliament. She was joined by Finland's Tomas Berg, Denmark's Ola Brun and Iceland's Lena Ortiz.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz lena-ortiz ola-brun tomas-berg"}},
		{"a gathering with a place before brought together, a date after the list",
			"The talks in Lima brought together Ana Ruiz, Tomas Berg and Ola Brun on Tuesday.",
			[]string{"talks happened 2025-03-04 lima: ana-ruiz ola-brun tomas-berg"}},
		{"stayed in another city: absent",
			"The Nordic prime ministers agreed on Tuesday to pool research money, at a meeting on the margins of the council's annual session. Norway's Ana Ruiz chaired the talks at the parliament. She was joined by Finland's Tomas Berg and Denmark's Ola Brun. Lena Ortiz, Sweden's caretaker prime minister, stayed in Stockholm for a fresh round of coalition talks, and Sweden was represented by Foreign Minister Petra Lind.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz ola-brun petra-lind tomas-berg"}},
		{"missed the meeting with: no contact",
			"Ana Ruiz stayed behind in Lima with a fever and missed the meeting with Prime Minister Tomas Berg in the capital.",
			nil},
		{"skipped the talks with: no contact",
			"Ana Ruiz skipped the talks with Tomas Berg on Tuesday.",
			nil},
		{"joined the government: no contact",
			"Ana Ruiz and Tomas Berg met in Lima on Tuesday. Ivan Kolar joined the government in 2010.",
			[]string{"meeting happened 2025-03-04 lima: ana-ruiz tomas-berg"}},
		{"sat in on the meeting, as did",
			"Foreign Minister Ola Brun and Trade Minister Ivan Kolar came too. On Friday, President Ana Ruiz held talks with Prime Minister Tomas Berg at his residence. Brun and Kolar sat in on the meeting, as did Norway's Foreign Minister Emil Darrow.",
			[]string{"meeting happened 2025-03-07 -: ana-ruiz emil-darrow ivan-kolar ola-brun tomas-berg"}},
		{"a list with no contact near it",
			"The prize went to a novel about the sea. Present were President Ana Ruiz and Prime Minister Tomas Berg.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestTwoLeadersGroupOfTwo: "the two leaders" is the latest group of two
// people, not a larger group named since.
func TestTwoLeadersGroupOfTwo(t *testing.T) {
	checkEvents(t, "Ana Ruiz and Tomas Berg spoke by phone on Monday. Ola Brun, Ivan Kolar and Emil Darrow met in Oslo on Tuesday. The two leaders last met in May.",
		[]string{"call happened 2025-03-10 -: ana-ruiz tomas-berg", "meeting happened 2025-03-04 oslo: emil-darrow ivan-kolar ola-brun", "meeting happened 2024-05 -: ana-ruiz tomas-berg"})
}

// TestGatheringSpeakers: a gathering told of first is joined by those a
// later sentence says it "heard from", by a territory's representative,
// and a contact "on the margins of the round table" takes its day and
// place; not one still to come.
func TestGatheringSpeakers(t *testing.T) {
	lead := "Ministers met in Oslo on Tuesday for a round table on shipping. It was hosted by Foreign Minister Ana Ruiz, with Foreign Minister Tomas Berg and Transport Minister Petra Lind. "
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"heard from", lead + "The round table also heard from Emil Darrow, head of the rescue centre, and from the chair of the council, Jonas Eide, who spoke at the closing session.",
			[]string{"meeting happened 2025-03-04 oslo: ana-ruiz emil-darrow jonas-eide petra-lind tomas-berg"}},
		{"a territory represented", lead + "Greenland was represented by its minister for fisheries and hunting, Emil Darrow.",
			[]string{"meeting happened 2025-03-04 oslo: ana-ruiz emil-darrow petra-lind tomas-berg"}},
		{"on the margins", lead + "\n\nOn the margins of the round table, Berg and Lind met to discuss an order for two icebreakers.",
			[]string{"meeting happened 2025-03-04 oslo: ana-ruiz petra-lind tomas-berg", "meeting happened 2025-03-04 oslo: petra-lind tomas-berg"}},
		{"on the margins, still to come", lead + "\n\nBerg is scheduled to hold meetings with several ministers on the sidelines of the round table, including Lind.",
			[]string{"meeting happened 2025-03-04 oslo: ana-ruiz petra-lind tomas-berg", "meeting planned - -: petra-lind tomas-berg"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEvents(t, tc.text, tc.want)
		})
	}
}

// TestBodySummitAfterByline: a summit of a body told after a contact ("met
// in Lisbon ahead of Thursday's summit of the Group of 20") in an article
// whose dateline, past a byline, is that city's gathers the leaders the
// article places at it: on its sidelines, hosting it, at it.
func TestBodySummitAfterByline(t *testing.T) {
	// published 2025-03-10 (a Monday)
	story := "Ruiz and Berg agree to talk\n\nBy Jon Mets and Eva Lind\n\n" +
		"LISBON, March 10 (Coast Wire) - President Ana Ruiz and President Tomas Berg agreed on Monday to reopen talks.\n\n" +
		"The two leaders met at a hotel in Lisbon, ahead of Thursday's summit of the Group of 20.\n\n" +
		"On Thursday, Ruiz is due to hold talks with Prime Minister Emil Darrow on the sidelines of the summit, which President Petra Lind will host."
	checkSummits(t, story, []string{"summit planned 2025-03-13 lisbon: ana-ruiz emil-darrow petra-lind tomas-berg"})
}

// checkSummits compares the summits extracted from text (published
// 2025-03-10) with want.
func checkSummits(t *testing.T, text string, want []string) {
	t.Helper()
	var got []string
	for _, l := range eventLines(run(t, text)) {
		if strings.HasPrefix(l, "summit") {
			got = append(got, l)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

// TestDelegationsBroughtTogether: "brought together delegations from A,
// the Republic of B (ROB) and C" is a gathering of those countries (a
// short name in brackets does not end the list); when a later sentence
// lists the heads of delegation, they stand for the countries.
func TestDelegationsBroughtTogether(t *testing.T) {
	lead := "Talks close in Geneva\n\nThe three-day talks, which opened Wednesday at a lakeside hotel, brought together delegations from Norway, the Republic of Finland (ROF), Sweden and Iceland."
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"countries", lead, []string{"talks happened 2025-03-05 -: finland iceland norway sweden"}},
		{"their heads", lead + " Ana Ruiz of Norway chaired the talks. The other heads of delegation were Finland's Deputy Foreign Minister Tomas Berg, Sweden's envoy Emil Darrow and Iceland's Deputy Foreign Minister Eva Lind.",
			[]string{"talks happened 2025-03-05 -: ana-ruiz emil-darrow eva-lind tomas-berg"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestOfficeHoldersAndSpokespeople: "the leaders of A, B and C" are the
// people the article names as those countries' leaders (a person stands
// for their country), each only when there is one; a person named only as
// a spokesperson announces a contact and is no party to it.
func TestOfficeHoldersAndSpokespeople(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"leaders named after the call",
			"The leaders of Norland, Vesmark and Eskland spoke by phone on Friday. Chancellor Emil Darrow of Norland, Prime Minister Lena Ortiz of Vesmark and President Jonas Eide of Eskland agreed to meet in May.",
			[]string{"call happened 2025-03-07 -: emil-darrow jonas-eide lena-ortiz", "meeting planned 2025-05 -: emil-darrow jonas-eide lena-ortiz"}},
		{"a country with two leaders named stays",
			"The leaders of Norland and Vesmark spoke by phone on Friday. President Emil Darrow of Norland, Prime Minister Petra Lind of Norland and Prime Minister Lena Ortiz of Vesmark will meet in May.",
			[]string{"call happened 2025-03-07 -: lena-ortiz norland", "meeting planned 2025-05 -: emil-darrow lena-ortiz petra-lind"}},
		{"a spokesperson is no party",
			"Ivan Kolar is expected to travel to Lima in January for his first meeting with Ana Ruiz, Kremlin spokesman Tomas Berg told reporters on Thursday.",
			[]string{"visit planned 2026-01 lima: ana-ruiz ivan-kolar"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestPluralTitlesOfCountries: "the foreign ministers of A and B", with
// countries the lexicon lacks, names the countries; a plural title opening
// the sentence ("Leaders of A, B and C gathered") reads as "the leaders of".
func TestPluralTitlesOfCountries(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"the foreign ministers of unknown countries",
			"The foreign ministers of Norland and Vesmark met in Lima on Tuesday.",
			[]string{"meeting happened 2025-03-04 lima: norland vesmark"}},
		{"a plural title opening the sentence",
			"Foreign ministers of Norland, Vesmark and Eskland met in Lima on Tuesday.",
			[]string{"meeting happened 2025-03-04 lima: eskland norland vesmark"}},
		{"leaders opening the sentence, known countries",
			"Leaders of Chile, Peru and Brazil gathered for a summit in Lima on Tuesday.",
			[]string{"summit happened 2025-03-04 lima: brazil chile peru"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkEvents(t, tc.text, tc.want) })
	}
}

// TestBylineWriterNoActor: the writer a byline names is no actor of the
// story: "the two leaders" are not the writer and the one leader named.
func TestBylineWriterNoActor(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"two leaders", "By Maren Lund, Diplomatic Correspondent\n\nPresident Ana Ruiz arrived in Lima on Monday. The two leaders met on Tuesday.",
			[]string{"visit happened 2025-03-10 lima: ana-ruiz peru"}},
	})
}

// TestBylineNoGroup: the names of a byline are no group a later group noun
// ("the leaders of the four countries") may stand for.
func TestBylineNoGroup(t *testing.T) {
	r := run(t, "Leaders meet on screens\n\nBy Maren Lund, Political Editor, The Norland Courier\n\nThe leaders of the four Lowland Compact countries agreed on Tuesday to reopen their internal borders by mid-July, at a virtual summit chaired from Aldbury by Prime Minister Ana Ruiz.")
	for _, line := range eventLines(r) {
		if strings.Contains(line, "maren-lund") || strings.Contains(line, "political-editor") {
			t.Errorf("a byline's name in a contact: %q", line)
		}
	}
}
