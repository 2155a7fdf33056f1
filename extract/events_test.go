package extract

import (
	"strings"
	"testing"
)

func TestEvents(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string // "kind status date place: participants"
	}{
		{"French President Jean Marchal met German Chancellor Petra Lind in Berlin on March 5.",
			[]string{"summit happened 2025-03-05 berlin: jean-marchal petra-lind"}},
		{"Foreign Minister Ana Ruiz and her counterpart Tomas Berg will meet in Geneva next week.",
			[]string{"meeting planned 2025-W12 geneva: ana-ruiz tomas-berg"}},
		{"A meeting between Foreign Minister Ana Ruiz and Foreign Minister Tomas Berg has been postponed.",
			[]string{"meeting postponed - -: ana-ruiz tomas-berg"}},
		{"President Jean Marchal spoke by phone with President Emil Darrow on Sunday. The call lasted an hour.",
			[]string{"call happened 2025-03-09 -: emil-darrow jean-marchal"}},
		{"President Jean Marchal did not rule out a meeting with President Emil Darrow.",
			[]string{"meeting proposed - -: emil-darrow jean-marchal"}},
		{"The planned Marchal-Darrow summit was cancelled. President Jean Marchal and President Emil Darrow had met in 2023.",
			[]string{"summit cancelled - -: emil-darrow jean-marchal", "meeting happened 2023 -: emil-darrow jean-marchal"}},
		// a possessive pronoun before the object is a determiner
		{"Foreign Minister Ana Ruiz held talks with her Norlandic counterpart Tomas Berg on Friday.",
			[]string{"talks happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		// a country's possessive and a title before the person named
		{"Foreign Minister Ana Ruiz is scheduled to hold talks with Vesmark's finance minister, Tomas Berg, on March 21.",
			[]string{"talks planned 2025-03-21 -: ana-ruiz tomas-berg"}},
		{"The ministers, Norway's Ana Ruiz and Sweden's Tomas Berg, last met in June in Geneva.",
			[]string{"meeting happened 2024-06 geneva: ana-ruiz tomas-berg"}},
		// short parentheticals inside a coordinated subject
		{"President Jean Marchal (L) and Chancellor Petra Lind (R) met in Geneva on March 5.",
			[]string{"meeting happened 2025-03-05 geneva: jean-marchal petra-lind"}},
		// a timex right after a speech verb dates the statement, not the contact
		{"President Jean Marchal said on Friday he was willing to meet Chancellor Petra Lind.",
			[]string{"meeting proposed - -: jean-marchal petra-lind"}},
		// "Kenya's president": the president the article named; an
		// office-holder it never names is no participant (on the held-out
		// sets, reading every one as the country cost more than it found)
		{"Kenyan President Jean Marchal returned from Oslo on Monday. In Nairobi, Kenya's president hosted his Somali counterpart, Tomas Berg, on Tuesday.",
			[]string{"meeting happened 2025-03-04 -: jean-marchal tomas-berg"}},
		{"The Kenyan foreign minister met his Somali counterpart on Tuesday.", nil},
		// "the governor of X, Y": X is the place governed, Y holds the
		// office "the governor" names; "in" and two capitalised words: a place
		{"The governor of Serra Alta, Rodrigo Paes, agreed on Tuesday to a new timetable. His predecessor, Celso Vianna, met the governor in Porto Claro in January.",
			[]string{"meeting happened 2025-01 porto-claro: celso-vianna rodrigo-paes"}},
		// a diary: a date on a line of its own heads the lines under it; a
		// capital's name opening a name in apposition to a title
		{"Tuesday, March 11\nPrime Minister Tomas Berg hosts Belmar's prime minister, Sofia Lind, in Karst.\n\nWednesday, March 12\nBerg meets Ana Ruiz in Oslo.",
			[]string{"meeting planned 2025-03-11 -: sofia-lind tomas-berg", "meeting planned 2025-03-12 oslo: ana-ruiz tomas-berg"}},
		// "The call, chaired by X, included Y and Z": the people of the
		// gathering, a region qualifying a title among them
		{"Premier Jon Hale met Ana Ruiz in Oslo. The call, chaired by Ontario Premier Douglas Ferreira, included Alberta Premier Kathleen Horvath and Tomas Berg.",
			[]string{"meeting happened - oslo: ana-ruiz jon-hale", "call happened - -: douglas-ferreira kathleen-horvath tomas-berg"}},
		// a second verb's subject past a name in apposition to the first
		// verb's object
		{"Ana Ruiz held talks with her counterpart, Tomas Berg, on Sunday and met President Jon Hale on Monday.",
			[]string{"talks happened 2025-03-09 -: ana-ruiz tomas-berg", "meeting happened 2025-03-10 -: ana-ruiz jon-hale"}},
		// a readout under a paragraph holding only its date and time
		{"March 7, 2025\n14:20\n\nPresident Jon Hale had a telephone conversation with President Ana Ruiz at the Norland side's initiative.",
			[]string{"call happened 2025-03-07 -: ana-ruiz jon-hale"}},
		// "to have tea with", "will have lunch with"
		{"Ana Ruiz will fly to London, where she is due to have tea with Tomas Berg tomorrow afternoon.",
			[]string{"visit planned 2025-03-11 london: ana-ruiz tomas-berg"}},
		{"Ana Ruiz will have lunch with Tomas Berg on Friday.",
			[]string{"meeting planned 2025-03-14 -: ana-ruiz tomas-berg"}},
		// officials of places the lexicon lacks, named in apposition
		{"On Saturday, Inspector-General of Police Musa Garba Tsafe met the governors of Plateau and Kaduna states, Dalyop Pwajok and Yakubu Shettima-Dauda.",
			[]string{"meeting happened 2025-03-08 -: dalyop-pwajok musa-garba-tsafe yakubu-shettima-dauda"}},
		// ... "states," is no verb of speech between the contact and its date
		{"Inspector-General of Police Musa Garba Tsafe met the governors of Plateau and Kaduna states, Dalyop Pwajok and Yakubu Shettima-Dauda, in Jos on Saturday.",
			[]string{"meeting happened 2025-03-08 -: dalyop-pwajok musa-garba-tsafe yakubu-shettima-dauda"}},
		// a body and an adjective of office before a title inside a
		// coordinated subject
		{"Prime Minister Tomas Berg and incoming European Commission President Ana Lind are to host Vladimir Putin on Thursday.",
			[]string{"meeting planned 2025-03-13 -: ana-lind tomas-berg vladimir-putin"}},
		// a transcript: the label in capitals opening a paragraph is its
		// speaker, "I" and "my" are that person; such a paragraph is no
		// photo caption
		{"This week's guest is Vesmark's foreign minister, Elin Sabo.\n\nMAYA FERRANTE: Minister, thank you for coming in.\n\nELIN SABO: I met Ruben Astor, my Norlandic counterpart, on Monday in Geneva.",
			[]string{"meeting happened 2025-03-10 geneva: elin-sabo ruben-astor"}},
		// ... but an office named by its country alone, standing as a
		// contact's side, is the country until the article names the
		// holder; the one person with no country named just before it
		// is the holder
		{"Ana Ruiz met the British prime minister on Tuesday.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz united-kingdom"}},
		{"Ana Ruiz met the British prime minister on Tuesday. Prime Minister Tomas Berg of Britain said the talks went well.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz tomas-berg"}},
		{"LONDON - Tomas Berg got his deal. Whether it lasts is another matter. The British prime minister hosted Ana Ruiz and Petra Lind in London on Monday for a summit.",
			[]string{"summit happened 2025-03-10 london: ana-ruiz petra-lind tomas-berg"}},
		// not an apposition, a title going on, or a speaker
		{"Tomas Berg, the State Department's special representative for Norland, held talks with Ana Ruiz on Tuesday.",
			[]string{"talks happened 2025-03-04 -: ana-ruiz tomas-berg"}},
		// a list goes on past a title with its country in apposition, and
		// the contact noun the guests came for is the hosted contact
		{"Tomas Berg hosted Ana Ruiz, the President of Vesmark, and Petra Lind, Norway's prime minister, at the castle in Oslo on Monday for the first formal summit between the two sides since 2019.",
			[]string{"summit happened 2025-03-10 oslo: ana-ruiz petra-lind tomas-berg"}},
		{"Malaysia's Minister of Investment, Trade and Industry, Tomas Berg, met Ana Ruiz on Tuesday.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz tomas-berg"}},
		// denied, counterfactual and conditional contacts
		{"The ministry denied reports that Foreign Minister Ana Ruiz had met Tomas Berg in Geneva.", nil},
		{"Foreign Minister Ana Ruiz on Thursday denied a report in the daily Kessa Post that President Tomas Berg had telephoned Emil Darrow on Sunday.", nil},
		{"The ministry denied that talks between Foreign Minister Ana Ruiz and Tomas Berg had been called off.",
			[]string{"talks planned - -: ana-ruiz tomas-berg"}},
		{"Had Prime Minister Ana Ruiz agreed to meet President Tomas Berg, the dispute might have been settled, analysts said.", nil},
		{"President Jean Marchal said he would meet Chancellor Petra Lind again if she wanted to.",
			[]string{"meeting proposed - -: jean-marchal petra-lind"}},
		// a date inside a relative clause dates the clause's verb
		{"Foreign Minister Ana Ruiz, who arrived in Oslo on Thursday, met Prime Minister Tomas Berg of Norway the following day.",
			[]string{"visit happened 2025-03-07 oslo: ana-ruiz tomas-berg"}},
		// "the day after X on DATE": the day after, not the day of X
		{"The day after the vote on March 2, President Jean Marchal spoke by phone with Chancellor Petra Lind.",
			[]string{"call happened 2025-03-03 -: jean-marchal petra-lind"}},
		// the subject before an apposition, not a name inside it; a list is no apposition
		{"Ana Ruiz, the OSCE secretary-general, met Foreign Minister Tomas Berg on Friday.",
			[]string{"meeting happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		{"Jean Marchal, president of the United Arab Emirates, hosted Prime Minister Tomas Berg in Abu Dhabi on Friday.",
			[]string{"summit happened 2025-03-07 abu-dhabi: jean-marchal tomas-berg"}},
		{"Ana Ruiz, the envoy who had visited Belarus twice last year, met Lithuanian Foreign Minister Tomas Berg on Friday.",
			[]string{"visit happened 2024 -: ana-ruiz belarus", "meeting happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		{"The foreign ministers, Ana Ruiz, Tomas Berg and Lars Wenn, met in Oslo on Friday.",
			[]string{"meeting happened 2025-03-07 oslo: ana-ruiz lars-wenn tomas-berg"}},
		// "Dr" without a full stop is a title, not a name; "DR" is no title
		{"Foreign Minister Dr Lena Ortiz met Tomas Berg in Oslo on Friday.",
			[]string{"meeting happened 2025-03-07 oslo: lena-ortiz tomas-berg"}},
		{"DR reported that Ana Ruiz met Tomas Berg in Oslo on Friday.",
			[]string{"meeting happened 2025-03-07 oslo: ana-ruiz tomas-berg"}},
		// "May" in a date is the month, not the modal
		{"Ana Ruiz visited Nairobi in May 2021 and was hosted by President Tomas Berg.",
			[]string{"visit happened 2021-05 nairobi: ana-ruiz tomas-berg"}},
		// "with X welcoming Y": the tense of the clause's verb
		{"The three-day summit opened on Tuesday with President Ana Ruiz welcoming the other leaders, including Kessia's Tomas Berg and Lund's Lena Ortiz.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz lena-ortiz tomas-berg"}},
		// "an invitation from X to visit Y": X hosts
		{"President Ana Ruiz of Kenya met the Emir, Tomas Berg. Berg had accepted an invitation from Ruiz to visit Kenya later this year.",
			[]string{"meeting happened - -: ana-ruiz tomas-berg", "visit planned 2025 -: ana-ruiz tomas-berg"}},
		// "visit both capitals": each country of the article's pair
		{"Chile and Peru signed a fisheries pact. Norway's envoy, Tomas Berg, is expected to visit both capitals in September to discuss it.",
			[]string{"visit planned 2025-09 -: chile tomas-berg", "visit planned 2025-09 -: peru tomas-berg"}},
		// a new paragraph going on with a person of the sentence before
		{"Kessia summoned the ambassador of Norway, Tomas Berg, on Wednesday to protest.\n\nBerg was received at the ministry by Deputy Foreign Minister Ana Ruiz.",
			[]string{"meeting happened 2025-03-05 -: ana-ruiz tomas-berg"}},
		// a Portuguese particle inside a name
		{"Ambassador Luiz Pereira e Silva met Foreign Minister Ana Ruiz in Cairo on Friday.",
			[]string{"meeting happened 2025-03-07 cairo: ana-ruiz luiz-pereira-e-silva"}},
		// "together with Y" joins the subject; a summit "was attended by" its leaders
		{"Foreign Minister Ana Ruiz, together with Defence Minister Lars Wenn, met President Tomas Berg in Oslo on Friday.",
			[]string{"meeting happened 2025-03-07 oslo: ana-ruiz lars-wenn tomas-berg"}},
		{"The regional summit in Vienna on 5-6 March was attended by Ana Ruiz, Tomas Berg and Lars Wenn.",
			[]string{"summit happened 2025-03-05 vienna: ana-ruiz lars-wenn tomas-berg"}},
		// ", meeting X": the participle's subject is the main verb's; the talks held during a visit are the visit
		{"President Jean Marchal visited Norway from 3 to 6 March, meeting Prime Minister Tomas Berg in Oslo on 5 March.",
			[]string{"visit happened 2025-03-05 oslo: jean-marchal tomas-berg"}},
		// an arrival, then talks in the days after it: one visit, dated by the talks
		{"Prime Minister Ana Ruiz arrived in Oslo on Wednesday. On Thursday she met President Tomas Berg at the palace.",
			[]string{"visit happened 2025-03-06 oslo: ana-ruiz tomas-berg"}},
		// a fronted contact with Y: the main clause's subject and Y
		{"After a two-hour meeting at his home with King Tomas Berg of Norland, President Jean Marchal said he had no hope.",
			[]string{"meeting happened - -: jean-marchal tomas-berg"}},
		// read on real newswire (TimeBank): words of contact that name none
		{"President Ana Ruiz called President Tomas Berg a liar on Thursday.", nil},
		{"Castro called them ``restrictees'' on Monday, Tomas Berg said.", nil},
		{"Ana Ruiz and Tomas Berg last held talks in Lima on July 21, in what both sides called a \"holding operation\".",
			[]string{"talks happened 2024-07-21 lima: ana-ruiz tomas-berg"}},
		{"It is not known what Ana Ruiz called Tomas Berg about on Friday.",
			[]string{"call happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		{"A refugee, Lena Ortiz, is a senior official of a group called the International Working Group on Refugees.", nil},
		// "call" naming a thing with no article: no call, and the sentence's contact keeps its status
		{"The last visit of the kind officials like to call shuttle diplomacy dates back to December 2011, when Ana Ruiz went to Lima to see Tomas Berg.",
			[]string{"meeting happened 2011-12 -: ana-ruiz tomas-berg"}},
		{"Ana Ruiz will call Tomas Berg on Friday.",
			[]string{"call planned 2025-03-14 -: ana-ruiz tomas-berg"}},
		// a purpose after leaving the room or staying on: what was done
		{"Midway through, Ana Ruiz stepped out to phone Tomas Berg.",
			[]string{"call happened - -: ana-ruiz tomas-berg"}},
		{"Ana Ruiz will stay on to meet Tomas Berg.",
			[]string{"meeting planned - -: ana-ruiz tomas-berg"}},
		// a cancellation governs its own clause, not a contact word after "after"
		{"A meeting between Ana Ruiz and Tomas Berg was cancelled after Berg was called to an emergency meeting.",
			[]string{"meeting cancelled - -: ana-ruiz tomas-berg"}},
		{"In order to meet NATO's standards, Hungary and Poland cut their armies.", nil},
		{"Norvale Corp. confirmed it received U.S. antitrust clearance.", nil},
		{"Americans should exercise caution when visiting Kenya and Tanzania.", nil},
		{"President Jean Marchal met with his top aides Wednesday in the White House following the bombings in Kenya and Tanzania.", nil},
		{"She spoke of Tomas Berg and other doctors who have been killed.", nil},
		{"The treatment that Ana Ruiz received from Tomas Berg was criticised.", nil},
		{"Westcell and Norvale sweetened their plan to merge cellular phone operations.", nil},
		{"Funds sold bonds to meet expected redemptions, Ana Ruiz and Tomas Berg said.", nil},
		// ... and ones that do
		{"Prime Minister Ana Ruiz received Saudi officials in Oslo on Friday.",
			[]string{"meeting happened 2025-03-07 oslo: ana-ruiz saudi-arabia"}},
		{"A separate call between Ana Ruiz and Tomas Berg has not yet been scheduled.",
			[]string{"call proposed - -: ana-ruiz tomas-berg"}},
		// one named attendee of an organisation's summit: the attendee and the organisation
		{"President Ana Ruiz attended the Arab League summit in Baghdad on Saturday.",
			[]string{"summit happened 2025-03-08 baghdad: ana-ruiz arab-league"}},
		// "visiting", "toured": a visit to the country named
		{"President Jean Marchal toured Norway last week.",
			[]string{"visit happened 2025-W10 -: jean-marchal norway"}},
		{"President Jean Marchal, who was visiting Norway, said the talks had gone well.",
			[]string{"visit happened - -: jean-marchal norway"}},
		// a range of days dates the contact by its first day, before or after the trigger
		{"Foreign Minister Ana Ruiz will visit Geneva on 20-22 March for talks with Foreign Minister Tomas Berg.",
			[]string{"visit planned 2025-03-20 geneva: ana-ruiz tomas-berg"}},
		{"President Jean Marchal and Chancellor Petra Lind held talks from March 3 to March 5 in Geneva.",
			[]string{"talks happened 2025-03-03 geneva: jean-marchal petra-lind"}},
		// delegations stand for their countries
		{"Russian and Ukrainian delegations held a third round of negotiations in Belarus on Monday.",
			[]string{"talks happened 2025-03-10 belarus: russia ukraine"}},
		{"Delegations from Norway and Sweden ended a round of talks on Friday.",
			[]string{"talks happened 2025-03-07 -: norway sweden"}},
		{"Technical teams from Chile and Peru are expected to meet in Lima on Sunday.",
			[]string{"meeting planned 2025-03-16 lima: chile peru"}},
		{"Chile and Peru signed a deal. Negotiators from the two countries will hold talks next week.",
			[]string{"talks planned 2025-W12 -: chile peru"}},
		// a name the lexicon lacks, coordinated with a country, is a country
		{"Delegations from Norway and Ostmark ended a round of talks on Friday.",
			[]string{"talks happened 2025-03-07 -: norway ostmark"}},
		// two names the lexicon lacks, in a sentence about "the two
		// countries", are countries
		{"Delegations from Kelmar and Ostmark ended a round of talks on Friday over the two countries' border.",
			[]string{"talks happened 2025-03-07 -: kelmar ostmark"}},
		// a government or a delegation acts for its country
		{"The Polish government held talks with Norway on Friday.",
			[]string{"talks happened 2025-03-07 -: norway poland"}},
		{"The Swedish delegation met the Finnish delegation on Friday.",
			[]string{"meeting happened 2025-03-07 -: finland sweden"}},
		// "the X government": a name the lexicon lacks used as a country's
		// adjective
		{"The Ostmark government called off talks with Norway that were set for Friday.",
			[]string{"talks cancelled 2025-03-07 -: norway ostmark"}},
		// a passive contact's adjuncts of place and time come before
		// "between"; another noun's "between" is not the contact's
		{"Talks were held in Lima on Tuesday between the Chilean and Peruvian delegations.",
			[]string{"talks happened 2025-03-04 lima: chile peru"}},
		{"Talks were held in Lima on Tuesday after a row between Ana Ruiz and Tomas Berg.", nil},
		// a contact in a relative clause on a dated journey takes its date,
		// the journey's end unknown to the lexicon
		{"Foreign Minister Ana Ruiz arrived in Velmora on Sunday for a two-day visit, during which she held talks with President Tomas Berg.",
			[]string{"talks happened 2025-03-09 -: ana-ruiz tomas-berg"}},
		{"Foreign Minister Ana Ruiz will arrive in Velmora on Sunday for a two-day visit, during which she will hold talks with President Tomas Berg.",
			[]string{"talks planned 2025-03-16 -: ana-ruiz tomas-berg"}},
		// the next round of a series: "is expected in" of a round is no
		// journey; "due back" looks ahead, and so does a day of a month
		// in a future clause however far from its verb
		{"Delegations from Chile and Peru held a fourth round of talks in Lima on Sunday. A fifth round is expected in Lima in late June.",
			[]string{"talks happened 2025-03-09 lima: chile peru", "talks planned 2025-06 lima: chile peru"}},
		{"Delegations from Chile and Peru held a fourth round of talks in Lima on Sunday. Both delegations are due back in Lima on January 15 for a fifth round.",
			[]string{"talks happened 2025-03-09 lima: chile peru", "talks planned 2026-01-15 -: chile peru"}},
		// the day a contact was called off is not the contact's date
		{"A planned visit by President Ana Ruiz to Norway was called off on Tuesday after protests.",
			[]string{"visit cancelled - -: ana-ruiz norway"}},
		{"On Tuesday, President Ana Ruiz cancelled her visit to Norway.",
			[]string{"visit cancelled - -: ana-ruiz norway"}},
		{"The meeting between Ana Ruiz and Tomas Berg was postponed until May.",
			[]string{"meeting postponed 2025-05 -: ana-ruiz tomas-berg"}},
		// a contact denied as the subject's predicate is none; one not
		// yet set is sought; a verdict on it is no denial
		{"A meeting between Ana Ruiz and Tomas Berg will not take place next week.", nil},
		{"Talks between Ana Ruiz and Tomas Berg are not on the agenda for next week.", nil},
		{"A call between Ana Ruiz and Tomas Berg has not yet been scheduled.",
			[]string{"call proposed - -: ana-ruiz tomas-berg"}},
		// one not yet confirmed is proposed, in the coming season or month
		{"Oslo expected President Ana Ruiz to pay a state visit to Sweden in the autumn, a visit Stockholm has not yet confirmed.",
			[]string{"visit proposed 2025-FA -: ana-ruiz sweden"}},
		{"A visit to Stockholm by Ana Ruiz that officials had pencilled in for April has not been confirmed.",
			[]string{"visit proposed 2025-04 -: ana-ruiz sweden"}},
		{"The meeting between Ana Ruiz and Tomas Berg on Monday was not a success.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz tomas-berg"}},
		// "convened": a meeting of those who convene
		{"President Ana Ruiz and President Tomas Berg convened in Oslo on Monday.",
			[]string{"meeting happened 2025-03-10 oslo: ana-ruiz tomas-berg"}},
		// "the foreign ministries of X and Y": the countries
		{"Consultations between the foreign ministries of Chile and Peru were held in Lima on Tuesday.",
			[]string{"talks happened 2025-03-04 lima: chile peru"}},
		// a fronted phrase's pronoun is the subject after it
		{"President Ana Ruiz met Tomas Berg on Friday. Speaking ahead of his meeting with Ruiz next Monday, Foreign Minister Emil Darrow said ties were strong.",
			[]string{"meeting happened 2025-03-07 -: ana-ruiz tomas-berg", "meeting planned 2025-03-17 -: ana-ruiz emil-darrow"}},
		// a clause before the first comma is no fronted phrase: its
		// subject is the pronoun's; "Gen" without a full stop is a title
		{"President Tomas Berg left for Paris on Tuesday and met President Ana Ruiz. On Thursday Gen Emil Darrow flew to London, where he met Prime Minister Jonas Eide.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz tomas-berg", "visit happened 2025-03-06 london: emil-darrow jonas-eide"}},
		// a contact noun in apposition to the contact just told is that
		// contact, with those who brokered it
		{"President Ana Ruiz and President Tomas Berg held talks on Friday, a brief encounter brokered by Emil Darrow and Eva Lind.",
			[]string{"talks happened 2025-03-07 -: ana-ruiz emil-darrow eva-lind tomas-berg"}},
		// "since the meeting in Geneva on 17 April, when X, Y and Z
		// agreed": the people of the clause that tells what happened at
		// it; not the eve's (that dinner is a meeting of its own)
		{"It was their first contact since the four-way meeting in Geneva on 17 April, when the foreign minister of Norway, Ana Ruiz, Tomas Berg and Emil Darrow agreed steps to end the crisis.",
			[]string{"meeting happened 2024-04-17 geneva: ana-ruiz emil-darrow tomas-berg"}},
		{"It was the first gathering since a video conference on December 9, at which Ana Ruiz, Tomas Berg and Emil Darrow agreed to pool data.",
			[]string{"call happened 2024-12-09 -: ana-ruiz emil-darrow tomas-berg"}},
		{"The ground had been laid on the eve of the summit, when Ana Ruiz and Tomas Berg dined together.",
			[]string{"meeting happened 2025-03-09 -: ana-ruiz tomas-berg"}},
		// "X invited Y and Z to Oslo for talks": X hosts them; a proposal
		// until accepted
		{"Foreign Minister Emil Darrow said he had invited Ana Ruiz and Tomas Berg to Oslo for talks in mid-April.",
			[]string{"talks proposed 2025-04 -: ana-ruiz emil-darrow tomas-berg"}},
		{"Foreign Minister Emil Darrow invited Ana Ruiz and Tomas Berg to Oslo for talks in mid-April, and both accepted.",
			[]string{"talks planned 2025-04 -: ana-ruiz emil-darrow tomas-berg"}},
		// a headline's present tense tells the news, done; its future
		// says "to" or "will"
		{"Ana Ruiz and Tomas Berg hold talks in Bangkok\n\nThe talks were cordial, aides said.",
			[]string{"talks happened - bangkok: ana-ruiz tomas-berg"}},
		{"Ana Ruiz and Tomas Berg to hold talks in Bangkok\n\nThe talks will be cordial, aides said.",
			[]string{"talks planned - bangkok: ana-ruiz tomas-berg"}},
		// a family name the gazetteer holds as a city, once the article
		// has named the person
		{"Foreign Minister Jonas Lima arrived on Friday. Tomas Berg and Lima met on Saturday.",
			[]string{"meeting happened 2025-03-08 -: jonas-lima tomas-berg"}},
		// "the visiting president": the president the article named; a
		// sentence adverb is no name
		{"Premier Ana Ruiz hosted President Tomas Berg in Oslo on Monday. The visiting president also met Vice President Emil Darrow on Monday.",
			[]string{"meeting happened 2025-03-10 oslo: ana-ruiz tomas-berg", "meeting happened 2025-03-10 -: emil-darrow tomas-berg"}},
		{"Separately, Norway's foreign minister, Ana Ruiz, spoke by phone with Tomas Berg on Friday.",
			[]string{"call happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		// "the three leaders of A, B and the C": the leaders the article
		// named; a clause's subject takes part in the contact it acted
		// after
		{"Chilean President Ana Ruiz, Peruvian President Tomas Berg and U.S. President Emil Darrow arrived on Thursday. The three leaders of Chile, Peru and the United States issued a statement after a trilateral meeting on Friday.",
			[]string{"meeting happened 2025-03-07 -: ana-ruiz emil-darrow tomas-berg"}},
		{"President Ana Ruiz and President Tomas Berg signed a deal after a meeting on Friday.",
			[]string{"meeting happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		// "the Prime Minister of France, Mr. X": the person in apposition
		{"Secretary-General Ana Ruiz spoke on Friday. The meeting between the Secretary-General and the Prime Minister of France, Mr. Tomas Berg, which had been scheduled for 22 March, has been postponed.",
			[]string{"meeting postponed - -: ana-ruiz tomas-berg"}},
		// a chronology: each entry a paragraph, dated by its heading date;
		// "visits" after its subject is a verb
		{"President Ana Ruiz of Chile and President Tomas Berg of Peru are neighbours.\n\n- Nov. 3, 2021: Ruiz visits Peru; talks with Berg end without agreement.\n- 12 June 2022: Ruiz and Berg hold a video call.",
			[]string{"visit happened 2021-11-03 -: ana-ruiz tomas-berg", "call happened 2022-06-12 -: ana-ruiz tomas-berg"}},
		// the gathering a contact took place at dates it
		{"President Ana Ruiz and President Tomas Berg had last met at a NATO summit in July.",
			[]string{"meeting happened 2024-07 -: ana-ruiz tomas-berg"}},
		{"On the sidelines of the final in Paris on Saturday, President Ana Ruiz chatted with President Tomas Berg.",
			[]string{"meeting happened 2025-03-08 -: ana-ruiz tomas-berg"}},
		// "Westland's then foreign minister, X": the person
		{"Ana Ruiz is a veteran envoy. In 2010 she held talks with Chile's then foreign minister, Tomas Berg.",
			[]string{"talks happened 2010 -: ana-ruiz tomas-berg"}},
		// a tour of countries is a visit to each
		{"President Ana Ruiz toured Norway and Chile in February.",
			[]string{"visit happened 2025-02 -: ana-ruiz chile", "visit happened 2025-02 -: ana-ruiz norway"}},
		// an article reporting from a gathering: the leaders who arrive
		// attend it
		{"OSLO, March 8 (Coast Wire) - The Nordic Council summit opened in Oslo on Saturday.\nPresident Ana Ruiz of Finland was among the first to arrive.\nPrime Minister Tomas Berg of Sweden told reporters on his way in that trade would dominate.",
			[]string{"summit happened 2025-03-08 oslo: ana-ruiz tomas-berg"}},
		// unnamed diplomats or officials of two countries hold talks for
		// them; as speakers they are no party
		{"Chilean and Peruvian diplomats sat down in Lima last Thursday for a first round of talks.",
			[]string{"meeting happened 2025-03-06 lima: chile peru"}},
		{"Chile and Peru held talks on Friday, Norwegian and Swedish officials said.",
			[]string{"talks happened 2025-03-07 -: chile peru"}},
		// "the premier" is the person introduced as Prime Minister
		{"A spokesman for Prime Minister Ana Ruiz said the premier had spoken by phone with President Tomas Berg on Friday.",
			[]string{"call happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		// "a meeting of the two countries' ministers, X and Y": the people
		{"Chile and Peru share a border. A meeting of the two countries' defence ministers, General Ana Ruiz and General Tomas Berg, was held on Friday.",
			[]string{"meeting happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		// status: arranged but not realised; not ruled out; invitations
		{"Foreign Minister Ana Ruiz had been due to meet Foreign Minister Tomas Berg on March 3.",
			[]string{"meeting cancelled 2025-03-03 -: ana-ruiz tomas-berg"}},
		{"The meeting between President Jean Marchal and President Emil Darrow had been scheduled for March 3. The meeting between President Jean Marchal and President Emil Darrow was postponed until April 2025.",
			[]string{"meeting postponed 2025-04 -: emil-darrow jean-marchal"}},
		{"Asked about it, President Jean Marchal said he \"wouldn't rule out\" a meeting with President Emil Darrow.",
			[]string{"meeting proposed - -: emil-darrow jean-marchal"}},
		// "brought together" names a gathering's participants; its past
		// form is past
		{"Nordic leaders wrapped up a summit in Oslo on Saturday. It brought together Norway's Ana Ruiz, Sweden's Tomas Berg and Finland's Emil Darrow.",
			[]string{"summit happened 2025-03-08 oslo: ana-ruiz emil-darrow tomas-berg"}},
		// "in a five-way session with A, B and C": the others at the contact
		{"President Ana Ruiz and President Tomas Berg met on March 3 in Geneva, in a four-way session with Chancellor Petra Lind and President Emil Darrow.",
			[]string{"meeting happened 2025-03-03 geneva: ana-ruiz emil-darrow petra-lind tomas-berg"}},
		// "X told Y in a phone call": a call between them
		{"President Ana Ruiz told President Tomas Berg in a phone call on Friday that the border would reopen.",
			[]string{"call happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		// "there are no plans for X to travel to Y": no visit
		{"Vardanian President Ana Ruiz met Tomas Berg on Monday. There are no plans for Ruiz to travel to Vardania.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz tomas-berg"}},
		// the sides' leaders, named in the next sentence, hold the talks
		{"Norway and Sweden ended a round of talks in Oslo on Friday. The Norwegian delegation, led by Ana Ruiz, and Swedish negotiators headed by Tomas Berg held five days of closed-door discussions.",
			[]string{"talks happened 2025-03-07 oslo: ana-ruiz tomas-berg"}},
		// "a visit to X on DATE to meet Y": the visit's date
		{"President Ana Ruiz's planned visit to Lima on March 20 to meet Peruvian President Tomas Berg has been called off.",
			[]string{"visit cancelled 2025-03-20 -: ana-ruiz tomas-berg"}},
		// "X and Y will meet at a summit of the Council, which Z and W are
		// also expected to attend": all four; the Council takes no part
		{"President Ana Ruiz and President Tomas Berg will meet at a summit of the Nordic Council in Oslo next month, which President Emil Darrow and Chancellor Petra Lind are also expected to attend.",
			[]string{"meeting planned 2025-04 oslo: ana-ruiz tomas-berg", "summit planned 2025-04 oslo: ana-ruiz emil-darrow petra-lind tomas-berg"}},
		// "no such meeting was planned", "no meeting between X and Y was
		// planned at the summit": no contact
		{"Asked whether President Ana Ruiz and President Tomas Berg might meet in Geneva this week, an official said no such meeting was planned.",
			nil},
		{"Officials said no meeting between President Ana Ruiz and President Tomas Berg was planned at the Nordic Council summit in Oslo next month.",
			nil},
		// "a meeting of the foreign ministers of X, Y and Z": the countries
		{"A meeting of the foreign ministers of Chile, Peru and Bolivia that had been scheduled for Saturday has been postponed.",
			[]string{"meeting postponed - -: bolivia chile peru"}},
		// a contact named with its date, its people in the next sentence
		// with a definite noun; "until" dates no contact
		{"The presidents of Kelmar and Vardania held a virtual meeting on Monday. Kelmari President Ana Ruiz and her Vardanian counterpart, Tomas Berg, agreed during the hour-long conversation to keep the border open until the end of April.",
			[]string{"call happened 2025-03-10 -: ana-ruiz tomas-berg"}},
		// "The foreign ministers, X and Y, are expected to meet": the people
		// in apposition, not an earlier group
		{"President Ana Ruiz and President Tomas Berg met on Monday. The foreign ministers, Emil Darrow of Chile and Petra Lind of Peru, are expected to meet on March 20.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz tomas-berg", "meeting planned 2025-03-20 -: emil-darrow petra-lind"}},
		// a cue in a clause a conjunction opens is about that clause's contact
		{"President Ana Ruiz and President Tomas Berg held a video call on Monday after Ruiz's planned visit to Lima was called off.",
			[]string{"call happened 2025-03-10 -: ana-ruiz tomas-berg", "visit cancelled - -: ana-ruiz peru"}},
		// "has offered to host a three-way summit": an offer
		{"President Ana Ruiz has offered to host a three-way summit with President Tomas Berg and President Emil Darrow in Oslo in the spring.",
			[]string{"summit proposed 2025-SP oslo: ana-ruiz emil-darrow tomas-berg"}},
		// "a summit in Oslo attended by their first presidents, X and Y"
		{"The two countries signed an accord in 1998 at a summit in Oslo attended by their first presidents, Emil Darrow and Petra Lind, but it was never updated.",
			[]string{"summit happened 1998 oslo: emil-darrow petra-lind"}},
		// "a visit by X to Y, planned ... at Z's invitation": X visits Z
		{"A visit by President Ana Ruiz to Lima, planned for next week at President Tomas Berg's invitation, has been postponed until May.",
			[]string{"visit postponed 2025-05 -: ana-ruiz tomas-berg"}},
		// "arrived on Tuesday for a three-day visit": talks on Wednesday
		// with the host are the visit
		{"Quellan President Emil Darrow arrived in Lima on Tuesday for a three-day official visit to Peru. Darrow held talks on Wednesday with Prime Minister Petra Lind.",
			[]string{"visit happened 2025-03-05 lima: emil-darrow petra-lind"}},
		// a second destination with its own date: a visit of its own
		{"President Ana Ruiz visited Lima in January and Santiago in June last year.",
			[]string{"visit happened 2025-01 lima: ana-ruiz peru", "visit happened 2024-06 santiago: ana-ruiz chile"}},
		// a visited country's one leader: in a group of the next sentence,
		// or the group "the two leaders" holds the visitor named before it
		{"Chilean President Emil Darrow and Peruvian President Jean Marchal spoke on March 3. Marchal arrived in Chile on Friday for a two-day visit. The two leaders discussed trade.",
			[]string{"call happened 2025-03-03 -: emil-darrow jean-marchal", "visit happened 2025-03-07 chile: emil-darrow jean-marchal"}},
		{"Chilean President Emil Darrow and Peruvian President Jean Marchal spoke on March 3. Foreign Minister Ana Ruiz met Foreign Minister Tomas Berg in Lima on March 4. Marchal last visited Chile in 2023, when the two leaders signed a trade pact.",
			[]string{"call happened 2025-03-03 -: emil-darrow jean-marchal", "meeting happened 2025-03-04 lima: ana-ruiz tomas-berg", "visit happened 2023 -: emil-darrow jean-marchal"}},
		{"President Jean Marchal invited President Emil Darrow to Paris in the spring.",
			[]string{"visit proposed 2025-SP paris: emil-darrow jean-marchal"}},
		{"President Jean Marchal invited President Emil Darrow to make a state visit to France in May, and Darrow accepted.",
			[]string{"visit planned 2025-05 -: emil-darrow jean-marchal"}},
		// journeys and visits: the visitor and the host
		{"President Jean Marchal flew to Berlin on Friday for talks with Chancellor Petra Lind.",
			[]string{"visit happened 2025-03-07 berlin: jean-marchal petra-lind"}},
		{"President Jean Marchal called off a planned visit to Germany.",
			[]string{"visit cancelled - -: germany jean-marchal"}},
		{"President Jean Marchal will visit Kyiv in May.",
			[]string{"visit planned 2025-05 kyiv: jean-marchal ukraine"}},
		{"President Jean Marchal arrived in Bali on Monday for the G20 summit.",
			nil},
		{"President Jean Marchal has spoken by phone with both Chancellor Petra Lind and President Emil Darrow.",
			[]string{"call happened - -: emil-darrow jean-marchal", "call happened - -: jean-marchal petra-lind"}},
		{"It was the first meeting between President Jean Marchal and President Emil Darrow since 2016.",
			[]string{"meeting happened - -: emil-darrow jean-marchal"}},
		// a photo caption showing people together
		{"IMAGE: President Jean Marchal (L) and Chancellor Petra Lind in Geneva, March 5, 2025. Photograph: Agency",
			[]string{"meeting happened 2025-03-05 geneva: jean-marchal petra-lind"}},
		// a proposal's that-clause: proposed; "him" there is the proposer
		{"Chancellor Petra Lind proposed on Friday that President Jean Marchal and President Emil Darrow meet with him in Rome.",
			[]string{"meeting proposed - rome: emil-darrow jean-marchal petra-lind"}},
		{"Prime Minister Tomas Berg proposed on Friday that President Jean Marchal and President Emil Darrow meet with him in Rome.",
			[]string{"meeting proposed - rome: emil-darrow jean-marchal tomas-berg"}},
		// a reported clause with no "that": "her" is the one who says it
		{"Chancellor Petra Lind said President Emil Darrow would meet her in Rome on Friday.",
			[]string{"meeting planned 2025-03-14 rome: emil-darrow petra-lind"}},
		// a contact called off and one newly offered are two
		{"A summit between President Jean Marchal and President Emil Darrow due in Rome on Friday was called off. Marchal remained ready to meet Darrow anywhere.",
			[]string{"summit cancelled 2025-03-14 rome: emil-darrow jean-marchal", "meeting proposed - -: emil-darrow jean-marchal"}},
		// a country's leader in apposition: "the two leaders" are the leaders
		{"President Jean Marchal and Westland's leader, Emil Darrow, spoke by phone. Darrow later met Ana Ruiz in Paris. Prime Minister Tomas Berg proposed that the two leaders meet in Rome.",
			[]string{"call happened - -: emil-darrow jean-marchal", "meeting happened - paris: ana-ruiz emil-darrow", "summit proposed - rome: emil-darrow jean-marchal"}},
		// people in apposition to a title with a portfolio or to a group of countries
		{"A meeting between Norway's Minister of Trade, Fisheries and Industry, Ana Ruiz, and her Swedish counterpart, Tomas Berg, that was scheduled for next week has been called off.",
			[]string{"meeting cancelled 2025-W12 -: ana-ruiz tomas-berg"}},
		{"Chile and Peru signed a deal. A meeting between the two countries' foreign ministers, Ana Ruiz and Tomas Berg, which had been scheduled for Monday in Lima, was postponed.",
			[]string{"meeting postponed - lima: ana-ruiz tomas-berg"}},
		{"Chile and Peru signed a deal. The foreign ministers of the two countries, Ana Ruiz of Chile and Tomas Berg of Peru, will meet in Lima on Friday.",
			[]string{"meeting planned 2025-03-14 lima: ana-ruiz tomas-berg"}},
		// the leaders of delegations, and a mediator present
		{"The government delegation, led by Interior Minister Ana Ruiz, and a rebel team headed by the group's political chief, Tomas Berg, met on Friday in the presence of Norway's Minister of State at the Foreign Ministry, Jon Hale.",
			[]string{"meeting happened 2025-03-07 -: ana-ruiz jon-hale tomas-berg"}},
		// a caption's people at a contact it names; a caption dates the contact it shows
		{"IMAGE: Interior Minister Ana Ruiz, left, and Foreign Minister Tomas Berg at the opening of talks in Lima on March 5, 2025. Photograph: Agency",
			[]string{"talks happened 2025-03-05 lima: ana-ruiz tomas-berg"}},
		{"Minister Ana Ruiz and Minister Tomas Berg met Minister Jon Hale in Lima.\n\nIMAGE: Minister Ana Ruiz, left, and Minister Tomas Berg in Lima on March 5, 2025. Photograph: Agency",
			[]string{"meeting happened 2025-03-05 lima: ana-ruiz jon-hale tomas-berg"}},
		// the talks held during a visit are the visit
		{"President Jean Marchal arrived in Berlin on Friday for a state visit and held talks with President Emil Darrow. The two leaders met for three hours.",
			[]string{"visit happened 2025-03-07 berlin: emil-darrow jean-marchal"}},
		// "separate talks" are a contact of their own, not the one before
		{"President Jean Marchal met President Emil Darrow in Berlin on Friday. Darrow said separate talks with a Westland delegation had been held in Paris.",
			[]string{"meeting happened 2025-03-07 berlin: emil-darrow jean-marchal"}},
		// an adjective before an appositive title
		{"Prime Minister Jon Hale held talks with Norway's veteran foreign minister, Ana Ruiz, in Oslo on Thursday.",
			[]string{"talks happened 2025-03-06 oslo: ana-ruiz jon-hale"}},
		// a coordinated verb shares the first verb's subject and keeps its own date
		{"Prime Minister Jon Hale met Secretary General Ana Ruiz in Oslo on Wednesday and invited her to visit Norway again.",
			[]string{"meeting happened 2025-03-05 oslo: ana-ruiz jon-hale", "visit proposed - -: ana-ruiz jon-hale"}},
		// a relative clause's passive join adds to the contact it is said of
		{"President Jean Marchal and Chancellor Petra Lind held a video call on Tuesday that was joined by Commission President Ana Ruiz.",
			[]string{"call happened 2025-03-04 -: ana-ruiz jean-marchal petra-lind"}},
		// a country's possessive after a name is the name's title, not a participant
		{"Prime Minister Ana Ruiz was to be received by Jon Hale, Westland's president.",
			[]string{"meeting planned - -: ana-ruiz jon-hale"}},
		// a journey: a timex before the destination, a capital in apposition,
		// a stop's contact dated by the journey, several stops
		{"Secretary General Ana Ruiz travelled last month to Norway's capital, Oslo, for talks with Prime Minister Jon Hale, and then to Bergen, where she was received by Mayor Tomas Berg.",
			[]string{"visit happened 2025-02 oslo: ana-ruiz jon-hale", "meeting happened 2025-02 -: ana-ruiz tomas-berg"}},
		{"Prime Minister Jon Hale travelled to Paris and Berlin last year.",
			[]string{"visit happened 2024 berlin: germany jon-hale", "visit happened 2024 paris: france jon-hale"}},
		// a participle after "after" takes the main verb's subject
		{"Prime Minister Jon Hale visited Chancellor Petra Lind in Berlin in February, two months after hosting her in Oslo in December.",
			[]string{"visit happened 2025-02 berlin: jon-hale petra-lind", "meeting happened 2024-12 oslo: jon-hale petra-lind"}},
		// "his Brazilian counterpart": the person of that country named before
		{"Brazil's Jair Costa and Argentina's Ana Ruiz traded insults. Ruiz said she was willing to sit down with her Brazilian counterpart.",
			[]string{"meeting proposed - -: ana-ruiz jair-costa"}},
		// a timex a weak noun took dates the contact after it in its clause
		{"Prime Minister Jon Hale and President Ana Ruiz agreed on Monday to fast-track negotiations on the border, at their annual consultation in Oslo.",
			[]string{"talks happened 2025-03-10 oslo: ana-ruiz jon-hale"}},
		// a named summit: who chairs or attends it, who meets on its sidelines
		{"Prime Minister Jon Hale will chair the Nordic Council summit in Oslo in May, which President Ana Ruiz and President Tomas Berg are expected to attend.",
			[]string{"summit planned 2025-05 oslo: ana-ruiz jon-hale tomas-berg"}},
		{"Prime Minister Jon Hale and President Ana Ruiz met on Friday on the sidelines of the Nordic Council summit in Oslo.",
			[]string{"meeting happened 2025-03-07 -: ana-ruiz jon-hale", "summit happened 2025-03-07 oslo: ana-ruiz jon-hale"}},
		// delegations of "the two" bodies of the countries spoken of; a round
		// due and not held, then put off by "that round"
		{"Chile and Peru closed the border. Delegations from the two defence ministries had been due to hold a second round of border talks in Lima this month. That round has been pushed back to June.",
			[]string{"talks postponed 2025-06 lima: chile peru"}},
		// "attended ... alongside X": a joiner of X's contact; the next round
		// is the parties' own
		{"Delegations from Chile and Peru held a fifth round of talks in Lima on Friday. Prime Minister Jon Hale attended the opening session of the talks alongside the Chilean and Peruvian delegations. A sixth round will be held next month.",
			[]string{"talks happened 2025-03-07 lima: chile jon-hale peru", "talks planned 2025-04 -: chile peru"}},
		// a weekday and the week another mention gives: that week's day
		{"President Jean Marchal cancelled a visit to Germany planned for next week. Marchal had been due to meet Chancellor Petra Lind in Berlin on Tuesday.",
			[]string{"visit cancelled 2025-03-18 berlin: jean-marchal petra-lind"}},
		// "not ... since" a contact: the last contact took place
		{"President Jean Marchal has not spoken to Chancellor Petra Lind since a stormy meeting in Rome in January.",
			[]string{"meeting happened 2025-01 rome: jean-marchal petra-lind"}},
		{"Chile is also seeking to revive a summit with Peru, which has not been held since December 2019.",
			[]string{"summit proposed - -: chile peru", "summit happened 2019-12 -: chile peru"}},
		// the last day of a multi-day visit and a day within it: one contact
		{"Prime Minister Jon Hale wrapped up a two-day visit to Norway on Friday after talks with Prime Minister Ana Ruiz. The two prime ministers met on Thursday in Oslo.",
			[]string{"visit happened 2025-03-06 oslo: ana-ruiz jon-hale"}},
		// "the two" as a verb's subject; a proposal's that-clause with an event noun
		{"President Jean Marchal and Chancellor Petra Lind spoke by phone on Sunday. Marchal proposed that the two hold a video call soon.",
			[]string{"call happened 2025-03-09 -: jean-marchal petra-lind", "call proposed - -: jean-marchal petra-lind"}},
		// "return the visit": to the earlier visitor's country
		{"Norway's Prime Minister Jon Hale visited Iceland's Prime Minister Ana Ruiz in Reykjavik in February. Ruiz is expected to return the visit in the spring.",
			[]string{"visit happened 2025-02 reykjavik: ana-ruiz jon-hale", "visit planned 2025-SP -: ana-ruiz norway"}},
		// a visit's host is the host country's leader only when the visit's
		// sentence names that leader or an invitation
		{"Norway's Prime Minister Jon Hale was re-elected. Chile's President Ana Ruiz travelled to Norway in February.",
			[]string{"visit happened 2025-02 norway: ana-ruiz norway"}},
		{"Norway's Prime Minister Jon Hale was re-elected. Chile's President Ana Ruiz travelled to Norway in February at the invitation of the government.",
			[]string{"visit happened 2025-02 norway: ana-ruiz jon-hale"}},
		// a participle after a comma has the tense of the verb before it
		{"President Jean Marchal flew to Berlin, meeting Chancellor Petra Lind.",
			[]string{"visit happened - berlin: jean-marchal petra-lind"}},
		// a journey's status is the status of the event it goes to
		{"President Jean Marchal is expected to travel to Paris on Friday for a summit of the Council of Europe.",
			[]string{"summit planned 2025-03-14 paris: council-of-europe jean-marchal"}},
		// not a contact
		{"The Group of 20 met Indonesia's expectations.", nil},
		// a list after a preposition is an object, not the subject
		{"The trip began in Rome, where President Jean Marchal held talks with Chancellor Petra Lind before an audience with Pope Leo.",
			[]string{"talks happened - -: jean-marchal petra-lind", "meeting happened - -: jean-marchal leo"}},
		// a timex across a clause boundary or a coordination dates another
		// verb; the journey ("is due in Lima") and the meeting held there
		// are one visit, dated by the meeting
		{"Foreign Minister Ana Ruiz is due in Lima on Monday and will meet Foreign Minister Tomas Berg the following day.",
			[]string{"visit planned 2025-03-11 lima: ana-ruiz tomas-berg"}},
		{"Ana Ruiz said the session opens later this month, and that President Jean Marchal was ready to meet Chancellor Petra Lind.",
			[]string{"meeting proposed - -: jean-marchal petra-lind"}},
		// "would be welcome to visit": an offer, proposed
		{"President Jean Marchal would be welcome to visit Chancellor Petra Lind in Berlin at any time, her office said.",
			[]string{"visit proposed - berlin: jean-marchal petra-lind"}},
		// the people of a contact are the group referred to next
		{"Foreign Minister Ana Ruiz held talks with Foreign Minister Tomas Berg on Friday. The two ministers will speak again next week.",
			[]string{"talks happened 2025-03-07 -: ana-ruiz tomas-berg", "call planned 2025-W12 -: ana-ruiz tomas-berg"}},
		// rounds of talks: a new round of the latest talks
		{"Delegations from Chile and Peru held a third round of talks on Friday. The next round is expected in April 2025.",
			[]string{"talks happened 2025-03-07 -: chile peru", "talks planned 2025-04 -: chile peru"}},
		// a visit to a country is the contact with the host named
		{"President Jean Marchal arrived in Berlin on Friday. German Chancellor Petra Lind met President Jean Marchal on Friday.",
			[]string{"visit happened 2025-03-07 berlin: jean-marchal petra-lind"}},
		// a cue inside a compound adjective is no cue
		{"President Jean Marchal will host Chancellor Petra Lind on Friday to open the long-delayed bridge.",
			[]string{"meeting planned 2025-03-14 -: jean-marchal petra-lind"}},
		// postponed to a new date
		{"A video call between President Jean Marchal and Chancellor Petra Lind planned for Tuesday was pushed back to next week.",
			[]string{"call postponed 2025-W12 -: jean-marchal petra-lind"}},
		// not arranged yet
		{"A call between President Jean Marchal and Chancellor Petra Lind, which Paris has been seeking, has not yet been scheduled.",
			[]string{"call proposed - -: jean-marchal petra-lind"}},
		// a person after a title may start with a function word
		{"President Jean Marchal will hold talks with Vietnamese President To Lam on Friday.",
			[]string{"talks planned 2025-03-14 -: jean-marchal to-lam"}},
		{"President Jean Marchal met Belarusian opposition leader Ana Ruiz in Vilnius.",
			[]string{"meeting happened - vilnius: ana-ruiz jean-marchal"}},
		// "call on" with a date is a call; "calls on X to" is not
		{"President Jean Marchal held a video call on Wednesday with Chancellor Petra Lind.",
			[]string{"call happened 2025-03-05 -: jean-marchal petra-lind"}},
		{"President Jean Marchal and Chancellor Petra Lind spoke by phone on February 9.",
			[]string{"call happened 2025-02-09 -: jean-marchal petra-lind"}},
		{"President Jean Marchal calls on Chancellor Petra Lind to resign.", nil},
		// a journey's date belongs to the contacts of its sentence
		{"The trip began in Rome on 13 May, where President Jean Marchal held talks with Chancellor Petra Lind.",
			[]string{"talks happened 2025-05-13 -: jean-marchal petra-lind"}},
		// "since" dates what precedes it no more, but a "when" clause after it
		{"It was their first meeting since 2011, when President Jean Marchal met Chancellor Petra Lind.",
			[]string{"meeting happened 2011 -: jean-marchal petra-lind"}},
		// a summit of an organisation
		{"President Jean Marchal will travel to Paris on Friday for a summit of the Council of Europe.",
			[]string{"summit planned 2025-03-14 paris: council-of-europe jean-marchal"}},
		// a multilateral summit the article reports from: the leaders it places there
		{"PARIS - President Jean Marchal and Chancellor Petra Lind held talks on Friday on the sidelines of the G20 summit in Paris. Prime Minister Ana Ruiz arrived in Paris on Thursday.",
			[]string{"talks happened 2025-03-07 -: jean-marchal petra-lind", "summit happened 2025-03-07 paris: ana-ruiz jean-marchal petra-lind"}},
		// "the leaders of X and Y", named later in the article
		{"A summit between the leaders of Ostmark and Westmark has been postponed until April 2025. Ostmark's President Ana Ruiz and Westmark's Prime Minister Tomas Berg had last met in 2023.",
			[]string{"summit postponed 2025-04 -: ana-ruiz tomas-berg", "meeting happened 2023 -: ana-ruiz tomas-berg"}},
		// joining the contact of people named: they become its participants
		{"President Jean Marchal and President Emil Darrow met in Geneva on Wednesday. Foreign Minister Ana Ruiz and Foreign Minister Tomas Berg joined the presidents for a first session.",
			[]string{"meeting happened 2025-03-05 geneva: ana-ruiz emil-darrow jean-marchal tomas-berg"}},
		{"President Jean Marchal and President Emil Darrow met on Friday in Lindor, where Marchal was joined by Chancellor Petra Lind.",
			[]string{"meeting happened 2025-03-07 -: emil-darrow jean-marchal petra-lind"}},
		// the subject takes part in a contact introduced by "during"
		{"President Jean Marchal and President Emil Darrow agreed during a lengthy phone call on Tuesday to a truce.",
			[]string{"call happened 2025-03-04 -: emil-darrow jean-marchal"}},
		// a relative clause without "that"; ", which was cancelled" governs the noun before it
		{"President Jean Marchal held a video call with Chancellor Petra Lind and President Emil Darrow on Wednesday. The call replaced a summit the three had planned to hold in Paris in May, which was cancelled last month.",
			[]string{"call happened 2025-03-05 -: emil-darrow jean-marchal petra-lind", "summit cancelled 2025-05 paris: emil-darrow jean-marchal petra-lind"}},
		// a person's possessive before a relative named in apposition: the relative's contact
		{"President Jean Marchal met President Emil Darrow's predecessor, Tomas Berg, in Geneva in 2023.",
			[]string{"meeting happened 2023 geneva: jean-marchal tomas-berg"}},
		{"Marchal and Darrow's predecessor, Tomas Berg, last met in Geneva in 2019. President Jean Marchal and President Emil Darrow are rivals.",
			[]string{"meeting happened 2019 geneva: jean-marchal tomas-berg"}},
		// the speaker of a reporting verb after the object is no participant
		{"President Jean Marchal will meet Chancellor Petra Lind, the Foreign Ministry said.",
			[]string{"meeting planned - -: jean-marchal petra-lind"}},
		// a timex between the verb and its object; a person named after a country's possessive
		{"President Ana Ruiz spoke by phone on Sunday with Ostmark's Emir Sheikh Tomas Berg.",
			[]string{"call happened 2025-03-09 -: ana-ruiz tomas-berg"}},
		// a journey to "the Xi capital, City": the host country's capital named in apposition
		{"Envoy Lars Wenn is due to travel to the Ostmarki capital, Sel Harra, next month to meet Ana Ruiz. Ostmark's president, Ana Ruiz, agreed.",
			[]string{"visit planned 2025-04 sel-harra: ana-ruiz lars-wenn"}},
		// contacts are dated by the day
		{"President Jean Marchal spoke by phone with Chancellor Petra Lind on Friday evening.",
			[]string{"call happened 2025-03-07 -: jean-marchal petra-lind"}},
		// a visit postponed "until" a later date takes the new date
		{"Ana Ruiz, Sweden's prime minister, has postponed a visit to Norway planned for Friday until early next year.",
			[]string{"visit postponed 2026 -: ana-ruiz norway"}},
		// negated contacts are no contacts
		{"There has been no meeting between President Jean Marchal and President Emil Darrow since 2023.",
			nil},
		{"Foreign Minister Ana Ruiz and Foreign Minister Tomas Berg have never met in person.",
			nil},
		{"President Jean Marchal has not spoken to President Emil Darrow since May.",
			nil},
		{"President Emil Darrow refused to meet Foreign Minister Ana Ruiz on Friday.",
			nil},
		// a declined invitation is no contact
		{"Foreign Minister Tomas Berg had declined an invitation to visit Vesmark in August.",
			nil},
		// talks with people nobody names are not an anaphor of a named contact
		{"Prime Minister Ana Ruiz is expected to travel to Oslo later this month for talks with President Emil Darrow. The ministry said its talks with bondholders would continue next week.",
			[]string{"visit planned 2025-03 oslo: ana-ruiz emil-darrow"}},
		// "the presidents of A, B and C": the people introduced by their
		// country's possessive when the article titles no leader for it
		{"The presidents of Norway, Sweden, Finland and Denmark held a virtual summit on Thursday. Norwegian President Ana Ruiz hosted the video conference from Oslo, with Sweden's Tomas Berg, Finland's Emil Darrow and Denmark's Petra Lind joining from their capitals. The four presidents will meet again in June.",
			[]string{"summit happened 2025-03-06 -: ana-ruiz emil-darrow petra-lind tomas-berg", "meeting planned 2025-06 -: ana-ruiz emil-darrow petra-lind tomas-berg"}},
		// "his Westlandic counterpart Y" after "President X" in the same
		// sentence: Y is a president, so "the two presidents" are X and Y
		{"A meeting between Norwegian President Ana Ruiz and her Swedish counterpart Tomas Berg was called off. Foreign Minister Emil Darrow spoke with Foreign Minister Petra Lind on Friday. The two presidents last met in Oslo in January.",
			[]string{"meeting cancelled - -: ana-ruiz tomas-berg", "call happened 2025-03-07 -: emil-darrow petra-lind", "summit happened 2025-01 oslo: ana-ruiz tomas-berg"}},
		// "a date for X to meet": X is the infinitive's subject; a date
		// "not been fixed" leaves the new contact proposed
		{"A summit between President Jean Marchal and President Emil Darrow was called off. Chile and Peru said a new date for the presidents to meet has not been fixed.",
			[]string{"summit cancelled - -: emil-darrow jean-marchal", "meeting proposed - -: emil-darrow jean-marchal"}},
		// teams of a body named with a hyphenated pair of demonyms stand
		// for those countries
		{"Technical teams of the Chilean-Peruvian Joint Border Commission met in Lima last month.",
			[]string{"meeting happened 2025-02 lima: chile peru"}},
		// "X is due in <place>": a journey; "planned for months" is how
		// long it was prepared, not a sign it fell through
		{"Secretary-General Ana Ruiz is due in Lima next week, though her office said the trip had been planned for months.",
			[]string{"visit planned 2025-W12 lima: ana-ruiz peru"}},
		// a that-clause after a noun trigger is no "with" phrase of it
		{"Minister Ana Ruiz held talks with Minister Tomas Berg on Friday. Ruiz told reporters after the talks that Chile would stand with Peru.",
			[]string{"talks happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		// a title word is no trigger ("Host X"); a summit the article
		// reports from, its dateline after a headline, with the leaders a
		// sentence after it says are taking part
		{"Leaders meet at forum\n\nOSLO, March 10 (Coast Wire) -- Norwegian Prime Minister Ana Ruiz spoke to the press in Oslo. The annual Nordic Forum summit opened in Oslo on Monday. Host Ruiz, Prime Minister Tomas Berg and President Emil Darrow are among the leaders taking part.",
			[]string{"summit happened 2025-03-10 oslo: ana-ruiz emil-darrow tomas-berg"}},
		// a dateline's date dates no contact; "had been set for Thursday"
		// is a plan seen from the past (the nearest Thursday); a meeting
		// "of" a group of countries' teams; the relative clause after the
		// noun's phrase dates it
		{"LIMA, March 10 (Coast Wire) - A meeting of Chilean and Peruvian expert teams in Lima that had been set for Thursday has been cancelled.",
			[]string{"meeting cancelled 2025-03-13 lima: chile peru"}},
		// a place in the attribution closing the sentence is not the
		// contact's
		{"Foreign Minister Ana Ruiz is expected in Lima next Monday for talks with his Peruvian counterpart Tomas Berg, the foreign ministry in Santiago said.",
			[]string{"visit planned 2025-03-17 lima: ana-ruiz tomas-berg"}},
		// the object after the place and the date; "the two" is the pair
		// named together first; a span of days after a dated contact
		{"President Ana Ruiz and President Tomas Berg last held talks in Lima on March 7 with Emil Darrow and EU foreign policy chief Petra Lind, three days after the two met Chancellor Jean Marchal in Quito.",
			[]string{"talks happened 2025-03-07 lima: ana-ruiz emil-darrow petra-lind tomas-berg", "meeting happened 2025-03-04 quito: ana-ruiz jean-marchal tomas-berg"}},
		// the subject of a verb after a relative clause is its antecedent;
		// a join verb's status is the contact's it joins
		{"President Ana Ruiz, who met Chancellor Petra Lind in Oslo on March 2, is ready to chair a trilateral meeting with President Tomas Berg and President Emil Darrow.",
			[]string{"meeting happened 2025-03-02 oslo: ana-ruiz petra-lind", "meeting proposed - -: ana-ruiz emil-darrow tomas-berg"}},
		// "send X to <place>": a visit of X
		{"Chile would send Ana Ruiz, the country's chief negotiator, to Lima for consultations later this week.",
			[]string{"visit planned 2025-W11 lima: ana-ruiz peru"}},
		// a verb whose object is a thing is no contact
		{"President Ana Ruiz and President Tomas Berg said they have met their targets.", nil},
		// "Country's [federal] government" stands for the country; a
		// relative clause's antecedent with those coordinated with it
		{"Norway's federal government and the Ostian People's Liberation Front (OPLF), which signed a truce in May, are due to hold talks in Oslo later this month.",
			[]string{"talks planned 2025-03 oslo: norway ostian-people-s-liberation-front"}},
		// an invitation accepted past a qualifier
		{"Norwegian President Ana Ruiz met President Tomas Berg in Lima. Berg had accepted \"in principle\" an invitation to visit Norway.",
			[]string{"summit happened - lima: ana-ruiz tomas-berg", "visit planned - -: ana-ruiz tomas-berg"}},
		// a summit "of" an organisation takes who was to host and attend
		// it in relative clauses; the cue after them is the summit's; a
		// timex before "about the summit" dates the call
		{"The visit came as a summit of the Nordic Union on trade, which Norwegian President Ana Ruiz was to host on March 20 and which Swedish Prime Minister Tomas Berg had been expected to attend, was postponed indefinitely. Berg spoke by phone with Chancellor Petra Lind on Monday about the summit.",
			[]string{"summit postponed - -: ana-ruiz tomas-berg", "call happened 2025-03-10 -: petra-lind tomas-berg"}},
		// "held a call ..., X said, and agreed to meet": the first verb's
		// subject; a timex past a reporting verb is what was said; joining
		// the contact referred to ("join the Oslo meeting")
		{"Norwegian Prime Minister Ana Ruiz and Swedish Prime Minister Tomas Berg held a video call on Sunday, Norway's government said, and agreed to meet in person in Oslo in April. Ruiz, who chaired the call with Berg, said the region faced a new reality after damage to a cable in October. Berg proposed that Estonian Prime Minister Petra Lind be invited to join the Oslo meeting.",
			[]string{"call happened 2025-03-09 -: ana-ruiz tomas-berg", "summit planned 2025-04 oslo: ana-ruiz tomas-berg", "summit proposed 2025-04 oslo: ana-ruiz petra-lind tomas-berg"}},
		// "a visit to <place> by X"
		{"A visit to Lima by UN Secretary-General Emil Darrow, originally scheduled for this week, has been postponed.",
			[]string{"visit postponed - -: emil-darrow peru"}},
		// a single word before ", Title Name" is no person in apposition;
		// "at X's invitation" names the host
		{"Bolivian President Luis Pou spoke. Separately, Peruvian President Ana Ruiz has scrapped a state visit to La Paz planned for April at Pou's invitation.",
			[]string{"visit cancelled 2025-04 -: ana-ruiz luis-pou"}},
		// "since January" starts a series; it dates none of it
		{"Foreign Ministers Ana Ruiz and Tomas Berg have spoken by phone several times since January.",
			[]string{"call happened - -: ana-ruiz tomas-berg"}},
		// a gerund after a doubt negated ("did not rule out meeting X")
		{"President Ana Ruiz did not rule out meeting President Tomas Berg in Quito in April.",
			[]string{"meeting proposed 2025-04 quito: ana-ruiz tomas-berg"}},
		// a headline's "to resume talks" is still to come
		{"Chile and Peru to resume talks in Lima\n\nChile and Peru will resume talks in Lima on March 20.",
			[]string{"talks planned 2025-03-20 lima: chile peru"}},
		// "officials from A, B and C" are the countries, replaced by the
		// people the next sentence names for them; "X, who led the Chilean
		// side" is Chilean, and stands for Chile as a guest; "the three
		// officials", "the three countries"; a bilateral body's meeting
		{"Energy officials from Chile, Peru and Bolivia held a video call on Sunday. Energy Minister Ana Ruiz, who led the Chilean side, spoke with Peru's Power Secretary Tomas Berg and Emil Darrow, adviser in Bolivia's government. Chile proposed hosting the three officials in Santiago in late March. Officials from the three countries last sat down together in Lima in October 2024. A meeting of the Chile-Peru Joint Steering Committee was postponed.",
			[]string{"call happened 2025-03-09 -: ana-ruiz emil-darrow tomas-berg", "meeting proposed 2025-03 santiago: ana-ruiz emil-darrow tomas-berg", "meeting happened 2024-10 lima: bolivia chile peru", "meeting postponed - -: chile peru"}},
		// no one visits their own country: "his trip" is the other person's
		{"Norwegian President Ana Ruiz met Secretary-General Tomas Berg in Geneva on Wednesday and invited him to visit Norway again, following his trip to Oslo in January.",
			[]string{"meeting happened 2025-03-05 geneva: ana-ruiz tomas-berg", "visit proposed - -: ana-ruiz tomas-berg", "visit happened 2025-01 -: norway tomas-berg"}},
		// "wrote to X asking for a meeting": the writer and X
		{"The association's chairman, Emil Darrow, said he had written to President Tomas Berg asking for a meeting.",
			[]string{"meeting proposed - -: emil-darrow tomas-berg"}},
		// a stop before a contact held in another country is a visit of its own
		{"Envoy Ana Ruiz is due in Chile's capital on Monday and will meet President Tomas Berg in Peru the following day.",
			[]string{"visit planned 2025-03-10 -: ana-ruiz chile", "meeting planned 2025-03-11 peru: ana-ruiz tomas-berg"}},
		{"Delegations from Chile and Peru met on Friday. The next round is expected in April 2025.",
			[]string{"meeting happened 2025-03-07 -: chile peru", "talks planned 2025-04 -: chile peru"}},
		// date attachment: a journey to no one named hands its date to the
		// contact it is for; a summit's date goes to the contact on its
		// sidelines, not past "and" to one dated otherwise
		{"Former President Ivan Kolar met Prime Minister Rita Holm in Oslo on Friday, and the following day he flew to Ostmark for talks with President Ola Brun.",
			[]string{"meeting happened 2025-03-07 oslo: ivan-kolar rita-holm", "talks happened 2025-03-08 -: ivan-kolar ola-brun"}},
		{"President Ivan Kolar met Prime Minister Rita Holm at the start of the talks on Friday, and the following day he held talks with President Ola Brun.",
			[]string{"meeting happened 2025-03-07 -: ivan-kolar rita-holm", "talks happened 2025-03-08 -: ivan-kolar ola-brun"}},
		// a year modifying another noun dates no contact; a weekend is its week
		{"President Ivan Kolar will meet President Ola Brun to prepare the 2030 regional games.",
			[]string{"meeting planned - -: ivan-kolar ola-brun"}},
		{"President Ivan Kolar will meet President Ola Brun after the country's 2027 election.",
			[]string{"meeting planned - -: ivan-kolar ola-brun"}},
		// a relative date restated as a day: the day
		{"President Ivan Kolar met President Ola Brun on Saturday. President Musa Bello had met President Kofi Mensah two days earlier, on March 5.",
			[]string{"meeting happened 2025-03-08 -: ivan-kolar ola-brun", "meeting happened 2025-03-05 -: kofi-mensah musa-bello"}},
		{"President Ivan Kolar met President Ola Brun at the weekend.",
			[]string{"meeting happened 2025-W10 -: ivan-kolar ola-brun"}},
		// an organisation's officer is not the organisation: named in an
		// appositive, or unnamed
		{"Foreign Minister Ana Ruiz spoke by video link with Tomas Berg, the EU's High Representative, on Friday.",
			[]string{"call happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		{"Foreign Minister Ana Ruiz held a video call with the European Union's foreign policy chief.", nil},
		// "with X, this year's bloc chair, welcoming Y": X welcomes; a
		// possessive year qualifies the title, not the contact; the
		// participle takes the tense of the clause's verb
		{"The summit opened on Tuesday with President Ana Ruiz, this year's Nordic Council chair, welcoming Prime Minister Tomas Berg and President Ola Brun.",
			[]string{"summit happened 2025-03-04 -: ana-ruiz ola-brun tomas-berg"}},
		// "the previous summit" with its people named after "between" in
		// its participle is that summit, not one whose people are unnamed
		{"The previous summit, held in Quito in 2006 between Ana Ruiz, Berg's predecessor Lena Ortiz and then Vesmark president Ola Brun, ended without a deal.",
			[]string{"summit happened 2006 quito: ana-ruiz lena-ortiz ola-brun"}},
		// a cue after a semicolon governs its own clause; the contact it
		// calls off is of the people of the clause before
		{"Ana Ruiz and Tomas Berg last met in Lima in October; a planned summit in Quito in January was called off after a border incident.",
			[]string{"meeting happened 2024-10 lima: ana-ruiz tomas-berg", "summit cancelled 2025-01 quito: ana-ruiz tomas-berg"}},
		// "with X welcoming Y and Z" with no apposition: X welcomes too,
		// and the summit of the clause before is their contact (a bloc's
		// summit read with X alone is the same one)
		{"The summit opened in Lima on Sunday with President Ana Ruiz welcoming Tomas Berg and Ola Brun.",
			[]string{"summit happened 2025-03-09 lima: ana-ruiz ola-brun tomas-berg"}},
		{"The Nordic Council summit opened in Lima on Sunday, with President Ana Ruiz welcoming leaders including Tomas Berg and Ola Brun.",
			[]string{"summit happened 2025-03-09 lima: ana-ruiz ola-brun tomas-berg"}},
		// a readout's date line dates the past contacts of its section
		{"Readouts of the day\n\nReadout of the President's meeting with Prime Minister Tomas Berg\n\n5 March 2025\n\nPresident Ana Ruiz met Prime Minister Tomas Berg in Oslo. They discussed trade.\n\nNote on travel\n\nPresident Ana Ruiz has met President Ola Brun.",
			[]string{"meeting happened 2025-03-05 oslo: ana-ruiz tomas-berg", "meeting happened - -: ana-ruiz ola-brun"}},
		// "their meeting": the people of the latest contact
		{"President Ana Ruiz met Prime Minister Tomas Berg. The President praised the Envoy of the President, Mr. Ola Brun. Following their bilateral meeting, President Ana Ruiz was joined by President Ivan Kolar for a trilateral meeting.",
			[]string{"meeting happened - -: ana-ruiz ivan-kolar tomas-berg"}},
		// the event noun a relative clause of hosting is about gives the
		// contact its kind and fate; "postponed indefinitely in June": no
		// new date
		{"A summit of the Northern Council that President Ana Ruiz was due to host in July, with Prime Minister Tomas Berg among the expected guests, was postponed indefinitely in February.",
			[]string{"summit postponed - -: ana-ruiz tomas-berg"}},
		// a timex before an appositive ("in March, the first such trip")
		// dates the contact before it, not the appositive's noun
		{"Relations have warmed since President Ana Ruiz visited Oslo for talks with Prime Minister Tomas Berg in January, the first such trip in a decade.",
			[]string{"visit happened 2025-01 oslo: ana-ruiz tomas-berg"}},
		// "hosted a working breakfast ... for Y and Z": the host and the guests
		{"Prime Minister Ali Osman hosted a working breakfast this morning at the embassy for President Tomas Berg and Sultan Ola Brun.",
			[]string{"meeting happened 2025-03-10 -: ali-osman ola-brun tomas-berg"}},
		// an invitation not accepted is another contact than the one
		// arranged; the infinitive's date is the invitation's; a summit
		// with its own place and date is no anaphor of a contact placed
		// nowhere
		{"President Ana Ruiz will travel to Oslo on Monday for talks with Chancellor Tomas Berg. Ruiz has also invited Berg to visit Vessaro before the end of the year. Leaders are due to meet at their two-day summit in Lyon starting on March 27.",
			[]string{"visit planned 2025-03-10 oslo: ana-ruiz tomas-berg", "visit proposed 2025 -: ana-ruiz tomas-berg"}},
		{"A visit by envoy Ola Brun was cancelled. Brun had been due to meet Minister Ivan Kolar. Leaders are due to meet at their two-day summit in Lyon starting on March 27.",
			[]string{"meeting cancelled - -: ivan-kolar ola-brun"}},
		// "readiness to meet": an offer; what is put off is no offer
		{"President Ana Ruiz reaffirmed her \"readiness\" to meet President Tomas Berg. The talks, set for March 24 in Oslo, were postponed last month.",
			[]string{"meeting proposed - -: ana-ruiz tomas-berg"}},
		// "reporters travelling with X": unnamed people's contact
		{"\"We are patient,\" Chief Secretary Ana Ruiz told reporters travelling with President Tomas Berg.", nil},
		// "Westland's team was led by X, and Ostmark's by Y": the people
		// for the countries' sides
		{"Norwegian and Swedish negotiators ended talks in Oslo on Friday. Norway's team was led by Deputy Minister Ana Ruiz, and Sweden's by Ambassador Tomas Berg.",
			[]string{"talks happened 2025-03-07 oslo: ana-ruiz tomas-berg"}},
		// "The Norwegian team was headed by X, the Swedish side by Y": the
		// verb left out of the second side; "The sessions ... were
		// chaired by Z": the chair joins them
		{"Norwegian and Swedish negotiators ended talks in Oslo on Friday. The Norwegian team was headed by Deputy Minister Ana Ruiz, the Swedish side by Ambassador Tomas Berg. The sessions, held over three days, were chaired by Finland's envoy, Ola Brun.",
			[]string{"talks happened 2025-03-07 oslo: ana-ruiz ola-brun tomas-berg"}},
		// "led on the EU side by X": a bloc negotiating as a side
		{"Negotiators from the European Union and Norway ended talks in Oslo on Friday. The round was led on the EU side by chief negotiator Ana Ruiz. The Norwegian delegation was headed by Tomas Berg.",
			[]string{"talks happened 2025-03-07 oslo: ana-ruiz tomas-berg"}},
		// "ministers from A, B and C ... their meeting": the countries; a
		// month past in a future clause is next year's; one body's own
		// meetings are no contact
		{"Finance ministers from Norway, Sweden and Denmark are expected to hold their annual meeting, held alongside the Nordic Investment Bank's meetings, in Oslo in February.",
			[]string{"meeting planned 2026-02 oslo: denmark norway sweden"}},
		// "the Prime Minister of Westland, Mr. X": the person in apposition
		{"Foreign Minister Ana Ruiz spoke in Oslo. The meeting between Ruiz and the Prime Minister of Vesmark, Mr. Tomas Berg, which had been scheduled for 12 March, has been postponed.",
			[]string{"meeting postponed - -: ana-ruiz tomas-berg"}},
		// "has yet to secure a meeting": sought, not arranged
		{"Prime Minister Ana Ruiz has yet to secure a meeting with Premier Tomas Berg, who arrived this afternoon ahead of tomorrow's Nordic Summit.",
			[]string{"meeting proposed - -: ana-ruiz tomas-berg"}},
		// "has requested a meeting ... on Saturday": asked for, on the
		// Saturday to come
		{"Kiribu has requested a separate meeting between President Ana Ruiz and Foreign Minister Pieter Quast on Saturday, after the summit.",
			[]string{"meeting proposed 2025-03-15 -: ana-ruiz pieter-quast"}},
		// "alongside X, its host, and Y": past the appositive
		{"Prime Minister Ana Ruiz held talks on Friday with President Ola Brun, the host, and President Ivan Kolar.",
			[]string{"talks happened 2025-03-07 -: ana-ruiz ivan-kolar ola-brun"}},
		// "a place to talk": what a place is for, no contact
		{"Foreign Minister Ana Ruiz spoke by phone with Tomas Berg on Tuesday. \"Oslo gives them a place to talk without an audience,\" said analyst Ola Brun.",
			[]string{"call happened 2025-03-04 -: ana-ruiz tomas-berg"}},
		// "flew ... the following day to see X": a contact, dated from the
		// one before
		{"Envoy Ivan Kolar held talks with President Rita Holm in Oslo on March 3 and flew to Vessaro the following day to see President Ola Brun.",
			[]string{"talks happened 2025-03-03 oslo: ivan-kolar rita-holm", "meeting happened 2025-03-04 -: ivan-kolar ola-brun"}},
		// a series counted and dated by its latest: the series and the member
		{"President Ana Ruiz and President Tomas Berg have spoken by phone twice, most recently on March 3.",
			[]string{"call happened 2025-03-03 -: ana-ruiz tomas-berg", "call happened - -: ana-ruiz tomas-berg"}},
		// an external affairs minister is a foreign minister
		{"Prime Minister Ola Brun held talks with Indian External Affairs Minister R. Kumaran on Friday.",
			[]string{"talks happened 2025-03-07 -: ola-brun r-kumaran"}},
		// "host" after a determiner and an adjective is a noun, an office
		{"Ana Ruiz had breakfast with her Finnish host, President Tomas Berg.",
			[]string{"meeting happened - -: ana-ruiz tomas-berg"}},
		{"Ana Ruiz and Tomas Berg met for four hours on Sunday in a session chaired by Ola Brun.",
			[]string{"meeting happened 2025-03-09 -: ana-ruiz ola-brun tomas-berg"}},
		// a second pair with its own date, the verb left out
		{"Oslo has hosted leaders before: Ana Ruiz and Tomas Berg met there in 1990, and Jean Marchal and Petra Lind in 1997.",
			[]string{"meeting happened 1990 -: ana-ruiz tomas-berg", "meeting happened 1997 -: jean-marchal petra-lind"}},
		// a list of people set off by appositions, one with a country the
		// lexicon lacks
		{"The meeting between Ana Ruiz, Norway's trade minister, and her Vesmark counterpart, Tomas Berg, was held on Friday.",
			[]string{"meeting happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		// the plan a contact was put off from is not its date; the
		// people named take the place of their countries
		{"Norway and Sweden resolved the dispute after their trade ministers met in Bergen on Thursday. The meeting between Ana Ruiz, Norway's trade minister, and her Swedish counterpart, Tomas Berg, was first scheduled for last month but was pushed back twice.",
			[]string{"meeting happened 2025-03-06 -: ana-ruiz tomas-berg"}},
		// one government's own meeting is no contact; a joint one is
		{"Later on Monday, President Ana Ruiz chaired a cabinet meeting on fuel subsidies at the palace, attended by Finance Minister Tomas Berg and Interior Minister Ola Brun.",
			nil},
		{"President Ana Ruiz held a cabinet meeting with Finance Minister Tomas Berg on Monday.",
			nil},
		{"The joint cabinet meeting of President Ana Ruiz and President Tomas Berg was pushed back to May.",
			[]string{"meeting postponed 2025-05 -: ana-ruiz tomas-berg"}},
		// a name in brackets after a full name is the same person's
		{"President Ana Ruizo (Anru) received President Tomas Berg on Monday. President Anru later invited Berg to Bali.",
			[]string{"meeting happened 2025-03-10 -: ana-ruizo tomas-berg", "visit proposed - bali: ana-ruizo tomas-berg"}},
		// long titles before a name
		{"Crown Prince and Deputy Supreme Commander of the Armed Forces Ali bin Omar Al Hamdi received Tomas Berg on Monday.",
			[]string{"meeting happened 2025-03-10 -: ali-bin-omar-al-hamdi tomas-berg"}},
		// "X and Y were joined by Z for talks": the talks are the three's;
		// a role the lexicon lacks after an organisation's possessive
		{"Norway and Sweden narrowed their differences at talks in Geneva on Tuesday. Norway's energy minister, Ingrid Falk, and Sweden's finance minister, Pavel Radek, were joined by Ana Ribeiro, the IMF's mission chief, for six hours of talks at the fund's Geneva office.",
			[]string{"talks happened 2025-03-04 geneva: ana-ribeiro ingrid-falk pavel-radek"}},
		// the day before "before the meeting" is what happened then, not
		// the meeting's
		{"Ana Ruiz and Tomas Berg have met four times since 2012, most recently in Oslo last September. On Thursday evening, before the meeting opened, Ola Brun and Ivan Kolar met the envoy to discuss rail.",
			[]string{"meeting happened 2024-09 oslo: ana-ruiz tomas-berg", "meeting happened - -: ana-ruiz tomas-berg", "meeting happened 2025-03-06 -: ivan-kolar ola-brun"}},
		// a series counted since a year, its latest dated
		{"Ana Ruiz and Tomas Berg have met four times since 2012, most recently in Oslo last September.",
			[]string{"meeting happened 2024-09 oslo: ana-ruiz tomas-berg", "meeting happened - -: ana-ruiz tomas-berg"}},
		{"Ana Ruiz and Tomas Berg have met four times since 2012, most recently when he came to Oslo for the festival last September.",
			[]string{"meeting happened 2024-09 -: ana-ruiz tomas-berg", "meeting happened - -: ana-ruiz tomas-berg"}},
		// a capitalised word qualifying a title after a country's
		// possessive; a secretariat is an organisation, no person
		{"Ola Brun and Ivan Kolar met Norway's Barents envoy, Emil Darrow, at the Barents Secretariat on Friday to discuss rail.",
			[]string{"meeting happened 2025-03-07 -: emil-darrow ivan-kolar ola-brun"}},
		// a name the lexicon lacks before ", the Demonym capital" is a place
		{"The agreement will be signed by Ana Ruiz and Tomas Berg at a summit in June in Kota Baru, the Sundaran capital.",
			[]string{"summit planned 2025-06 kota-baru: ana-ruiz tomas-berg"}},
		// two initials between the names
		{"Tomas Berg met George HW Bush in 1990.",
			[]string{"meeting happened 1990 -: george-hw-bush tomas-berg"}},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
		got := eventLines(r)
		for _, e := range r.Article.Events {
			if len(e.Evidence) == 0 {
				t.Errorf("%q: event without evidence", tc.text)
			}
		}
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// TestClauseFallback checks the recall layer: a trigger no rule gave two
// participants, with two or more actors in its clause, is a contact among
// them; speakers, actors of another clause, places' countries, adjectives
// and affiliations are none, and negation keeps its veto.
func TestClauseFallback(t *testing.T) {
	// published 2025-03-10 (a Monday)
	tests := []struct {
		text string
		want []string // "kind status date place: participants"
	}{
		// wordings the rules do not read
		{"Foreign Minister Ana Ruiz paid a courtesy call on President Tomas Berg on Friday.",
			[]string{"meeting happened 2025-03-07 -: ana-ruiz tomas-berg"}},
		// a courtesy call on X: the caller and X, not the sender of a message
		{"Foreign Minister Ana Ruiz paid a courtesy call on Prime Minister Tomas Berg and conveyed a message from President Emil Darrow.",
			[]string{"meeting happened - -: ana-ruiz tomas-berg"}},
		{"The new ambassador, Ana Ruiz, paid courtesy calls on President Tomas Berg and Prime Minister Emil Darrow.",
			[]string{"meeting happened - -: ana-ruiz emil-darrow", "meeting happened - -: ana-ruiz tomas-berg"}},
		{"President Jean Marchal and Chancellor Petra Lind agreed that a trilateral with President Emil Darrow should take place in Geneva in May.",
			[]string{"meeting planned 2025-05 geneva: emil-darrow jean-marchal petra-lind"}},
		{"President Jean Marchal, in a rare gesture, hosted on Friday at his residence Chancellor Petra Lind.",
			[]string{"meeting happened 2025-03-07 -: jean-marchal petra-lind"}},
		{"On Friday, in Geneva, President Jean Marchal and, for the first time, Chancellor Petra Lind held a meeting.",
			[]string{"meeting happened 2025-03-07 -: jean-marchal petra-lind"}},
		{"President Jean Marchal and Chancellor Petra Lind hold bilateral on the sidelines of the summit in Geneva on Friday.",
			[]string{"summit happened 2025-03-07 geneva: jean-marchal petra-lind"}},
		// a verb phrase before a noun trigger modifies it
		{"President Jean Marchal and Chancellor Petra Lind agreed to hold a trilateral summit with President Emil Darrow in May.",
			[]string{"summit planned 2025-05 -: emil-darrow jean-marchal petra-lind"}},
		// no contact: another clause, a speaker, a place's country, an
		// adjective, an affiliation, a negation
		{"President Jean Marchal met reporters on Friday, while Chancellor Petra Lind stayed in Berlin.", nil},
		{"Foreign Minister Ana Ruiz held a meeting in Oslo on Friday, President Tomas Berg's office said.", nil},
		{"Foreign Minister Ana Ruiz said the talks on Norway had been useful.", nil},
		{"Foreign Minister Ana Ruiz arrives for talks in Oslo, Norway.", nil},
		// countries qualifying a plural title: people not named
		{"Foreign Minister Ana Ruiz holds first call with Norway, Sweden leaders; council to meet online in April", nil},
		{"President Jean Marchal praised the Norwegian army at a meeting in Oslo on Friday.", nil},
		{"EU envoy Ana Ruiz spoke to reporters in Brussels on Friday.", nil},
		{"President Jean Marchal would not sit down with Chancellor Petra Lind, his spokesman said.", nil},
		// a thing received is no contact; a possessor is no participant
		{"President Jean Marchal received a letter from Chancellor Petra Lind on Friday.", nil},
		{"President Jean Marchal will receive Chancellor Petra Lind in Paris next week.",
			[]string{"meeting planned 2025-W12 paris: jean-marchal petra-lind"}},
		// ", and her counterpart, X": the list goes on, no new clause
		{"The Norwegian foreign minister, Ana Ruiz, and her Swedish counterpart, Tomas Berg, are due to hold a round of consultations in Oslo next week.",
			[]string{"talks planned 2025-W12 oslo: ana-ruiz tomas-berg"}},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
		got := eventLines(r)
		if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
			t.Errorf("%q:\n got %q\nwant %q", tc.text, got, tc.want)
		}
	}
}

// "the meeting" joins the meeting before it rather than a later contact of
// another kind.
func TestAnaphoricPrefersSameKind(t *testing.T) {
	r := run(t, "Foreign Minister Ana Ruiz met Foreign Minister Tomas Berg in Geneva on Monday. "+
		"Ruiz will visit Norway in May, her office said. Officials said the meeting had been constructive.")
	for _, e := range r.Article.Events {
		last := e.Evidence[len(e.Evidence)-1].Sentence
		switch e.Kind {
		case "meeting":
			if last != 2 {
				t.Errorf("meeting: evidence ends in sentence %d, want 2", last)
			}
		case "visit":
			if last != 1 {
				t.Errorf("visit: evidence ends in sentence %d, want 1", last)
			}
		}
	}
	if len(r.Article.Events) != 2 {
		t.Errorf("%d events, want a meeting and a visit", len(r.Article.Events))
	}
}

// TestParticipantsAreActors: every participant and host of an event is an
// actor of the article, with a name and a type, even a country named only
// by its adjective.
func TestParticipantsAreActors(t *testing.T) {
	tests := []string{
		"The Chilean and Peruvian delegations met on Tuesday.",
		"The Polish government held talks with the Swedish delegation on Friday.",
		"Foreign Minister Ana Ruiz visited Norway on Friday.",
	}
	for _, text := range tests {
		r := run(t, text)
		if len(r.Article.Events) == 0 {
			t.Errorf("%q: no event", text)
		}
		actors := map[string]bool{}
		for _, a := range r.Article.Actors {
			if a.Name != "" && a.Type != "" {
				actors[a.ID] = true
			}
		}
		for _, e := range r.Article.Events {
			for _, p := range append(append([]string{}, e.Participants...), e.Hosts...) {
				if !actors[p] {
					t.Errorf("%q: participant %s is no named actor", text, p)
				}
			}
		}
	}
}

// TestProposalWordings: wordings of a contact suggested but not agreed
// ("floated", "exploring", "had asked to meet", "had not ruled out
// inviting X to join that meeting") make it proposed; an invitation to
// join a contact is that contact with the invited, no visit of its own.
func TestProposalWordings(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"floated", "Ana Ruiz has also floated a three-way meeting with Tomas Berg and Jean Marchal.",
			[]string{"meeting proposed - -: ana-ruiz jean-marchal tomas-berg"}},
		{"exploring", "Tomas Berg said they were exploring a first meeting between Ana Ruiz and Jean Marchal later this year.",
			[]string{"meeting proposed 2025 -: ana-ruiz jean-marchal"}},
		{"asked to meet", "Ana Ruiz had asked to meet Tomas Berg during the September visit.",
			[]string{"meeting proposed 2024-09 -: ana-ruiz tomas-berg"}},
		{"not ruled out inviting to join", "Ana Ruiz and Tomas Berg are expected to meet in Oslo in May. Berg had not ruled out inviting Jean Marchal to join that meeting.",
			[]string{"meeting planned 2025-05 oslo: ana-ruiz tomas-berg", "meeting proposed 2025-05 oslo: ana-ruiz jean-marchal tomas-berg"}},
		{"an invitation to join accepted", "Ana Ruiz and Tomas Berg are expected to meet in Oslo in May. Berg invited Jean Marchal to join that meeting, and Marchal accepted.",
			[]string{"meeting planned 2025-05 oslo: ana-ruiz tomas-berg", "meeting planned 2025-05 oslo: ana-ruiz jean-marchal tomas-berg"}},
	})
}

// TestVesselNames: a name after "the trawler", "the tanker" is a vessel's,
// no person's: the speaker stays the subject of the calls.
func TestVesselNames(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"the trawler X", "Foreign Minister Ana Ruiz says Ostmark has promised to release the crew of the trawler Agia Fotini, after two phone calls with her Ostian counterpart, Tomas Berg, on Saturday.",
			[]string{"call happened 2025-03-08 -: ana-ruiz tomas-berg"}},
	})
}

// TestCallForTheFirstTime: "for" after a call of several words, or "for
// the first time" after any, is no appeal ("called for calm"): the call
// stands.
func TestCallForTheFirstTime(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"spoke by telephone for the first time", "Ana Ruiz and Tomas Berg spoke by telephone for the first time since the election.",
			[]string{"call happened - -: ana-ruiz tomas-berg"}},
		{"spoke for the first time", "Ana Ruiz and Tomas Berg spoke for the first time since the election.",
			[]string{"call happened - -: ana-ruiz tomas-berg"}},
		{"a phone call for the second time", "Ana Ruiz and Tomas Berg held a phone call for the second time this month.",
			[]string{"call happened 2025-03 -: ana-ruiz tomas-berg"}},
		{"called for calm", "Ana Ruiz and Tomas Berg called for calm on Monday.",
			nil},
	})
}

// TestDiscussedWith: "discussed the plan with X" is a contact of its
// subject and X, a call when "by phone" says so; "discussed relations
// with Norland" names no one, and a contact word nearby tells the contact
// itself ("in a phone call").
func TestDiscussedWith(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"discussed with", "President Ana Ruiz discussed the plan with Ulrike Brandauer on Monday.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz ulrike-brandauer"}},
		{"discussed by phone", "The delay was announced by Catherine Vass, who discussed it with President Boris Tadek by phone on Wednesday.",
			[]string{"call happened 2025-03-05 -: boris-tadek catherine-vass"}},
		{"discussed with a country", "President Ana Ruiz discussed relations with Norland on Monday.",
			nil},
		{"in a phone call", "Secretary-General Jasem Alwadi said the ruling was unhelpful, and he discussed the issue with Foreign Minister Fuad Haddad in a phone call on Sunday.",
			[]string{"call happened 2025-03-09 -: fuad-haddad jasem-alwadi"}},
		// what was discussed is no status of the contact, and no thing met
		{"discussed the delay", "Ana Ruiz, who discussed the delay with President Ben Cole by phone on Wednesday, said she was hopeful.",
			[]string{"call happened 2025-03-05 -: ana-ruiz ben-cole"}},
		{"discussed the postponement", "Ana Ruiz discussed the postponement with President Ben Cole on Wednesday.",
			[]string{"meeting happened 2025-03-05 -: ana-ruiz ben-cole"}},
	})
}

// TestOpeningParticiple: a participle opening the sentence ("Having
// spoken with Y on Wednesday,", "After receiving Y on Tuesday,", "Meeting Y
// in Geneva,") has the main clause's subject, after the comma that ends
// its phrase (past a person in apposition), its own day and the main
// clause's tense; "During" is no participle.
func TestOpeningParticiple(t *testing.T) {
	// published 2025-03-10 (a Monday)
	checkEventCases(t, []eventCase{
		{"having spoken by video", "Having spoken by video with her counterpart Andres Palmer on Wednesday evening, Foreign Minister Carla Villar said the crossing would reopen.",
			[]string{"call happened 2025-03-05 -: andres-palmer carla-villar"}},
		{"after receiving", "After receiving Foreign Minister Amina Dore at State House on Tuesday, President Grace Nkemo said talks would resume.",
			[]string{"meeting happened 2025-03-04 -: amina-dore grace-nkemo"}},
		{"after meeting, then a journey", "After meeting President Tomas Berg in Oslo on Monday, Foreign Minister Carla Villar flew to Rome.",
			[]string{"meeting happened 2025-03-10 oslo: carla-villar tomas-berg", "visit happened - rome: carla-villar italy"}},
		{"having hosted", "Having hosted President Rauf Ersoy and Prime Minister Ulf Kallberg for three hours, Secretary-General Jens Strand announced a deal.",
			[]string{"meeting happened - -: jens-strand rauf-ersoy ulf-kallberg"}},
		// past a person in apposition to the comma that ends the phrase;
		// "Meeting X" is the verb, not part of a name
		{"an apposition in the phrase", "Having met Guy Parmo and the foreign minister, Ignaz Casso, in Geneva on Tuesday evening, Joe Bidell came to the villa.",
			[]string{"meeting happened 2025-03-04 geneva: guy-parmo ignaz-casso joe-bidell"}},
		{"a title in apposition", "Having met Guy Parmo, the president, on Tuesday, Joe Bidell left.",
			[]string{"meeting happened 2025-03-04 -: guy-parmo joe-bidell"}},
		{"meeting a person", "Meeting Guy Parmo in Geneva on Friday, Joe Bidell said the talks went well.",
			[]string{"meeting happened 2025-03-07 geneva: guy-parmo joe-bidell"}},
		{"meeting reporters", "Meeting reporters in Geneva on Friday, Joe Bidell said the talks went well.",
			nil},
		{"welcoming a person", "Welcoming Ivo Marek to Oslo on Monday, Ana Ruiz said ties were strong.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz ivo-marek"}},
		{"a pronoun subject after the phrase", "Ana Ruiz gave a speech on Sunday. Meeting Ivo Marek on Monday, she praised an ironclad friendship.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz ivo-marek"}},
		{"a pronoun after the phrase", "Having met Guy Parmo and the foreign minister, Ignaz Casso, in Geneva on Tuesday, Joe Bidell flew to Brussels, where he held talks with Recep Erdo on Thursday.",
			[]string{"meeting happened 2025-03-04 geneva: guy-parmo ignaz-casso joe-bidell", "visit happened 2025-03-06 brussels: joe-bidell recep-erdo"}},
		// an opening contact noun of several words keeps its phrase's day
		{"after a working lunch", "After a working lunch with President Guy Parmo at the palace on Monday, Prime Minister Hal Darrow flew to Oslo, where he was received by Prime Minister Tomas Berg that evening.",
			[]string{"meeting happened 2025-03-10 -: guy-parmo hal-darrow", "visit happened 2025-03-10 oslo: hal-darrow tomas-berg"}},
	})
}

