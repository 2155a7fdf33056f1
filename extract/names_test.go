package extract

import (
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/schema"
)

// personMentions lists the entities of a result's person mentions.
func personMentions(r *Result) []string {
	var got []string
	for _, m := range r.Mentions {
		if m.Type == "person" {
			got = append(got, short(m.Entity))
		}
	}
	return got
}

// checkPeople compares the entities of a text's person mentions, in
// order, with want.
func checkPeople(t *testing.T, text string, want []string) {
	t.Helper()
	got := personMentions(run(t, text))
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%q:\n got %v\nwant %v", text, got, want)
	}
}

// TestShortNameFullName: a title and one name ("Prince Omar") stand for
// the full name named before that begins or ends with it, before a name
// that only holds the word inside (or one named only later); a name after
// "bin" is the father's ("King Faisal" is not "Omar bin Faisal").
func TestShortNameFullName(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Crown Prince Omar bin Faisal opened the forum. Prince Omar chaired it on behalf of his father, King Faisal. Later, Foreign Minister Omar bin Rashid Al Hamid spoke.",
			[]string{"omar-bin-faisal", "omar-bin-faisal", "faisal", "omar-bin-rashid-al-hamid"}},
		{"Crown Prince Omar bin Faisal arrived. Minister Khalid Saeed Al Omar Al Nuri greeted him. Prince Omar then left.",
			[]string{"omar-bin-faisal", "khalid-saeed-al-omar-al-nuri", "omar-bin-faisal"}},
		// two family names: the full name they end
		{"The forum was chaired by Foreign Minister Ana Sousa Vieira. Sousa Vieira met Tomas Berg on Friday.",
			[]string{"ana-sousa-vieira", "ana-sousa-vieira", "tomas-berg"}},
		// a name with a particle opening a sentence is the longer name
		// ending the same way
		{"Tomas Berg met Commission President Ana von der Lind on Monday. Von der Lind said the two sides were open.",
			[]string{"tomas-berg", "ana-von-der-lind", "ana-von-der-lind"}},
		// a name by its patronymic, after a style of address, is the
		// longer name it opens
		{"Crown Prince Ali bin Omar Al Hamdi received Tomas Berg. Berg invited His Highness Sheikh Ali bin Omar to Vesmark.",
			[]string{"ali-bin-omar-al-hamdi", "tomas-berg", "tomas-berg", "ali-bin-omar-al-hamdi"}},
	}
	for _, tc := range tests {
		checkPeople(t, tc.text, tc.want)
	}
}

