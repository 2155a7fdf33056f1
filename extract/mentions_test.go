package extract

import (
	"strings"
	"testing"

	"github.com/eventgraph/eventgraph/data"
)

func TestMentions(t *testing.T) {
	tests := []struct {
		text string
		want []string // "type:entity" of mentions, in order
	}{
		{"Russian Foreign Minister Sergey Lavrov met his Ukrainian counterpart Dmytro Kuleba.",
			[]string{"person:sergey-lavrov", "pronoun:sergey-lavrov", "person:dmytro-kuleba"}},
		{"Henrik Vass, Norland's Prime Minister, spoke. Vass said he was happy.",
			[]string{"person:henrik-vass", "country:norland", "person:henrik-vass", "pronoun:henrik-vass"}},
		{"US President Donald Trump met Kim Jong Un. Kim said the talks went well.",
			[]string{"person:donald-trump", "person:kim-jong-un", "person:kim-jong-un"}},
		{"The Ukrainian foreign ministry said talks with Moon Jae-in were useful.",
			[]string{"organisation:ukrainian-foreign-ministry", "person:moon-jae-in"}},
		{"President Emil Darrow of Aldovia met Chancellor Petra Lind. The two leaders agreed.",
			[]string{"person:emil-darrow", "country:aldovia", "person:petra-lind", "group:emil-darrow,petra-lind"}},
		// a capitalised name headed by an organisation noun is an organisation
		{"The Nordic Fisheries Council met in Oslo.",
			[]string{"organisation:nordic-fisheries-council"}},
		// a run of particles, or one glued by a hyphen, continues a name
		{"Commission President Ilse von der Brink spoke with Ahmed al-Sahir.",
			[]string{"person:ilse-von-der-brink", "person:ahmed-al-sahir"}},
		// a glued initial inside a name
		{"President Ana Ruiz met Jose de S.Silva.",
			[]string{"person:ana-ruiz", "person:jose-de-s-silva"}},
		// "Authority" heads an organisation's name, with the demonym
		// before it or a country before its sector
		{"The Ostian Information System Authority said Norway Electricity Authority lost power.",
			[]string{"organisation:ostian-information-system-authority", "organisation:norway-electricity-authority"}},
		// "Community", "Bloc" head organisations' names
		{"The European Political Community met in Oslo.",
			[]string{"organisation:european-political-community"}},
		// a delegation group stands for its countries
		{"Delegations from Norway and Sweden met in Oslo.",
			[]string{"group:norway,sweden", "country:norway", "country:sweden"}},
		// "State Minister for Foreign Affairs" is a title; a capitalised
		// honorific ("Host") is none of the name
		{"Norwegian State Minister for Foreign Affairs Ana Ruiz met Host Tomas Berg.",
			[]string{"person:ana-ruiz", "person:tomas-berg"}},
		{"President Ana Ruiz will host Chancellor Tomas Berg.",
			[]string{"person:ana-ruiz", "person:tomas-berg"}},
		// an honorific after a word of a name is part of it; an
		// organisation's name through a possessive
		{"On Monday, Ali Sheikh Hassan, Norway's president, met the Ostian People's Liberation Front.",
			[]string{"person:ali-sheikh-hassan", "country:norway", "organisation:ostian-people-s-liberation-front"}},
		// a longer second syllable of a hyphenated given name; a
		// compound after a surname is none of the name
		{"Finance Minister Baek Jun-seok met Tomas Berg-backed envoys.",
			[]string{"person:baek-jun-seok", "person:tomas-berg"}},
		// a former office is no role: "the two presidents" are the
		// serving ones
		{"President Ana Ruiz spoke with President Tomas Berg. The envoy, former Norwegian president Ola Brun, met Ruiz. Oslo offered a summit of the two presidents.",
			[]string{"person:ana-ruiz", "person:tomas-berg", "person:ola-brun", "person:ana-ruiz", "group:ana-ruiz,tomas-berg"}},
		// "their" after "ministers from A, B and C": those countries
		{"President Ana Ruiz met President Tomas Berg. Ministers from Norway, Sweden and Denmark will hold their meeting in May.",
			[]string{"person:ana-ruiz", "person:tomas-berg", "country:norway", "country:sweden", "country:denmark", "group:denmark,norway,sweden"}},
		// "Bank of Westland": an organisation named after its country; a
		// person's title after it starts the person's mention
		{"Bank of Vesmark Governor Ana Ruiz will meet Bank of Norway Governor Tomas Berg.",
			[]string{"organisation:bank-of-vesmark", "person:ana-ruiz", "organisation:bank-of-norway", "person:tomas-berg"}},
		// an organisation named after its cause: "Association for X Y"
		{"The Assistance Association for Political Prisoners said 40 people were held.",
			[]string{"organisation:assistance-association-for-political-prisoners"}},
		// "their delegations": the countries of the people ("Sweden's X":
		// a person of Sweden)
		{"Norway's foreign minister, Ana Ruiz, and Sweden's Tomas Berg met in Oslo. Their delegations held talks in May.",
			[]string{"person:ana-ruiz", "country:norway", "country:sweden", "person:tomas-berg", "group:norway,sweden"}},
		// an abbreviated country name is no initial of a person's
		{"S. Korea and Norway agreed to meet.",
			[]string{"country:south-korea", "country:norway"}},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
		var got []string
		for _, m := range r.Mentions {
			if m.Type == "place" {
				continue
			}
			e := short(m.Entity)
			if m.Type == MentionGroup {
				var ms []string
				for _, x := range m.Members {
					ms = append(ms, short(x))
				}
				e = strings.Join(ms, ",")
			}
			got = append(got, m.Type+":"+e)
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q:\n got %v\nwant %v", tc.text, got, tc.want)
		}
	}
}