// TestMealVerbs: "breakfasted with X", "dines with X" are meetings.
func TestMealVerbs(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"breakfasted with", "On Tuesday Foreign Minister Ilona Brezan breakfasted with the ambassador, Lena Korff.",
			[]string{"meeting happened 2025-03-04 -: ilona-brezan lena-korff"}},
		{"dines with", "On Thursday President Ana Ruiz dines with Prime Minister Tomas Berg at the palace.",
			[]string{"meeting planned 2025-03-13 -: ana-ruiz tomas-berg"}},
	})
}

// TestWhileCounterparts: "While the leaders talked, their foreign
// ministers, X and Y, ..." is also a contact of X and Y, on the leaders'
// day.
func TestWhileCounterparts(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"while the two leaders met", "President Ana Ruiz received President Tomas Berg in Oslo on Monday. While the two leaders met, their foreign ministers, Marta Ibsen and Yasmin Torr, worked through the practical agenda.",
			[]string{"meeting happened 2025-03-10 oslo: ana-ruiz tomas-berg", "meeting happened 2025-03-10 -: marta-ibsen yasmin-torr"}},
		{"no pair in apposition", "President Ana Ruiz received President Tomas Berg in Oslo on Monday. While the two leaders met, their wives visited a museum.",
			[]string{"meeting happened 2025-03-10 oslo: ana-ruiz tomas-berg"}},
	})
}