// TestPronounTopic: a sentence-initial "she" after a sentence that named a
// man only as a verb's object ("Agency Z quoted X as saying") goes on with
// the woman the pronouns before were about; a speaker named after his
// quote keeps "He".
func TestPronounTopic(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Foreign Minister Ana Ruiz held talks in Oslo with her counterpart, Tomas Berg. \"It went well,\" she said. The agency NTB quoted Berg as saying the talks were useful. She had also joined a video call with President Ola Brun on Sunday.",
			[]string{"talks happened - oslo: ana-ruiz tomas-berg", "call happened 2025-03-09 -: ana-ruiz ola-brun"}},
		{"President Ana Ruiz spoke on Monday. Teams will meet in Oslo on Sunday, envoy Tomas Berg told the agency. He said he would meet President Ola Brun on Friday.",
			[]string{"meeting planned 2025-03-14 -: ola-brun tomas-berg"}},
		// a spokesperson's pronoun is the person they speak for
		{"Pavel Dremin, a spokesman for President Ana Ruiz, said she would meet Prime Minister Tomas Berg on Friday.",
			[]string{"meeting planned 2025-03-14 -: ana-ruiz tomas-berg"}},
		{"President Ana Ruiz flew to Oslo. Her spokesman, Pavel Dremin, said she had met Prime Minister Tomas Berg on Friday.",
			[]string{"visit happened 2025-03-07 oslo: ana-ruiz tomas-berg"}},
		// "her second" is a possessive, not an object: "him" after it is
		// still the man just named
		{"Foreign Minister Ana Ruiz will travel to Oslo on Saturday for a further meeting with Tomas Berg, her second in four days. She met him in Stockholm on Wednesday.",
			[]string{"visit planned 2025-03-15 oslo: ana-ruiz tomas-berg", "meeting happened 2025-03-05 stockholm: ana-ruiz tomas-berg"}},
		// "the two leaders" a spokesperson announces are not the spokesperson
		{"President Tomas Berg arrived on Sunday. Eva Lusk, a spokeswoman for President Ana Ruiz, said the two leaders would meet on Friday.",
			[]string{"meeting planned 2025-03-14 -: ana-ruiz tomas-berg"}},
		{"President Tomas Berg arrived on Sunday. Eva Lusk, a spokeswoman for President Ana Ruiz, said the two would meet on Friday.",
			[]string{"meeting planned 2025-03-14 -: ana-ruiz tomas-berg"}},
		// an object pronoun goes on with the same pronoun before it in the
		// sentence, past the people named between
		{"Secretary of State Ana Ruiz arrived in Vessaro last week. She held talks with Foreign Minister Tomas Berg on March 4, and the next day the Vessarian president, Ola Brun, received her at his residence.",
			[]string{"visit happened 2025-03-04 vessaro: ana-ruiz tomas-berg", "meeting happened 2025-03-05 -: ana-ruiz ola-brun"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestBareTitlePrincipal: "the Prime Minister" alone is the person the
// article introduced as "the Prime Minister, the Hon X", not the latest
// "Prime Minister of Y, Z" (named with "of Y" in apposition); "His
// Excellency" is a style of address, no pronoun.
// TestViceTitles: "Senior Vice Foreign Minister" and "Vice Minister"
// are titles before a name, no part of it.
func TestViceTitles(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Senior Vice Foreign Minister Ana Ruiz met Chinese Vice Foreign Minister Tomas Berg in Shanghai.",
			[]string{"meeting happened - shanghai: ana-ruiz tomas-berg"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

func TestBareTitlePrincipal(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Today the Prime Minister, the Hon Ana Ruiz MP, spoke with the President of Portugal, His Excellency Tomas Berg. Yesterday the Prime Minister received the Prime Minister of Malta, the Hon Ola Brun MP, at the palace in Vienna. Prime Minister Brun thanked her. Yesterday evening the Prime Minister held a video call with the Secretary-General of the Nordic Council, Mr Ivan Kolar.",
			[]string{"call happened 2025-03-10 -: ana-ruiz tomas-berg", "summit happened 2025-03-09 vienna: ana-ruiz ola-brun", "call happened 2025-03-09 -: ana-ruiz ivan-kolar"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestNameParticles: the particles of Spanish and Scandinavian names
// ("de los", "de las", "af") go on inside the name; a Portuguese place's
// "do" is no particle of a person ("Foz do Iguaçu").
func TestNameParticles(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Foreign Secretary Maria Consuelo de los Reyes met Minister Ana Ruiz.", []string{"maria-consuelo-de-los-reyes", "ana-ruiz"}},
		{"Minister Juana de las Casas met Minister Carl af Ugglas.", []string{"juana-de-las-casas", "carl-af-ugglas"}},
		{"Minister Ana Ruiz met teams in Foz do Iguaçu.", []string{"ana-ruiz"}},
	}
	for _, tc := range tests {
		checkPeople(t, tc.text, tc.want)
	}
}

// TestTitlePortfolio: capitalised words after a capitalised title and
// "for" are its portfolio ("Cabinet Secretary for Rural Affairs"), no
// person; after a lower-case title they may name one ("a spokesperson for
// Tomas Berg").
func TestTitlePortfolio(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Minister Ana Ruiz met Westland's Cabinet Secretary for Rural Affairs, Tomas Berg, in Lima.", []string{"ana-ruiz", "tomas-berg"}},
		{"Minister Ana Ruiz met Tomas Berg. A spokesperson for Berg said the talks went well.", []string{"ana-ruiz", "tomas-berg", "tomas-berg"}},
		// a capitalised portfolio between the title and the name
		{"Canada's Minister of Northern Affairs Daniel Oduya met Scotland's Cabinet Secretary for Rural Affairs Mairi Vance.", []string{"daniel-oduya", "mairi-vance"}},
		{"Minister of Foreign Affairs and Trade Lena Brink met Petra Lind.", []string{"lena-brink", "petra-lind"}},
		{"US Trade Representative Daniel K. Oduya spoke to Lena Brink. Oduya said the call went well.", []string{"daniel-k-oduya", "lena-brink", "daniel-k-oduya"}},
		// an organisation's name through "for" and a portfolio word
		{"Lena Brink of the Institute for Security Studies met Petra Lind.", []string{"lena-brink", "petra-lind"}},
		// "its minister for X, Y": Y, not the minister named before
		{"Foreign Minister Lena Brink hosted the meeting. Greenland was represented by its minister for fisheries and hunting, Aviaja Oduya.", []string{"lena-brink", "aviaja-oduya"}},
	}
	for _, tc := range tests {
		checkPeople(t, tc.text, tc.want)
	}
}

// TestAppositionLists: people in a list each followed by an apposition
// are the participants, not the people the appositions name: "X, the
// adviser to President Y, and Z, an aide to W, sat down with V,
// Chancellor U's adviser, and T".
func TestAppositionLists(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ana Ruiz, the diplomatic adviser to Chilean President Jorge Vega, and Tomas Berg, a senior aide to President Luis Mora, sat down with Emil Darrow for a dinner in Lima on Friday.",
			[]string{"meeting happened 2025-03-07 lima: ana-ruiz emil-darrow tomas-berg"}},
		{"Ana Ruiz met Emil Darrow, Petra Lind's adviser, and Jonas Eide in Lima on Friday.",
			[]string{"meeting happened 2025-03-07 lima: ana-ruiz emil-darrow jonas-eide"}},
		// one item with an apposition, the other with none; a relative
		// clause on "who" is an apposition too
		{"Ana Ruiz, the union's envoy for the Horn of Africa, and Tomas Berg met Emil Darrow in Lima on Friday.",
			[]string{"meeting happened 2025-03-07 lima: ana-ruiz emil-darrow tomas-berg"}},
		{"Ana Ruiz, who serves as the union's envoy, and Tomas Berg met Emil Darrow in Lima on Friday.",
			[]string{"meeting happened 2025-03-07 lima: ana-ruiz emil-darrow tomas-berg"}},
		{"Ana Ruiz, the former Chilean president who serves as the union's High Representative for the Horn of Africa, and Tomas Berg, the former deputy president, spent five hours on Friday with Emil Darrow, the head of the regional administration.",
			[]string{"meeting happened 2025-03-07 -: ana-ruiz emil-darrow tomas-berg"}},
		// past a venue in lower case to the object
		{"Ana Ruiz and Tomas Berg met at the hotel with Petra Lind on Friday.",
			[]string{"meeting happened 2025-03-07 -: ana-ruiz petra-lind tomas-berg"}},
		// a numeric ordinal round is a new round of the talks before
		{"Norwegian and Swedish delegations held talks in Geneva in December. A 61st round could be held in Oslo in April.",
			[]string{"talks happened 2024-12 geneva: norway sweden", "talks proposed 2025-04 oslo: norway sweden"}},
	}
	for _, tc := range tests {
		checkEvents(t, tc.text, tc.want)
	}
}

// TestMononymAndStreets: a one-word name introduced with a title is the
// person when it opens a later sentence ("Sugiono and X concluded talks");
// a street's name ("Park Lane", "Downing Street") is no person.
func TestMononymAndStreets(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Indonesia's foreign minister, Sugiono, arrived. Sugiono and Prime Minister Tomas Berg concluded months of talks on Saturday.", []string{"sugiono", "sugiono", "tomas-berg"}},
		{"At a hotel on Park Lane, Prime Minister Tomas Berg met reporters near Downing Street.", []string{"tomas-berg"}},
		// a one-word name in apposition to a definite title after a
		// contact's preposition, past lower-case modifiers and at the
		// sentence's end; "the then ..." gives no title to be met by
		{"Ana Ruiz held talks with the provincial governor, Hartono. The governor was frank. Ruiz met Hartono again.", []string{"ana-ruiz", "hartono", "hartono", "ana-ruiz", "hartono"}},
		{"Ana Ruiz was hosted by the then prime minister, Berglund. Ruiz met Berglund again.", []string{"ana-ruiz", "ana-ruiz"}},
		// a country the lexicon lacks, named as a state, is no first name
		// after a title's "of"
		{"Ana Ruiz holds talks with Minister for Foreign Affairs of Eskland Annika Lehtonen. On Monday, Ruiz held talks with Minister for Foreign Affairs of the Republic of Eskland Annika Lehtonen.", []string{"ana-ruiz", "annika-lehtonen", "ana-ruiz", "annika-lehtonen"}},
		// a title closed by a body ("of the Republic", "of the National
		// Assembly") before its holder's name
		{"President of the Republic Ilinca Moraru hosted the summit. Speaker of the National Assembly Tomas Berg attended.", []string{"ilinca-moraru", "tomas-berg"}},
		// an agency's name before a title qualifies the office; Gov.,
		// Sen. and Rep. are titles; Welsh "ap" is a name particle
		{"Ana Ruiz met Federal Highway Administrator Tomas Berg, Gov. Petra Lind and Police Chief Jon Mets. Gwenllian ap Dafydd and Sen. Karl Oduya wrote to Rep. Leo Strand.", []string{"ana-ruiz", "tomas-berg", "petra-lind", "jon-mets", "gwenllian-ap-dafydd", "karl-oduya", "leo-strand"}},
		// a family name two people share: the one mentioned most, then
		// latest
		{"Leader Kim Jong Un landed. Officials met Kim Yong Chol on Friday. Tomas Berg met Kim Jong Un twice. Kim met Ana Ruiz.", []string{"kim-jong-un", "kim-yong-chol", "tomas-berg", "kim-jong-un", "kim-jong-un", "ana-ruiz"}},
		{"Leader Kim Jong Un landed. Kim met Ana Ruiz. Kim left. Talks were led by Sung Kim. Tomas Berg may invite Kim.", []string{"kim-jong-un", "kim-jong-un", "ana-ruiz", "kim-jong-un", "sung-kim", "tomas-berg", "kim-jong-un"}},
		// a family name in a headline, before any full name, is the one
		// the article names first; a spokesperson sharing it loses ties
		{"Tarn to host Lind on Tuesday\n\nPresident Ivo Tarn will receive Prime Minister Ola Lind on Tuesday, presidential spokesman Eva Tarn said. Tarn and Lind last met in May.", []string{"ivo-tarn", "ola-lind", "ivo-tarn", "ola-lind", "eva-tarn", "ivo-tarn", "ola-lind"}},
		// military ranks are titles
		{"Brigadier Tomas Rell met Vice Admiral Ana Ruiz and Rear Admiral Ivo Marrin.", []string{"tomas-rell", "ana-ruiz", "ivo-marrin"}},
		// a regnal number ends the name
		{"Queen Elizabeth II received Ana Ruiz, and King Aurelio IV met Tomas Berg.", []string{"elizabeth-ii", "ana-ruiz", "aurelio-iv", "tomas-berg"}},
		// a given name by its initials; a nickname in quotation marks
		{"Chief Minister B.S. Mohapatra met Sen. Thomas \"Buck\" Haddix and the U.S. envoy.", []string{"b-s-mohapatra", "thomas-buck-haddix"}},
		// an organisation named through a plural possessive
		{"Ana Ruiz met Tomas Berg, and the Norland Rice Growers' Federation said it would protest.", []string{"ana-ruiz", "tomas-berg"}},
		// a place word after the name, in lower case, or closing it
		{"Ana Ruiz, who was welcomed at Houari Benali airport by Tomas Berg, later toured the Sheikh Hamad Grand Mosque and Kessa Prefecture.", []string{"ana-ruiz", "tomas-berg"}},
		// local offices are titles; a two-word name right after a title
		// is a person even when its last word closes places' names
		{"Mayor Ken Ito met City Councilman Joe Park, Assemblywoman Rita Hill and Lt. Gov. Dan Lake.", []string{"ken-ito", "joe-park", "rita-hill", "dan-lake"}},
	}
	for _, tc := range tests {
		checkPeople(t, tc.text, tc.want)
	}
}

// TestOfficeLevelBeforeTitle: a lower-case word naming the level of an
// office ("state", "county") between a contact verb and a titled person
// does not hide the person.
func TestOfficeLevelBeforeTitle(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Gov. Maria Lutz met state Sen. Paul Dorn on Friday.", []string{"meeting happened 2025-03-07 -: maria-lutz paul-dorn"}},
		{"Mayor Ken Ito met county Commissioner Ann Lee on Monday.", []string{"meeting happened 2025-03-10 -: ann-lee ken-ito"}},
		{"Gov. Maria Lutz met state officials on Friday.", nil},
	}
	for _, tc := range tests {
		checkEvents(t, "Budget talks\n\n"+tc.text, tc.want)
	}
}

