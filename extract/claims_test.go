package extract

import (
	"strings"
	"testing"
)

func TestClaims(t *testing.T) {
	tests := []struct {
		text string
		want []string // "claimant|outlets|channel"
	}{
		{"Foreign Minister Ana Ruiz said the talks were useful, Reuters reported.", []string{"ana-ruiz|reuters|"}},
		// an adverb between the speaker and the verb
		{"Sweden has instead proposed that the talks move to Oslo.", []string{"sweden||"}},
		{"Foreign Minister Ana Ruiz has already said that the talks were useful.", []string{"ana-ruiz||"}},
		{"According to a source familiar with the matter, the summit is off.", []string{"||"}},
		{"According to a diplomatic cable seen by The Guardian, the summit is off.", []string{"|the-guardian|"}},
		{"Prime Minister Tomas Berg in a Facebook post said peace was near.", []string{"tomas-berg||Facebook post"}},
		{`"We will meet again," Tomas Berg told CNN.`, []string{"tomas-berg|cnn|"}},
		{"CNN reported, citing sources, that the meeting was postponed.", []string{"|cnn|"}},
		// appositives, relative clauses and participle phrases between speaker and verb
		{"Tomas Berg, a keen amateur historian, told reporters that he was pleased.", []string{"tomas-berg||"}},
		{"Tomas Berg, whose country chairs the council, told reporters that talks would resume.", []string{"tomas-berg||"}},
		{"A Kremlin spokesman, Ivan Petrov, said the talks could take place within weeks.", []string{"ivan-petrov||"}},
		// anonymous sources with modifiers; staff of a named organisation
		{"Officials in Geneva said the two leaders would discuss trade.", []string{"||"}},
		{"Analysts at Nordbank said the fall reflected weak demand.", []string{"nordbank||"}},
		// "the foreign ministry" of a wire story is the dateline's country's
		// (a capital the lexicon knows), a press release its channel
		{"SEOUL, March 10 (Wire) -- Foreign Minister Ana Ruiz held talks with Tomas Berg on Monday, the foreign ministry said. Ruiz agreed to launch negotiations, the ministry said in a press release.", []string{"south-korean-foreign-ministry||", "south-korean-foreign-ministry||press release"}},
		// a title of a country in apposition before its holder gives the
		// role a bare title refers to later
		{"President Tomas Berg received the Vice President of Sweden, Ana Ruiz, on Monday. The visiting vice president said she was pleased.", []string{"ana-ruiz||"}},
		// an office speaks for its principal
		{"Prime Minister Tomas Berg is due to travel to Oslo. His office said in a statement that the trip was confirmed.", []string{"tomas-berg||statement"}},
		// coordinated reporting verbs with their own content are claims of their own
		{"President Ana Ruiz said in a Facebook post that the border would stay shut and called for a joint fund.", []string{"ana-ruiz||Facebook post", "ana-ruiz||Facebook post"}},
		{"President Ana Ruiz said she accepts the idea but urged Norway to do more.", []string{"ana-ruiz||"}},
		// ", telling reporters that ...": a further statement of the speaker
		{"Spokesman Ivo Marek confirmed that the talks had taken place, telling reporters that they were on track.", []string{"ivo-marek||", "ivo-marek||"}},
		// an outlet after "daily"; a negated verb of speech without content
		{"The Westland daily Kurjer reported on Tuesday that the talks had stalled.", []string{"kurjer|kurjer|"}},
		{"Westland officials have not commented on the idea.", nil},
		// "..., it said" / "..., they said": the paragraph's latest speaker;
		// "..., one said, ...": a source
		{"Foreign Minister Ana Ruiz spoke with Tomas Berg on Monday, Reuters reported. The two discussed trade, it said.", []string{"reuters|reuters|", "reuters|reuters|"}},
		{"Diplomats in Oslo said the visit had been long in preparation. Had the talks not collapsed, one said, Ana Ruiz would have come in 2020.", []string{"||", "||"}},
		// a member of a team, critics, a speaker on condition of anonymity: sources
		{"A member of the Westland team, speaking on condition of anonymity, told Reuters that the talks had stalled.", []string{"|reuters|"}},
		{"Critics in parliament say the talks reward violence.", []string{"||"}},
		// a press service of several words speaks for its principal
		{"Ana Ruiz and Tomas Berg agreed to keep the gates open, Ruiz's press service said.", []string{"ana-ruiz||"}},
		// ", hydrologists warn, ...": unnamed people of a trade are a source
		{"If the gates are closed, hydrologists warn, the south could face shortages within weeks.", []string{"||"}},
		// a country's presidency speaks for its one president
		{"Chilean President Ana Ruiz met Tomas Berg. Berg accepted an invitation to visit Chile, the Chilean presidency said.", []string{"ana-ruiz||"}},
		// a verb whose object is a thing needs a that-clause or a quotation
		{"Russia dismissed the tour.", nil},
		// a reporting word inside a name is none
		{"President Ana Ruiz said Peru had not invited her to the United States.", []string{"ana-ruiz||"}},
		// a ministry named without its country: that of the minister of its
		// portfolio named first in the sentence, the one named last, that of
		// the person a possessive stands for
		{"OSLO (AP) - Chile's Foreign Minister Ana Ruiz will meet her Peruvian counterpart Tomas Berg next week, the foreign ministry said on Tuesday. The talks will focus on trade, the ministry said in a statement.",
			[]string{"chilean-foreign-ministry||", "chilean-foreign-ministry||statement"}},
		{"Peruvian Defence Minister Ana Ruiz was invited. Ruiz has not replied to the offer, her ministry said.", []string{"peruvian-defence-ministry||"}},
		// with no minister or ministry to stand for, no speaker and no claim
		{"The talks will focus on trade, the ministry said.", nil},
		// words of naming and urging: with a quotation right after a short
		// object, with an infinitive after the object; not a label, not a visit
		{`Its leader, Tomas Berg, called the visit "a photo opportunity" and said nothing would change.`, []string{"tomas-berg||", "tomas-berg||"}},
		{`President Ana Ruiz called on Norway to "act now" and on Sweden to wait.`, []string{"ana-ruiz||"}},
		{`She spent March answering questions, an exercise Ana Ruiz calls "my hardest month".`, []string{"ana-ruiz||"}},
		{`The talks were put off because of what Chile called "scheduling constraints".`, nil},
		{"Ambassador Ana Ruiz called on Foreign Secretary Tomas Berg at the ministry on Monday.", nil},
		{"Ana Ruiz called Tomas Berg on Monday to discuss trade.", nil},
		// a capital as the speaker stands for its country; a capital as a
		// place, or inside a quotation, does not
		{"Moscow said the talks were useful.", []string{"russia||"}},
		{"Officials in Moscow said the talks were useful.", []string{"||"}},
		{`Ana Ruiz wrote that no summit held "before Moscow says sorry" would help.`, []string{"ana-ruiz||"}},
		// a reporting verb coordinated with another verb: the clause's subject
		{"Foreign Minister Ana Ruiz met Tomas Berg and said the talks were useful.", []string{"ana-ruiz||"}},
		{"Ambassador Ana Ruiz, the new envoy, conveyed greetings and said that Chile wished to open an office.", []string{"ana-ruiz||"}},
		// an unnamed spokesperson of a body: the body speaks; a named one speaks
		{"The talks were useful, a Kremlin spokesman said.", []string{"kremlin||"}},
		{"Chilean Prime Minister Ana Ruiz chaired a cabinet meeting, which approved the budget, a government spokesman said.", []string{"chilean-government||"}},
		// a government body of a country the lexicon lacks
		{"The Ostmark foreign ministry said the talks would resume. Ostmark's President Ana Ruiz agreed.", []string{"ostmark-foreign-ministry||"}},
		// unnamed office holders are anonymous; a verb without content still
		// gives the speaker of the next one
		{"European leaders, who met in Paris last week, welcomed the truce but called for more pressure on Moscow.", []string{"||"}},
		// joint statements have no single claimant
		{"Chile and Peru signed a deal. In a joint statement, the two countries said they would hold talks.", []string{"||joint statement"}},
		// a quotation opening a relative clause is the antecedent's, not the reporting office's
		{`President Ana Ruiz spoke by phone with Prime Minister Tomas Berg, who "reaffirmed support for a settlement," her office said.`, []string{"tomas-berg||"}},
		// definite descriptions as speakers: "the ministry", "the Westlandic leader"
		{"Chile's foreign ministry said the talks would resume. The meeting was postponed, the ministry added.", []string{"chilean-foreign-ministry||", "chilean-foreign-ministry||"}},
		{"Uruguay's Luis Pou spoke. The four presidents will meet again in December, the Uruguayan leader said.", []string{"luis-pou||"}},
		// a speaker opening another's reported content is part of it
		{"Finance Minister Ana Ruiz said the Nordic Investment Fund had praised the budget. The fund had praised it before.", []string{"ana-ruiz||"}},
		// "according to" an organisation at the end of the sentence; an
		// acronym after a noun for an organisation or a news agency
		{"About 30,000 people have fled the area since June, according to the United Nations.", []string{"united-nations||"}},
		{"About 30,000 people have fled the area, according to the UN refugee agency UNHCR.", []string{"unhcr||"}},
		{"The minister will travel to Lima in October, according to the state news agency NRA.", []string{"nra|nra|"}},
		// outlets the lexicon lacks: a place name opening one, a name opening
		// a sentence with "reported that"
		{"Chile and Peru met. President Ana Ruiz said talks would resume, The Chile Courier reported.", []string{"ana-ruiz|chile-courier|"}},
		{"Gazeta de Norte reported that Foreign Minister Ana Ruiz had declined an invitation.", []string{"gazeta-de-norte|gazeta-de-norte|"}},
		// companies the lexicon lacks speaking for themselves: a name ending
		// in a word for a company, an unknown name or acronym in the subject
		// slot of a reporting verb, an acronym given in brackets before
		{"Norvale Motor Company said on Tuesday that its sales rose.", []string{"norvale-motor-company||"}},
		{"Under the deal, Tarven Group PLC said it will buy six jets.", []string{"tarven-group-plc||"}},
		{"Tarvenair has announced that it will cut 500 jobs.", []string{"tarvenair||"}},
		{"The fares will fall within six months, Tarvenair announced this morning.", []string{"tarvenair||"}},
		{"Sales fell by a third. US carmaker Norvale reports losses of $6 billion.", []string{"norvale||"}},
		{"Norvale Motors Corporation (NMC) makes cars. In May, NMC reported a loss of $3 million.", []string{"norvale-motors-corporation||"}},
		{"Norvale Motor Company sells cars. Norvale said that its sales rose.", []string{"norvale-motor-company||"}},
		// a title, a place or an acronym opening a company's name; "Inc."
		{"Admiral Motors announced on Wednesday that its sales fell by 45%.", []string{"admiral-motors||"}},
		{"Geneva Airways says that it will be compensated for the delay.", []string{"geneva-airways||"}},
		{"KDR Group, a market research firm, sells data. The firm said more songs were sold.", []string{"kdr-group||"}},
		{"Norvale Inc. announced Monday it has settled its dispute.", []string{"norvale-inc||"}},
		{"Norvale sells cars. \"Sales were weak,\" Norvale said in a statement.", []string{"norvale||statement"}},
		// a company's name with its acronym in apposition; an acronym spelling
		// the initials of a company named before
		{"Another carmaker, Kessel Motors (KM), announced that it seeks loans.", []string{"kessel-motors||"}},
		{"Kessel Motors Company builds cars. In May, KMC had reported a loss of $3 million.", []string{"kessel-motors-company||"}},
		// a person named after their organisation and a business title
		{`"It took too long," said Tarvenbank analyst Ivo Marek.`, []string{"ivo-marek||"}},
		{`Kessel Motors made a profit. "Results were strong," said the firm's chief executive officer, Ivo Marek.`, []string{"ivo-marek||"}},
		// experts and executives speak as anonymous sources
		{"Lawmakers rejected the deal, although industry experts say it had been killed by the ministry.", []string{"||"}},
		// a noun of saying with its speaker and a that-clause
		{"Ivo Marek presented a plan after the announcement by Kessel Motors that it had filed for bankruptcy.", []string{"kessel-motors||"}},
		{"Markets fell after President Ana Ruiz's statement that the border would stay shut.", []string{"ana-ruiz||statement"}},
		{"Kessel Motors made a declaration of bankruptcy.", nil},
		// the antecedent of ", who said"; a company in apposition to a noun
		// for one
		{"The talks were hosted by President Ana Ruiz, who said the truce was holding.", []string{"ana-ruiz||"}},
		{"Irish low cost airline, Tarvenair, announced today that it is buying jets.", []string{"tarvenair||"}},
		{"Admiral Kessel Corporation reported a loss of $4 million in May.", []string{"admiral-kessel-corporation||"}},
		// an indefinite pronoun is nobody's name
		{`"Everyone told us we were crazy," Ivo Marek said in an interview.`, []string{"ivo-marek||interview"}},
		// a possessive after "according to X," opens the content
		{"Kessel Motors sells cars. Kessel said according to those figures, Ivo Marek's store passes the rival for second place.", []string{"kessel-motors||"}},
		// an unnamed plural subject opened by a quantifier is anonymous
		{"Some customers reported that the phone lines were busy.", []string{"||"}},
		{"Some say the plan will fail.", []string{"||"}},
		{"Shares rose after several central banks announced a joint plan.", []string{"||"}},
		// a leader's administration speaks for the leader
		{"President Ana Ruiz's administration said it would not give more aid to the firm.", []string{"ana-ruiz||"}},
		// present-tense verbs of saying (headlines)
		{"Kessel Motors admits losses could swell further", []string{"kessel-motors||"}},
		// a name ending in a word for a company is no person's: the pronoun
		// is the chief executive's
		{"Kessel Computer CEO Ivo Marek spoke in Paris. He announced that new models will use faster chips.", []string{"ivo-marek||"}},
		// "by saying": the words of the sentence's subject
		{`Foreign Minister Ivo Marek justified the choice by saying, "The plan is the best we have."`, []string{"ivo-marek||"}},
		// "the company", "the firm": the organisation named before
		{"Tarven Airlines will buy 20 jets. The company said that the planes would meet demand.", []string{"tarven-airlines||"}},
		{"Norvale Group PLC signed a deal. In a court filing on Thursday, the firm stated its network is too large.", []string{"norvale-group-plc||"}},
		// a plural noun read as a verb is no speaker
		{"Ana Ruiz said the deal reflected concern in smaller Nordic states over trade.", []string{"ana-ruiz||"}},
		// one-word outlets: after "news agency", or reporting at a clause's end
		{"President Ana Ruiz said the talks would resume, Foreign Minister Tomas Berg told the state news agency Nortel.", []string{"ana-ruiz|nortel|", "tomas-berg|nortel|"}},
		{"The meeting has been called off, Westpress reported, citing a ministry official.", []string{"|westpress|"}},
		// "an aide to X" is anonymous; "has not ruled out" reports; ";" ends a claim
		{"President Ana Ruiz met Tomas Berg. The two leaders talked for hours, an aide to Ruiz told reporters.", []string{"||"}},
		{"Chile's navy says a ship was to blame; Peru's defence ministry has not ruled out sabotage.", []string{"chilean-navy||", "peruvian-defence-ministry||"}},
		// "the X newspaper", "the X news agency"
		{"The minister will resign, the Westland Courier newspaper reported.", []string{"westland-courier|westland-courier|"}},
		// an acronym after "broadcaster", "news agency": an outlet
		{"Foreign Minister Ana Ruiz told public broadcaster NRT on Tuesday that she was ready to meet.", []string{"ana-ruiz|nrt|"}},
		{"The talks will resume, according to Ostian state news agency OSA.", []string{"osa|osa|"}},
		// an unknown name opening a sentence with a reporting verb speaks;
		// staff of a named international body speak for it
		{"The talks went well. Nordwind said last week that its deliveries were on time.", []string{"nordwind||"}},
		{"The visit has been postponed, a NATO official said.", []string{"nato||"}},
		{"Protesters said the talks had failed.", nil},
		// "quoted by the X": an outlet
		{"The talks will resume, according to a diplomat quoted by the Evening Courier.", []string{"|evening-courier|"}},
		// a country's possessive before "X newspaper"
		{"Norway's Evening Courier newspaper, citing an aide to President Ana Ruiz, reported that she was disappointed.", []string{"|evening-courier|"}},
		{"President Ana Ruiz said the talks would resume, according to the Westland Herald news agency.", []string{"ana-ruiz|westland-herald|"}},
		// a pronoun after a fronted phrase naming someone else
		{"President Ana Ruiz said her invitation stood. Speaking by phone to Tomas Berg on Sunday, she proposed that the two leaders meet.", []string{"ana-ruiz||", "ana-ruiz||"}},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
		var got []string
		for _, c := range r.Article.Claims {
			var os []string
			for _, o := range c.ReportedBy {
				os = append(os, short(o))
			}
			got = append(got, short(c.Claimant)+"|"+strings.Join(os, ",")+"|"+c.Channel)
			if len(c.Evidence) == 0 || c.Text == "" {
				t.Errorf("%q: claim without evidence or text", tc.text)
			}
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestClaimText: the claim text is the reported content, never the
// attribution that follows the verb.
func TestClaimText(t *testing.T) {
	tests := []struct {
		text string
		want string // the text of the first claim
		date string // its date, "" for none
	}{
		{"Technical teams will meet in Arica next month, Ostmark's Foreign Ministry said in a statement.", "Technical teams will meet in Arica next month", ""},
		{"The two leaders met for three hours, an aide to Tomas Berg told AFP.", "The two leaders met for three hours", ""},
		{"Envoy Lars Wenn is due to travel to Brenholm next month to meet Ana Ruiz, the State Department said on Tuesday.", "Envoy Lars Wenn is due to travel to Brenholm next month to meet Ana Ruiz", "2025-03-04"},
		{`"The truce is holding," Ivo Marek told Reuters on Monday.`, "The truce is holding", "2025-03-10"},
		// a quotation of two sentences, then the speaker and an audience
		{`"We have waited eight years. There will be no extension after August," Ivo Marek told the opening session.`, "We have waited eight years. There will be no extension after August", ""},
		{"Lars Wenn, 58, said in a televised address on Tuesday that Ostmark had nothing to hide.", "Ostmark had nothing to hide.", "2025-03-04"},
		{"Ivo Marek told Ana Ruiz that the dispute was not a private matter.", "the dispute was not a private matter.", ""},
		{"A meeting between Ana Ruiz and Ivo Marek has been postponed, Reuters reported, citing two diplomats.", "A meeting between Ana Ruiz and Ivo Marek has been postponed", ""},
		{"BRENHOLM (Reuters) - A summit of the two presidents has been called off, Ostmark's foreign ministry said on Wednesday.", "A summit of the two presidents has been called off", "2025-03-05"},
		{"Ana Ruiz has postponed a visit to Ostmark until early next year, her office said Wednesday.", "Ana Ruiz has postponed a visit to Ostmark until early next year", "2025-03-05"},
		{"Ivo Marek, a veteran analyst, said the rapport was the best in a generation.", "the rapport was the best in a generation.", ""},
		// what qualifies the attribution is not its content
		{"The talks were constructive, a senior official told AFP on condition of anonymity.", "The talks were constructive", ""},
		{"A senior official said privately that the talks were constructive.", "the talks were constructive.", ""},
		{"Ana Ruiz said afterwards that the talks were constructive.", "the talks were constructive.", ""},
		// the one told is no part of what was said
		{"Ana Ruiz told him the door in Vilnius is open.", "the door in Vilnius is open.", ""},
		{"Ana Ruiz told President Tomas Berg then that the door is open.", "the door is open.", ""},
		{"Ana Ruiz told the council that Tomas Berg would visit Oslo.", "Tomas Berg would visit Oslo.", ""},
		// a short quotation opened after the verb is what was said, not
		// the question before the speaker
		{"Asked whether Tomas Berg had given any ground, Ana Ruiz said: \"He listened. It was useful.\"", "He listened.", ""},
		{"Ana Ruiz said later that the talks were constructive.", "the talks were constructive.", ""},
		// an audience is not the content; a document seen by an outlet
		{"Ana Ruiz told lawmakers on Tuesday that the talks had stalled.", "the talks had stalled.", "2025-03-04"},
		{"According to a diplomatic cable seen by The Guardian, Ivo Marek held talks in Oman.", "Ivo Marek held talks in Oman.", ""},
		{"Two officials familiar with the talks said the envoys had met in Muscat.", "the envoys had met in Muscat.", ""},
		// the content's own dates are not when it was said
		{"Ana Ruiz will visit Ostmark again in May, Ostmark's foreign ministry said.", "Ana Ruiz will visit Ostmark again in May", ""},
		{"Ivo Marek said talks were on Friday.", "talks were on Friday.", ""},
		// an outlet told, with no "that" after it
		{"Ana Ruiz told Reuters the breakfast meeting had been frank.", "the breakfast meeting had been frank.", ""},
		// an outlet relaying the speaker is not part of what was said
		{"Ostmark's foreign ministry said the meeting had been constructive, Reuters reported.", "the meeting had been constructive", ""},
		// a statement going on after a parenthetical attribution
		{"Had the talks not collapsed, one diplomat said, Ivo Marek would have travelled to Brenholm in 2020.", "Had the talks not collapsed, Ivo Marek would have travelled to Brenholm in 2020.", ""},
		// "according to" an anonymous source or a joint statement at the end
		{"The Quellan delegation was led by Ivo Marek, according to two Westland officials.", "The Quellan delegation was led by Ivo Marek", ""},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
		if len(r.Article.Claims) == 0 {
			t.Errorf("%q: no claim", tc.text)
			continue
		}
		c := r.Article.Claims[0]
		date := ""
		if c.Date != nil {
			date = c.Date.Value
		}
		if c.Text != tc.want || date != tc.date {
			t.Errorf("%q:\n got %q (%s)\nwant %q (%s)", tc.text, c.Text, date, tc.want, tc.date)
		}
	}
}

// An acronym named in a headline before the company's full name gets that
// name as an alias.
func TestAcronymBeforeName(t *testing.T) {
	r := run(t, "\nCarmaker KM reports losses\n\nThe carmaker Kessel Motors announced it has lost $6 billion.")
	for _, a := range r.Article.Actors {
		if a.Name == "KM" {
			if len(a.Aliases) == 0 || a.Aliases[0] != "Kessel Motors" {
				t.Errorf("KM aliases %v, want Kessel Motors", a.Aliases)
			}
			return
		}
	}
	t.Errorf("no actor KM: %+v", r.Article.Actors)
}

// A company's officer after its possessive ("X's CEO") does not make the
// company a country.
func TestBusinessTitleNamesNoCountry(t *testing.T) {
	r := run(t, "\nKessel Motors sells cars. Kessel's CEO Ivo Marek said sales rose.")
	for _, a := range r.Article.Actors {
		if a.Name == "Kessel" && a.Type == "country" {
			t.Errorf("Kessel read as a country: %+v", a)
		}
	}
}

// claimCase is a text and its claims as "claimant|outlets|channel".
type claimCase struct {
	text string
	want []string
}

func checkClaims(t *testing.T, tests []claimCase) {
	t.Helper()
	for _, tc := range tests {
		r := run(t, tc.text)
		var got []string
		for _, c := range r.Article.Claims {
			var os []string
			for _, o := range c.ReportedBy {
				os = append(os, short(o))
			}
			got = append(got, short(c.Claimant)+"|"+strings.Join(os, ",")+"|"+c.Channel)
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestClaimsSourceModifier: an anonymous source keeps its modifier phrase
// ("briefed on ...", "close to ...") before the verb, and stays the
// claimant over the outlet it told or that cites it.
func TestClaimsSourceModifier(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Ministers met in Vransk. A source briefed on Friday's discussions told Reuters that most ministers favoured a delay.", []string{"|reuters|"}},
		{"Ostmark's daily Tagesblatt reported this morning, citing a person close to the talks, that Ostmark had offered to raise the quota.", []string{"|tagesblatt|"}},
		{"A source familiar with the matter told Reuters that the visit was off.", []string{"|reuters|"}},
		{"People with knowledge of the plan said the visit was off.", []string{"||"}},
		// "states" and "claims" are plural nouns with no complement after
		{"Farmers in Lagos and Kano states, Tomas Berg said on Monday, had lost their crops. Berg states, in a letter, that the talks failed.", []string{"tomas-berg||", "tomas-berg||letter"}},
		// "the Senate president": the holder introduced with that
		// qualifier; a UK department in the gazetteer
		{"Senate President Lucinda Arroyo-Banks met Ana Ruiz on Monday. \"I'll look at numbers,\" the Senate president told the Ledger last week. Tomas Berg spoke to Ruiz by telephone on Saturday, according to the Wales Office.", []string{"lucinda-arroyo-banks||", "wales-office||"}},
		// "describe" in the present, as timelines write
		{"Ana Ruiz met Taliban negotiators in Doha. The Taliban describe the meeting as \"preliminary\".", []string{"taliban||"}},
		// a photo caption's description reports nothing; a sentence after
		// it may
		{"Prime Minister Jonas Arvidsson met Ana Ruiz on Monday.\n\nIMAGE: Ana Ruiz and Jonas Arvidsson shake hands before their talks. Arvidsson said afterwards that the two governments had agreed to open a ferry route. Photograph: Lars Ekdahl/Agency", []string{"jonas-arvidsson||"}},
		// a briefing's transcript: "I can tell you that" in a turn
		// labelled "MR. KESTEL:" is the spokesperson's claim
		{"Dario Kestel, Spokesperson\n\nMR. KESTEL: Hello, everyone. I can tell you that Foreign Minister Ana Ruiz will travel to Oslo on Monday for talks with Tomas Berg.\n\nQUESTION: Will she see the king?", []string{"dario-kestel||"}},
		// ... and a paragraph with no label goes on the turn before it
		{"Dario Kestel, Spokesperson\n\nMR. KESTEL: Hello, everyone. A few things at the top.\n\nFirst, on travel. I can tell you that Foreign Minister Ana Ruiz will travel to Oslo on Monday.\n\nQUESTION: Will she see the king? I said she would not.", []string{"dario-kestel||"}},
		// speech inside a quotation attributed after it is part of the
		// quoted claim, not a claim of its own
		{"Governor Ana Ruiz met Administrator Tomas Berg on Tuesday. Berg made no commitment, the governor said. \"He listened, he took notes, and he told me the money isn't there this year,\" Ruiz told reporters on Thursday.", []string{"ana-ruiz||", "ana-ruiz||"}},
		// "travelling with X": a modifier of the source, X is not speaking
		{"Foreign Minister Ana Ruiz met Tomas Berg in Oslo on Monday. A senior official travelling with Ruiz said the framework was \"close to ready\".", []string{"||"}},
	})
}

// TestClaimsMoreSpeech: "accused X of doing Y" states the charge; a
// tweet and "writing on Twitter that" are speech; a ministry the lexicon
// names by its portfolio speaks for itself; "X of the Institute said" is X.
func TestClaimsMoreSpeech(t *testing.T) {
	checkClaims(t, []claimCase{
		{"In the same broadcast, President Ana Ruiz accused Norway of moving border markers during the summer.", []string{"ana-ruiz||"}},
		{"President Ana Ruiz accused Norway of bad faith.", nil},
		{"Ministry spokesman Tomas Berg went further on Friday, writing on Twitter that Norway had \"chosen the cameras\".", []string{"tomas-berg||on Twitter"}},
		{"\"There is no point in meeting them,\" Foreign Minister Ana Ruiz tweeted.", []string{"ana-ruiz||"}},
		{"The Egyptian irrigation ministry said in a statement that Cairo had shown flexibility.", []string{"egyptian-irrigation-ministry||statement"}},
		{"Sabine Roth of the Velgrad Institute for International Affairs said the meeting was \"the news\".", []string{"sabine-roth||"}},
	})
}

// TestClaimsPostposedPronoun: the pronoun subject of a reporting clause
// after its content ("..., she said") is nobody the content names; a
// pronoun owning the speaker ("his office said") may be the content's
// subject, read in the order of the text.
func TestClaimsPostposedPronoun(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Foreign Minister Ana Ruiz spoke in Lima on Monday. President Tomas Berg will travel to Quito next month for talks with Luis Pou, she said.", []string{"ana-ruiz||"}},
		{`Foreign Minister Tomas Berg spoke in Lima on Monday. "Luis Pou should not be invited to the summit," he added.`, []string{"tomas-berg||"}},
		{"Foreign Minister Tomas Berg spoke in Lima on Monday. Luis Pou should not be invited to the summit unless the visit goes ahead, he added.", []string{"tomas-berg||"}},
		{"Prime Minister Tomas Berg spoke in Oslo. He is due to travel to Lima on Monday for talks with President Ana Ruiz, his office said.", []string{"tomas-berg||"}},
		// the possessor of the speaker may be the one the content names
		{"Prime Minister Tomas Berg took part in a video call with President Luis Pou two days ago, his office said.", []string{"tomas-berg||"}},
	})
}

// TestClaimsCoordinatedSubject: two actors coordinated as the subject of a
// reporting verb make a joint statement, with no single claimant.
func TestClaimsCoordinatedSubject(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Chile and Peru said on Wednesday they would push for a code of conduct.", []string{"||"}},
		{"LIMA (Westwire) - Chile and Peru said on Wednesday they would push for a code of conduct.", []string{"||"}},
		{"Foreign Minister Ana Ruiz met Tomas Berg in Lima. Ruiz and Berg said the talks had been useful.", []string{"||"}},
		// a possessive or an object before "and" coordinates no subject
		{"After talks with Chile and Peru, Ana Ruiz said the border would reopen.", []string{"ana-ruiz||"}},
	})
}

