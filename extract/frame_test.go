package extract

import "testing"

// TestFrameGathering: a gathering the lead tells of without naming anyone
// is joined by the people placed at it over the article (chairing,
// arriving, sent or represented, by video link, telling the ministers,
// joining over lunch), not by one who pulled out, nor by people of a
// contact of their own; a meeting that ended on a day after several days
// is dated by its first day.
func TestFrameGathering(t *testing.T) {
	lead := "Foreign ministers of the six Lakeland states ended a two-day meeting in Oslo on Friday with a joint statement on fisheries.\n\n" +
		"The meeting was chaired by Westland's Foreign Minister Ana Ruiz. Ostmark's Tomas Berg and Norvale's Petra Lind had arrived on Thursday, and Kestria sent its deputy foreign minister, Emil Darrow.\n\n" +
		"Velmora's Jonas Eide pulled out at the last minute, and his ambassador, Lena Brink, took his seat.\n\n" +
		"Dalmorre's Ines Varga joined both sessions by video link. Speaking from home, Varga told the ministers that the quotas must fall.\n\n"
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"placed over the article", lead,
			[]string{"meeting happened 2025-03-06 oslo: ana-ruiz emil-darrow ines-varga lena-brink petra-lind tomas-berg"}},
		{"a contact of its own", lead + "After the meeting, Berg arrived in Bergen, where he met Chancellor Olaf Rask on Saturday.",
			[]string{"meeting happened 2025-03-08 -: olaf-rask tomas-berg", "meeting happened 2025-03-06 oslo: ana-ruiz emil-darrow ines-varga lena-brink petra-lind tomas-berg"}},
		// a conference: the headline's place, the lead's days; arriving
		// for it is no visit
		{"a conference", "Donors pledge aid at Oslo conference\n\nInternational donors pledged $4 billion on Friday, closing a three-day reconstruction conference.\n\n" +
			"The conference was chaired by Foreign Minister Ana Ruiz. Prime Minister Tomas Berg, who had arrived in Oslo on Tuesday night, told the delegates that the plan was ready. Petra Lind joined the afternoon session by video link.",
			[]string{"meeting happened 2025-03-05 oslo: ana-ruiz petra-lind tomas-berg"}},
		// a gathering still to come: who will chair it, attend it, is
		// expected, is sent instead of one who will skip it; the day it
		// opens within the week it was dated by
		{"still to come", "The leaders of the five Lakeland states are due to gather in Oslo next week for their first summit in three years.\n\n" +
			"It now opens with a leaders' dinner on Tuesday, March 18. President Ana Ruiz will chair the summit. Chancellor Tomas Berg confirmed his attendance last week. Prime Minister Petra Lind is also expected.\n\n" +
			"President Emil Darrow will skip the summit, sending Prime Minister Jonas Eide instead.",
			[]string{"summit planned 2025-03-18 oslo: ana-ruiz jonas-eide petra-lind tomas-berg"}},
		// "the five Nordic states met": no reporting verb; the lead's day
		// and place for the gathering a host's welcome names
		{"a host's welcome", "The prime ministers of the five Nordic states met in Oslo on Wednesday for the first time in a year.\n\n" +
			"The host, Prime Minister Ana Ruiz, welcomed Tomas Berg, Petra Lind, Emil Darrow and Jonas Eide to a villa for an opening session.",
			[]string{"meeting happened 2025-03-05 oslo: ana-ruiz emil-darrow jonas-eide petra-lind tomas-berg"}},
		// a video summit: "Four Nordic presidents" names no one; who
		// joined from home or told the leaders, not a day in what they said
		{"a video summit", "Four Nordic presidents agreed on Wednesday to reopen their borders at a video summit.\n\n" +
			"President Ana Ruiz joined from her residence, and President Tomas Berg connected from his office. " +
			"President Petra Lind told the leaders that trucks could cross from March 20.",
			[]string{"summit happened 2025-03-05 -: ana-ruiz petra-lind tomas-berg"}},
		// a round-up: each section's gathering, no one carried across
		// the heading; "On Tuesday, all 27 EU leaders gathered"
		{"sections", "This week brought a ministerial and a summit. Here is our round-up.\n\nMINISTERS IN OSLO\n\n" +
			"On Monday, Nordic foreign ministers met in Oslo. Ana Ruiz chaired the meeting. Tomas Berg and Petra Lind flew in for it.\n\nLEADERS IN ROME\n\n" +
			"On Tuesday, all 27 EU leaders gathered in Rome. Emil Darrow opened the summit. Addressing the leaders, Jonas Eide and Lena Brink urged unity.",
			[]string{"meeting happened 2025-03-10 oslo: ana-ruiz petra-lind tomas-berg", "summit happened 2025-03-04 rome: emil-darrow jonas-eide lena-brink"}},
		// a round on its second day: the day it opened, who was there,
		// not one who had been expected to attend
		{"second day", "The fifth round of talks between the delegations entered its second day in Geneva on Wednesday.\n\n" +
			"The round opened on Tuesday with a plenary session. The envoy, Ana Ruiz, chaired the session. Tomas Berg arrived two hours late and took his seat. " +
			"Petra Lind, who had flown in overnight, told the delegates that time was short. Emil Darrow, who had been expected to attend, stayed at home.",
			[]string{"talks happened 2025-03-04 geneva: ana-ruiz petra-lind tomas-berg"}},
		// a paragraph opening with another gathering starts its own
		{"a paragraph's gathering", "President Ana Ruiz met Chancellor Tomas Berg in Oslo on Monday.\n\n" +
			"The meeting of the Nordic foreign ministers opened in Oslo on Tuesday. Petra Lind chaired the meeting. Emil Darrow and Jonas Eide flew in for it.",
			[]string{"meeting happened 2025-03-10 oslo: ana-ruiz tomas-berg", "meeting happened 2025-03-04 oslo: emil-darrow jonas-eide petra-lind"}},
		// a lead naming the countries: the people placed at the gathering
		// stand for them
		{"countries in the lead", "On Tuesday, the prime ministers of Norway, Sweden and Finland met for a summit at the royal palace.\n\n" +
			"Norwegian Prime Minister Ana Ruiz chaired the summit. Sweden was represented by Prime Minister Tomas Berg, and Finland by Petra Lind.",
			[]string{"summit happened 2025-03-04 -: ana-ruiz petra-lind tomas-berg"}},
		// the same, told through the dateline's gathering: no second
		// contact of the countries alone
		{"countries and their people", "Nordic leaders gather in Oslo\n\nOSLO — The prime ministers of Norway, Sweden and Finland sat down for a summit dinner at the royal palace on Tuesday evening.\n\n" +
			"Norwegian Prime Minister Ana Ruiz chaired the summit. Sweden was represented by Prime Minister Tomas Berg, and Finland by Petra Lind.",
			[]string{"summit happened 2025-03-04 oslo: ana-ruiz petra-lind tomas-berg"}},
		{"no gathering of many", "The two leaders ended a two-day meeting in Oslo on Friday.\n\nAna Ruiz had arrived on Thursday. Tomas Berg and Petra Lind arrived on Friday.", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkEvents(t, tc.text, tc.want)
		})
	}
}