// TestTitleWithPortfolio: "Britain's minister for Africa, X" gives X the
// title, so "the minister" later is X, not the latest foreign minister
// named.
func TestTitleWithPortfolio(t *testing.T) {
	checkEvents(t, "Britain's minister for Africa, Rosalind Kerr, spoke to MPs on Tuesday. She said she had spoken to Ethiopia's foreign minister, Tomas Berg, three times since January. The minister also held a video call on Friday with Emil Darrow, chair of the commission.",
		[]string{"call happened - -: rosalind-kerr tomas-berg", "call happened 2025-03-07 -: emil-darrow rosalind-kerr"})
}

// TestRoleTaken: an office a person takes ("X becomes Orlesund's prime
// minister", "Y was elected president") makes them one of "the two
// leaders" later.
func TestRoleTaken(t *testing.T) {
	text := "KEY DATES\n\n- 12 January 2015: President Aurel Voss and Prime Minister Henrik Saltvedt speak by phone.\n\n" +
		"- September 2018: Sigrid Aaland becomes Orlesund's prime minister.\n\n" +
		"- Monday 3 March: Voss and Aaland hold a video call.\n\n" +
		"- By the summer: A first summit between the two leaders could follow, an envoy said."
	checkEvents(t, text, []string{
		"call happened 2015-01-12 -: aurel-voss henrik-saltvedt",
		"call happened 2025-03-03 -: aurel-voss sigrid-aaland",
		"summit proposed 2025-SU -: aurel-voss sigrid-aaland",
	})
}