// TestClaimsObjectNotSpeaker: a speaker follows its verb only in an
// inverted attribution after the content ("..., said X") or opening the
// sentence; after a subject the next name is the verb's object.
func TestClaimsObjectNotSpeaker(t *testing.T) {
	checkClaims(t, []claimCase{
		{"The Secretary-General urged Norway to present a new emissions target before the deadline.", nil},
		{"The Westland opposition has called for her resignation over the border closures.", []string{"||"}},
		{`"The talks went well," said Foreign Minister Ana Ruiz.`, []string{"ana-ruiz||"}},
		{"The talks went well, said Foreign Minister Ana Ruiz.", []string{"ana-ruiz||"}},
	})
}

// TestClaimsApposedBody: "according to" a common noun for a body with its
// name in apposition ("the UN refugee agency, UNHCR,") names that body.
func TestClaimsApposedBody(t *testing.T) {
	checkClaims(t, []claimCase{
		{"More than 400,000 people have fled the region since the war began, according to the UN refugee agency, UNHCR, and aid convoys have reached the town only twice.", []string{"unhcr||"}},
		{"About 30,000 people have fled the area, according to the UN refugee agency UNHCR.", []string{"unhcr||"}},
		// a name opening the content after the comma is no apposition
		{"According to the agency, Ana Ruiz will travel to Lima in May.", nil},
	})
}