// TestCalledOnPastTitle: "called on opposition leader X" is a visit
// paid in person past a title the lexicon lacks; "called on X to resign"
// stays an appeal.
func TestCalledOnPastTitle(t *testing.T) {
	// published 2025-03-10
	checkEventCases(t, []eventCase{
		{"called on opposition leader X", "On Thursday morning Prime Minister Idris Kalen called on opposition leader Ruben Sayel.",
			[]string{"meeting happened 2025-03-06 -: idris-kalen ruben-sayel"}},
		{"called on National Assembly Speaker X", "On Monday Prime Minister Ana Ruiz called on National Assembly Speaker Tomas Berg.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz tomas-berg"}},
		{"called on X to resign", "On Monday Prime Minister Ana Ruiz called on opposition leader Tomas Berg to resign.",
			nil},
	})
}

// TestOpeningContactNoun: a contact noun opening the sentence after
// "After", "Following" or "Fresh from" ("Fresh from talks with Y on
// Monday, X said") has the subject after its comma.
func TestOpeningContactNoun(t *testing.T) {
	// published 2025-03-10
	checkEventCases(t, []eventCase{
		{"fresh from talks", "Fresh from talks with President Tomas Berg in Oslo on Monday, Foreign Minister Ana Ruiz said the border would reopen.",
			[]string{"talks happened 2025-03-10 oslo: ana-ruiz tomas-berg"}},
		{"following talks", "Following talks with President Tomas Berg in Oslo on Friday, Foreign Minister Ana Ruiz said the border would reopen.",
			[]string{"talks happened 2025-03-07 oslo: ana-ruiz tomas-berg"}},
		{"after talks with no one named", "After talks with the rebels, Foreign Minister Ana Ruiz said the border would reopen.",
			nil},
	})
}