// TestInitialAndSurname: "Mr. S. Aldan", as readouts write, is the
// person introduced as "Serik Aldan"; a middle initial that is also a word
// ("A.", "I.") stays in the name.
func TestInitialAndSurname(t *testing.T) {
	checkPeople(t, "The President of Velmora, Mr. Serik Aldan, spoke with the President of Drakhan, Mr. Ruprecht Hallvard. Mr. S. Aldan thanked Mr. R. Hallvard.",
		[]string{"serik-aldan", "ruprecht-hallvard", "serik-aldan", "ruprecht-hallvard"})
	checkPeople(t, "President Pavel A. Dremin of Velmora and Prime Minister Ola I. Brun spoke on Friday.",
		[]string{"pavel-a-dremin", "ola-i-brun"})
}

// TestCounterpartApposed: "his Westlandic counterpart, Gen. X" is X, not
// the leader of Westland the article named before.
func TestCounterpartApposed(t *testing.T) {
	checkEvents(t, "President Tomas Berg of Norway spoke on Monday. Adm. Ivo Marek and his Norwegian counterpart, Gen. Pavel Dremin, met in Geneva early this month.",
		[]string{"meeting happened 2025-03 geneva: ivo-marek pavel-dremin"})
}

// TestRoleOfAPerson: "Lund's spokeswoman, X" speaks for the person named
// Lund, and makes no country of the surname; "his Norwegian and Finnish
// counterparts, X and Y" gives each name its own country.
func TestRoleOfAPerson(t *testing.T) {
	r := run(t, "President Ana Ruiz of Chile met President Jon Lund of Peru on Friday. Lund's spokeswoman, Rita Holm, said the talks went well. "+
		"Swedish Prime Minister Ola Brun hosted his Norwegian and Finnish counterparts, Ivan Kolar and Tomas Berg.")
	want := map[string]string{
		"Rita Holm":  "Spokeswoman of https://w3id.org/eventgraph/id/jon-lund",
		"Ivan Kolar": "Prime Minister of https://w3id.org/eventgraph/id/norway",
		"Tomas Berg": "Prime Minister of https://w3id.org/eventgraph/id/finland",
	}
	for _, a := range r.Article.Actors {
		if a.Type == schema.Country && a.Name == "Lund" {
			t.Errorf("a surname made a country: %+v", a)
		}
		w, ok := want[a.Name]
		if !ok {
			continue
		}
		delete(want, a.Name)
		if len(a.Roles) != 1 || a.Roles[0].Title+" of "+a.Roles[0].Of != w {
			t.Errorf("%s: roles %+v, want %s", a.Name, a.Roles, w)
		}
	}
	for n := range want {
		t.Errorf("no actor %s", n)
	}
}