// TestUnknownPlaces: settlements the lexicon lacks are read from the
// dateline's city and from a name in apposition to a word for a settlement.
func TestUnknownPlaces(t *testing.T) {
	tests := []struct {
		text string
		want []string // place mentions, in order
	}{
		{"VELMORA, March 3 (Coast Wire) - President Ana Ruiz arrived in Velmora on Monday.",
			[]string{"velmora"}},
		{"Ana Ruiz visited Quellan's capital Dravo Nuel on Monday. Tomas Berg flew to Dravo Nuel too.",
			[]string{"dravo-nuel", "dravo-nuel"}},
		{"Ana Ruiz visited the capital, Dravo Nuel, on Monday. Tomas Berg stayed in Dravo Nuel.",
			[]string{"dravo-nuel", "dravo-nuel"}},
		// a journey's end: "arrived in X", "flew to X"; not a person's name
		{"Ana Ruiz arrived in Vell Maro on Monday. Tomas Berg flew to Vell Maro too.",
			[]string{"vell-maro", "vell-maro"}},
		{"Ana Ruiz flew to Tomas Berg's farm on Monday.", nil},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
		var got []string
		for _, m := range r.Mentions {
			if m.Type == MentionPlace {
				got = append(got, short(m.Entity))
			}
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q:\n got %v\nwant %v", tc.text, got, tc.want)
		}
	}
}

// TestUnknownCountries: countries the lexicon lacks, read from the
// article's English: "the presidents of X and Y", a demonym of the name.
func TestUnknownCountries(t *testing.T) {
	tests := []struct {
		text string
		want []string // country mentions, in order
	}{
		{"The presidents of Kelmar and Ostravia spoke on Monday.",
			[]string{"kelmar", "ostravia"}},
		{"Talks with Vardania resumed. Vardanian officials said the talks went well.",
			[]string{"vardania"}},
		{"Talks with Kelmar resumed. Kelmari officials said the Kelmar People's Front agreed.",
			[]string{"kelmar"}}, // a name's first word is no country
		// a name as a country's adjective: "the X government", "a X head
		// of state"; "President Y of X"
		{"The Kelmar government said talks with Norway were off. Kelmar closed the border.",
			[]string{"norway", "kelmar"}},
		{"Ana Ruiz became the first Ostravia head of state to visit Norway.",
			[]string{"ostravia", "norway"}},
		{"President Ana Ruiz of Ostravia arrived on Monday.",
			[]string{"ostravia"}},
		{"Delegations from Kelmar and Ostravia met over the two countries' border.",
			[]string{"kelmar", "ostravia"}},
		// a list with a country in it: "France, Kelmar and Ostravia"; not
		// an acronym in it
		{"Delegations from France, Kelmar and Ostravia met in Geneva.",
			[]string{"france", "kelmar", "ostravia"}},
		{"Talks between Iran and the E3, Britain, France and Germany were held.",
			[]string{"iran", "united-kingdom", "france", "germany"}},
		// the form of a state before a name: "the Republic of X"
		{"Foreign Minister of the Republic of Kelmar Ana Ruiz met Tomas Berg.",
			[]string{"kelmar"}},
		// not a country: a person's name, an office in a company, a city
		{"The Microsoft team met on Monday.", nil},
		{"Chief Executive Ana Ruiz of Kelmar Mining spoke.", nil},
		{"Mayor Ana Ruiz of Velmora spoke.", nil},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
		var got []string
		for _, m := range r.Mentions {
			if m.Type == "country" {
				got = append(got, short(m.Entity))
			}
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q:\n got %v\nwant %v", tc.text, got, tc.want)
		}
	}
}