// TestQuotesAsSaying: "X quotes Y as saying", in the present of a
// chronology or headline, as "quoted": Y's claim through outlet X.
func TestQuotesAsSaying(t *testing.T) {
	checkClaims(t, []claimCase{
		{`Reuters quotes President Aurel Voss as saying the offer "saved the harvest".`, []string{"aurel-voss|reuters|"}},
		{`Reuters quoted President Aurel Voss as saying the offer "saved the harvest".`, []string{"aurel-voss|reuters|"}},
	})
}

// TestClaimsDelegationSpeaks: a delegation or side that speaks ("the
// Norwegian side emphasised") is its country speaking; a government keeps
// its own name.
func TestClaimsDelegationSpeaks(t *testing.T) {
	checkClaims(t, []claimCase{
		{"The Norwegian side emphasised its commitment to the treaty.", []string{"norway||"}},
		{"The Norwegian delegation said the talks had been useful.", []string{"norway||"}},
	})
}

// TestGenericBodyDemonyms: a country's body answers to every adjectival
// demonym of the country ("Nepali Government" is also "Nepalese
// Government"), so gold written with either matches.
func TestGenericBodyDemonyms(t *testing.T) {
	tests := []struct{ text, body, alias string }{
		{"Nepal's government said the talks were useful.", "Nepali Government", "Nepalese Government"},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
		found := false
		for _, a := range r.Article.Actors {
			if a.Name == tc.body {
				found = true
				if !strings.Contains(strings.Join(a.Aliases, "|"), tc.alias) {
					t.Errorf("%s: aliases %q lack %q", tc.body, a.Aliases, tc.alias)
				}
			}
		}
		if !found {
			t.Errorf("%q: no actor %s", tc.text, tc.body)
		}
	}
}