// TestBylineOutlet: "By NAME, OUTLET" names the writer's outlet, a name
// the lexicon lacks, which is then no person and no party to a contact.
func TestBylineOutlet(t *testing.T) {
	r := run(t, "Ferry deal agreed\n\nBy Oskar Lind, Haldersund Courant\n\nMayor Ana Ruiz met Mayor Ivan Kolar in Tiravel on Thursday, she told the Courant.")
	found := false
	for _, a := range r.Article.Actors {
		if a.Name == "Haldersund Courant" {
			found = true
			if a.Type != schema.Outlet {
				t.Errorf("Haldersund Courant is a %s, want an outlet", a.Type)
			}
		}
	}
	if !found {
		t.Errorf("no actor Haldersund Courant: %+v", r.Article.Actors)
	}
	if got := eventLines(r); len(got) != 1 || !strings.HasSuffix(got[0], ": ana-ruiz ivan-kolar") {
		t.Errorf("events %q, want one of Ana Ruiz and Ivan Kolar", got)
	}
}

// TestReligiousAndRoyalTitles: the titles of religious leaders and royals
// (data/lexicon/titles.tsv) are no part of their names, and "the pontiff"
// refers back to the pope.
func TestReligiousAndRoyalTitles(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"grand mufti, pontiff, cardinal", "Pope Francis received the Grand Mufti of Norway, Ana Ruiz, on Friday.\n\nThe pontiff met Cardinal Tomas Berg on Saturday.",
			[]string{"meeting happened 2025-03-07 -: ana-ruiz francis", "meeting happened 2025-03-08 -: francis tomas-berg"}},
		{"chief rabbi and cardinal", "Chief Rabbi Ana Ruiz and Cardinal Tomas Berg met in Oslo on Monday.",
			[]string{"meeting happened 2025-03-10 oslo: ana-ruiz tomas-berg"}},
		{"crown princess", "Crown Princess Ana Ruiz of Norway met Tomas Berg in Oslo on Monday.",
			[]string{"meeting happened 2025-03-10 oslo: ana-ruiz tomas-berg"}},
		// "Amir" is a given name too: a title after "the" or before "of"
		{"the Amir of a country, then the emir", "The Amir of Qatar, Sheikh Khalid bin Saud Al Nuri, met Ana Ruiz on Tuesday.\n\nOn Monday, the emir received Tomas Berg at his residence.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz khalid-bin-saud-al-nuri", "meeting happened 2025-03-10 -: khalid-bin-saud-al-nuri tomas-berg"}},
		{"Amir as a given name", "Amir Kalani met Tomas Berg on Monday. Foreign Minister Reza Amir-Tabrizi met Ana Ruiz on Monday.",
			[]string{"meeting happened 2025-03-10 -: amir-kalani tomas-berg", "meeting happened 2025-03-10 -: ana-ruiz reza-amir-tabrizi"}},
	})
}