func TestRoles(t *testing.T) {
	r := run(t, "Russian Foreign Minister Sergey Lavrov met US Secretary of State Marco Rubio.")
	want := map[string]string{"Sergey Lavrov": "Foreign Minister/russia", "Marco Rubio": "Secretary of State/united-states"}
	for _, a := range r.Article.Actors {
		if w, ok := want[a.Name]; ok {
			if len(a.Roles) != 1 || a.Roles[0].Title+"/"+short(a.Roles[0].Of) != w {
				t.Errorf("%s roles %+v, want %s", a.Name, a.Roles, w)
			}
			delete(want, a.Name)
		}
	}
	if len(want) > 0 {
		t.Errorf("missing actors %v", want)
	}
}

// TestUnknownNames: names the lexicon lacks read from their context as an
// outlet, a place or a middle family name.
func TestUnknownNames(t *testing.T) {
	tests := []struct {
		text string
		want []string // "type:entity" of mentions, in order
	}{
		// an outlet: an article before, a verb of publishing after
		{"Tomas Berg proposed talks, The Veska Courier reported.",
			[]string{"person:tomas-berg", "outlet:veska-courier"}},
		{"Tomas Berg told the Veska Courier that talks would resume.",
			[]string{"person:tomas-berg", "outlet:veska-courier"}},
		// a place in apposition to a word for a settlement
		{"Ana Ruiz travelled to Ostmark's capital, Port Lenna, for talks with Tomas Berg.",
			[]string{"person:ana-ruiz", "country:ostmark", "place:port-lenna", "person:tomas-berg"}},
		{"Ana Ruiz visited the port city of Sel Harra.",
			[]string{"person:ana-ruiz", "place:sel-harra"}},
		// a single middle name refers to the full name
		{"Commission chairperson Idris Kamal Mensah spoke. Kamal travelled to Oslo.",
			[]string{"person:idris-kamal-mensah", "person:idris-kamal-mensah"}},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
		var got []string
		for _, m := range r.Mentions {
			if m.Type == "place" && strings.Contains(m.Entity, "oslo") {
				continue
			}
			got = append(got, m.Type+":"+short(m.Entity))
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("%q:\n got %v\nwant %v", tc.text, got, tc.want)
		}
	}
}