// TestClaimsStatementFollowed: "According to the statement" is the speaker
// of the statement just told; a State House is the presidential office
// that speaks for itself, as the White House does.
func TestClaimsStatementFollowed(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Presidents Ana Ruiz and Tomas Berg spoke by telephone on Wednesday, Kessia's foreign ministry said in a statement.\n\nAccording to the statement, the two leaders directed that the commission meet in Arusha.",
			[]string{"kessia-foreign-ministry||statement", "kessia-foreign-ministry||statement"}},
		{"Kenyan President Ana Ruiz spoke by telephone with Tomas Berg on Wednesday, Kenya's State House said in a statement.",
			[]string{"kenyan-presidential-office||statement"}},
		{"According to the statement, the two leaders directed that the commission meet in Arusha.", nil},
		{"Talks ended in Kelvan on Tuesday, the Kenyan foreign ministry said in a statement. A third round is expected in Kelvan in late April, the statement said.",
			[]string{"kenyan-foreign-ministry||statement", "kenyan-foreign-ministry||statement"}},
		// the latest claim came through another channel: not its speaker
		{"Tomas Berg told the agency Lusa that Lisbon was ready. The ministers agreed to meet in Maputo, the statement said.",
			[]string{"tomas-berg|lusa|"}},
		{"Officials held talks in Bandung last week, Ana Ruiz said in a separate statement.", []string{"ana-ruiz||statement"}},
		{"Envoy Ana Ruiz is expected in Vello on Tuesday, her office in Brussels said.", []string{"ana-ruiz||"}},
		// "for what their host, X, called ...": a label, no claim
		{"Ministers met in Vello on Tuesday for what their host, Kessia's Foreign Minister Ana Ruiz, called \"honest talks\".", nil},
		// a country of two words, learned from its body's possessive
		{"A summit with Norway, set for next month, has been postponed until May, Nova Tessa's foreign ministry said on Saturday.", []string{"nova-tessa-foreign-ministry||"}},
	})
}