// TestGluedParticleSurname: a surname written again with its glued
// particle ("talks with al-Sharaa") is the person, for a contact word that
// reads the name right after "with".
func TestGluedParticleSurname(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"travelled and held talks with al-X", "Ahmed al-Sharaa took power in Damascus last week.\n\nIbrahim Kalin travelled to Damascus on Thursday and held talks with al-Sharaa.",
			[]string{"visit happened 2025-03-06 damascus: ahmed-al-sharaa ibrahim-kalin"}},
	})
}

// TestVenueNames: a name a venue word and "of" open ("the Museum of
// Modern Art") or a venue word opens ("the Palais Coburg") is a place,
// not a person.
func TestVenueNames(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"President Ana Ruiz opened the summit at the Museum of Modern Art on Monday.", []string{"ana-ruiz"}},
		{"Minister Ana Ruiz and Minister Tomas Berg met at the Palais Coburg in Vienna.", []string{"ana-ruiz", "tomas-berg"}},
	}
	for _, tc := range tests {
		checkPeople(t, tc.text, tc.want)
	}
}

// TestQuotedFirstPerson: "I", "me" and "my" in a quotation are its
// speaker, named by a speech verb where the quotation closes or opens, or
// by the quotation before it in the paragraph; a speaker named by no one
// gives no one.
func TestQuotedFirstPerson(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"attributed after it closes", "\"I met President Tomas Berg on Monday,\" Ana Ruiz said.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz tomas-berg"}},
		{"attributed by a pronoun", "Ana Ruiz met reporters in Oslo.\n\n\"Tomas Berg and I agreed to meet again in April,\" she said.",
			[]string{"meeting planned 2025-04 -: ana-ruiz tomas-berg"}},
		{"attributed before it opens, a sentence on", "Ana Ruiz said: \"It was a long week. Tomas Berg and I spoke by phone on Monday.\"",
			[]string{"call happened 2025-03-10 -: ana-ruiz tomas-berg"}},
		{"the quotation before it in the paragraph", "\"We talked,\" Ana Ruiz said of the dispute. \"Tomas Berg and I agreed to meet again in April.\"",
			[]string{"meeting planned 2025-04 -: ana-ruiz tomas-berg"}},
		{"closed a sentence on, by a speaker's pronoun", "Asked about Tomas Berg, Ana Ruiz said she had not called him. \"I met Prime Minister Tomas Berg in Oslo in September. I would welcome a call,\" she said.",
			[]string{"meeting happened 2024-09 oslo: ana-ruiz tomas-berg"}},
		{"closed a sentence on, by a name", "Ana Ruiz spoke in Oslo. \"I met Prime Minister Tomas Berg in Oslo in September. It went well,\" Ruiz said.",
			[]string{"meeting happened 2024-09 oslo: ana-ruiz tomas-berg"}},
		{"no person speaks", "\"Tomas Berg and I will meet in May,\" a diplomat said.",
			nil},
	})
}

// TestMonthSurname: a month's name right after a given name is a family
// name ("Theresa May"), and the modal it also spells gives no proposal;
// a month after "in" or before a number stays a month.
func TestMonthSurname(t *testing.T) {
	checkPeople(t, "Karin May met Tomas Berg in May 2018, and Ivo June spoke.", []string{"karin-may", "tomas-berg", "ivo-june"})
	checkEventCases(t, []eventCase{
		{"a family name, not the modal", "Prime Minister Karin May met Tomas Berg in Oslo in 2018.",
			[]string{"meeting happened 2018 oslo: karin-may tomas-berg"}},
		{"the modal after a noun stays one", "Ana Ruiz said talks with Tomas Berg may take place in Oslo in May.",
			[]string{"talks proposed 2025-05 oslo: ana-ruiz tomas-berg"}},
	})
}

