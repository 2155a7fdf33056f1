package extract

import (
	"io/fs"
	"strings"
	"testing"
	"time"

	"github.com/eventgraph/eventgraph/data"
	"github.com/eventgraph/eventgraph/schema"
)

func newTestDateFinder(t testing.TB) *DateFinder {
	t.Helper()
	f, err := NewDateFinder(data.Lexicon())
	if err != nil {
		t.Fatal(err)
	}
	return f
}

// dct21 is Tuesday 21 October 2025, the publication date of the example article.
var dct21 = time.Date(2025, 10, 21, 0, 0, 0, 0, time.UTC)

func TestDateFinderFind(t *testing.T) {
	f := newTestDateFinder(t)
	type want struct{ text, typ, value, mod string }
	tests := []struct {
		name string
		text string
		dct  time.Time
		want []want // in order; nil: none
	}{
		{"weekday past", "This comes despite Russia on Monday stating that Lavrov and Rubio held a talk.", dct21, []want{{"Monday", "DATE", "2025-10-20", ""}}},
		{"weekday future", "The two ministers will meet on Friday in Budapest.", dct21, []want{{"Friday", "DATE", "2025-10-24", ""}}},
		{"weekday past far", "Officials met on Friday.", dct21, []want{{"Friday", "DATE", "2025-10-17", ""}}},
		{"weekday plan seen from the past", "A meeting that had been set for Wednesday was called off.", dct21, []want{{"Wednesday", "DATE", "2025-10-22", ""}}},
		// a perfect infinitive after "was to" is a plan whose time is over,
		// no present perfect that looks ahead
		{"was to have been hosted", "A dinner that was to have been hosted by the king on Wednesday was called off.", dct21, []want{{"Wednesday", "DATE", "2025-10-15", ""}}},
		{"was to have been hosted, a day after", "A dinner that was to have been hosted by the king on Monday was called off.", dct21, []want{{"Monday", "DATE", "2025-10-20", ""}}},
		// "a day later than planned" is how long the delay was, no date
		{"later than planned", "They met on Tuesday, a day later than planned.", dct21, []want{{"Tuesday", "DATE", "2025-10-21", ""}, {"a day", "DURATION", "P1D", ""}}},
		{"two weeks earlier than expected", "The summit opened two weeks earlier than expected.", dct21, []want{{"two weeks", "DURATION", "P2W", ""}}},
		// the period of an abbreviated title ends no sentence: the plan's
		// tense reaches the date after the name
		{"a plan across an abbreviated title", "A trade mission, where Ana Ruiz had been due to meet Norland Gov. Tomas Berg on November 3, has been cancelled.", dct21, []want{{"November 3", "DATE", "2025-11-03", ""}}},
		// "to be held" looks ahead; "was to be held" either side
		{"to be held", "X invited Y to take part in the forum, to be held from November 1 to 3.", dct21, []want{{"November 1", "DATE", "2025-11-01", ""}}},
		{"was to be held", "The summit, which was to be held on October 2, was cancelled.", dct21, []want{{"October 2", "DATE", "2025-10-02", ""}}},
		{"half of a month", "They expect to meet in the second half of November.", dct21, []want{{"November", "DATE", "2025-11", ""}}},
		// an anaphoric day anchored on the thing named after it
		{"same day as a thing named", "Leaders met at a summit on Monday. On Friday, they flew home. The same day as the summit, Ana Ruiz met Tomas Berg.", dct21, []want{{"Monday", "DATE", "2025-10-20", ""}, {"Friday", "DATE", "2025-10-17", ""}, {"The same day", "DATE", "2025-10-20", ""}}},
		{"last night", "The call took place last night.", dct21, []want{{"last night", "TIME", "2025-10-20TNI", ""}}},
		{"an invitation's season is the nearest", "Ruiz invited Berg to Oslo in the spring.", dct21, []want{{"the spring", "DATE", "2026-SP", ""}}},
		{"a week by its number", "The leaders will meet in Oslo in week 44, and again in week 2.", dct21, []want{{"week 44", "DATE", "2025-W44", ""}, {"week 2", "DATE", "2026-W02", ""}}},
		{"the week of a day", "The fourth round will be held in the week of November 17.", dct21, []want{{"the week of November 17", "DATE", "2025-W47", ""}}},
		{"the eve of a thing named", "The summit opened on Thursday morning. On the eve of the summit, Ana Ruiz met Tomas Berg.", dct21, []want{{"Thursday morning", "TIME", "2025-10-16TMO", ""}, {"the eve", "DATE", "2025-10-15", ""}}},
		// a future clause's day of a month months gone by is next year's,
		// however far from its verb; a recent one stays
		{"future clause far day", "Both delegations will be back in the capital for a new round on August 15.", dct21, []want{{"August 15", "DATE", "2026-08-15", ""}}},
		{"future clause recent day", "The report will describe what the envoys found in the capital on October 14.", dct21, []want{{"October 14", "DATE", "2025-10-14", ""}}},
		// a live blog's stamp opening a line is of the day of publication,
		// not of the last day the text named
		{"live blog stamp", "The talks began on 5 February.\n14:32 - The leaders arrived.", dct21, []want{{"5 February", "DATE", "2025-02-05", ""}, {"14:32", "TIME", "2025-10-21T14:32", ""}}},
		// a relative clause set off by commas before the date: the verb before it
		{"past a relative clause", "Ana Ruiz met Tomas Berg, who chairs the council, on Sunday.", dct21, []want{{"Sunday", "DATE", "2025-10-19", ""}}},
		// a list's year heading gives its entries' month and day a year;
		// the list ends at a line that opens otherwise
		{"year heading over a list", "KEY DATES\n\n1984\nJan. 7–8 — Ana Ruiz and Tomas Berg meet in Geneva.\n19 November: Second round.\n\n1985\nMarch 13 — Ruiz sees Berg in Oslo.\n\nRuiz said on March 13 they would meet again.", dct21, []want{{"1984", "DATE", "1984", ""}, {"Jan. 7", "DATE", "1984-01-07", ""}, {"19 November", "DATE", "1984-11-19", ""}, {"1985", "DATE", "1985", ""}, {"March 13", "DATE", "1985-03-13", ""}, {"March 13", "DATE", "2025-03-13", ""}}},
		// a line's label with a year carries it to the lines after it;
		// a span of years heads a list with its first year
		{"a list's label year carries", "1998–2000\nMay 1998 — A clash at the border.\nJune 18, 2000 — Ruiz and Berg sign a truce.\nDec. 12 — They sign the accord.", dct21, []want{{"1998", "DATE", "1998", ""}, {"2000", "DATE", "2000", ""}, {"May 1998", "DATE", "1998-05", ""}, {"June 18, 2000", "DATE", "2000-06-18", ""}, {"Dec. 12", "DATE", "2000-12-12", ""}}},
		{"a span of days with its year", "July 9–11, 1971 — Ruiz holds talks with Berg.", dct21, []want{{"July 9–11, 1971", "DATE", "1971-07-09", ""}}},
		// a schedule's days: short weekdays without their dot before a
		// day's number, a clock time and a part of the day under a day's
		// heading
		{"short weekdays in a list", "DAY BY DAY\nWed 8 Oct — Soldiers arrested.\nThu 9 — Envoy recalled.", dct21, []want{{"Wed 8 Oct", "DATE", "2025-10-08", ""}, {"Thu 9", "DATE", "2025-10-09", ""}}},
		{"a schedule under day headings", "THURSDAY 16 OCTOBER\nEvening — Ruiz dines with Berg.\n\nFRIDAY 17 OCTOBER\n08:45 Ruiz–Brun.", dct21, []want{{"THURSDAY 16 OCTOBER", "DATE", "2025-10-16", ""}, {"Evening", "TIME", "2025-10-16TEV", ""}, {"FRIDAY 17 OCTOBER", "DATE", "2025-10-17", ""}, {"08:45", "TIME", "2025-10-17T08:45", ""}}},
		{"a heading's last word is no shift", "WHAT HAPPENS NEXT\nSaturday — The ministers meet in Oslo.", dct21, []want{{"Saturday", "DATE", "2025-10-18", ""}}},
		// an invitation's infinitive looks ahead, past its object; not
		// past a comma ("following his trip in September" is another time)
		{"invited to visit in a month", "Ruiz invited him to visit Oslo in July.", dct21, []want{{"July", "DATE", "2026-07", ""}}},
		{"invited, following a trip", "Ruiz invited him to visit again, following his trip to Oslo in September.", dct21, []want{{"September", "DATE", "2025-09", ""}}},
		{"live blog stamp before a capitalised word", "He spoke on 5 February.\n14:20 The leaders have arrived.\n14:50 Talks began.", dct21, []want{{"5 February", "DATE", "2025-02-05", ""}, {"14:20", "TIME", "2025-10-21T14:20", ""}, {"14:50", "TIME", "2025-10-21T14:50", ""}}},
		{"live blog stamp alone on its line", "The talks began on 5 February.\n14:32\nThe leaders arrived.", dct21, []want{{"5 February", "DATE", "2025-02-05", ""}, {"14:32", "TIME", "2025-10-21T14:32", ""}}},
		{"set for a month", "The talks are set for December.", dct21, []want{{"December", "DATE", "2025-12", ""}}},
		// a weekday and a day of the month: the month it falls in
		{"weekday the Nth ahead", "The leaders will meet on Friday the 31st.", dct21, []want{{"Friday the 31st", "DATE", "2025-10-31", ""}}},
		{"weekday, the Nth past", "They spoke on Monday, the 13th.", dct21, []want{{"Monday, the 13th", "DATE", "2025-10-13", ""}}},
		// a season of a year told relative to now
		{"season next year", "The summit is planned for spring next year.", dct21, []want{{"spring next year", "DATE", "2026-SP", ""}}},
		{"the season of last year", "They met in the autumn of last year.", dct21, []want{{"the autumn of last year", "DATE", "2024-FA", ""}}},
		{"no season in a verb", "Prices fall next year.", dct21, []want{{"next year", "DATE", "2026", ""}}},
		// a participle after its noun with an agent has no tense; a past
		// verb before "by" keeps its own
		{"participle with an agent", "Mediators are due to meet a delegation led by Ana Ruiz on Friday.", dct21, []want{{"Friday", "DATE", "2025-10-24", ""}}},
		{"past verb before by", "Ana Ruiz also spoke by telephone with Tomas Berg on Monday.", dct21, []want{{"Monday", "DATE", "2025-10-20", ""}}},
		// a present perfect with an adverb is of the past; ", but" opens
		// another clause whose own verb decides
		{"present perfect past an adverb", "They have also spoken by phone several times over the summer.", time.Date(2025, 3, 10, 0, 0, 0, 0, time.UTC), []want{{"the summer", "DATE", "2024-SU", ""}}},
		{"but opens another clause", "The two have spoken by telephone several times since September, but Saturday's talks will be their first meeting.", time.Date(2001, 11, 9, 0, 0, 0, 0, time.UTC), []want{{"September", "DATE", "2001-09", ""}, {"Saturday", "DATE", "2001-11-10", ""}}},
		{"weekday in a named week", "Talks begin on Wednesday next week.", dct21, []want{{"Wednesday", "DATE", "2025-10-29", ""}, {"next week", "DATE", "2025-W44", ""}}},
		{"weekday same day", "Bombs exploded Tuesday in two capitals.", dct21, []want{{"Tuesday", "DATE", "2025-10-21", ""}}},
		{"next week", "Rubio is not likely to recommend the meeting move forward next week.", dct21, []want{{"next week", "DATE", "2025-W44", ""}}},
		{"this week", "They could speak again this week.", dct21, []want{{"this week", "DATE", "2025-W43", ""}}},
		{"last week", "They spoke last week.", dct21, []want{{"last week", "DATE", "2025-W42", ""}}},
		{"earlier this August", "The two leaders had earlier this August met in Anchorage.", dct21, []want{{"earlier this August", "DATE", "2025-08", "START"}}},
		{"on October 16", "On October 16, Trump had a phone conversation with Putin.", dct21, []want{{"October 16", "DATE", "2025-10-16", ""}}},
		{"full date", "They met in Anchorage, Alaska on August 15, 2025. Photograph: Reuters", dct21, []want{{"August 15, 2025", "DATE", "2025-08-15", ""}}},
		{"this year", "They agreed to meet for a second summit this year.", dct21, []want{{"this year", "DATE", "2025", ""}}},
		{"year in name", "a reference to the 1994 Budapest Memorandum", dct21, []want{{"1994", "DATE", "1994", ""}}},
		{"soviet times", "the nuclear arsenals they inherited from Soviet times.", dct21, nil},
		{"day month", "The vote was held on 13 May.", dct21, []want{{"13 May", "DATE", "2025-05-13", ""}}},
		{"day month year", "The vote was held on 13 May 2024.", dct21, []want{{"13 May 2024", "DATE", "2024-05-13", ""}}},
		{"month year", "Prices rose in May 2024.", dct21, []want{{"May 2024", "DATE", "2024-05", ""}}},
		{"year", "Prices rose in 2025.", dct21, []want{{"2025", "DATE", "2025", ""}}},
		{"yesterday today tomorrow", "He left yesterday, speaks today and returns tomorrow.", dct21, []want{{"yesterday", "DATE", "2025-10-20", ""}, {"today", "DATE", "2025-10-21", ""}, {"tomorrow", "DATE", "2025-10-22", ""}}},
		{"ordinal day", "The talks opened on October 3rd.", dct21, []want{{"October 3rd", "DATE", "2025-10-03", ""}}},
		{"abbreviated month", "The report was filed Sept. 30.", dct21, []want{{"Sept. 30", "DATE", "2025-09-30", ""}}},
		// the clause's own verb, however far, over an attribution after a comma
		{"far future verb", "Foreign Minister Ana Ruiz will travel to Geneva to meet Vesmark's long-serving Foreign Minister Tomas Berg on Friday, officials said.", dct21, []want{{"Friday", "DATE", "2025-10-24", ""}}},
		{"near past after comma", "On Friday, officials met.", dct21, []want{{"Friday", "DATE", "2025-10-17", ""}}},
		// a new date after a postponement, a proposed meeting's day: ahead
		{"postponed to", "The summit was pushed back to late May.", dct21, []want{{"late May", "DATE", "2026-05", "END"}}},
		{"proposed meeting", "Ana Ruiz proposed meeting Tomas Berg in Geneva on Thursday.", dct21, []want{{"Thursday", "DATE", "2025-10-23", ""}}},
		// days counted from the day the sentence names next
		{"the day before a date", "The envoy arrived the day before talks began on 6 October.", dct21, []want{{"the day before", "DATE", "2025-10-05", ""}, {"6 October", "DATE", "2025-10-06", ""}}},
		{"days after a date", "Two days after the vote on 6 October, they spoke.", dct21, []want{{"Two days after", "DATE", "2025-10-08", ""}, {"6 October", "DATE", "2025-10-06", ""}}},
		{"not the day after falling", "Shares rebounded late in the day after falling on 6 October.", dct21, []want{{"the day", "DATE", "2025-10-21", ""}, {"6 October", "DATE", "2025-10-06", ""}}},
		// "in the morning": that part of the day last spoken of
		{"in the morning", "The leaders met on Monday. In the morning they toured the port, and in the afternoon they held talks.", dct21, []want{{"Monday", "DATE", "2025-10-20", ""}, {"the morning", "TIME", "2025-10-20TMO", ""}, {"the afternoon", "TIME", "2025-10-20TAF", ""}}},
		// "last-minute" is an adjective, no past
		{"a last-minute adjective", "Yet on Wednesday, barring a last-minute collapse, the four leaders are due to meet in Minsk.", dct21, []want{{"Wednesday", "DATE", "2025-10-22", ""}}},
		// two days joined by "and" before their month: each a day
		{"two days joined by and", "The talks will be held on 17 and 18 June.", dct21, []want{{"17", "DATE", "2026-06-17", ""}, {"18 June", "DATE", "2026-06-18", ""}}},
		{"a count and a day", "They met 17 and 28 June.", dct21, []want{{"28 June", "DATE", "2025-06-28", ""}}},
		// a schedule's present: the coming day; a weekday opening the
		// sentence takes the present verb right after its subject
		{"a schedule's present", "The minister travels to Oslo on Thursday for talks.", dct21, []want{{"Thursday", "DATE", "2025-10-23", ""}}},
		{"a weekday opening a schedule's present", "On Monday the minister flies to Jakarta for talks.", dct21, []want{{"Monday", "DATE", "2025-10-27", ""}}},
		{"a weekday opening a past", "On Monday, the minister flew to Jakarta for talks.", dct21, []want{{"Monday", "DATE", "2025-10-20", ""}}},
		{"a weekday opening a list item's present", "- On Monday, the minister travels to Jakarta for talks.", dct21, []want{{"Monday", "DATE", "2025-10-27", ""}}},
		// an irregular past far after a present in a relative clause
		{"an irregular past after a relative clause", "The envoy, a former president who serves as the union's representative for the region, spent five hours on Saturday with the rebels.", dct21, []want{{"five hours", "DURATION", "PT5H", ""}, {"Saturday", "DATE", "2025-10-18", ""}}},
		// "a planned summit": an adjective, the plan on either side
		{"a planned contact in a month", "A planned summit in September was called off.", dct21, []want{{"September", "DATE", "2025-09", ""}}},
		{"a passive present is no past", "The appeal is heard on Thursday.", dct21, []want{{"Thursday", "DATE", "2025-10-23", ""}}},
		// "the week before," told alone: the week before the one last
		// spoken of (here the publication's); a month and a year likewise
		{"the week before, alone", "The week before, the two ministers met in Oslo.", dct21, []want{{"The week before", "DATE", "2025-W42", ""}}},
		{"the month after, alone", "They met in March 2024. The month after, they spoke by phone.", dct21, []want{{"March 2024", "DATE", "2024-03", ""}, {"The month after", "DATE", "2024-04", ""}}},
		{"the year before, alone", "The summit was held in 2019. The year before, the two leaders met in Oslo.", dct21, []want{{"2019", "DATE", "2019", ""}, {"The year before", "DATE", "2018", ""}}},
		{"the day before, alone", "They met on Monday. The day before, he had held talks in Oslo.", dct21, []want{{"Monday", "DATE", "2025-10-20", ""}, {"The day before", "DATE", "2025-10-19", ""}}},
		// ranges of days: each day a timex, the first day first
		{"range month days", "The summit will be held on November 20-21 in Vienna.", dct21, []want{{"November 20", "DATE", "2025-11-20", ""}, {"21", "DATE", "2025-11-21", ""}}},
		{"range month days year", "The forum met on Feb. 27-28, 2024.", dct21, []want{{"Feb. 27", "DATE", "2024-02-27", ""}, {"28, 2024", "DATE", "2024-02-28", ""}}},
		{"range days month", "The visit is planned for 20-22 November.", dct21, []want{{"20", "DATE", "2025-11-20", ""}, {"22 November", "DATE", "2025-11-22", ""}}},
		{"range from to", "The talks ran from 3 to 5 October.", dct21, []want{{"3", "DATE", "2025-10-03", ""}, {"5 October", "DATE", "2025-10-05", ""}}},
		{"range between and", "The forum took place between 6 and 8 October.", dct21, []want{{"6", "DATE", "2025-10-06", ""}, {"8 October", "DATE", "2025-10-08", ""}}},
		{"range across months", "The conference runs November 30-December 2.", dct21, []want{{"November 30", "DATE", "2025-11-30", ""}, {"December 2", "DATE", "2025-12-02", ""}}},
		{"no range: a score", "The vote was 3-2 on 5 October.", dct21, []want{{"5 October", "DATE", "2025-10-05", ""}}},
		{"no range: to without from", "The deadline moved from Monday to 5 October.", dct21, []want{{"Monday", "DATE", "2025-10-20", ""}, {"5 October", "DATE", "2025-10-05", ""}}},
		{"weekday and date", "It was signed Friday, Oct. 23, 1998.", dct21, []want{{"Friday, Oct. 23, 1998", "DATE", "1998-10-23", ""}}},
		{"future month day past year", "The summit will be held on January 12.", dct21, []want{{"January 12", "DATE", "2026-01-12", ""}}},
		{"past month day last year", "The deal was signed on December 2.", dct21, []want{{"December 2", "DATE", "2024-12-02", ""}}},
		{"last month", "Sales fell last month.", dct21, []want{{"last month", "DATE", "2025-09", ""}}},
		{"next year", "Sales will rise next year.", dct21, []want{{"next year", "DATE", "2026", ""}}},
		{"last year", "Sales fell last year.", dct21, []want{{"last year", "DATE", "2024", ""}}},
		{"two weeks ago", "He resigned two weeks ago.", dct21, []want{{"two weeks ago", "DATE", "2025-W41", ""}}},
		{"three years ago", "He resigned three years ago.", dct21, []want{{"three years ago", "DATE", "2022", ""}}},
		{"days ago", "He resigned 11 days ago.", dct21, []want{{"11 days ago", "DATE", "2025-10-10", ""}}},
		{"in two weeks", "He will return in two weeks.", dct21, []want{{"two weeks", "DURATION", "P2W", ""}}},
		{"mid-June", "The talks stalled in mid-June.", dct21, []want{{"mid-June", "DATE", "2025-06", "MID"}}},
		{"late October", "The talks stalled in late October.", dct21, []want{{"late October", "DATE", "2025-10", "END"}}},
		{"early 2024", "The talks stalled in early 2024.", dct21, []want{{"early 2024", "DATE", "2024", "START"}}},
		{"end of year", "The plant closes at the end of 1990.", dct21, []want{{"the end of 1990", "DATE", "1990", "END"}}},
		{"decade", "Growth was fast in the 1990s.", dct21, []want{{"the 1990s", "DATE", "199", ""}}},
		{"late decade", "Growth was fast in the late 1970s.", dct21, []want{{"the late 1970s", "DATE", "197", "END"}}},
		{"century", "It was built in the 20th century.", dct21, []want{{"the 20th century", "DATE", "19", ""}}},
		{"last spring", "The plan was drafted last spring.", dct21, []want{{"last spring", "DATE", "2025-SP", ""}}},
		{"last summer in summer", "The plan was drafted last summer.", time.Date(1998, 8, 7, 0, 0, 0, 0, time.UTC), []want{{"last summer", "DATE", "1997-SU", ""}}},
		{"last fall", "The plan was drafted last fall.", time.Date(1998, 8, 7, 0, 0, 0, 0, time.UTC), []want{{"last fall", "DATE", "1997-FA", ""}}},
		{"season year", "The plan was drafted in summer 2023.", dct21, []want{{"summer 2023", "DATE", "2023-SU", ""}}},
		{"quarter", "Profit rose in the third quarter.", dct21, []want{{"the third quarter", "DATE", "2025-Q3", ""}}},
		{"quarter hyphen", "Third-quarter profit rose.", dct21, []want{{"Third-quarter", "DATE", "2025-Q3", ""}}},
		{"quarter of year", "Profit rose in the fourth quarter of 2005.", dct21, []want{{"the fourth quarter of 2005", "DATE", "2005-Q4", ""}}},
		{"quarter of last year", "Profit rose in the first quarter of last year.", dct21, []want{{"the first quarter of last year", "DATE", "2024-Q1", ""}}},
		{"quarter year ago", "Profit rose in the third quarter from $5 a year ago.", dct21, []want{{"the third quarter", "DATE", "2025-Q3", ""}, {"a year ago", "DATE", "2024-Q3", ""}}},
		{"fiscal year", "Profit rose in fiscal 1989.", dct21, []want{{"fiscal 1989", "DATE", "1989", ""}}},
		{"half", "Profit rose in the first half of 2024.", dct21, []want{{"the first half of 2024", "DATE", "2024-H1", ""}}},
		{"duration weeks", "The strike lasted two weeks.", dct21, []want{{"two weeks", "DURATION", "P2W", ""}}},
		{"duration years", "He served three years in prison.", dct21, []want{{"three years", "DURATION", "P3Y", ""}}},
		{"past hours", "Ten people died in the past 24 hours.", dct21, []want{{"the past 24 hours", "DURATION", "PT24H", ""}}},
		{"adjectival duration", "It signed a 30-year lease.", dct21, []want{{"30-year", "DURATION", "P30Y", ""}}},
		{"vague duration", "The talks lasted several years.", dct21, []want{{"several years", "DURATION", "PXY", ""}}},
		{"bounded duration", "The talks lasted more than four hours.", dct21, []want{{"more than four hours", "DURATION", "PT4H", "MORE_THAN"}}},
		{"compound number", "The talks lasted twenty-four hours.", dct21, []want{{"twenty-four hours", "DURATION", "PT24H", ""}}},
		{"decade duration", "The war lasted a decade.", dct21, []want{{"a decade", "DURATION", "P10Y", ""}}},
		{"every monday", "They meet every Monday.", dct21, []want{{"every Monday", "SET", "XXXX-WXX-1", ""}}},
		{"weekly", "They meet weekly.", dct21, []want{{"weekly", "SET", "P1W", ""}}},
		{"daily", "They meet daily.", dct21, []want{{"daily", "SET", "P1D", ""}}},
		{"twice a year", "They meet twice a year.", dct21, []want{{"a year", "SET", "P1Y", ""}}},
		{"clock", "The talks began at 10 a.m. and ended at 10:35 p.m.", dct21, []want{{"10 a.m.", "TIME", "2025-10-21T10:00", ""}, {"10:35 p.m.", "TIME", "2025-10-21T22:35", ""}}},
		{"clock utc", "The launch was at 18:00 UTC.", dct21, []want{{"18:00 UTC", "TIME", "2025-10-21T18:00Z", ""}}},
		{"clock weekday", "The polls closed at 9 p.m. Sunday.", dct21, []want{{"9 p.m. Sunday", "TIME", "2025-10-19T21:00", ""}}},
		{"part of day", "The bomb exploded Friday morning.", dct21, []want{{"Friday morning", "TIME", "2025-10-17TMO", ""}}},
		{"this morning", "He spoke this morning.", dct21, []want{{"this morning", "TIME", "2025-10-21TMO", ""}}},
		{"present ref", "He is now in Kyiv and currently talks.", dct21, []want{{"now", "DATE", "PRESENT_REF", ""}, {"currently", "DATE", "PRESENT_REF", ""}}},
		{"past ref", "He recently spoke, as in the past.", dct21, []want{{"recently", "DATE", "PAST_REF", ""}, {"the past", "DATE", "PAST_REF", ""}}},
		{"future ref", "Talks may resume in the future.", dct21, []want{{"the future", "DATE", "FUTURE_REF", ""}}},
		{"same night", "The attack came on October 16. Police arrived the same night and left the following week.", dct21, []want{{"October 16", "DATE", "2025-10-16", ""}, {"the same night", "TIME", "2025-10-16TNI", ""}, {"the following week", "DATE", "2025-W43", ""}}},
		{"that day", "He arrived on March 3, 2020. That day it rained.", dct21, []want{{"March 3, 2020", "DATE", "2020-03-03", ""}, {"That day", "DATE", "2020-03-03", ""}}},
		{"days later", "He arrived on March 3, 2020. Two days later he left.", dct21, []want{{"March 3, 2020", "DATE", "2020-03-03", ""}, {"Two days later", "DATE", "2020-03-05", ""}}},
		{"ahead of a weekday", "Leaders close ranks ahead of Sunday's summit.", dct21, []want{{"Sunday", "DATE", "2025-10-26", ""}}},
		{"since a month", "Relations have been tested since her visit to Dublin in January.", dct21, []want{{"January", "DATE", "2025-01", ""}}},
		{"since as an adverb", "The row has since cast a shadow over the November visit.", dct21, []want{{"November", "DATE", "2025-11", ""}}},
		{"a week after a day", "He arrived on March 3, 2020. A week later he left.", dct21, []want{{"March 3, 2020", "DATE", "2020-03-03", ""}, {"A week later", "DATE", "2020-03-10", ""}}},
		{"weeks after a day", "They met on Friday, May 8, 2020. Two weeks earlier they had spoken.", dct21, []want{{"Friday, May 8, 2020", "DATE", "2020-05-08", ""}, {"Two weeks earlier", "DATE", "2020-04-24", ""}}},
		{"later that year", "He arrived on March 3, 2020, and left later that year.", dct21, []want{{"March 3, 2020", "DATE", "2020-03-03", ""}, {"later that year", "DATE", "2020", "END"}}},
		{"will before an apposition and an attribution", "Prime Minister Ola Brun will speak by telephone with his Swedish counterpart, Ivan Kolar, on Friday, Brun's office said in a statement.", dct21, []want{{"Friday", "DATE", "2025-10-24", ""}}},
		{"could looks forward", "The trip could take place on Friday.", dct21, []want{{"Friday", "DATE", "2025-10-24", ""}}},
		{"the end of a year still to come", "It was their first meeting since October 2024, when she flew to Oslo. Officials said the trip could take place before the end of the year.", dct21, []want{{"October 2024", "DATE", "2024-10", ""}, {"the end of the year", "DATE", "2025", "END"}}},
		{"the evening before the day told", "The summit ended on Friday. The leaders had already met the evening before at a dinner.", dct21, []want{{"Friday", "DATE", "2025-10-17", ""}, {"the evening before", "TIME", "2025-10-16TEV", ""}}},
		{"the evening before a noun", "The evening before the summit was quiet.", dct21, nil},
		{"the end of a month still to come", "They first met in March. The ministers agreed that their deputies would meet before the end of the month.", dct21, []want{{"March", "DATE", "2025-03", ""}, {"the end of the month", "DATE", "2025-10", "END"}}},
		{"the end of the month just told", "They first met in March. By the end of the month they had agreed.", dct21, []want{{"March", "DATE", "2025-03", ""}, {"the end of the month", "DATE", "2025-03", "END"}}},
		{"the end of the year just told", "The economy grew in 2019. By the end of the year it had slowed.", dct21, []want{{"2019", "DATE", "2019", ""}, {"the end of the year", "DATE", "2019", "END"}}},
		{"a plan set off by commas", "A visit by Ola Brun, planned for late September, was cancelled after a shooting.", dct21, []want{{"late September", "DATE", "2025-09", "END"}}},
		{"a weekday plan set off by commas", "A video call with Ola Brun, scheduled for Friday, was cancelled.", dct21, []want{{"Friday", "DATE", "2025-10-24", ""}}},
		{"iso date", "The file is dated 2025-10-20.", dct21, []want{{"2025-10-20", "DATE", "2025-10-20", ""}}},
		{"june last year", "He left in June last year.", dct21, []want{{"June last year", "DATE", "2024-06", ""}}},
		{"holiday", "He left on Christmas Day 2019.", dct21, []want{{"Christmas Day 2019", "DATE", "2019-12-25", ""}}},
		{"thanksgiving", "Sales will rise at Thanksgiving.", dct21, []want{{"Thanksgiving", "DATE", "2025-11-27", ""}}},
		{"thanksgiving past", "Sales rose at Thanksgiving.", dct21, []want{{"Thanksgiving", "DATE", "2024-11-28", ""}}},
		{"the quarter", "Profit rose in the third quarter. The quarter was good; the latest period too.", dct21, []want{{"the third quarter", "DATE", "2025-Q3", ""}, {"The quarter", "DATE", "2025-Q3", ""}, {"the latest period", "DATE", "2025-Q3", ""}}},
		{"the year span", "Profit rose 5% for the year.", dct21, []want{{"the year", "DURATION", "P1Y", ""}}},
		{"the weekend", "They met over the weekend.", dct21, []want{{"the weekend", "DATE", "2025-W42-WE", ""}}},
		{"fall verb", "Prices fall sharply.", dct21, nil},
		{"the spring", "Sales rose in the spring.", dct21, []want{{"the spring", "DATE", "2025-SP", ""}}},
		{"rate", "It pays $5 million a year and runs four flights a week.", dct21, nil},
		{"initial now", "Now, he says, it is over.", dct21, nil},
		{"may modal", "May the best team win.", dct21, nil},
		{"may name", "Prime Minister Theresa May spoke.", dct21, nil},
		// a bare month after a preposition opening the sentence is a month;
		// a capitalised word opening it may be a name
		{"month after an opening preposition", "In December, the ministers met in Castel.", dct21, []want{{"December", "DATE", "2024-12", ""}}},
		{"month after an opening preposition, no comma", "Since March the two have spoken twice.", dct21, []want{{"March", "DATE", "2025-03", ""}}},
		{"name opening a sentence", "May Ruiz met Tomas Berg.", dct21, nil},
		// a date in a phrase placing something before or after the
		// sentence's first date is no reference point for what follows
		{"the following day after a secondary date", "They met on Thursday, hours after the cable failed on Tuesday. The following day they spoke again.", dct21, []want{{"Thursday", "DATE", "2025-10-16", ""}, {"Tuesday", "DATE", "2025-10-21", ""}, {"The following day", "DATE", "2025-10-17", ""}}},
		// "N days after that": counted from the date last told; a count of
		// days from one is a reference point for the next
		{"after that, in a chain", "They met on 11 January. A day later they spoke. Two days after that, Ana Ruiz called Tomas Berg.", dct21, []want{{"11 January", "DATE", "2025-01-11", ""}, {"A day later", "DATE", "2025-01-12", ""}, {"Two days after that", "DATE", "2025-01-14", ""}}},
		{"before that, a pronoun after", "They met on 11 January. A week before that they had spoken.", dct21, []want{{"11 January", "DATE", "2025-01-11", ""}, {"A week before that", "DATE", "2025-01-04", ""}}},
		{"after that noun: no count from a date", "Two days after that meeting, they spoke.", dct21, []want{{"Two days", "DURATION", "P2D", ""}}},
		{"within a month after that: a span", "They met on 11 January. Teams are to start work within a month after that.", dct21, []want{{"11 January", "DATE", "2025-01-11", ""}, {"a month", "DURATION", "P1M", ""}}},
		{"the last day of a month", "Ana Ruiz spoke on the last day of December.", dct21, []want{{"the last day of December", "DATE", "2024-12-31", ""}}},
		{"the first day of a month and year", "The talks open on the first day of March 2026.", dct21, []want{{"the first day of March 2026", "DATE", "2026-03-01", ""}}},
		// a day of the month with no month named: the nearest the tense
		// allows; not an ordinal before a noun
		{"on the 22nd", "The second round is set for the 22nd, again in Castel.", dct21, []want{{"the 22nd", "DATE", "2025-10-22", ""}}},
		{"on the 3rd, looking back", "They met on the 3rd and again on the 5th.", dct21, []want{{"the 3rd", "DATE", "2025-10-03", ""}, {"the 5th", "DATE", "2025-10-05", ""}}},
		{"an ordinal before a noun", "They met on the 22nd floor.", dct21, nil},
		{"a later date of another phrase is one", "She said on Thursday that the border, closed since May, would reopen on November 15 and to travellers a week later.", dct21, []want{{"Thursday", "DATE", "2025-10-16", ""}, {"May", "DATE", "2025-05", ""}, {"November 15", "DATE", "2025-11-15", ""}, {"a week later", "DATE", "2025-11-22", ""}}},
		{"next to is no tense", "A bomb exploded next to the embassy on Friday.", dct21, []want{{"Friday", "DATE", "2025-10-17", ""}}},
		{"relative present", "The summit, which opens on Friday, is the first of its kind.", dct21, []want{{"Friday", "DATE", "2025-10-24", ""}}},
		{"is due to", "He is due to travel to Copenhagen on Monday for talks.", dct21, []want{{"Monday", "DATE", "2025-10-27", ""}}},
		{"past in the past", "Vass had been due to meet Maarten on October 10, in what would have been his first trip.", dct21, []want{{"October 10", "DATE", "2025-10-10", ""}}},
		{"planned in the past", "It had originally been planned for April but was postponed.", time.Date(2025, 5, 20, 0, 0, 0, 0, time.UTC), []want{{"April", "DATE", "2025-04", ""}}},
		{"participle after noun", "A video call planned for Monday was pushed back.", dct21, []want{{"Monday", "DATE", "2025-10-20", ""}}},
		{"next weekday", "The committee is expected to discuss it next Thursday.", dct21, []want{{"next Thursday", "DATE", "2025-10-30", ""}}},
		{"present perfect passive", "The vote has been postponed until late January.", dct21, []want{{"late January", "DATE", "2026-01", "END"}}},
		{"adjective -ed", "It will redeem preferred shares on Oct. 31.", time.Date(1989, 10, 27, 0, 0, 0, 0, time.UTC), []want{{"Oct. 31", "DATE", "1989-10-31", ""}}},
		{"passive infinitive", "They expect the deal to be completed by Dec. 15.", time.Date(1989, 10, 31, 0, 0, 0, 0, time.UTC), []want{{"Dec. 15", "DATE", "1989-12-15", ""}}},
		{"modal", "The contract may be signed on September 12.", time.Date(2007, 9, 8, 0, 0, 0, 0, time.UTC), []want{{"September 12", "DATE", "2007-09-12", ""}}},
		{"quoted sentence end", "\"We will win.\" A service planned for Saturday was canceled.", time.Date(1999, 10, 24, 0, 0, 0, 0, time.UTC), []want{{"Saturday", "DATE", "1999-10-23", ""}}},
		{"fraction of a year", "They lived in camps for 2 1/2 years.", dct21, []want{{"2 1/2 years", "DURATION", "P2Y6M", ""}}},
		{"fraction of an hour", "The call lasted two and a half hours.", dct21, []want{{"two and a half hours", "DURATION", "PT2H30M", ""}}},
		{"fraction after unit", "It took a minute and a half.", dct21, []want{{"a minute and a half", "DURATION", "PT1M30S", ""}}},
		{"fraction ago", "He left a year and a half ago.", dct21, []want{{"a year and a half ago", "DATE", "2024-04", ""}}},
		{"annual", "They met at the annual meeting.", dct21, []want{{"annual", "SET", "P1Y", ""}}},
		{"yearlong", "They seek to end a yearlong war.", dct21, []want{{"yearlong", "DURATION", "P1Y", ""}}},
		{"century adjective", "They met at an 18th-century mansion.", dct21, []want{{"18th-century", "DATE", "17", ""}}},
		{"coming weeks", "He will visit in the coming weeks.", dct21, []want{{"the coming weeks", "DATE", "FUTURE_REF", ""}}},
		{"bare units", "Talks could start within weeks, after years of war. Hours after the call, drones struck.", dct21, []want{{"weeks", "DURATION", "PXW", ""}, {"years", "DURATION", "PXY", ""}, {"Hours", "DURATION", "PTXH", ""}}},
		{"year before quarter", "Profit rose in the third quarter. In the 1988 quarter it fell, and in the 1988 third quarter too.", time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC), []want{{"the third quarter", "DATE", "1989-Q3", ""}, {"the 1988 quarter", "DATE", "1988-Q3", ""}, {"the 1988 third quarter", "DATE", "1988-Q3", ""}}},
		{"year-ago quarter", "Profit rose in the third quarter. In the year-ago third quarter it fell. The latest quarter was good.", time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC), []want{{"the third quarter", "DATE", "1989-Q3", ""}, {"the year-ago third quarter", "DATE", "1988-Q3", ""}, {"The latest quarter", "DATE", "1989-Q3", ""}}},
		{"last half of year", "Earnings for the last half of 1989 will fall.", time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC), []want{{"the last half of 1989", "DATE", "1989-H2", ""}}},
		{"current quarter", "In 1988 sales fell; in the current quarter and the current year they rise.", time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC), []want{{"1988", "DATE", "1988", ""}, {"the current quarter", "DATE", "1989-Q4", ""}, {"the current year", "DATE", "1989", ""}}},
		{"end of the month", "They want 40,000 troops there by the end of the month.", time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC), []want{{"the end of the month", "DATE", "1989-10", "END"}}},
		{"count not a year", "It hired 2000 workers; its 1989 earnings rose.", time.Date(1989, 10, 26, 0, 0, 0, 0, time.UTC), []want{{"1989", "DATE", "1989", ""}}},
		{"weak past", "They said Cara extended to Nov. 20 its offer.", time.Date(1989, 11, 2, 0, 0, 0, 0, time.UTC), []want{{"Nov. 20", "DATE", "1989-11-20", ""}}},
		{"year in words", "Prices fell in the winter of nineteen ninety-four; the goal is the year two thousand.", dct21, []want{{"the winter of nineteen ninety-four", "DATE", "1994-WI", ""}, {"the year two thousand", "DATE", "2000", ""}}},
		{"count in words", "A crowd of two thousand gathered.", dct21, nil},
		{"decade in words", "Growth was fast in the nineties and the late eighties.", dct21, []want{{"the nineties", "DATE", "199", ""}, {"the late eighties", "DATE", "198", "END"}}},
		{"weekday nights set", "Flights leave on Monday and Tuesday nights.", dct21, []want{{"Monday", "SET", "XXXX-WXX-1TNI", ""}, {"Tuesday nights", "SET", "XXXX-WXX-2TNI", ""}}},
		{"the year far from its mention", "The cable was laid in 1986. It broke twice. Engineers patched it. Crews mended it again. Talks will end before the end of the year.", dct21, []want{{"1986", "DATE", "1986", ""}, {"the end of the year", "DATE", "2025", "END"}}},
		{"not a year", "The company paid $1999 for 1,999 items and a 2000-ton ship.", dct21, nil},
		{"a second summit", "They agreed to a second summit.", dct21, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := f.Find(tt.text, tt.dct)
			var g []want
			for _, x := range got {
				if x.Text != tt.text[x.Start:x.End] {
					t.Errorf("Text %q != text[%d:%d] %q", x.Text, x.Start, x.End, tt.text[x.Start:x.End])
				}
				g = append(g, want{x.Text, x.Type, x.Value, x.Mod})
			}
			if len(g) != len(tt.want) {
				t.Fatalf("Find(%q) = %v, want %v", tt.text, g, tt.want)
			}
			for i := range g {
				if g[i] != tt.want[i] {
					t.Errorf("Find(%q)[%d] = %v, want %v", tt.text, i, g[i], tt.want[i])
				}
			}
		})
	}
}