// TestRoleCountryAfterName: "President X of Y" gives X the role of Y's
// president, but not "Chief Executive X of Kelmar Mining".
func TestRoleCountryAfterName(t *testing.T) {
	tests := []struct {
		text, name, want string // want: "Title/country"
	}{
		{"President Ana Ruiz of Chile met Tomas Berg.", "Ana Ruiz", "President/chile"},
		{"Prime Minister Ana Ruiz of the United Kingdom met Tomas Berg.", "Ana Ruiz", "Prime Minister/united-kingdom"},
		{"President Ana Ruiz of Chile Mining met Tomas Berg.", "Ana Ruiz", "President/"},
		{"Tomas Berg met Ana Ruiz, Minister of Foreign Affairs and Worship of the Republic of Kelmar.", "Ana Ruiz", "Foreign Minister/kelmar"},
		{"Tomas Berg met Ana Ruiz, Ambassador Extraordinary and Plenipotentiary of Chile.", "Ana Ruiz", "Ambassador/chile"},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
		got := ""
		for _, a := range r.Article.Actors {
			if a.Name == tc.name && len(a.Roles) > 0 {
				got = a.Roles[0].Title + "/" + short(a.Roles[0].Of)
			}
		}
		if got != tc.want {
			t.Errorf("%q: role %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestHasBetween: the lowercased-token index answers "is word w at a token
// in [a, b)" as a scan of the sentence would, bounds included.
func TestHasBetween(t *testing.T) {
	toks := tokenizeSpan("Then, THAT envoy met them; that was all", 0, len("Then, THAT envoy met them; that was all"))
	si := &sentInfo{s: &Sentence{Tokens: toks}, lower: make([]string, len(toks))}
	for i, tk := range toks {
		si.lower[i] = strings.ToLower(tk.Text)
	}
	// tokens: 0 Then, 1 ",", 2 THAT, 3 envoy, 4 met, 5 them, 6 ";", 7 that, 8 was, 9 all
	tests := []struct {
		a, b int
		w    string
		want bool
	}{
		{0, 10, "that", true},
		{3, 7, "that", false}, // b is not included
		{3, 8, "that", true},
		{2, 3, "that", true}, // capitals lowered
		{3, 3, "envoy", false},
		{5, 2, "that", false},
		{0, 10, ";", true},
		{7, 10, ",", false},
		{0, 10, "absent", false},
		{-3, 1, "then", true},
	}
	for _, tc := range tests {
		if got := si.hasBetween(tc.a, tc.b, tc.w); got != tc.want {
			t.Errorf("hasBetween(%d, %d, %q) = %v, want %v", tc.a, tc.b, tc.w, got, tc.want)
		}
		if got := si.ltok(tc.a); tc.a >= 0 && tc.a < len(toks) && got != strings.ToLower(toks[tc.a].Text) {
			t.Errorf("ltok(%d) = %q", tc.a, got)
		}
	}
	if si.ltok(-1) != "" || si.ltok(len(toks)) != "" {
		t.Error("ltok outside the sentence is not empty")
	}
}

// TestLexiconMatchesOnTokens: a lexicon word inside a token joined by an
// inner apostrophe is no match (the fuzzer's "she'flew to X" once made a
// trigger with no tokens of its own, and subject finding looped forever).
func TestLexiconMatchesOnTokens(t *testing.T) {
	lx, err := loadLexicon(data.Lexicon())
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		text     string
		triggers []string // the trigger texts kept
	}{
		{"The same night she'flew to Oslo.", nil},
		{"The same night she flew to Oslo.", []string{"flew"}},
		{"Ana Ruiz'met Ben Cole, then met Eva Lind.", []string{"met"}},
	}
	for _, tc := range tests {
		d, err := ReadDocument("t.txt", []byte("date 2025-01-01 "+tc.text), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ss := newSplitter(lx).split(d, nil)
		var got []string
		for i := range ss {
			si := lx.analyse(d.Text, &ss[i])
			for _, sp := range si.triggers {
				got = append(got, d.Text[sp.start:sp.end])
			}
		}
		if strings.Join(got, "|") != strings.Join(tc.triggers, "|") {
			t.Errorf("%q: triggers %q, want %q", tc.text, got, tc.triggers)
		}
	}
}

// TestNoPersonFromPrepositionOrThing: a capitalised preposition opening a
// sentence ("Inside X,") starts no name, and a capitalised thing headed by
// a common noun ("the Carmelite Monastery", "the Velmar Triangle") is no
// person.
func TestNoPersonFromPrepositionOrThing(t *testing.T) {
	tests := []struct {
		text   string
		absent string // the name no person may have
	}{
		{"Inside Velmaria, Ana Ruiz faces pressure from her party.", "Inside Velmaria"},
		{"Across Norland, Ben Cole met Eva Lind on Monday.", "Across Norland"},
		{"Ana Ruiz met Ben Cole at the Carmelite Monastery on Monday.", "Carmelite Monastery"},
		{"Ana Ruiz spoke for the Velmar Triangle on Monday.", "Velmar Triangle"},
		{"Ana Ruiz opened the Strategic Dialogue with Ben Cole on Monday.", "Strategic Dialogue"},
	}
	for _, tc := range tests {
		r := run(t, tc.text)
		for _, a := range r.Article.Actors {
			if a.Type == "person" && strings.Contains(a.Name, tc.absent) {
				t.Errorf("%q: %q read as a person", tc.text, a.Name)
			}
		}
	}
}