// TestEpithets: "the 61-year-old" is the one person the article gave that
// age; a demonym used as a noun ("the Norwegian said", "the Spaniard and
// X") is the latest person named of that country; not a demonym before
// its noun or coordinated with another.
func TestEpithets(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"an age given, then the epithet", "Ana Ruiz, 61, arrived in Oslo on Saturday.\n\nOn Sunday, the 61-year-old spent more than seven hours with Foreign Minister Tomas Berg.",
			[]string{"visit happened 2025-03-09 oslo: ana-ruiz tomas-berg"}},
		{"an age no one was given", "Ana Ruiz arrived in Oslo on Saturday.\n\nOn Sunday, the 61-year-old met Foreign Minister Tomas Berg.",
			[]string{"visit happened 2025-03-08 oslo: ana-ruiz norway"}},
		{"a nationality noun and a name", "Spain's Foreign Minister Jose Albares arrived on Monday.\n\nThe Spaniard and Tomas Berg last spoke by telephone in August.",
			[]string{"call happened 2024-08 -: jose-albares tomas-berg"}},
		{"the visitor of the latest visit", "Ana Ruiz arrived in Oslo on Monday for a two-day visit.\n\nThe visitor also met Foreign Minister Ivo Strand on Monday evening.",
			[]string{"visit happened 2025-03-10 oslo: ana-ruiz ivo-strand"}},
		{"the host of the latest contact hosted", "President Ana Ruiz hosted Prime Minister Tomas Berg in Oslo on Monday.\n\nOn Tuesday the host spoke by phone with Ivo Strand.",
			[]string{"meeting happened 2025-03-10 oslo: ana-ruiz tomas-berg", "call happened 2025-03-04 -: ana-ruiz ivo-strand"}},
		{"a government's seat for its country before a title", "Russian President Vladimir Putin arrived in Budapest on Thursday.\n\nOfficials proposed talks between the Kremlin leader and Donald Trump.",
			[]string{"visit happened 2025-03-06 budapest: hungary vladimir-putin", "talks proposed - -: donald-trump vladimir-putin"}},
		{"a demonym before its noun", "Spain's Foreign Minister Jose Albares arrived on Monday.\n\nThe Spanish delegation met Tomas Berg on Tuesday.",
			[]string{"meeting happened 2025-03-04 -: spain tomas-berg"}},
	})
}

func TestPlaceFirstNameApposed(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		// a place's name as a first name, with a title in apposition after
		{"Victoria Halm, the under-secretary of state, met Tomas Berg on Friday.",
			[]string{"victoria-halm", "tomas-berg"}},
		{"Ana Ruiz, the adviser, and Victoria Halm, the envoy, met Tomas Berg.",
			[]string{"ana-ruiz", "ana-ruiz", "victoria-halm", "victoria-halm", "tomas-berg"}}, // (each apposition a mention of its person)
		// the place itself, with an apposition of its own, stays a place
		{"Tomas Berg flew to Victoria, the capital, on Friday.",
			[]string{"tomas-berg"}},
	}
	for _, tc := range tests {
		checkPeople(t, tc.text, tc.want)
	}
}

func TestTitleOfCountryBeforeName(t *testing.T) {
	// state news agencies' wording: the title and its country before the
	// name; "the president" later is that holder
	tests := []struct {
		text string
		want []string
	}{
		{"President of the Republic of Norway Ana Ruiz held talks today with Tomas Berg. The president said they went well.",
			[]string{"ana-ruiz", "tomas-berg", "ana-ruiz"}},
		{"Prime Minister of Norway Ana Ruiz received Tomas Berg on Friday. Later the prime minister left.",
			[]string{"ana-ruiz", "tomas-berg", "ana-ruiz"}},
	}
	for _, tc := range tests {
		checkPeople(t, tc.text, tc.want)
	}
	// a state the lexicon lacks, by its form of state: "the two presidents"
	// later are its president and the other
	checkEvents(t, "President of the Republic of Aruvia Doszhan Kaliyev held talks on Wednesday with President of the Republic of Versenia Anatol Brescu. The talks continued with the foreign ministers of the two countries, Saule Nurlanova and Mihai Corbeanu. The two presidents had agreed the agenda in a telephone conversation on 2 March.",
		[]string{"talks happened 2025-03-05 -: anatol-brescu doszhan-kaliyev", "call happened 2025-03-02 -: anatol-brescu doszhan-kaliyev"})
	// its adjective before a form of state: "the two presidents" are its
	// president and the other, not the deputy prime minister who met him
	checkEventCases(t, []eventCase{
		{"the Lumerian Federation", "President Askar Dosmet today received a delegation led by Deputy Prime Minister Ottavia Brandt. She conveyed to Askar Dosmet warm greetings from the President of the Lumerian Federation Konrad Adler. The two presidents last met in June in Tarsk.",
			[]string{"meeting happened 2025-03-10 -: askar-dosmet ottavia-brandt", "meeting happened 2024-06 -: askar-dosmet konrad-adler"}},
		{"a known state", "President Askar Dosmet today received a delegation led by Deputy Prime Minister Ottavia Brandt. She conveyed to Askar Dosmet warm greetings from the President of the Russian Federation Konrad Adler. The two presidents last met in June in Tarsk.",
			[]string{"meeting happened 2025-03-10 -: askar-dosmet ottavia-brandt", "meeting happened 2024-06 -: askar-dosmet konrad-adler"}},
	})
}