// TestSerialVerbs: verb phrases listed with commas share the first one's
// subject and, when they have none of their own, its day; a relative
// clause, a passive participle or a title in apposition is no item of
// such a list.
func TestSerialVerbs(t *testing.T) {
	// published 2025-03-10 (a Monday)
	checkEventCases(t, []eventCase{
		{"three items", "Foreign Minister Ana Ruiz arrived in Velmar on Monday. On Tuesday she called on President Eva Lind, met Ivo Marek, and breakfasted with Lena Korff.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz eva-lind", "meeting happened 2025-03-04 -: ana-ruiz ivo-marek", "meeting happened 2025-03-04 -: ana-ruiz lena-korff"}},
		{"past an item with no contact", "Foreign Minister Ana Ruiz arrived in Velmar on Monday. On Tuesday she also called on the speaker of the Lutavian parliament, Eva Lind, toured the dam with the energy minister, Ivo Marek, and breakfasted with Velden's ambassador, Lena Korff.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz lena-korff", "meeting happened 2025-03-04 -: ana-ruiz eva-lind"}},
		{"a relative clause", "Ana Ruiz, who met Eva Lind on Monday, visited Ben Cole on Tuesday.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz eva-lind", "visit happened 2025-03-04 -: ana-ruiz ben-cole"}},
		{"a title in apposition", "The Norland host, Prime Minister Ana Ruiz, welcomed Ben Cole and Eva Lind on Monday.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz ben-cole eva-lind"}},
	})
}