// TestClaimsAddingThat: what a speaker adds after ", adding that" is a
// claim of its own, after a reported clause or a quotation.
func TestClaimsAddingThat(t *testing.T) {
	tests := []struct {
		text string
		want []string // claimant :: text of each claim
	}{
		{"Tomas Berg said the talks were frank, adding that Ostmark would not accept any cut in its quota.",
			[]string{"tomas-berg :: the talks were frank", "tomas-berg :: Ostmark would not accept any cut in its quota"}},
		{`"One breakfast does not make a treaty," Tomas Berg said, adding that Ostmark would not accept any cut in its quota.`,
			[]string{"tomas-berg :: One breakfast does not make a treaty", "tomas-berg :: Ostmark would not accept any cut in its quota"}},
		{"Tomas Berg said the talks were frank and useful.", []string{"tomas-berg :: the talks were frank and useful."}},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
		var got []string
		for _, c := range r.Article.Claims {
			got = append(got, short(c.Claimant)+" :: "+c.Text)
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestClaimsDescribedSpeaker: a definite description of one person
// ("the former judge", "the 52-year-old") as a speech verb's subject is
// the person the sentences before were about; an indefinite one ("a
// diplomat") is a source, and a description of no person ("the
// statement") speaks for no one.
func TestClaimsDescribedSpeaker(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Ana Ruiz arrived in Oslo on Monday for talks with Tomas Berg. The former judge told Reuters that nothing had changed.", []string{"ana-ruiz|reuters|"}},
		{"Ana Ruiz arrived in Oslo on Monday for talks with Tomas Berg. \"We are reading the treaty as it was written,\" the 52-year-old said.", []string{"ana-ruiz||"}},
		{"Ana Ruiz arrived in Oslo on Monday for talks with Tomas Berg. A diplomat said nothing had changed.", []string{"||"}},
	})
}

// TestMoreSpeechVerbs: "complained", "lamented", "retorted" report what
// was said; "observed", "maintained", "alleged" only with a that-clause or a
// quotation ("observed the talks", "maintained contacts" are none).
func TestMoreSpeechVerbs(t *testing.T) {
	checkClaims(t, []claimCase{
		{"Foreign Minister Ana Ruiz complained that Vesmark was blocking the convoy.", []string{"ana-ruiz||"}},
		{"Foreign Minister Ana Ruiz retorted that the border was open.", []string{"ana-ruiz||"}},
		{"Foreign Minister Ana Ruiz observed that the talks had gone well.", []string{"ana-ruiz||"}},
		{"Foreign Minister Ana Ruiz maintained close contacts with Vesmark and observed the talks.", nil},
	})
}

// TestAccordingToOutlet: "according to Reuters" with no one speaking
// inside the content is the outlet's own report (claimant and outlet); a
// speaker inside it stays the claimant.
func TestAccordingToOutlet(t *testing.T) {
	checkClaims(t, []claimCase{
		{"According to Der Spiegel, the minister invited the three envoys to Berlin.", []string{"der-spiegel|der-spiegel|"}},
		{"The talks will resume, according to Reuters.", []string{"reuters|reuters|"}},
		{"According to TASS, Foreign Minister Ana Ruiz said the talks went well.", []string{"ana-ruiz|tass|"}},
	})
}

// TestOutletNameWithCommonWord: an outlet's name the lexicon lacks that a
// common word closes ("the Velmar Post", "the Tevake Times") is an outlet
// where only an outlet fits ("reported", "told the ...").
func TestOutletNameWithCommonWord(t *testing.T) {
	checkClaims(t, []claimCase{
		{"The Velmar Post reported that the border would reopen.", []string{"velmar-post|velmar-post|"}},
		{"Radio Korsk reported on Tuesday that the border would reopen.", []string{"radio-korsk|radio-korsk|"}},
		{"Minister Ana Ruiz told the Velmar Post on Monday that the border would reopen.", []string{"ana-ruiz|velmar-post|"}},
	})
}

// A sentence may end on a name right after a comma, with no full stop (a
// caption, a damaged line): reading for a closing attribution there once
// indexed past the sentence's last token.
func TestClaimsSentenceEndingInName(t *testing.T) {
	checkClaims(t, []claimCase{
		{"\nBen Cole said the talks went well, Ana Ruiz", []string{"ben-cole||"}},
	})
}

// TestMediaNames: a name the outlets list lacks is an outlet when only
// news media have such names: opened by "Radio" (also before a place the
// lexicon knows), closed by "News Agency" or "Press Agency"; a media name
// that reports with no one speaking in it is its own claimant.
func TestMediaNames(t *testing.T) {
	checkClaims(t, []claimCase{
		{"\nMayor Ivo Marek told Radio Lesk on Wednesday that the two mayors would meet.", []string{"ivo-marek|radio-lesk|"}},
		{"\nAn official told the Selva Press Agency that Ana Ruiz had been under pressure.", []string{"|selva-press-agency|"}},
		{"\nThe state-run Gadeb News Agency (GNA) reported on Monday that Ana Ruiz had spoken by phone with Ben Cole.", []string{"gadeb-news-agency|gadeb-news-agency|"}},
		{"\nThe Velmar Energy Agency said that prices would rise.", []string{"velmar-energy-agency||"}},
		// a place the lexicon knows after "Radio"
		{"\nAna Ruiz told Radio Norway on Monday that she would meet Ben Cole.", []string{"ana-ruiz|radio-norway|"}},
	})
}

// TestCitingAfterReport: "..., X reported, citing a foreign ministry
// source" ends the sentence: the content is what comes before the report,
// however long the source's description; "X reported, citing Y, that ..."
// has its content after "that".
func TestCitingAfterReport(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"\nVelmar wants Ben Cole to join the talks, Reuters reported, citing a foreign ministry source.", "Velmar wants Ben Cole to join the talks"},
		{"\nVelmar wants Ben Cole to join the talks, Reuters reported, citing diplomats.", "Velmar wants Ben Cole to join the talks"},
		{"\nReuters reported, citing a foreign ministry source, that Velmar wants Ben Cole to join the talks.", "Velmar wants Ben Cole to join the talks."},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
		if len(r.Article.Claims) != 1 || r.Article.Claims[0].Text != tc.want {
			var got []string
			for _, c := range r.Article.Claims {
				got = append(got, c.Text)
			}
			t.Errorf("%q: claims %q, want one, %q", tc.text, got, tc.want)
		}
	}
}