// TestMediaLastWords: a name the outlets list lacks that ends in a word
// only news media end in ("Weekly", "Gazette", "Chronicle", "Tribune") is an
// outlet, no person and no party to a contact.
func TestMediaLastWords(t *testing.T) {
	for _, name := range []string{"Continental Weekly", "Lakeside Gazette", "Varn Chronicle", "Osterby Tribune"} {
		r := run(t, "The go-between\n\nThe "+name+" | Diplomacy | 20 February 2026\n\nNobody expected much when Norway's Foreign Minister, Ilse Marstrand, offered to mediate last autumn. Their presidents have spoken by phone.")
		for _, a := range r.Article.Actors {
			if a.Name == name && a.Type != schema.Outlet {
				t.Errorf("%s is a %s, want an outlet", name, a.Type)
			}
		}
		for _, line := range eventLines(r) {
			t.Errorf("%s: a contact with the outlet: %q", name, line)
		}
	}
}

// TestBodyOfTitle: the capitalised name after "Title of the" is the body
// the title is of, an organisation, not a person.
func TestBodyOfTitle(t *testing.T) {
	r := run(t, "Headline\n\nA meeting with the Chairwoman of the National Kengesh, Ana Ruiz, was cancelled.")
	for _, a := range r.Article.Actors {
		if a.Name == "National Kengesh" && a.Type != schema.Organisation {
			t.Errorf("National Kengesh is a %s, want an organisation", a.Type)
		}
	}
	checkPeople(t, "The Speaker of the Varn Assembly, Ana Ruiz, met Tomas Berg.", []string{"ana-ruiz", "tomas-berg"})
}

// TestTitledPluralHolders: "The presidents" is the latest pair of
// presidents named together, not the salient group's other people (their
// wives, an aide) nor the latest two presidents named apart; an office
// before a possessive ("X, the president's son-in-law") is another's.
func TestTitledPluralHolders(t *testing.T) {
	// published 2025-03-10
	checkEventCases(t, []eventCase{
		{"past a third president named since", "President Dan Trell ended his first summit with President Xu Jiaming of Cathay on Friday. The groundwork was laid by Mr. Tallin, who was received by Mr. Xu on March 1. In a separate speech, President Sauli Nermo said trade mattered. The presidents themselves had spoken only once before, by phone in February.",
			[]string{"summit happened 2025-03-07 -: dan-trell xu-jiaming", "meeting happened 2025-03-01 -: tallin xu-jiaming", "call happened 2025-02 -: dan-trell xu-jiaming"}},
		{"past the wives at the table", "President Dan Trell met President Xu Jiaming on Friday. The two presidents were joined by their wives, Mela Trell and Peng Lian. The presidents had spoken once before, by phone in February.",
			[]string{"meeting happened 2025-03-07 -: dan-trell mela-trell peng-lian xu-jiaming", "call happened 2025-02 -: dan-trell xu-jiaming"}},
		{"the president's son-in-law", "President Dan Trell met President Xu Jiaming on Friday. Commerce Secretary Wil Rosse sat on the American side, alongside Jared Kush, the president's son-in-law. The presidents themselves had spoken only once before, by phone in February.",
			[]string{"meeting happened 2025-03-07 -: dan-trell xu-jiaming", "call happened 2025-02 -: dan-trell xu-jiaming"}},
	})
	checkPeople(t, "Prime Minister Ivo Marek met President Dan Trell on Friday. Jared Kush, the president's son-in-law, sat in. Later the president left.",
		[]string{"ivo-marek", "dan-trell", "jared-kush", "dan-trell", "dan-trell"})
}

// TestTitleOfUnknownState: state news agencies' "Title of [the Federation
// of] State Name": a state or body of one word the lexicon lacks is no
// part of its holder's name.
func TestTitleOfUnknownState(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Prime Minister of the Federation of Kordavia Ilmar Vessmark was received on Thursday by President Erkin Sadyk.",
			[]string{"ilmar-vessmark", "erkin-sadyk"}},
		{"He conveyed greetings from President of Kordavia Maarja Orgsen to President Erkin Sadyk.",
			[]string{"maarja-orgsen", "erkin-sadyk"}},
		{"Deputy Chairman of the Majlis Gulnora Saidan met Ilmar Vessmark at the parliament building.",
			[]string{"gulnora-saidan", "ilmar-vessmark"}},
	}
	for _, tc := range tests {
		checkPeople(t, tc.text, tc.want)
	}
}

// TestOutletAfterStationNoun: "radio station X", "TV channel X", "news
// agency X" name an outlet, no person, even where the name was read as a
// person's before ("in Drevnik").
func TestOutletAfterStationNoun(t *testing.T) {
	for _, text := range []string{
		"Kordan told Brenzian radio station Drevnik One that she could not confirm the calls.",
		"Kordan told the state news agency Velmar Press that she could not confirm the calls.",
	} {
		r := run(t, text)
		for _, a := range r.Article.Actors {
			if a.Type == schema.Person && a.Name != "Kordan" {
				t.Errorf("%q: %s is a person", text, a.Name)
			}
		}
	}
}