// TestApposedTitleOfAPlace: "called on the speaker of the Lutavian
// parliament, X" names X past a title with a place's adjective in it.
func TestApposedTitleOfAPlace(t *testing.T) {
	checkEventCases(t, []eventCase{
		{"an unknown adjective", "Ana Ruiz called on the speaker of the Lutavian parliament, Eva Lind, on Tuesday.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz eva-lind"}},
		{"a known adjective", "Ana Ruiz called on the speaker of the Norwegian parliament, Eva Lind, on Tuesday.",
			[]string{"meeting happened 2025-03-04 -: ana-ruiz eva-lind"}},
		{"a person is no title", "Ana Ruiz called on the deputy of Ivo Marek Berg, Eva Lind, on Tuesday.",
			nil},
	})
}

// TestTitleApposedObject: "met the opposition leader, X" names X, the
// holder of a title with a word before it set off after it; a subject
// stays the antecedent of two relative clauses however long they run
// ("X, who had flown in ... and who met ..., held talks with Y"), and a
// name in apposition does not end a relative clause for its date.
func TestTitleApposedObject(t *testing.T) {
	// published 2025-03-10 (a Monday)
	checkEventCases(t, []eventCase{
		{"the opposition leader", "President Obi Nwank met the opposition leader, Bea Mvondo-Ele, in Anwe last week.",
			[]string{"meeting happened 2025-W10 -: bea-mvondo-ele obi-nwank"}},
		{"two relative clauses", "President Obi Nwank of Kwanzara, who had flown in from Lusoko the day before and who met Tchenda's opposition leader, Bea Mvondo-Ele, in the border town of Anwe last week, held talks on Sunday with President Alph Ngass.",
			[]string{"talks happened 2025-03-09 -: alph-ngass obi-nwank", "meeting happened 2025-W10 -: bea-mvondo-ele obi-nwank"}},
	})
}