// TestDateFinderValuesParse checks that every calendar DATE value Find
// writes is one schema.ParseDateValue reads.
func TestDateFinderValuesParse(t *testing.T) {
	f := newTestDateFinder(t)
	text := "On October 16, last week, next month, in 2024, in the 1990s, the third quarter, " +
		"summer 2023, the first half of 2024, yesterday morning, the 20th century, two weeks ago, " +
		"10 a.m. Friday, Christmas, the same day, mid-June, this weekend."
	for _, x := range f.Find(text, dct21) {
		if x.Type != "DATE" || strings.HasSuffix(x.Value, "_REF") || strings.Contains(x.Value, "X") || strings.HasSuffix(x.Value, "-WE") {
			continue
		}
		if _, err := schema.ParseDateValue(x.Value); err != nil {
			t.Errorf("%q → %q: %v", x.Text, x.Value, err)
		}
	}
}

func TestNewDateFinderErrors(t *testing.T) {
	if _, err := NewDateFinder(emptyFS{}); err == nil {
		t.Error("NewDateFinder with no dates.yaml: want an error")
	}
}

func BenchmarkDateFinder(b *testing.B) {
	f := newTestDateFinder(b)
	text := strings.Repeat("This comes despite Russia on Monday stating that Lavrov and Rubio held a constructive conversation "+
		"as part of preparations for the meeting between their two presidents in Budapest, Hungary, Russian media has reported. "+
		"On October 16, Trump had a phone conversation with Putin and both leaders agreed to meet for a second summit this year. "+
		"Profit in the third quarter rose 12% to $4.5 billion from $3.9 billion a year earlier, the company said.\n\n", 50)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		f.Find(text, dct21)
	}
}

// BenchmarkDateFinderManyDays is a long text dense with days of the month,
// where each day looks back for the start of a range: the look-back must
// stay a few words (it once read the whole text before every day, and this
// text took minutes).
func BenchmarkDateFinderManyDays(b *testing.B) {
	f := newTestDateFinder(b)
	text := strings.Repeat("They met on 5 May and again from 7 to 9 June. ", 5000)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		f.Find(text, dct21)
	}
}

type emptyFS struct{}

func (emptyFS) Open(name string) (fs.File, error) { return nil, fs.ErrNotExist }