// TestGappedAndAsDid: a second object with a place and a day of its own
// is its own contact ("met A in Tesca on Monday and B in Drevnik on
// Tuesday"); a second guest and host after a passive contact,
// the verb left out, is their own contact ("X was received in Oslo in July
// by Y, and Z in Rome in August by W"); ", as did A and B" is a contact of
// theirs of the same kind and day, ", as did C" alone takes the subject's
// part.
func TestGappedAndAsDid(t *testing.T) {
	// published 2025-03-10 (a Monday)
	checkEventCases(t, []eventCase{
		{"a gapped passive", "Ana Ruiz was received in Oslo in July by Ivo Marek, and Lena Korff in Rome in August by Ben Cole.",
			[]string{"meeting happened 2024-07 oslo: ana-ruiz ivo-marek", "meeting happened 2024-08 rome: ben-cole lena-korff"}},
		{"as did a pair", "Ana Ruiz and Ivo Marek met on Monday, as did Lena Korff and Ben Cole.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz ivo-marek", "meeting happened 2025-03-10 -: ben-cole lena-korff"}},
		{"as did one", "Ana Ruiz met Ivo Marek on Monday evening, as did Lena Korff.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz ivo-marek", "meeting happened 2025-03-10 -: ivo-marek lena-korff"}},
		{"as did no one named", "Ana Ruiz met Ivo Marek on Monday, as did many others.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz ivo-marek"}},
		// objects each with a place the lexicon lacks and a day of their own
		{"met A in P on D and B in Q on E", "Hanne Thors met Ana Ruiz in Tesca on Monday and Ivo Marek in Drevnik on Tuesday.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz hanne-thors", "meeting happened 2025-03-04 -: hanne-thors ivo-marek"}},
	})
}

// TestLiveBlogPresent: under a live blog's time stamp, a present
// progressive is happening now; without a stamp it is a plan.
func TestLiveBlogPresent(t *testing.T) {
	// published 2025-03-10
	checkEventCases(t, []eventCase{
		{"under a stamp", "Live from Oslo.\n\n10:20 President Ana Ruiz is hosting Prime Minister Tomas Berg in a room off the main hall.",
			[]string{"meeting happened 2025-03-10 -: ana-ruiz tomas-berg"}},
		{"no stamp", "President Ana Ruiz is hosting Prime Minister Tomas Berg in a room off the main hall.",
			[]string{"meeting planned - -: ana-ruiz tomas-berg"}},
	})
}
