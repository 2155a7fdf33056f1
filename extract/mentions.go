package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/eventgraph/eventgraph/schema"
)

// Mention types beyond the actor types of package schema.
const (
	MentionPlace   = "place"
	MentionGroup   = "group"   // "the two leaders", "they": several people
	MentionPronoun = "pronoun" // "he", "his" resolved to a person
)

// Mention is a span of the document that names or refers to an entity.
type Mention struct {
	Start, End int // byte offsets into the document text
	Text       string
	Type       string // person, organisation, country, outlet, place, group, pronoun
	Entity     string // IRI of the entity ("" for groups)
	Sentence   int
	// Members are the people a group mention stands for.
	Members []string `json:",omitempty"`

	tok0, tok1 int // token range in the sentence
	possessive bool
	role       *schema.Role
	asPlace    bool // a place reading (after "in", "at")
	outlet     bool
	countries  bool // a group of countries ("delegations from X and Y")
}

// entity is an actor or place found in the document.
type entity struct {
	iri, name  string
	typ        schema.ActorType // "" for places that never act
	place      bool
	seat       bool   // a seat of government (a venue where hosts receive)
	capital    bool   // a country's capital: as a speaker it stands for the country ("Moscow said")
	body       string // a country's generic body: its head ("foreign ministry")
	placeIn    string // IRI
	aliases    []string
	roles      []schema.Role
	country    string // IRI of the country it belongs to
	stateOf    string // name of the country a government or delegation acts for
	delegation bool   // a delegation or side (stateOf): it speaks for its country
	leader     bool
	titles     map[string]bool // canonical titles held
	bare       string          // a title the article gave alone ("the Prime Minister, X"): "the Prime Minister" is X
	last       int             // position (byte offset) of its latest mention
	times      int             // mentions so far, each a position after the last
	first      int
}

func (e *entity) addAlias(a string) {
	a = strings.TrimSpace(a)
	if a == "" || a == e.name {
		return
	}
	for _, x := range e.aliases {
		if x == a {
			return
		}
	}
	e.aliases = append(e.aliases, a)
}

func (e *entity) addRole(r schema.Role, class string) {
	if e.titles == nil {
		e.titles = map[string]bool{}
	}
	e.titles[r.Title] = true
	if class == "leader" || r.Title == "Leader" && r.Of != "" {
		e.leader = true // "North Korean leader X"
	}
	if r.Of != "" && e.country == "" {
		e.country = r.Of
	}
	for i, x := range e.roles {
		if x.Title == r.Title {
			if x.Of == "" && r.Of != "" {
				e.roles[i].Of = r.Of
			}
			return
		}
	}
	e.roles = append(e.roles, r)
}

// registry holds the entities of one document.
type registry struct {
	byIRI map[string]*entity
	order []string
}

func newRegistry() *registry { return &registry{byIRI: map[string]*entity{}} }

func (r *registry) get(name string, typ schema.ActorType, pos int) *entity {
	iri := schema.EntityIRI(name)
	if e, ok := r.byIRI[iri]; ok {
		if e.typ == "" && typ != "" {
			e.typ = typ
		}
		if pos > e.last {
			e.last = pos
			e.times++
		}
		return e
	}
	e := &entity{iri: iri, name: name, typ: typ, last: pos, first: pos, times: 1}
	r.byIRI[iri] = e
	r.order = append(r.order, iri)
	return e
}

// sentInfo is a sentence with the lexicon matches found in it.
type sentInfo struct {
	s        *Sentence
	gaz      []gazSpan
	titles   []span
	heads    []span
	triggers []span
	speech   []span
	naming   []span // "called X 'Y'", "called on X to": reporting only in claims
	cues     []span
	covered  []int8 // per token: 0 free, 1 gazetteer, 2 title, 3 org head
	mentions []Mention
	// about is the person the sentences before were about, as the
	// sentence is read ("the former judge said": the claims' speaker)
	about string
	// lower holds each token lowercased, once; where lists each lowercased
	// token's indexes, built on first use, so that a rule asking whether a
	// word lies between two tokens costs no scan of the sentence (a
	// sentence with no full stop can be thousands of tokens long).
	lower []string
	where map[string][]int
}

// tokIndex is the index of the token starting at off (or the first token
// after it).
func (si *sentInfo) tokIndex(off int) int {
	return sort.Search(len(si.s.Tokens), func(i int) bool { return si.s.Tokens[i].Start >= off })
}

// tokEnd is one past the index of the token ending at off.
func (si *sentInfo) tokEnd(off int) int {
	return sort.Search(len(si.s.Tokens), func(i int) bool { return si.s.Tokens[i].End >= off }) + 1
}

func (si *sentInfo) tok(i int) string {
	if i < 0 || i >= len(si.s.Tokens) {
		return ""
	}
	return si.s.Tokens[i].Text
}

func (si *sentInfo) ltok(i int) string {
	if i < 0 || i >= len(si.lower) {
		return ""
	}
	return si.lower[i]
}

// hasBetween reports the lowercased word w at a token index in [a, b).
func (si *sentInfo) hasBetween(a, b int, w string) bool {
	if a >= b {
		return false
	}
	if si.where == nil {
		si.where = make(map[string][]int)
		for i, l := range si.lower {
			si.where[l] = append(si.where[l], i)
		}
	}
	at := si.where[w]
	i := sort.SearchInts(at, a)
	return i < len(at) && at[i] < b
}

// spanToks gives the token range of a byte span.
func (si *sentInfo) spanToks(start, end int) (int, int) { return si.tokIndex(start), si.tokEnd(end) }

// onTokens reports a byte span beginning at a token's start and ending
// at a token's end.
func (si *sentInfo) onTokens(start, end int) bool {
	a, b := si.tokIndex(start), si.tokEnd(end)-1
	toks := si.s.Tokens
	return a < len(toks) && toks[a].Start == start && b >= a && b < len(toks) && toks[b].End == end
}

// alignedSpans keeps the spans that begin and end on token edges.
func (si *sentInfo) alignedSpans(sps []span) []span {
	out := sps[:0]
	for _, sp := range sps {
		if si.onTokens(sp.start, sp.end) {
			out = append(out, sp)
		}
	}
	return out
}

// analyse finds the lexicon matches of a sentence.
func (lx *lexicon) analyse(text string, s *Sentence) *sentInfo {
	si := &sentInfo{s: s, covered: make([]int8, len(s.Tokens)), lower: make([]string, len(s.Tokens))}
	for i, t := range s.Tokens {
		si.lower[i] = strings.ToLower(t.Text)
	}
	// a lexicon match must begin and end where tokens do: "flew" in
	// "she'flew" (one token, as "O'Brien" is) is no trigger
	si.gaz = si.gaz[:0]
	for _, g := range lx.gaz.find(text, s.Start, s.End) {
		if si.onTokens(g.start, g.end) {
			si.gaz = append(si.gaz, g)
		}
	}
	si.titles = si.alignedSpans(lx.titles.find(text, s.Start, s.End))
	// an honorific is one only capitalised ("Host Ana Ruiz", not "will
	// host Ana Ruiz")
	titles := si.titles[:0]
	for _, t := range si.titles {
		if te := titleOf(t); te != nil && te.class == "honorific" && t.end > t.start && (unicode.IsLower(rune(text[t.start])) || t.end-t.start > 1 && isAllCaps(text[t.start:t.end])) {
			continue // "host Ana Ruiz", the broadcaster DR
		}
		if te := titleOf(t); te != nil && te.class == "honorific" && honorificInName(lx, si, text, t.start) {
			continue // "Hassan Sheikh X": part of the name
		}
		if te := titleOf(t); te != nil && te.given && !lx.framedTitle(si, t) {
			continue // "Amir Peretz", "Hossein Amir-Abdollahian": a name
		}
		titles = append(titles, t)
	}
	si.titles = titles
	si.heads = si.alignedSpans(lx.orgHeads.find(text, s.Start, s.End))
	si.triggers = si.alignedSpans(lx.triggers.find(text, s.Start, s.End))
	si.speech = si.alignedSpans(lx.speech.find(text, s.Start, s.End))
	si.cues = si.alignedSpans(lx.cues.find(text, s.Start, s.End))
	// a cue glued to a word before it is part of a compound adjective
	// ("the long-delayed bridge"), not a cue
	cues := si.cues[:0]
	for _, c := range si.cues {
		if a := si.tokIndex(c.start); a > 0 && a < len(s.Tokens) && s.Tokens[a].Glued && s.Tokens[a-1].Text == "-" {
			continue
		}
		cues = append(cues, c)
	}
	si.cues = cues
	for _, g := range si.gaz {
		a, b := si.spanToks(g.start, g.end)
		for i := a; i < b && i < len(si.covered); i++ {
			si.covered[i] = 1
		}
	}
	mark := func(sp []span, v int8, capsOnly bool) {
		for _, t := range sp {
			a, b := si.spanToks(t.start, t.end)
			for i := a; i < b && i < len(si.covered); i++ {
				if si.covered[i] == 0 {
					si.covered[i] = v
				}
			}
		}
	}
	mark(si.titles, 2, false)
	mark(si.heads, 3, false)
	// a reporting word inside a name is none ("the United States")
	speech := si.speech[:0]
	for _, sp := range si.speech {
		if a := si.tokIndex(sp.start); a < len(si.covered) && si.covered[a] == 1 {
			continue
		}
		if a, b := si.spanToks(sp.start, sp.end); nounHomograph(si, a, b) {
			continue // "Plateau and Kaduna states, X and Y": a plural noun
		}
		if sp.has("name") || sp.has("urge") {
			// words of naming and urging report speech only with their
			// content: the claims read them, the contact rules do not
			si.naming = append(si.naming, sp)
			continue
		}
		speech = append(speech, sp)
	}
	si.speech = speech
	return si
}

// nounHomograph reports a one-word verb of speech in -s that is also a
// plural noun ("states", "claims") read where no complement follows it: a
// comma, "and", "or" or the sentence's end.
func nounHomograph(si *sentInfo, a, b int) bool {
	if b != a+1 || !strings.HasSuffix(si.ltok(a), "s") {
		return false
	}
	switch si.ltok(a) {
	case "states", "claims":
	default:
		return false
	}
	switch si.tok(b) {
	case ",":
		// "states, in a letter, that ...": a verb after all
		for k := b + 1; k < len(si.s.Tokens) && k <= b+8; k++ {
			if si.ltok(k) == "that" {
				return false
			}
		}
		return true
	case "and", "or", ".", ";", ")":
		return true
	}
	return b >= len(si.s.Tokens)
}

// speechAfterAux passes an auxiliary or adverb between a subject ending
// before token k and its reporting verb ("has announced", "also said").
func speechAfterAux(si *sentInfo, k int) int {
	for n := 0; n < 2; n++ {
		switch si.ltok(k) {
		case "has", "have", "had", "also", "later", "earlier":
			k++
		}
	}
	return k
}

// subjectOfSpeech reports a name in tokens [a, b) in the subject slot of
// a reporting verb right after it: after a comma, a bracket, "the", a
// conjunction opening a clause or a common noun for a company ("the
// carmaker Norvale said", ", Norvale announced").
func (r *resolver) subjectOfSpeech(si *sentInfo, a, b int) bool {
	if si.tok(b) == "," && si.tok(a-1) == "," && si.speechStartsAt(speechAfterAux(si, b+1)) {
		// in apposition to a noun for a company: "the airline, Tarvenair,
		// announced"
		return a >= 2 && r.orgNounEnding(si, a-2)
	}
	if !si.speechStartsAt(speechAfterAux(si, b)) {
		return false
	}
	if a == 0 {
		return true
	}
	p := si.s.Tokens[a-1]
	w := strings.ToLower(p.Text)
	switch w {
	case ",", "(", "the", "and", "but", "although", "though", "while", "when", "after", "as", "because":
		return true
	}
	if isQuote(p.Text) {
		return true // "\"...,\" Norvale said"
	}
	return p.Kind == Word && r.orgNounEnding(si, a-1)
}

// orgNounEnding reports a noun for a company ending at token k.
func (r *resolver) orgNounEnding(si *sentInfo, k int) bool {
	end := si.s.Tokens[k].End
	for _, c := range si.cues {
		if c.end == end && c.has("orgref") {
			return true
		}
	}
	return false
}

// orgNamed is the organisation a name the lexicon lacks stands for: one
// named before whose name opens with it ("Norvale" after "Norvale Motor
// Company"), else a new one.
func (r *resolver) orgNamed(name string, pos int) *entity {
	for i := len(r.reg.order) - 1; i >= 0; i-- {
		e := r.reg.byIRI[r.reg.order[i]]
		if e.typ == schema.Organisation && strings.HasPrefix(e.name, name+" ") {
			e.addAlias(name)
			if pos > e.last {
				e.last = pos
			}
			return e
		}
	}
	return r.reg.get(name, schema.Organisation, pos)
}

// orgByInitials is the organisation named before whose capitalised words'
// initials, with or without the word for a company that ends it, spell
// acronym ("NMC" or "NM" for "Norvale Motors Corporation"), else nil.
func (r *resolver) orgByInitials(acronym string) *entity {
	for i := len(r.reg.order) - 1; i >= 0; i-- {
		e := r.reg.byIRI[r.reg.order[i]]
		if e.typ != schema.Organisation {
			continue
		}
		if r.initials(e.name, acronym) {
			return e
		}
	}
	return nil
}

// initials reports whether the initials of name's capitalised words, with
// or without the word for a company that ends it, spell acronym.
func (r *resolver) initials(name, acronym string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 {
		return false
	}
	var all strings.Builder
	for _, w := range ws {
		if c, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(c) {
			all.WriteRune(c)
		}
	}
	in := all.String()
	short := in
	if r.lx.orgNouns[strings.ToLower(strings.TrimSuffix(ws[len(ws)-1], "."))] && len(short) > 0 {
		short = short[:len(short)-1]
	}
	return len(acronym) >= 2 && (in == acronym || short == acronym)
}

// nameAcronymOrg gives an organisation known so far only by an acronym
// the name of e it stands for ("NM" in a headline, "Norvale Motors" in
// the text).
func (r *resolver) nameAcronymOrg(e *entity) {
	for _, iri := range r.reg.order {
		a := r.reg.byIRI[iri]
		if a != e && a.typ == schema.Organisation && isAllCaps(a.name) && !strings.Contains(a.name, " ") && r.initials(e.name, a.name) {
			a.addAlias(e.name)
		}
	}
}

// framedTitle reports a title that is a given name too read as a title:
// after "the", a possessive or a demonym ("the Amir", "Qatar's Amir", "the
// Qatari amir"), or before "of" ("Amir of Qatar").
func (lx *lexicon) framedTitle(si *sentInfo, t span) bool {
	a, b := si.spanToks(t.start, t.end)
	if si.ltok(b) == "of" || si.ltok(a-1) == "the" || possessiveTokens[si.tok(a-1)] {
		return true
	}
	for _, g := range si.gaz {
		if _, gb := si.spanToks(g.start, g.end); gb == a {
			_, ok := g.entry(gDemonym)
			return ok
		}
	}
	return false
}

// speechStartsAt reports a reporting phrase starting at token k.
func (si *sentInfo) speechStartsAt(k int) bool {
	if k >= len(si.s.Tokens) {
		return false
	}
	off := si.s.Tokens[k].Start
	for _, sp := range si.speech {
		if sp.start == off {
			return true
		}
	}
	return false
}

// possessiveOrgName reports capitalised words from token k that end in
// an organisation noun ("People's Liberation Front", "People's Party").
func (lx *lexicon) possessiveOrgName(toks []Token, k int, nameTok func(int) bool) bool {
	for k < len(toks) && nameTok(k) && !toks[k].Glued {
		k++
	}
	return lx.orgNouns[strings.ToLower(toks[k-1].Text)]
}

// honorificInName reports an honorific at byte off right after a
// capitalised word that no title or gazetteer entry covers: a word of the
// name ("Ali Sheikh Hassan"), not a title before it.
func honorificInName(lx *lexicon, si *sentInfo, text string, off int) bool {
	k := si.tokIndex(off)
	if k < 1 || k >= len(si.s.Tokens) {
		return false
	}
	p := si.s.Tokens[k-1]
	if !isCapWord(p) || p.Glued || isAllCaps(p.Text) {
		return false
	}
	for _, g := range si.gaz {
		if p.Start >= g.start && p.Start < g.end {
			return false
		}
	}
	for _, t := range si.titles {
		if p.Start >= t.start && p.Start < t.end {
			return false
		}
	}
	// a sentence's first word is capitalised anyway ("Then Sheikh X")
	return k-1 > 0 && lx.stop[strings.ToLower(p.Text)] == ""
}

func isCapWord(t Token) bool {
	if t.Kind != Word {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

func isAllCaps(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n > 1
}

// nameSeq is a capitalised token sequence that may name a person.
type nameSeq struct {
	si         *sentInfo
	a, b       int // token range
	name       string
	words      int
	titleRole  *roleInfo // title before the name
	appositive *roleInfo // title after the name (", Westland's Prime Minister")
	org        bool      // the name of an organisation ("Nordic Fisheries Council")
	outlet     bool      // a news outlet the lexicon lacks ("The Westland Courier reported")
	place      bool      // a place the lexicon lacks ("the capital, Port Amani")
}

type roleInfo struct {
	title   *titleEntry
	bare    bool   // "the Prime Minister, the Hon X": the definite title alone, in apposition
	country string // canonical country name, "" unknown
	start   int    // token index where the title lexPhrase (with its country) starts
	end     int
}

// monthSurname reports a month's name at token i that is a family name:
// right after a capitalised given name and
// before a lower-case word or punctuation, not a number ("Theresa May
// met", but not "in May 2018" or a headline's "Berg May Visit").
func (lx *lexicon) monthSurname(si *sentInfo, i int) bool {
	toks := si.s.Tokens
	if i < 1 || toks[i].Glued {
		return false
	}
	p := toks[i-1]
	if p.Kind != Word || !isCapWord(p) || si.covered[i-1] != 0 || isAllCaps(p.Text) {
		return false
	}
	if _, stop := lx.stop[strings.ToLower(p.Text)]; stop {
		return false
	}
	if i+1 < len(toks) {
		if n := toks[i+1]; n.Kind == Number || n.Kind == Word && isCapWord(n) {
			return false
		}
	}
	return true
}

// nameSequences finds capitalised token sequences not covered by the
// lexicon.
func (lx *lexicon) nameSequences(si *sentInfo) []nameSeq {
	toks := si.s.Tokens
	var out []nameSeq
	nameTok := func(i int) bool {
		if i >= len(toks) || si.covered[i] != 0 || !isCapWord(toks[i]) {
			return false
		}
		t := toks[i].Text
		if utf8.RuneCountInString(t) == 1 && i > 0 && i+2 < len(toks) && isCapWord(toks[i-1]) && si.covered[i-1] == 0 && toks[i+1].Text == "." && toks[i+1].Glued && isCapWord(toks[i+2]) && !toks[i+2].Glued && si.covered[i+2] == 0 {
			if _, stop := lx.stop[strings.ToLower(toks[i+2].Text)]; !stop {
				return true // a middle initial that is also a word: "Pavel A. Dremin"
			}
		}
		if c, ok := lx.stop[strings.ToLower(t)]; ok && c != "noun" && !(lx.monthNames[strings.ToLower(t)] && lx.monthSurname(si, i)) {
			return false
		}
		if si.cueEndingAt(i, "stateform") {
			return false // "the Republic of Quellan": a state's name
		}
		if i == 0 && len(t) > 5 && strings.HasSuffix(t, "ing") {
			for _, tr := range si.triggers {
				if a, b := si.spanToks(tr.start, tr.end); a == 0 && b == 1 {
					return false // a participle opening the sentence: "Meeting X in Geneva, Y said"
				}
			}
		}
		if i == 0 && strings.HasSuffix(t, "ly") && si.tok(1) == "," && utf8.RuneCountInString(t) > 5 {
			return false // a sentence adverb: "Separately, ..."
		}
		if i == 0 && cardinalWord(strings.ToLower(t)) {
			return false // "Four Central Asian presidents agreed"
		}
		if isAllCaps(t) && utf8.RuneCountInString(t) > 1 {
			if initialsToken(t) && i+1 < len(toks) && isCapWord(toks[i+1]) && !isAllCaps(toks[i+1].Text) && si.covered[i+1] == 0 && !toks[i+1].Glued {
				return true // a given name by its initials: "B.S. Mohapatra"
			}
			if regnalNumber(t) && i > 0 && isCapWord(toks[i-1]) && !isAllCaps(toks[i-1].Text) && si.covered[i-1] == 0 && !toks[i].Glued {
				return true // a regnal number: "Elizabeth II", "Aurelio IV"
			}
			if utf8.RuneCountInString(t) == 2 && i > 0 && i+1 < len(toks) && isCapWord(toks[i-1]) && !isAllCaps(toks[i-1].Text) && si.covered[i-1] == 0 &&
				isCapWord(toks[i+1]) && !isAllCaps(toks[i+1].Text) && si.covered[i+1] == 0 && !toks[i].Glued && !toks[i+1].Glued {
				return true // two initials between names: "George HW Bush"
			}
			// an organisation's suffix after its name: "Norvale Group PLC"
			return lx.orgNouns[strings.ToLower(t)] && i > 0 && isCapWord(toks[i-1]) && si.covered[i-1] == 0 && !toks[i].Glued
		}
		return true
	}
	for i := 0; i < len(toks); i++ {
		start := i
		if t := toks[i].Text; toks[i].Kind == Word && si.covered[i] == 0 && isAllCaps(t) && utf8.RuneCountInString(t) > 1 && outletWordContext(si, i, i+1) {
			// "public broadcaster RTS", "state news agency BSS"
			out = append(out, nameSeq{si: si, a: i, b: i + 1, name: t, words: 1, outlet: true})
			continue
		}
		// a place name used as a first name: "Victoria Nuland"
		if si.covered[i] == 1 && isCapWord(toks[i]) && nameTok(i+1) && !toks[i+1].Glued && (i > 0 && (si.covered[i-1] == 2 || i >= 2 && si.tok(i-1) == "," && si.covered[i-2] == 2) || titleApposedAt(si, i+2)) {
			// (or with a title in apposition after it: "Victoria X,
			// the under-secretary of state")
			// (also in apposition to the title: "Belmar's prime
			// minister, Sofia Marchetti")
			if g := si.gazAt(toks[i].Start); g != nil && g.end == toks[i].End && !g.hasKind(gDemonym) {
				si.covered[i] = 0
			}
		}
		if nameTok(i) && i >= 2 && bodyOfWord(si.ltok(i-2), si.ltok(i-1)) {
			// "the Ministries of Foreign Affairs of A and B", "the
			// Committee on International Affairs": the body's portfolio,
			// no person
			for i+1 < len(toks) && nameTok(i+1) && !toks[i+1].Glued {
				i++
			}
			continue
		}
		if w := si.ltok(i - 1); nameTok(i) && (w == "for" || w == "of" || w == "and") && portfolioTitleBefore(si, i) > 0 {
			// "Cabinet Secretary for Rural Affairs", "Minister of Northern
			// Affairs Daniel X": the capitalised title's portfolio runs to
			// its last portfolio word ("Affairs"); two or more words after
			// it are the holder's name (not "a spokesperson for X")
			k, last := i, -1
			for k < len(toks) && nameTok(k) && (k == i || !toks[k].Glued) {
				if lx.portfolio[strings.ToLower(toks[k].Text)] {
					last = k
				}
				k++
			}
			switch {
			case last >= 0 && k-last-1 >= 2 && !nounBetween(lx, si, last+1, k):
				i = last // the name starts after the portfolio
				continue
			case last >= 0 || w == "for" && si.covered[i-2] == 2:
				i = k - 1
				continue
			}
		}
		if !nameTok(i) {
			// a capitalised function word right after a title and before a
			// name: "Vietnamese President To Van"
			if !(i > 0 && si.covered[i-1] == 2 && si.covered[i] == 0 && isCapWord(toks[i]) && !toks[i].Glued && lx.stop[strings.ToLower(toks[i].Text)] == "function" && nameTok(i+1) && !toks[i+1].Glued) {
				continue
			}
		}
		if i >= 1 && !toks[i].Glued && si.covered[i-1] == 0 && (i < 2 || !isCapWord(toks[i-2])) {
			switch toks[i-1].Text {
			case "bin", "ibn", "bint":
				// "to meet bin Saad": a name by its patronymic, as the
				// article named "Khalid bin Saad"
				start = i - 1
			}
		}
		j := i + 1
		for j < len(toks) {
			switch {
			case nameTok(j) && !toks[j].Glued:
				j++
			case toks[j].Text == "-" && toks[j].Glued && j+1 < len(toks) && toks[j+1].Glued && nameTok(j+1):
				j += 2
			case toks[j].Text == "-" && toks[j].Glued && j+1 < len(toks) && toks[j+1].Glued && toks[j+1].Kind == Word && (len(toks[j+1].Text) <= 3 || givenSyllable(toks, start, j)) && !isCapWord(toks[j+1]) && (j+2 >= len(toks) || !toks[j+2].Glued || toks[j+2].Kind == Punct && toks[j+2].Text != "-" || toks[j+2].Text == "-" && j+3 < len(toks) && toks[j+3].Glued && toks[j+3].Kind == Word && len(toks[j+3].Text) <= 3 && !isCapWord(toks[j+3])):
				j += 2 // a lower-case syllable of a hyphenated given name
			case isCapWord(toks[j]) && !toks[j].Glued && utf8.RuneCountInString(toks[j].Text) <= 3 && j+2 < len(toks) && toks[j+1].Text == "-" && toks[j+1].Glued && toks[j+2].Glued && toks[j+2].Kind == Word && !isCapWord(toks[j+2]) && utf8.RuneCountInString(toks[j+2].Text) <= 5 && (j+3 >= len(toks) || !toks[j+3].Glued || toks[j+3].Kind == Punct && toks[j+3].Text != "-"):
				j += 3 // a hyphenated given name whose first syllable is also a word: "Kim Do-yeon", "Lee In-ho"
			case doubleQuote(toks[j].Text) && !toks[j].Glued && j+3 < len(toks) && toks[j+1].Glued && nameTok(j+1) && doubleQuote(toks[j+2].Text) && toks[j+2].Glued && nameTok(j+3) && !toks[j+3].Glued:
				j += 4 // a nickname in quotation marks: Thomas "Buck" Haddix
			case toks[j].Text == "." && toks[j].Glued && utf8.RuneCountInString(toks[j-1].Text) == 1 && j+1 < len(toks) && toks[j+1].Glued && nameTok(j+1):
				j += 2 // "S.Silva"
			case toks[j].Text == "." && toks[j].Glued && utf8.RuneCountInString(toks[j-1].Text) == 1 && nameTok(j+1):
				j++ // initial "F."
			case (possessiveTokens[toks[j].Text] || (toks[j].Text == "'" || toks[j].Text == "’") && toks[j].Glued && strings.HasSuffix(toks[j-1].Text, "s")) &&
				j+1 < len(toks) && nameTok(j+1) && !toks[j+1].Glued && lx.possessiveOrgName(toks, j+1, nameTok):
				// "the Ostian People's Liberation Front", "the Rice Growers'
				// Federation": an organisation's name through a possessive
				k := j + 1
				for k < len(toks) && nameTok(k) && !toks[k].Glued {
					k++
				}
				j = k
			case lx.particles[toks[j].Text] && !toks[j].Glued:
				// a run of particles before a capitalised word ("von der
				// Leyen") or glued to it by a hyphen ("al-Amin")
				k := j
				for k < len(toks) && lx.particles[toks[k].Text] && !toks[k].Glued {
					k++
				}
				switch {
				case nameTok(k) && !toks[k].Glued:
					j = k + 1
				case k == j+1 && k+1 < len(toks) && toks[k].Text == "-" && toks[k].Glued && toks[k+1].Glued && nameTok(k+1):
					j = k + 2
				default:
					goto done
				}
			default:
				goto done
			}
		}
	done:
		// drop trailing particles
		for j > start+1 && lx.particles[toks[j-1].Text] {
			j--
		}
		seq := nameSeq{si: si, a: start, b: j}
		noun := false
		for k := start; k < j; k++ {
			if toks[k].Kind == Word && toks[k].Text != "-" {
				if lx.stop[strings.ToLower(toks[k].Text)] == "noun" && !(k >= start+2 && toks[k].Glued && toks[k-1].Text == "-") {
					noun = true // (not the second part of a hyphenated name: "Reyes-Hall")
				}
				if toks[k].Kind == Word && !lx.particles[toks[k].Text] && (!(k > start && toks[k].Glued) || k > start+1 && lx.particles[toks[k-2].Text]) {
					seq.words++
				}
			}
		}
		seq.name = si.s.Text[toks[start].Start-si.s.Start : toks[j-1].End-si.s.Start]
		if strings.ContainsAny(seq.name, "\"“”") {
			seq.name = strings.Join(strings.Fields(strings.NewReplacer("\"", "", "“", "", "”", "").Replace(seq.name)), " ")
		}
		i = j - 1
		if datelineCredit(si, start, j) {
			continue
		}
		if seq.words >= 2 && mediaName(si, start, j) {
			// "told Radio Lesk", "the Selva Press Agency reported": a name
			// only news media have (cues.tsv: mediafirst, medialast)
			seq.outlet = true
			out = append(out, seq)
			continue
		}
		if seq.words == 1 && j < len(toks) && !toks[j].Glued && si.cueAt(start, "mediafirst") {
			if g := si.gazAt(toks[j].Start); g != nil {
				// "told Radio Norway": a place the lexicon knows closes
				// the name
				_, e := si.spanToks(g.start, g.end)
				seq.b, seq.words, seq.outlet = e, 2, true
				seq.name = si.s.Text[toks[start].Start-si.s.Start : toks[e-1].End-si.s.Start]
				out = append(out, seq)
				i = e - 1
				continue
			}
		}
		if sp, _, ok := si.titleSpanAt(j); ok && !toks[j].Glued {
			if t := titleOf(sp); t != nil && t.plural {
				continue // "Central Asian presidents", "Nordic leaders": a qualifier, no one
			}
			if _, e, ok := si.titleSpanAt(j); ok && e < len(toks) && e > j && isCapWord(toks[e]) && si.covered[e] == 0 && !toks[e].Glued && !noun {
				if t := titleOf(sp); t != nil && t.class != "honorific" && nameTok(e) {
					continue // "Federal Highway Administrator X": the office's qualifier, no one
				}
			}
		}
		if noun && lx.orgNouns[strings.ToLower(toks[j-1].Text)] && !si.cueAt(j-1, "stateform") && (si.ltok(j) == "of" || si.ltok(j) == "for") && j+1 < len(toks) && isCapWord(toks[j+1]) && (lx.stop[strings.ToLower(toks[j+1].Text)] == "" || lx.portfolio[strings.ToLower(toks[j+1].Text)]) {
			// "the Bank of Westland", "the Central Bank of Ostmark": an
			// organisation named after its country; "the Association for
			// Political Prisoners": after its cause
			k := j + 1
			for k < len(toks) && k < j+4 && isCapWord(toks[k]) && !toks[k].Glued && si.covered[k] != 2 && (lx.stop[strings.ToLower(toks[k].Text)] == "" || lx.portfolio[strings.ToLower(toks[k].Text)]) {
				k++ // not into a title after it: "Bank of Westland Governor X"
			}
			if k < len(toks) && isCapWord(toks[k]) && si.covered[k] != 2 {
				goto plain // a longer name: "Organization of Turkic States"
			}
			seq.b, seq.words, seq.org = k, seq.words+k-j-1, true
			seq.name = si.s.Text[toks[start].Start-si.s.Start : toks[k-1].End-si.s.Start]
			out = append(out, seq)
			i = k - 1
			continue
		}
	plain:
		if !noun && seq.words >= 3 && seq.titleRole == nil && (start >= 2 && si.ltok(start-1) == "of" && si.covered[start-2] == 2 || start >= 3 && si.ltok(start-1) == "the" && si.ltok(start-2) == "of" && si.covered[start-3] == 2) {
			// "President of Ostmark Ana Ruiz Berg", "Chairman of the
			// Kurultai Ivo Marek": one word names the state or the
			// body the title is of, the words after it its holder
			i = start
			continue
		}
		if noun && start >= 3 && si.ltok(start-1) == "the" && si.ltok(start-2) == "of" && si.covered[start-3] == 2 {
			// "President of the Republic Ilinca Moraru", "Speaker of the
			// National Assembly Ana Lind": the body closes the title; two
			// or more words after its last noun are the holder's name
			last := -1
			for k := start; k < j; k++ {
				if c := lx.stop[strings.ToLower(toks[k].Text)]; c == "noun" || c == "org" {
					last = k
				}
			}
			if last >= 0 && j-last-1 >= 2 {
				i = last
				continue
			}
		}
		if noun && seq.words >= 2 && !lx.orgNouns[strings.ToLower(toks[j-1].Text)] && outletContext(si, start, j) {
			// "The Velmar Post reported", "told the Tevake Times": a word
			// of the lexicon's closes an outlet's name
			seq.outlet = true
			out = append(out, seq)
			continue
		}
		if noun {
			// "the Nordic Fisheries Council", "the Civic Front": an organisation
			if lx.orgNouns[strings.ToLower(toks[j-1].Text)] && start > 0 && !toks[start].Glued && orgNameWord(lx, si, start-1) && (seq.words == 1 || si.covered[start-1] == 2 || si.covered[start-1] == 1 && (lx.portfolio[strings.ToLower(toks[start].Text)] || start >= 2 && si.ltok(start-2) == "the" && lx.demonym[si.ltok(start-1)])) {
				// a title, a place or an acronym opening the name: "Admiral
				// Kessel (Corporation)", "Tarvia Airlines", "KDR Group",
				// "Westland Electricity Authority" (a country before a sector), "the
				// Ostian Information System Authority"
				seq.a, seq.words = start-1, seq.words+1
				seq.name = si.s.Text[toks[start-1].Start-si.s.Start : toks[j-1].End-si.s.Start]
			}
			if seq.words >= 2 && lx.orgNouns[strings.ToLower(toks[j-1].Text)] {
				if _, ok := lx.abbrevs[strings.ToLower(toks[j-1].Text)]; ok && j < len(toks) && toks[j].Text == "." && toks[j].Glued {
					seq.b = j + 1 // "Norvale Inc."
				}
				seq.org = true
				out = append(out, seq)
			}
			continue
		}
		if si.cueAt(start-1, "namedthing") {
			continue // "the trawler Agia Fotini": a vessel's name, no person's
		}
		if placeContext(si, start) || seq.words >= 2 && geoName(si, start, j) && !(seq.words == 2 && titledName(si, start)) || officeOfPlace(si, start, j) || seq.words >= 2 && inPlace(si, start, j) {
			seq.place = true
			out = append(out, seq)
			continue
		}
		if seq.words >= 2 && outletContext(si, start, j) {
			seq.outlet = true
			out = append(out, seq)
			continue
		}
		if seq.words == 1 && outletWordContext(si, start, j) {
			seq.outlet = true
			out = append(out, seq)
			continue
		}
		if seq.words == 1 && start >= 2 && si.covered[start-1] == 1 && isCapWord(toks[start-1]) && !toks[start].Glued && outletContext(si, start-1, j) {
			// "The Westland Courier reported": a place name opening an outlet's
			seq.a, seq.words, seq.outlet = start-1, 2, true
			seq.name = si.s.Text[toks[start-1].Start-si.s.Start : toks[j-1].End-si.s.Start]
			out = append(out, seq)
			continue
		}
		if seq.words >= 2 && start >= 3 && si.ltok(start-1) == "the" && si.ltok(start-2) == "of" && si.covered[start-3] == 2 {
			// "the Chairwoman of the National Kengesh, X": the body a
			// title is of, no person
			seq.org = true
			out = append(out, seq)
			continue
		}
		// a possessive right after: still the name
		seq.titleRole = lx.titleBefore(si, start)
		seq.appositive = lx.titleAfter(si, j)
		// glued to a preceding word by a hyphen: part of a compound
		out = append(out, seq)
	}
	return out
}

// portfolioTitleBefore gives the token after a capitalised title whose
// portfolio runs up to token k ("Minister of Northern Affairs", "Cabinet
// Secretary for Rural Affairs and Islands", "Minister for Europe",
// "Minister of Foreign Affairs and Trade"): the token the title ends
// before ("of", "for" or "and"), or -1.
func portfolioTitleBefore(si *sentInfo, k int) int {
	for f := k - 1; f >= 1 && f >= k-8; f-- {
		switch w := si.ltok(f); {
		case (w == "of" || w == "for") && si.covered[f-1] == 2 && isCapWord(si.s.Tokens[f-1]):
			return f
		case (w == "and" || w == "&") && si.covered[f-1] == 2 && isCapWord(si.s.Tokens[f-1]):
			// a portfolio continuing a title that has one: "Minister of
			// Foreign Affairs and Trade"
			if _, a, ok := si.titleSpanEnding(f); ok && (strings.Contains(si.s.Text[si.s.Tokens[a].Start-si.s.Start:si.s.Tokens[f-1].End-si.s.Start], " of ") || strings.Contains(si.s.Text[si.s.Tokens[a].Start-si.s.Start:si.s.Tokens[f-1].End-si.s.Start], " for ")) {
				return f
			}
			return -1
		case w == "and" || w == "&" || w == "of" || w == "for":
		case si.s.Tokens[f].Kind == Word && isCapWord(si.s.Tokens[f]) && si.covered[f] != 2:
		default:
			return -1
		}
	}
	return -1
}

// nounBetween reports a common noun of capitalised names ("Summit",
// "Council") among tokens a..b-1.
func nounBetween(lx *lexicon, si *sentInfo, a, b int) bool {
	for k := a; k < b; k++ {
		if lx.stop[si.ltok(k)] == "noun" {
			return true
		}
	}
	return false
}

// cardinalWord reports a cardinal number written as a word, two to
// twelve ("Four presidents", "three times").
func cardinalWord(w string) bool {
	switch w {
	case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve":
		return true
	}
	return false
}

// givenSyllable reports a longer lower-case syllable after the hyphen at j
// that still belongs to a two-syllable given name: the word before the
// hyphen is a short syllable that follows the family name ("Baek
// Jun-seok"), not a surname a compound qualifies ("Berg-backed").
func givenSyllable(toks []Token, start, j int) bool {
	n := len(toks[j+1].Text)
	return n <= 5 && j-1 > start && utf8.RuneCountInString(toks[j-1].Text) <= 4 && !strings.HasSuffix(toks[j+1].Text, "ed")
}

// orgNameWord reports a capitalised word at k that a title or a place
// name covers, or an acronym, which may open an organisation's name.
func orgNameWord(lx *lexicon, si *sentInfo, k int) bool {
	t := si.s.Tokens[k]
	if t.Kind != Word || !isCapWord(t) || lx.stop[strings.ToLower(t.Text)] != "" || k > 0 && possessiveTokens[si.tok(k-1)] {
		return false
	}
	switch si.covered[k] {
	case 1, 2:
		return true
	case 0:
		return isAllCaps(t.Text) && utf8.RuneCountInString(t.Text) > 1
	}
	return false
}

// placeContext reports a name starting at token a that names a settlement:
// in apposition to a word for one ("the Qarsani capital, Meridah", "the
// border town, Kessa") or after "the city of".
func placeContext(si *sentInfo, a int) bool {
	if a < 2 {
		return false
	}
	off := si.s.Tokens[a-2].Start
	for _, c := range si.cues {
		if c.has("placenoun") && off >= c.start && off < c.end {
			return si.tok(a-1) == "," || si.ltok(a-1) == "of"
		}
	}
	return false
}

// bodyOfWord reports a body's noun and the preposition after it that
// open its portfolio: "Ministries of", "Committee on", "Commission on".
func bodyOfWord(noun, prep string) bool {
	switch noun {
	case "ministries", "departments", "committees", "commissions":
		return prep == "of"
	case "committee", "commission", "council", "subcommittee":
		return prep == "on"
	}
	return false
}

// geoName reports a name in tokens [a, b) that a geographic word opens or
// closes ("Port Ellis", "Mount Kessa", "the Korvat Basin", "Tavi Islands"),
// that such a word follows in lower case ("at Houari Benali airport"), or
// that such a word and "of" open ("the Museum of Modern Art"): a place, not
// a person.
func geoName(si *sentInfo, a, b int) bool {
	first, last := si.s.Tokens[a], si.s.Tokens[b-1]
	var next *Token
	if b < len(si.s.Tokens) && si.s.Tokens[b].Kind == Word && !isCapWord(si.s.Tokens[b]) {
		next = &si.s.Tokens[b]
	}
	var before *Token
	if a >= 2 && si.ltok(a-1) == "of" && isCapWord(si.s.Tokens[a-2]) {
		before = &si.s.Tokens[a-2] // "the Museum of Modern Art"
	}
	for _, c := range si.cues {
		if c.has("placeprefix") && c.start == first.Start && c.end == first.End || c.has("placesuffix") && c.start == last.Start && c.end == last.End ||
			next != nil && c.has("placesuffix") && c.start == next.Start || before != nil && c.has("placesuffix") && c.start == before.Start {
			return true
		}
	}
	return false
}

// titledName reports a name starting at token a right after a person's
// title in capitals: of two words ("Councilman Joe Park", "Senator Ann
// Hill") a person, though its last word may close a place's name.
func titledName(si *sentInfo, a int) bool {
	if a == 0 || si.covered[a-1] != 2 || !isCapWord(si.s.Tokens[a-1]) {
		return false
	}
	_, _, ok := si.titleSpanEnding(a)
	return ok
}

// bylineLine reports a sentence that is a byline: "By NAME", "By NAME and
// NAME, Diplomatic Correspondent": "By" and capitalised words up to a
// comma, in a short line.
func bylineLine(si *sentInfo) bool {
	toks := si.s.Tokens
	if len(toks) < 2 || len(toks) > 14 || si.ltok(0) != "by" || !isCapWord(toks[0]) {
		return false
	}
	for k := 1; k < len(toks) && toks[k].Text != ","; k++ {
		if t := toks[k]; t.Kind == Word && !isCapWord(t) && si.ltok(k) != "and" {
			return false
		}
	}
	return true
}

// byline reports a line "By NAME, OUTLET" (optionally "By NAME and NAME,")
// whose last capitalised words [a, b) end it: the outlet the writer works
// for.
func byline(si *sentInfo, a, b int) bool {
	toks := si.s.Tokens
	if si.ltok(0) != "by" || a < 3 || si.tok(a-1) != "," {
		return false
	}
	for k := b; k < len(toks); k++ {
		if toks[k].Kind == Word {
			return false // the name ends the line
		}
	}
	for k := 1; k < a-1; k++ {
		if t := toks[k]; t.Kind == Word && !isCapWord(t) && si.ltok(k) != "and" || t.Kind != Word && t.Text != "-" && t.Text != "." {
			return false
		}
	}
	return true
}

// mediaName reports a name of tokens [a, b) that only news media have:
// opened by a word such as "Radio" ("Radio Lesk", "Radio Kolvar
// International") or closed by words such as "News Agency" ("the Selva
// Press Agency").
func mediaName(si *sentInfo, a, b int) bool {
	if si.cueAt(a, "mediafirst") {
		return true
	}
	end := si.s.Tokens[b-1].End
	for _, c := range si.cues {
		if c.end == end && c.start > si.s.Tokens[a].Start && c.has("medialast") {
			return true
		}
	}
	return false
}

// outletContext reports a name in tokens [a, b) that only a news outlet
// takes: an article before it and a verb of publishing after it ("The
// Kandara Standard reported", "the Coast Herald quoted"), or the audience
// of "told the" ("told the Coast Herald").
func outletContext(si *sentInfo, a, b int) bool {
	if a == 0 && (si.ltok(b) == "reported" || si.ltok(b) == "reports") && (si.ltok(b+1) == "that" || si.tok(b+1) == "," || si.ltok(b+1) == "on" && (si.ltok(b+3) == "that" || si.ltok(b+4) == "that")) {
		return true // "Gazeta de Norte reported that ...", "... reported on Tuesday that"
	}
	if byline(si, a, b) {
		return true // "By Ana Ruiz, Haldersund Courant": the writer's outlet
	}
	if a >= 2 && possessiveTokens[si.tok(a-1)] && isCapWord(si.s.Tokens[a-2]) {
		// "Westland's Evening Courier newspaper": a country's outlet
		switch si.ltok(b) {
		case "newspaper", "daily", "tabloid", "weekly", "broadcaster":
			return true
		case "news":
			return si.ltok(b+1) == "agency"
		}
		return false
	}
	switch si.ltok(a - 1) {
	case "daily", "tabloid", "weekly", "newspaper", "broadcaster":
		return true // "the Vessaro daily La Voz Libre"
	case "station", "channel", "network", "agency":
		// "radio station Vellmar One", "TV channel X", "news agency X"
		switch si.ltok(a - 2) {
		case "radio", "television", "tv", "news", "cable", "state":
			return true
		}
	}
	if si.ltok(a-1) != "the" {
		return false
	}
	switch si.ltok(b) {
	case "reported", "reports", "quoted", "quotes", "cited", "published", "reporting":
		return true
	case "newspaper", "daily", "tabloid", "weekly", "broadcaster":
		return true // "the Westland Courier newspaper"
	case "news":
		return si.ltok(b+1) == "agency" || si.ltok(b+1) == "channel" || si.ltok(b+1) == "website"
	}
	w := si.ltok(a - 2)
	if w == "by" {
		// "a diplomat quoted by the Coast Herald"
		switch si.ltok(a - 3) {
		case "quoted", "cited", "interviewed", "published":
			return true
		}
	}
	return w == "told" || w == "tells"
}

// outletWordContext reports a one-word name [a, b) that can only be a news
// outlet: after "news agency", "broadcaster" or "newspaper" ("the state
// news agency Nortel", "public broadcaster NRK"), or reporting between
// commas at a clause's end (", Westpress reported, citing ...").
func outletWordContext(si *sentInfo, a, b int) bool {
	p1, p2 := si.ltok(a-1), si.ltok(a-2)
	if p1 == "agency" && p2 == "news" || p1 == "broadcaster" || p1 == "newspaper" || p1 == "daily" || p1 == "tabloid" || p1 == "weekly" {
		return true // "the Quellanian daily Vestposten"
	}
	if si.tok(a-1) != "," || si.ltok(b) != "reported" && si.ltok(b) != "reports" {
		return false
	}
	n := si.tok(b + 1)
	return n == "," || n == "." || b+1 >= len(si.s.Tokens)
}

// datelineCredit reports a name in parentheses after a dateline at the
// start of a sentence ("LISBON (Coast Wire) -", "BRENHOLM, Westland
// (AP) —"): the agency, not a person.
func datelineCredit(si *sentInfo, a, b int) bool {
	if si.ltok(a-1) == "the" {
		a-- // "(The Meridian Herald)"
	}
	if si.tok(a-1) != "(" || si.tok(b) != ")" || a > 8 {
		return false
	}
	for k := 0; k < a-1; k++ {
		if isAllCaps(si.tok(k)) && len(si.tok(k)) > 2 {
			return true
		}
	}
	return false
}

func (si *sentInfo) gazAt(off int) *gazSpan {
	for k := range si.gaz {
		if si.gaz[k].start == off {
			return &si.gaz[k]
		}
	}
	return nil
}

func (g *gazSpan) hasKind(k gazKind) bool {
	for _, e := range g.entries {
		if e.kind == k {
			return true
		}
	}
	return false
}

func (g *gazSpan) entry(kinds ...gazKind) (gazEntry, bool) {
	for _, k := range kinds {
		for _, e := range g.entries {
			if e.kind == k {
				return e, true
			}
		}
	}
	return gazEntry{}, false
}

// titleSpanEnding is the title span whose last token is i-1.
func (si *sentInfo) titleSpanEnding(i int) (span, int, bool) {
	for _, t := range si.titles {
		a, b := si.spanToks(t.start, t.end)
		if b == i {
			return t, a, true
		}
	}
	return span{}, 0, false
}

// speechStartsAt reports a reporting verb at token k, or one word on
// ("officials said", "officials have said").
func speechStartsAt(si *sentInfo, k int) bool {
	for _, sp := range si.speech {
		if a, _ := si.spanToks(sp.start, sp.end); a == k || a == k+1 {
			return true
		}
	}
	return false
}

// pluralTitleNamedAfter reports a possessive, a plural title and a name
// in apposition from token k on: "' defence ministers, X and Y".
func pluralTitleNamedAfter(si *sentInfo, k int) bool {
	toks := si.s.Tokens
	if w := si.tok(k); !possessiveTokens[w] && w != "'" && w != "’" {
		return false
	}
	t, b, ok := si.titleSpanAt(k + 1)
	if !ok {
		return false
	}
	te := titleOf(t)
	return te != nil && te.plural && b+1 < len(toks) && toks[b].Text == "," && isCapWord(toks[b+1])
}

// stateTitleAt reports a title at token i that only a state's officer
// holds: a leader, a minister, a diplomat or an officer of the military.
func stateTitleAt(si *sentInfo, i int) bool {
	t, _, ok := si.titleSpanAt(i)
	if !ok {
		return false
	}
	switch te := titleOf(t); {
	case te == nil:
		return false
	default:
		return te.class == "leader" || te.class == "minister" || te.class == "diplomat" || te.class == "military"
	}
}

// stateTitleBeforeName reports a state's title and a name of one to three
// capitalised words just before token k ("President Ana Ruiz" before "of").
func stateTitleBeforeName(si *sentInfo, k int) bool {
	toks := si.s.Tokens
	n := 0
	for j := k - 1; j >= 0 && n < 4; j-- {
		if si.covered[j] == 2 {
			return n >= 1 && stateTitleEndingAt(si, j)
		}
		if si.covered[j] != 0 || !isCapWord(toks[j]) {
			return false
		}
		n++
	}
	return false
}

// stateTitleEndingAt reports a state's title whose last token is j.
func stateTitleEndingAt(si *sentInfo, j int) bool {
	for _, t := range si.titles {
		a, b := si.spanToks(t.start, t.end)
		if b == j+1 {
			return stateTitleAt(si, a)
		}
	}
	return false
}

// sentenceNamesTwoCountries reports words for a pair of countries in a
// sentence ("the two countries", "both nations": lexicon class countries).
func sentenceNamesTwoCountries(si *sentInfo) bool {
	for _, c := range si.cues {
		if c.has("countries") {
			return true
		}
	}
	return false
}

func (si *sentInfo) titleSpanAt(i int) (span, int, bool) {
	for _, t := range si.titles {
		a, b := si.spanToks(t.start, t.end)
		if a == i {
			return t, b, true
		}
	}
	return span{}, 0, false
}

// businessTitleAt reports a company officer's title at token i ("X's
// CEO"), which names no country.
func businessTitleAt(si *sentInfo, i int) bool {
	t, _, ok := si.titleSpanAt(i)
	if !ok {
		return false
	}
	te := titleOf(t)
	return te != nil && te.class == "business"
}

func titleOf(sp span) *titleEntry {
	for _, p := range sp.phrases {
		if p.title != nil {
			return p.title
		}
	}
	return nil
}

// titleBefore reads "[the] [Demonym|Country's] Title" right before token i
// (honorifics and nested titles allowed: "US Secretary of State").
// possessiveAfterName reports a capitalised run from token i that ends in
// a possessive: "Kalunga's", not a name in apposition.
func possessiveAfterName(si *sentInfo, i int) bool {
	k := i
	for k < len(si.s.Tokens) && si.s.Tokens[k].Kind == Word && isCapWord(si.s.Tokens[k]) {
		k++
	}
	return k > i && k < len(si.s.Tokens) && possessiveTokens[si.tok(k)]
}

// appositionClosed reports a name starting at token i that a comma or a
// bracket closes: "The Foreign Minister, Ana Ruiz, said".
func appositionClosed(si *sentInfo, i int) bool {
	k := i
	for k < len(si.s.Tokens) && si.s.Tokens[k].Kind == Word && (isCapWord(si.s.Tokens[k]) || si.tok(k) == "-") {
		k++
	}
	return k > i && (k == len(si.s.Tokens) || si.tok(k) == "," || si.tok(k) == ")" || k == len(si.s.Tokens)-1 && (si.tok(k) == "." || si.tok(k) == "!" || si.tok(k) == "?"))
}

// definiteBefore finds the "the" of a definite title starting at token a,
// past at most two lower-case modifiers ("the provincial governor", "the
// newly elected mayor"), not a past one ("the then prime minister"); -1 if
// there is none.
func definiteBefore(si *sentInfo, a int) int {
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if si.ltok(k) == "the" {
			return k
		}
		if t := si.s.Tokens[k]; t.Kind != Word || isCapWord(t) || si.covered[k] != 0 || pastHolder(t.Text) {
			return -1
		}
	}
	return -1
}

// pastHolder reports a modifier for who held an office before: "the then
// prime minister, X" is not the prime minister of the article's days.
func pastHolder(w string) bool {
	switch strings.ToLower(w) {
	case "then", "former", "late", "previous", "outgoing", "erstwhile":
		return true
	}
	return false
}

// partnerWord reports a word that brings in the other party of a contact
// before a definite title: "talks with the governor, X", "received by the
// mayor, Y".
func partnerWord(w string) bool {
	switch w {
	case "with", "by", "and", "to", "between":
		return true
	}
	return false
}

// titleOfCountryBefore reads "Title of [the Republic of] Country" right
// before a name at token i, the wording of state news agencies: "President
// of the Republic of Westland Ana Ruiz", "Prime Minister of Ostmark Ivo
// Marrin".
func (lx *lexicon) titleOfCountryBefore(si *sentInfo, i int) *roleInfo {
	c, cs := lx.countryBefore(si, i)
	if c == "" && i >= 3 && isCapWord(si.s.Tokens[i-1]) {
		for _, cu := range si.cues {
			if _, cb := si.spanToks(cu.start, cu.end); cb == i-1 && cu.has("stateform") {
				// "President of the Republic of Westmark X": a state the
				// lexicon lacks, by its form of state
				c, cs = si.tok(i-1), i-1
			}
		}
	}
	if c == "" && i >= 4 && si.cueAt(i-1, "statesuffix") && isCapWord(si.s.Tokens[i-2]) && si.covered[i-2] == 0 && si.ltok(i-3) == "the" {
		// "President of the Quellan Federation X": a state the lexicon
		// lacks, by the form of state after its adjective (the country
		// stays unknown: an adjective is no country's name)
		cs = i - 2
	} else if c == "" {
		return nil
	}
	if cs >= i || si.tok(i-1) == "'s" || si.tok(i-1) == "’s" {
		return nil
	}
	t, a := countryTitleBefore(si, cs)
	if t == nil || !isCapWord(si.s.Tokens[a]) {
		return nil // ("the president of Westland Ana Ruiz met": a title in lower case is no part of a name's)
	}
	return &roleInfo{title: t, country: c, start: a, end: i}
}

// countryTitleBefore reads "Title of [the Republic of]" before a country
// that starts at token cs: an office's title (not an honorific, a
// business's or a generic one, nor a plural) and where it starts; nil if
// there is none.
func countryTitleBefore(si *sentInfo, cs int) (*titleEntry, int) {
	k := cs - 1
	for _, cu := range si.cues {
		if ca, cb := si.spanToks(cu.start, cu.end); cb == cs && cu.has("stateform") {
			k = ca - 1 // "of the Republic of"
		}
	}
	if si.ltok(k) == "the" {
		k--
	}
	if si.ltok(k) != "of" {
		return nil, 0
	}
	sp, a, ok := si.titleSpanEnding(k)
	if !ok {
		return nil, 0
	}
	t := titleOf(sp)
	if t == nil || t.class == "honorific" || t.class == "business" || t.class == "generic" || t.plural || si.ltok(a-2) == "of" {
		return nil, 0
	}
	return t, a
}

func (lx *lexicon) titleBefore(si *sentInfo, i int) *roleInfo {
	sp, a, ok := si.titleSpanEnding(i)
	if !ok && i >= 3 && si.tok(i-1) != "," {
		// a capitalised portfolio between the title and the name:
		// "Canada's Minister of Northern Affairs Daniel X", "Minister for
		// Europe Anna Y"
		if f := portfolioTitleBefore(si, i); f > 0 && f < i-1 {
			if sp2, a2, ok2 := si.titleSpanEnding(f); ok2 {
				if t := titleOf(sp2); t != nil && (lx.portfolio[si.ltok(i-1)] || si.covered[i-1] == 1 && t.class == "minister") {
					sp, a, ok = sp2, a2, true
				}
			}
		}
	}
	if !ok && i >= 3 && si.tok(i-1) != "," {
		if ri := lx.titleOfCountryBefore(si, i); ri != nil {
			return ri
		}
	}
	if !ok && i >= 3 && si.tok(i-1) == "," {
		// in apposition after a country's title: "Westland's leader, X",
		// "the Ostmark president, X", "Westland's minister for Africa, X"
		end := i - 1
		k := end - 1
		for k > 0 && k >= end-4 && (si.s.Tokens[k].Kind == Word && isCapWord(si.s.Tokens[k]) || si.ltok(k) == "the") {
			k--
		}
		if k < end-1 && si.ltok(k) == "for" {
			if _, _, ok2 := si.titleSpanEnding(k); ok2 {
				end = k // the title before its portfolio
			}
		} else {
			// a portfolio in lower case: "the UAE's minister of state
			// for international cooperation, X"
			for f := end - 1; f > 0 && f >= end-5 && si.s.Tokens[f].Kind == Word && si.covered[f] == 0; f-- {
				if si.ltok(f) == "for" {
					if _, _, ok2 := si.titleSpanEnding(f); ok2 && f < end-1 {
						end = f
					}
					break
				}
			}
		}
		if c, cs := lx.countryBefore(si, end); c != "" && cs < end {
			// "the Vice President of Sweden, X", "the Minister of
			// Foreign Affairs of the Republic of Quellan, Mr. X": a
			// title of a country, then its holder
			if t2, a2 := countryTitleBefore(si, cs); t2 != nil {
				if pw := si.ltok(a2 - 1); a2 == 0 || pw == "the" || pw == "," || clauseStop(si.tok(a2-1)) || si.s.Tokens[a2-1].Kind == Word && !isCapWord(si.s.Tokens[a2-1]) {
					return &roleInfo{title: t2, country: c, start: a2, end: i}
				}
			}
		}
		if k := end - 1; si.s.Tokens[k].Kind == Word && isCapWord(si.s.Tokens[k]) {
			// "the governor of Minas Gerais, X": an official's title of a
			// place, then its holder
			for k > 0 && k >= end-4 && si.s.Tokens[k].Kind == Word && isCapWord(si.s.Tokens[k]) && si.covered[k] != 2 {
				k--
			}
			if si.ltok(k) == "of" {
				if sp2, a2, ok2 := si.titleSpanEnding(k); ok2 {
					// (or any office of a country the lexicon lacks: "The
					// President of Tesora, X")
					if t2 := titleOf(sp2); t2 != nil && t2.class != "honorific" && t2.class != "business" && t2.class != "generic" && !t2.plural && (a2 == 0 || si.ltok(a2-1) == "the") {
						return &roleInfo{title: t2, start: a2, end: i}
					}
				}
			}
		}
		definite := false // "The Foreign Minister, X, said": the title alone, closed by a comma after the name
		if sp, a, ok = si.titleSpanEnding(end); ok {
			if c, _ := lx.countryBefore(si, a); c == "" && !(si.tok(a-1) == "'s" || si.tok(a-1) == "’s" || si.tok(a-1) == "'" || si.tok(a-1) == "’" || si.ltok(a-1) == "its") || si.s.Tokens[a].Text != strings.ToLower(si.s.Tokens[a].Text) {
				ok = false
				if th := definiteBefore(si, a); c == "" && th >= 0 && (th == 0 || si.tok(th-1) == "," || clauseStop(si.tok(th-1)) || partnerWord(si.ltok(th-1))) && appositionClosed(si, i) {
					if t := titleOf(sp); t != nil && t.class != "honorific" && t.class != "business" && t.class != "generic" && !t.plural {
						ok, definite = true, true
					}
				}
			}
		}
		if ok && possessiveAfterName(si, i) {
			ok = false // "the two countries' defence ministers, X's Y and Z's W"
		}
		if !ok {
			return nil
		}
		ri := lx.titleBefore(si, end)
		if ri != nil {
			ri.end = i
			ri.bare = ri.bare || definite && ri.country == ""
		}
		return ri
	}
	if !ok {
		return nil
	}
	t := titleOf(sp)
	if t == nil {
		return nil
	}
	ri := &roleInfo{title: t, start: a, end: i}
	if t.class == "honorific" {
		// "Mr." gives no role; look for a title before it
		if inner := lx.titleBefore(si, a); inner != nil {
			return inner
		}
		// "the Prime Minister, the Hon X MP", "the Secretary-General of
		// the bloc, Mr X": a title in apposition before the
		// honorific
		j := a
		if si.ltok(j-1) == "the" {
			j--
		}
		if j >= 2 && si.tok(j-1) == "," {
			// "the Prime Minister of Westland, the Hon X": the
			// title before "of" and the country
			if c, cs := lx.countryBefore(si, j-1); c != "" && cs < j-1 {
				k := cs - 1
				if si.ltok(k) == "the" {
					k--
				}
				if si.ltok(k) == "of" {
					if sp2, a2, ok2 := si.titleSpanEnding(k); ok2 {
						if t2 := titleOf(sp2); t2 != nil && t2.class != "honorific" && t2.class != "business" && !t2.plural && si.ltok(a2-2) != "of" {
							return &roleInfo{title: t2, country: c, start: a2, end: i}
						}
					}
				}
			}
			if sp2, a2, ok2 := si.titleSpanEnding(j - 1); ok2 {
				if t2 := titleOf(sp2); t2 != nil && t2.class != "honorific" && t2.class != "business" && !t2.plural {
					r2 := &roleInfo{title: t2, start: a2, end: i}
					r2.country, r2.start = lx.countryBefore(si, a2)
					// the title heads its phrase: not "the Envoy of the
					// Secretary-General, Mr X"
					if pw := si.ltok(r2.start - 1); (r2.start == 0 || pw == "the" || pw == ",") && si.ltok(r2.start-2) != "of" {
						r2.bare = r2.country == "" && pw == "the"
						return r2
					}
				}
			}
		}
		return ri
	}
	// "Deputy Foreign Minister" etc. are in the lexicon; a title before a
	// title (President Foreign Minister) is rare. Country before the title.
	ri.country, ri.start = lx.countryBefore(si, a)
	if ri.country == "" {
		// "the foreign minister of Westland" is handled by titleAfter; "Westland's Prime Minister"
		if a >= 2 && si.tok(a-1) == "'s" || a >= 2 && si.tok(a-1) == "’s" {
			if isCapWord(si.s.Tokens[a-2]) {
				ri.start = a - 2
				// "Mala Gora's President", "Ulu-Batang's President": a
				// name of more than one word
				for j := 0; j < 2 && ri.start >= 1; j++ {
					p := si.s.Tokens[ri.start-1]
					if isCapWord(p) && si.covered[ri.start-1] <= 1 && !si.s.Tokens[ri.start].Glued {
						ri.start--
					} else if p.Text == "-" && p.Glued && si.s.Tokens[ri.start].Glued && ri.start >= 2 && isCapWord(si.s.Tokens[ri.start-2]) {
						ri.start -= 2
					} else {
						break
					}
				}
				if t.class != "business" {
					ri.country = si.s.Text[si.s.Tokens[ri.start].Start-si.s.Start : si.s.Tokens[a-2].End-si.s.Start] // ("Norvale's CEO": a company's)
				}
			}
		}
	}
	if w := si.ltok(ri.start - 1); w == "former" || w == "ex" || w == "late" {
		return nil // "former Westland president X": an office no longer held
	}
	return ri
}

// countryStartingAt gives the country named from token k ("the" allowed
// before it) when the name ends a noun phrase there ("of Chile," but not
// "of Chile Mining"): the canonical name, or "".
func (r *resolver) countryStartingAt(si *sentInfo, k int) string {
	toks := si.s.Tokens
	if si.ltok(k) == "the" {
		k++
	}
	for _, c := range si.cues {
		if a, b := si.spanToks(c.start, c.end); a == k && c.has("stateform") {
			k = b // "of the Republic of Quellan"
			break
		}
	}
	c, next := r.countryFrom(si, k)
	if c == "" || next < len(toks) && isCapWord(toks[next]) {
		return ""
	}
	return c
}

// countryBefore reads a demonym, country or country possessive that ends
// right before token a; it returns the country and where it starts.
func (lx *lexicon) countryBefore(si *sentInfo, a int) (string, int) {
	for k := a - 1; k >= 1 && k >= a-2; k-- {
		if si.cueAt(k, "titlemod") && si.covered[k] == 0 { // not "Papua New Guinea"
			a = k // "Somalia's transitional president": Somalia's
		}
	}
	end := a
	if a >= 1 && (si.tok(a-1) == "'s" || si.tok(a-1) == "’s") {
		end = a - 1
	}
	if a >= 2 && (si.tok(a-1) == "'" || si.tok(a-1) == "’") && strings.HasSuffix(si.tok(a-2), "s") {
		end = a - 1 // "the United Arab Emirates' minister"
	}
	for _, g := range si.gaz {
		ga, gb := si.spanToks(g.start, g.end)
		if gb != end {
			continue
		}
		if e, ok := g.entry(gDemonym, gCountry); ok {
			return e.country, ga
		}
		if e, ok := g.entry(gCapital, gOrg); ok && e.country != "" && end < a {
			return e.country, ga
		}
		if e, ok := g.entry(gOrg); ok && e.country != "" && e.seat && si.ltok(ga-1) == "the" {
			return e.country, ga // "the Kremlin leader": a government's seat for its country
		}
	}
	return "", a
}

// delegationLedBy reads "[a] Demonym delegation led by" (or "team",
// "side", "negotiators"; "headed by"; "a delegation of [the] Country led
// by") right before token k, a person's name or title, and gives the
// country.
func (r *resolver) delegationLedBy(si *sentInfo, k int) string {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if ledByAt(si, j) {
			switch si.ltok(j - 2) {
			case "delegation", "team", "side", "negotiators", "delegations":
				if c, _ := r.lx.countryBefore(si, j-2); c != "" {
					return c
				}
				if j >= 3 {
					return r.demonymCountry(si.tok(j - 3)) // a country the lexicon lacks
				}
			}
			if c, cs := r.lx.countryBefore(si, j-1); c != "" && cs < j-1 {
				// "a delegation of the Ruvendan Federation led by"
				if si.ltok(cs-1) == "the" {
					cs--
				}
				if w := si.ltok(cs - 1); (w == "of" || w == "from") && (si.ltok(cs-2) == "delegation" || si.ltok(cs-2) == "team") {
					return c
				}
			}
			return ""
		}
	}
	return ""
}

// nthOfPlural is the role a plural title gives the i-th name after it: with
// as many countries coordinated before it, the i-th country's ("his Latvian
// and Estonian counterparts, X and Y": X is Latvia's, Y Estonia's); else
// the title as read.
func (lx *lexicon) nthOfPlural(si *sentInfo, ri *roleInfo, i int) *roleInfo {
	if ri.country == "" {
		return ri
	}
	list := []string{ri.country}
	k := ri.start
	for len(list) < 6 && k >= 2 && (si.ltok(k-1) == "and" || si.tok(k-1) == ",") {
		c, cs := lx.countryBefore(si, k-1)
		if c == "" || cs >= k-1 {
			break
		}
		list = append([]string{c}, list...)
		k = cs
	}
	if len(list) < 2 || i >= len(list) {
		return ri
	}
	out := *ri
	out.country = list[i]
	return &out
}

// roleTaken reads an office a person takes, told right after the name
// ending at token j: "becomes Orlesund's prime minister", "was elected
// president", "was sworn in as the Westlandic foreign minister".
func (lx *lexicon) roleTaken(si *sentInfo, j int) *roleInfo {
	k := j
	switch si.ltok(k) {
	case "becomes", "became":
		k++
	case "was", "is", "has", "had":
		k++
		if si.ltok(k) == "been" {
			k++
		}
		switch si.ltok(k) {
		case "elected", "appointed", "named", "sworn", "chosen":
			k++
		default:
			return nil
		}
		if si.ltok(k) == "in" {
			k++
		}
		if si.ltok(k) == "as" {
			k++
		}
	case "took", "takes":
		if si.ltok(k+1) != "office" || si.ltok(k+2) != "as" {
			return nil
		}
		k += 3
	default:
		return nil
	}
	if w := si.ltok(k); w == "the" || w == "a" {
		k++
	}
	for end := k + 1; end < len(si.s.Tokens) && end <= k+5; end++ {
		sp, a, ok := si.titleSpanEnding(end)
		if !ok || a < k {
			continue
		}
		t := titleOf(sp)
		if t == nil || t.class == "honorific" || t.class == "generic" || t.plural {
			return nil
		}
		c, _ := lx.countryBefore(si, a)
		return &roleInfo{title: t, country: c, start: k, end: end}
	}
	return nil
}

// titleAfter reads an appositive title after a name ending at token j:
// ", [the] [Country's|Demonym] Title [of Country]".
func (lx *lexicon) titleAfter(si *sentInfo, j int) *roleInfo {
	if si.tok(j) != "," {
		return nil
	}
	k := j + 1
	if w := si.ltok(k); w == "the" || w == "a" || w == "an" {
		k++
	}
	// country or demonym, possibly possessive, or an unknown capitalised possessive
	country := ""
	for _, g := range si.gaz {
		ga, gb := si.spanToks(g.start, g.end)
		if ga == k {
			if e, ok := g.entry(gDemonym, gCountry); ok {
				country = e.country
				k = gb
				if si.tok(k) == "'s" || si.tok(k) == "’s" {
					k++
				}
			}
			break
		}
	}
	if country == "" && k+1 < len(si.s.Tokens) && isCapWord(si.s.Tokens[k]) && (si.tok(k+1) == "'s" || si.tok(k+1) == "’s") {
		country = si.tok(k)
		k += 2
	}
	sp, b, ok := si.titleSpanAt(k)
	if !ok {
		return nil
	}
	t := titleOf(sp)
	if t == nil || t.plural || t.class == "honorific" {
		return nil
	}
	if b < len(si.s.Tokens) && isCapWord(si.s.Tokens[b]) && !si.s.Tokens[b].Glued {
		return nil // "Separately, Peruvian President X": the title is X's
	}
	if possessiveTokens[si.tok(b)] {
		return nil // "X, the president's son-in-law": another's title
	}
	if country == "" && si.ltok(b) == "of" {
		for _, g := range si.gaz {
			ga, gb := si.spanToks(g.start, g.end)
			if ga == b+1 || ga == b+2 && si.ltok(b+1) == "the" {
				if e, ok := g.entry(gCountry); ok {
					country = e.country
					b = gb
				}
				break
			}
		}
	}
	return &roleInfo{title: t, country: country, start: j, end: b}
}

// person is a person name found in the first pass, with how sure we are.
type personName struct {
	name  string
	words []string
	sure  bool
	first int // order of first mention among the names collected
}

// resolver resolves mentions in document order.
type resolver struct {
	lx      *lexicon
	aliasOf map[string]string // a one-word name given in brackets after a full name → the full name
	reg     *registry
	text    string
	persons []*entity // people in order of first mention
	// recent person mentions (entity IRIs), latest last
	history []string
	// groups of people named together, latest last
	groups [][]string
	// background: the people of contacts years before the article, with
	// the sentence told in, whom "the two presidents" two sentences on no
	// longer means; foreground: the people of the other contacts
	background []backgroundGroup
	foreground [][]string
	pubYear    int      // the article's year (0: unknown)
	outlets    []string // outlet IRIs in mention order
	// acronyms given in brackets after an organisation's name → its IRI
	acronyms map[string]string
	subject  string // the person the previous sentence was about
	// ages are the ages the article gives people ("X, 61,")
	ages map[string]int
	// lastHost and lastGuest are the host and the guest of the latest
	// visit or hosted contact ("the host", "the visitor")
	lastHost, lastGuest string
	// lastSpeaker is the latest person a speech verb had as its subject,
	// in sentence lastSpeakerIn
	lastSpeaker   string
	lastSpeakerIn int
	// subjectAfterVerb: the previous sentence named that person only after
	// a verb or common noun ("Agency Z quoted X as saying"), not as its subject
	subjectAfterVerb bool
	// topic: by gender, the person a pronoun last stood for, and the
	// sentence it was in
	topic   map[byte]string
	topicAt map[byte]int
	// countries the lexicon lacks, read from "Westland's Prime Minister"
	countries map[string]bool
	compound  bool // some of countries are of more than one word
	// settlements the lexicon lacks (collectPlaces)
	places map[string]bool
	// groups of countries named together ("Westland and Ostmark"), latest
	// last, with the sentence they were named in
	countryGroups  [][]string
	countryGroupAt int
	groupAt        int // sentence of the latest group of people
	// people of the latest contact (noteContacts), for "their meeting"
	lastContact []string
	// sideLeaders: "Westland's team was led by X, and Ostmark's by Y":
	// country IRI -> the person leading its side, with the sentence
	sideLeaders map[string]sideLeader
	// gender a person is referred to by ('m' he, 'f' she), once learnt
	gender map[string]byte
	// office-holders the article had not named where they stood for their
	// country ("Kenya's president"), to name them once the article does
	offices []officeRef
	turns   map[int]string // paragraph → the person whose transcript turn it is
	// the article's sentences and people, and its leaders by country
	// (built when first needed)
	infos   []*sentInfo
	names   map[string]*personName
	leaders map[string]string
}

// collectPeople is the first pass: every capitalised sequence that is
// surely a person (a title before or after it, or two or more words).
func (lx *lexicon) collectPeople(infos []*sentInfo) map[string]*personName {
	out := map[string]*personName{}
	for _, si := range infos {
		for _, seq := range lx.nameSequences(si) {
			if seq.org || seq.outlet || seq.place {
				continue
			}
			sure := seq.titleRole != nil || seq.appositive != nil || seq.words >= 2
			if !sure {
				continue
			}
			if seq.words < 2 && seq.titleRole == nil && seq.appositive == nil {
				continue
			}
			p := out[seq.name]
			if p == nil {
				p = &personName{name: seq.name, words: strings.Fields(strings.ReplaceAll(seq.name, "-", " - ")), first: len(out)}
				out[seq.name] = p
			}
			p.sure = true
		}
	}
	return out
}

// releaseSurnames gives back to the people of the article a family name
// the gazetteer reads as a settlement: "Lima" in "Soto and Lima met" once
// the article has named "Joao Lima" (not after a preposition of place: "in
// Lima").
func releaseSurnames(infos []*sentInfo, names map[string]*personName) {
	last := map[string]bool{}
	for _, p := range names {
		if p.sure && len(p.words) >= 2 {
			last[p.words[len(p.words)-1]] = true
		}
	}
	// "Joao Lima": a given name the article uses, then a settlement's name
	for _, si := range infos {
		toks := si.s.Tokens
		for _, g := range si.gaz {
			a, b := si.spanToks(g.start, g.end)
			_, place := g.entry(gPlace)
			_, capital := g.entry(gCapital)
			if b != a+1 || !(place || capital) || a == 0 || b < len(toks) && isCapWord(toks[b]) {
				continue
			}
			if p := names[toks[a-1].Text]; p != nil && p.sure && len(p.words) == 1 && si.covered[a-1] == 0 && !toks[a].Glued {
				full := toks[a-1].Text + " " + toks[a].Text
				if names[full] == nil {
					names[full] = &personName{name: full, words: []string{toks[a-1].Text, toks[a].Text}, sure: true}
				}
				last[toks[a].Text] = true
			}
		}
	}
	if len(last) == 0 {
		return
	}
	for _, si := range infos {
		toks := si.s.Tokens
		kept := si.gaz[:0]
		for _, g := range si.gaz {
			a, b := si.spanToks(g.start, g.end)
			_, place := g.entry(gPlace)
			_, capital := g.entry(gCapital)
			if b == a+1 && (place || capital) && last[toks[a].Text] && !(b < len(toks) && isCapWord(toks[b])) {
				switch si.ltok(a - 1) {
				case "in", "at", "to", "from", "near", "outside", "inside", "of", "via", "into":
				default:
					if si.covered[a] == 1 {
						si.covered[a] = 0
					}
					continue
				}
			}
			kept = append(kept, g)
		}
		si.gaz = kept
	}
}

// fullNameFor finds the full name a single- or short-name refers to:
// the longest collected name whose last word (or first word, for family-
// name-first names) equals it.
func fullNameFor(names map[string]*personName, short string) string {
	return fullNameSeen(names, short, nil)
}

// fullNameSeen is fullNameFor preferring, among names that fit as well,
// one the article has already named (seen): a short name points back.
//
// Of names seen that fit as well, the one seen scores highest (the most
// mentioned, then the latest: "Kim" after "Kim Jong Un" is he, though
// "Kim Yong Chol" was named before).
func fullNameSeen(names map[string]*personName, short string, seen func(string) (bool, int)) string {
	best, bestRank, bestLast, bestFirst := "", 0, -1, 0
	for n, p := range names {
		if n == short || len(p.words) < 2 {
			continue
		}
		last := p.words[len(p.words)-1]
		// or, in a name of three words or more, its middle (a first family
		// name: "Faki" of "Moussa Faki Mahamat")
		middle := len(p.words) >= 3 && !strings.Contains(short, " ") && containsStr(p.words[1:len(p.words)-1], short)
		rank := 0
		initial := len(short) >= 4 && short[1] == '.' && short[2] == ' ' && short[0] >= 'A' && short[0] <= 'Z'
		switch {
		case initial && n[0] == short[0] && strings.HasSuffix(n, " "+short[3:]) && !strings.Contains(short[3:], "."):
			// "S. Aldan" for "Serik Aldan", as readouts write
			rank = 2
		case last == short && patronymicBefore(p.words, len(p.words)-1):
			// "Faisal" of "Omar bin Faisal" is the father's name: "King
			// Faisal" is another man
		case last == short || p.words[0] == short || strings.HasSuffix(n, " "+short):
			rank = 2
		case middle:
			// a first or last name before a word inside another's name:
			// "Prince Omar" is "Omar bin X", not "Y Al Omar Z"
			rank = 1
		}
		at := -1
		if seen != nil && rank > 0 {
			if ok, pos := seen(n); ok {
				rank += 2
				at = pos
			}
		}
		// of names not yet seen that fit as well, the one the article names
		// first ("Kim" in a headline is the one its lead names)
		if rank > 0 && (rank > bestRank || rank == bestRank && (at > bestLast || at == bestLast && (at < 0 && p.first < bestFirst || !(at < 0 && p.first > bestFirst) && (len(n) > len(best) || len(n) == len(best) && n < best)))) {
			best, bestRank, bestLast, bestFirst = n, rank, at, p.first
		}
	}
	return best
}

// patronymicBefore reports a word of a name right after "bin", "ibn" or
// "bint" (son or daughter of): the father's name, not the person's own.
func patronymicBefore(words []string, i int) bool {
	if i < 1 {
		return false
	}
	switch strings.ToLower(words[i-1]) {
	case "bin", "ibn", "bint":
		return true
	}
	return false
}

// canonicalPerson maps every collected name to its canonical full name:
// "Darrow" → "Emil Darrow"; "Li" → "Li Wen Ho" (family name first).
func canonicalPerson(names map[string]*personName, n string) string {
	if p, ok := names[n]; ok && len(p.words) >= 2 {
		if len(p.words) == 2 {
			// "Tavares Mendes" after "João Tavares Mendes": the one
			// longer name it ends
			longer := ""
			for m, q := range names {
				if len(q.words) >= 3 && strings.HasSuffix(m, " "+n) {
					if longer != "" {
						return n
					}
					longer = m
				}
			}
			if longer != "" {
				return longer
			}
		}
		if len(p.words) >= 3 {
			// "Von der Leyen" opening a sentence after "Ursula von der
			// Leyen": the one name a word longer ending the same way
			longer := ""
			for m, q := range names {
				if len(q.words) == len(p.words)+1 && strings.HasSuffix(strings.ToLower(m), " "+strings.ToLower(n)) {
					if longer != "" {
						longer = ""
						break
					}
					longer = m
				}
			}
			if longer != "" {
				return longer
			}
		}
		if len(p.words) >= 3 && patronymicBefore(p.words, len(p.words)-1) {
			// "Ali bin Omar" after "Ali bin Omar Al Hamdi": a name
			// by its patronymic is the one longer name it opens
			longer := ""
			for m, q := range names {
				if len(q.words) > len(p.words) && strings.HasPrefix(m, n+" ") {
					if longer != "" {
						return n
					}
					longer = m
				}
			}
			if longer != "" {
				return longer
			}
		}
		// a longer name ending the same way ("Jean Pierre Marchal")
		return n
	}
	if f := fullNameFor(names, n); f != "" {
		return f
	}
	return n
}

// afterCommonWord reports a lower-case content word (a verb, not a title
// or a function word) right before token k: "Agency Z quoted X", not
// "..., envoy X told the agency" nor "X said".
func (r *resolver) afterCommonWord(si *sentInfo, k int) bool {
	if k < 1 {
		return false
	}
	t := si.s.Tokens[k-1]
	return t.Kind == Word && !isCapWord(t) && si.covered[k-1] == 0 && r.lx.stop[strings.ToLower(t.Text)] == ""
}

func (r *resolver) touch(e *entity, pos int) {
	if pos > e.last {
		e.last = pos
		e.times++
	}
}

// pushPerson records a person mention for later anaphora.
func (r *resolver) pushPerson(iri string) {
	r.history = append(r.history, iri)
}

// lastPeople gives the n most recent distinct people satisfying ok.
func (r *resolver) lastPeople(n int, ok func(*entity) bool) []string {
	var out []string
	for i := len(r.history) - 1; i >= 0 && len(out) < n; i-- {
		iri := r.history[i]
		if containsStr(out, iri) {
			continue
		}
		if ok == nil || ok(r.reg.byIRI[iri]) {
			out = append(out, iri)
		}
	}
	if len(out) < n {
		return nil
	}
	sort.Strings(out)
	return out
}

func containsStr(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

var possessiveTokens = map[string]bool{"'s": true, "’s": true}

// resolveSentence finds and resolves the mentions of a sentence.
func (r *resolver) resolveSentence(si *sentInfo, names map[string]*personName) {
	si.about = r.subject
	lx := r.lx
	toks := si.s.Tokens
	var ms []Mention
	add := func(a, b int, typ string, e *entity) *Mention {
		if typ == string(schema.Person) && a >= 2 && toks[a].Glued && toks[a-1].Glued && (toks[a-1].Text == "-" || toks[a-1].Text == "‑") && lx.particles[toks[a-2].Text] {
			a -= 2 // "talks with al-Sharaa": the particle is the name's
		}
		m := Mention{Start: toks[a].Start, End: toks[b-1].End, Type: typ, Sentence: si.s.Index, tok0: a, tok1: b}
		m.Text = r.text[m.Start:m.End]
		if e != nil {
			m.Entity = e.iri
			r.touch(e, m.Start)
		}
		if b < len(toks) && possessiveTokens[toks[b].Text] {
			m.possessive = true
		}
		ms = append(ms, m)
		return &ms[len(ms)-1]
	}
	prevWord := func(a int) string { return si.ltok(a - 1) }

	// Gazetteer names.
	for _, g := range si.gaz {
		a, b := si.spanToks(g.start, g.end)
		if a >= b || b > len(toks) {
			continue
		}
		next := si.tok(b)
		modifier := b < len(si.covered) && (si.covered[b] == 2 || si.covered[b] == 3) || b < len(toks) && isCapWord(toks[b]) && !toks[b].Glued
		pw := prevWord(a)
		if pw == "the" {
			pw = si.ltok(a - 2)
		}
		placeCtx := pw == "in" || pw == "at" || pw == "to" || pw == "from" || pw == "near" || pw == "outside" || pw == "inside"
		if e, ok := g.entry(gOutlet); ok {
			ent := r.reg.get(e.name, schema.Outlet, g.start)
			ent.addAlias(r.text[g.start:g.end])
			m := add(a, b, string(schema.Outlet), ent)
			m.outlet = true
			r.outlets = append(r.outlets, ent.iri)
			continue
		}
		if e, ok := g.entry(gPlace); ok && (placeCtx || e.placeKind != "venue-seat") {
			if _, isOrg := g.entry(gOrg); !isOrg || placeCtx {
				ent := r.reg.get(e.name, "", g.start)
				ent.place = true
				ent.seat = e.placeKind == "venue-seat"
				if e.in != "" {
					ent.placeIn = schema.EntityIRI(e.in)
				}
				r.placeCountry(ent, e.country)
				ent.addAlias(r.text[g.start:g.end])
				m := add(a, b, MentionPlace, ent)
				m.asPlace = true
				continue
			}
		}
		if e, ok := g.entry(gOrg); ok {
			ent := r.reg.get(e.name, schema.Organisation, g.start)
			ent.addAlias(r.text[g.start:g.end])
			if e.country != "" {
				ent.country = schema.EntityIRI(e.country)
			}
			if p, ok := g.entry(gPlace); ok {
				ent.place = true
				ent.seat = p.placeKind == "venue-seat"
				if p.in != "" {
					ent.placeIn = schema.EntityIRI(p.in)
				}
			}
			m := add(a, b, string(schema.Organisation), ent)
			m.asPlace = placeCtx
			continue
		}
		if e, ok := g.entry(gCountry); ok && !(modifier && g.hasKind(gDemonym)) {
			if modifier && next != "" && (si.covered[min(b, len(si.covered)-1)] == 2 || si.covered[min(b, len(si.covered)-1)] == 3) {
				continue // "Russia's foreign ministry": part of the org/title
			}
			ent := r.reg.get(e.name, schema.Country, g.start)
			ent.place = true
			if !g.hasKind(gDemonym) {
				ent.addAlias(r.text[g.start:g.end]) // "UK" for the United Kingdom
			}
			m := add(a, b, string(schema.Country), ent)
			m.asPlace = placeCtx
			continue
		}
		if e, ok := g.entry(gCapital); ok {
			ent := r.reg.get(e.name, "", g.start)
			ent.place, ent.capital = true, true
			ent.placeIn = schema.EntityIRI(e.country)
			r.placeCountry(ent, e.country)
			m := add(a, b, MentionPlace, ent)
			m.asPlace = true
			continue
		}
	}

	// Generic organisations: "the Russian foreign ministry".
	for _, h := range si.heads {
		a, b := si.spanToks(h.start, h.end)
		country, cs := lx.countryBefore(si, a)
		if country == "" {
			// "the Ravonian foreign ministry", "Ostmark's navy": a country the lexicon lacks
			k := a - 1
			if possessiveTokens[si.tok(k)] {
				k--
			}
			if c, s0 := r.countryNameAt(si, k); c != "" && !lx.countries[c] {
				country, cs = c, s0
				for j := s0; j < a; j++ {
					si.covered[j] = 1
				}
			}
		}
		if country == "" {
			continue
		}
		ent := r.genericBody(country, h.phrases[0].canon, h.start)
		ent.addAlias(r.text[toks[cs].Start:h.end])
		add(cs, b, string(schema.Organisation), ent)
	}

	// Countries the lexicon lacks, of more than one word first.
	for i := 0; r.compound && i < len(toks); i++ {
		if si.covered[i] != 0 || !isCapWord(toks[i]) || i > 0 && isCapWord(toks[i-1]) && si.covered[i-1] == 0 {
			continue
		}
		for j := min(len(toks), i+5); j > i+1; j-- {
			name := si.s.Text[toks[i].Start-si.s.Start : toks[j-1].End-si.s.Start]
			if !r.countries[name] || j < len(toks) && isCapWord(toks[j]) && !toks[j].Glued && si.covered[j] == 0 {
				continue
			}
			ent := r.reg.get(name, schema.Country, toks[i].Start)
			ent.place = true
			m := add(i, j, string(schema.Country), ent)
			pw := si.ltok(i - 1)
			m.asPlace = pw == "in" || pw == "to" || pw == "at"
			for k := i; k < j; k++ {
				si.covered[k] = 1
			}
			i = j - 1
			break
		}
	}
	for i, t := range toks {
		suffix := si.cueAt(i+1, "statesuffix") && si.ltok(i-1) == "the"
		// "Minister for Foreign Affairs of Eskland Annika Lehtonen": the
		// country of a title, a name of two words or more after it
		ofTitle := i >= 2 && si.ltok(i-1) == "of" && si.covered[i-2] == 2 && i+2 < len(toks) && isCapWord(toks[i+2]) && si.covered[i+2] == 0
		if r.countries[t.Text] && si.covered[i] == 0 && isCapWord(t) && (!(i+1 < len(toks) && isCapWord(toks[i+1]) && si.covered[i+1] == 0 && !toks[i+1].Glued) || si.cueEndingAt(i, "stateform") || suffix || ofTitle) {
			// (not the first word of a longer name: "Quellan People's Front")
			ent := r.reg.get(t.Text, schema.Country, t.Start)
			ent.place = true
			end := i + 1
			if suffix {
				// "the Quellan Federation": the country Quellan
				end = i + 2
				ent.addAlias(t.Text + " " + toks[i+1].Text)
				si.covered[i+1] = 1
			}
			m := add(i, end, string(schema.Country), ent)
			pw := si.ltok(i - 1)
			m.asPlace = pw == "in" || pw == "to" || pw == "at"
			si.covered[i] = 1
		}
	}

	// Settlements the lexicon lacks.
	if len(r.places) > 0 {
		for i := 0; i < len(toks); i++ {
			if si.covered[i] != 0 || !isCapWord(toks[i]) || i > 0 && isCapWord(toks[i-1]) && si.covered[i-1] == 0 {
				continue
			}
			for j := min(len(toks), i+4); j > i; j-- {
				if j < len(toks) && isCapWord(toks[j]) && si.covered[j] == 0 {
					continue // part of a longer name
				}
				name := si.s.Text[toks[i].Start-si.s.Start : toks[j-1].End-si.s.Start]
				if !r.places[name] {
					continue
				}
				ent := r.reg.get(name, "", toks[i].Start)
				ent.place = true
				m := add(i, j, MentionPlace, ent)
				m.asPlace = true
				for k := i; k < j; k++ {
					si.covered[k] = 1
				}
				i = j - 1
				break
			}
		}
	}

	// People named.
	var pluralRole *roleInfo
	pluralIdx := 0 // the place in the list of the name a plural title is applied to
	seqs := lx.nameSequences(si)
	for _, seq := range seqs {
		if seq.org {
			// a place name opening the name is no mention of its own
			// ("Tarvia Airlines")
			kept := ms[:0]
			for _, m := range ms {
				if m.tok0 < seq.a || m.tok1 > seq.b {
					kept = append(kept, m)
				}
			}
			ms = kept
			ent := r.reg.get(seq.name, schema.Organisation, toks[seq.a].Start)
			r.nameAcronymOrg(ent)
			add(seq.a, seq.b, string(schema.Organisation), ent)
			continue
		}
		if seq.place {
			ent := r.reg.get(seq.name, "", toks[seq.a].Start)
			ent.place = true
			m := add(seq.a, seq.b, MentionPlace, ent)
			m.asPlace = true
			continue
		}
		if seq.outlet {
			ent := r.reg.get(seq.name, schema.Outlet, toks[seq.a].Start)
			m := add(seq.a, seq.b, string(schema.Outlet), ent)
			m.outlet = true
			r.outlets = append(r.outlets, ent.iri)
			continue
		}
		canon := seq.name
		if full, ok := r.aliasOf[seq.name]; ok && seq.words == 1 {
			// "President Joko Widodo (Jokowi)": the name in brackets, and
			// every later mention of it, is the full name's
			canon = full
		} else if c := canonicalPerson(names, seq.name); c != seq.name && (seq.titleRole == nil || seq.titleRole.title.class == "honorific") && seq.appositive == nil && r.reg.byIRI[schema.EntityIRI(c)] != nil {
			// "Tavares Mendes" after "João Tavares Mendes"; "His Highness
			// Sheikh Ali bin Omar" after "Ali bin Omar Al Hamdi"
			canon = c
			if seq.words == 1 {
				// "Kim" of two: the one mentioned latest
				if f := fullNameSeen(names, seq.name, r.mentionedAt); f != "" {
					canon = f
				}
			}
		} else if p, ok := names[seq.name]; !(ok && len(p.words) >= 2) || len(seq.name) >= 4 && seq.name[1] == '.' && seq.name[2] == ' ' {
			// of several full names that fit, the one named already
			if f := fullNameSeen(names, seq.name, r.mentionedAt); f != "" {
				canon = f
			}
		}
		if canon == seq.name && strings.Contains(seq.name, "-") && seq.titleRole == nil {
			// "Marchal-Darrow meeting": two people already named
			if r.splitPair(si, seq, names, add) {
				continue
			}
		}
		known := false // a one-word name introduced before as a person's ("Indonesia's foreign minister, Sugiono")
		if e := r.reg.byIRI[schema.EntityIRI(seq.name)]; e != nil && e.typ == schema.Person && e.name == seq.name && len(e.roles) > 0 {
			known = true
		}
		if seq.words < 2 && canon == seq.name && seq.titleRole == nil && seq.appositive == nil && !known {
			if seq.a > 0 && si.tok(seq.a-1) == "." || seq.a == 0 || r.subjectOfSpeech(si, seq.a, seq.b) {
				// a sentence opening with an unknown name and a reporting
				// verb: "Nordwind said last week that ...": an
				// organisation speaking
				cued := false
				for _, c := range si.cues {
					if c.start <= toks[seq.a].Start && toks[seq.a].Start < c.end {
						cued = true // "Officials said", "Analysts said"
					}
				}
				for _, suf := range []string{"ers", "ists", "ants", "ents", "ians", "ors"} {
					if strings.HasSuffix(seq.name, suf) {
						cued = true // "Protesters said": people, not a body
					}
				}
				if !cued && !r.countries[seq.name] && (si.speechStartsAt(speechAfterAux(si, seq.b)) || r.subjectOfSpeech(si, seq.a, seq.b)) && (r.reg.byIRI[schema.EntityIRI(seq.name)] == nil || r.reg.byIRI[schema.EntityIRI(seq.name)].typ == schema.Organisation) && lx.stop[strings.ToLower(seq.name)] == "" {
					ent := r.orgNamed(seq.name, toks[seq.a].Start)
					add(seq.a, seq.b, string(schema.Organisation), ent)
				}
			}
			continue // a lone capitalised word nobody introduced
		}
		if seq.titleRole != nil && seq.titleRole.title.class == "honorific" && seq.words < 2 && canon == seq.name {
			// "Mr. X" still names a person
		}
		if seq.words < 2 && canon == seq.name && seq.a >= 2 && possessiveTokens[si.tok(seq.a-1)] && seq.b < len(toks) && si.covered[seq.b] == 2 && !toks[seq.b].Glued {
			qualifier := false
			for k := range ms {
				if ms[k].tok1 == seq.a-1 && (ms[k].Type == string(schema.Country) || ms[k].Type == string(schema.Organisation)) {
					qualifier = true
				}
			}
			if qualifier {
				continue // "Norway's Barents envoy, X": a word qualifying the title
			}
		}
		if seq.words < 2 && canon == seq.name && si.isTrigger(seq.b-1) {
			continue // "the Forum Leaders Meeting": an event's name, no "Leader Meeting"
		}
		ent := r.reg.get(canon, schema.Person, toks[seq.a].Start)
		ent.addAlias(seq.name)
		if k := seq.b; seq.words >= 2 && k+2 < len(toks) && toks[k].Text == "(" && toks[k+2].Text == ")" && toks[k+1].Kind == Word &&
			isCapWord(toks[k+1]) && !isAllCaps(toks[k+1].Text) && si.covered[k+1] == 0 {
			if r.aliasOf == nil {
				r.aliasOf = map[string]string{}
			}
			r.aliasOf[toks[k+1].Text] = canon
		}
		if ri := seq.titleRole; ri != nil && ri.title.class != "honorific" && ri.title.class != "business" && (ri.country == "" || !lx.countries[ri.country] && !r.countries[ri.country]) {
			// "Aldovian Prime Minister X", "Ostmark President Y": a country the lexicon lacks
			if c, s0 := r.countryNameAt(si, ri.start-1); c != "" {
				cp := *ri
				cp.country, cp.start = c, s0
				seq.titleRole = &cp
			}
		}
		if ri := seq.titleRole; ri != nil && ri.country == "" && (ri.title.class == "leader" || ri.title.class == "minister" || ri.title.class == "diplomat" || ri.title.class == "military") && si.ltok(seq.b) == "of" {
			// "President X of Westland": the country after the name
			if c := r.countryStartingAt(si, seq.b+1); c != "" {
				cp := *ri
				cp.country = c
				seq.titleRole = &cp
			}
		}
		if ri := seq.appositive; ri != nil && ri.country == "" && (ri.title.class == "leader" || ri.title.class == "minister" || ri.title.class == "diplomat" || ri.title.class == "military") {
			// "X, Minister for Foreign Affairs of the Republic of
			// Westland", "X, Minister of Foreign Affairs and Worship of Y"
			k := ri.end
			if si.ltok(k) == "and" && k+1 < len(toks) && isCapWord(toks[k+1]) && si.ltok(k+2) == "of" {
				k += 2
			}
			if c := r.countryStartingAt(si, k+1); c != "" && si.ltok(k) == "of" {
				cp := *ri
				cp.country = c
				seq.appositive = &cp
			}
		}
		// the person named before in the sentence: "a meeting between
		// President X and his Westlandic counterpart Y" (Y is a president)
		var before *entity
		for _, m := range ms {
			if m.Type == string(schema.Person) && m.tok1 <= seq.a && m.Entity != ent.iri {
				before = r.reg.byIRI[m.Entity]
			}
		}
		for _, ri := range []*roleInfo{seq.titleRole, seq.appositive} {
			if ri == nil || ri.title.class == "honorific" {
				continue
			}
			if ri.title.plural {
				pluralRole, pluralIdx = ri, 0
				r.applyRole(ent, lx.nthOfPlural(si, ri, 0), before)
				continue
			}
			r.applyRole(ent, ri, before)
			if ri.bare {
				ent.bare = ri.title.canonical
			}
		}
		if seq.titleRole == nil && pluralRole != nil && seq.a >= 1 && (si.ltok(seq.a-1) == "and" || si.tok(seq.a-1) == ",") {
			pluralIdx++
			r.applyRole(ent, lx.nthOfPlural(si, pluralRole, pluralIdx), before)
		}
		if ri := lx.roleTaken(si, seq.b); ri != nil && seq.titleRole == nil && seq.appositive == nil {
			// "X becomes Orlesund's prime minister", "X was elected
			// president": the office taken
			r.applyRole(ent, ri, before)
		}
		if seq.titleRole == nil && ent.country == "" && seq.a >= 2 && possessiveTokens[si.tok(seq.a-1)] {
			// "Westland's Jon Hale": the person's country
			if c, _ := lx.countryBefore(si, seq.a); c != "" && (lx.countries[c] || r.countries[c]) {
				ent.country = schema.EntityIRI(c)
			}
		}
		if ent.country == "" {
			// "a Ruvendan delegation led by presidential adviser X": the
			// delegation's country
			from := seq.a
			if seq.titleRole != nil {
				from = seq.titleRole.start
			}
			if c := r.delegationLedBy(si, from); c != "" && (lx.countries[c] || r.countries[c]) {
				ent.country = schema.EntityIRI(c)
			}
		}
		if ent.country != "" {
			// the person leads the country's side from here on: "the
			// Ruvendan delegation" later is theirs
			from := seq.a
			if seq.titleRole != nil {
				from = seq.titleRole.start
			}
			if c := r.delegationLedBy(si, from); c != "" && schema.EntityIRI(c) == ent.country {
				r.noteSideLeader(ent.country, ent.iri, si.s.Index)
			}
		}
		m := add(seq.a, seq.b, string(schema.Person), ent)
		if seq.titleRole != nil {
			m.Start = toks[seq.titleRole.start].Start
			m.tok0 = seq.titleRole.start
			m.Text = r.text[m.Start:m.End]
		}
	}
	// An acronym the lexicon lacks speaking: "NM said", "the KAF has
	// announced"; the organisation it stands for when the article gave it
	// in brackets after the name ("Norvale Motors Corporation (NMC)").
	for i, t := range toks {
		if t.Kind != Word || si.covered[i] != 0 || !isAllCaps(t.Text) || utf8.RuneCountInString(t.Text) < 2 || utf8.RuneCountInString(t.Text) > 6 || overlapsMention(ms, i, i+1) {
			continue
		}
		if si.tok(i-1) == "(" && si.tok(i+1) == ")" {
			if m := mentionEnding(ms, i-2); m != nil && m.Type == string(schema.Organisation) && m.Entity != "" {
				if r.acronyms == nil {
					r.acronyms = map[string]string{}
				}
				r.acronyms[t.Text] = m.Entity
				r.reg.byIRI[m.Entity].addAlias(t.Text)
			}
			continue
		}
		if lx.stop[strings.ToLower(t.Text)] != "" || !(i == 0 || r.subjectOfSpeech(si, i, i+1)) || !si.speechStartsAt(speechAfterAux(si, i+1)) {
			continue
		}
		var ent *entity
		if iri, ok := r.acronyms[t.Text]; ok {
			ent = r.reg.byIRI[iri]
		} else if e := r.orgByInitials(t.Text); e != nil {
			ent = e
			ent.addAlias(t.Text)
		} else {
			ent = r.orgNamed(t.Text, t.Start)
		}
		add(i, i+1, string(schema.Organisation), ent)
	}
	// Mentions are resolved left to right for anaphora.
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })

	// Definite descriptions, groups and pronouns, in order.
	var extra []Mention
	usedTitle := map[int]bool{}
	for _, m := range ms {
		if m.Type == string(schema.Person) {
			for k := m.tok0; k < m.tok1; k++ {
				usedTitle[k] = true
			}
		}
	}
	personsBefore := func(tok int) []string {
		var out []string
		for _, m := range ms {
			if m.Type == string(schema.Person) && m.tok1 <= tok && !containsStr(out, m.Entity) {
				out = append(out, m.Entity)
			}
		}
		return out
	}
	for _, t := range si.titles {
		a, b := si.spanToks(t.start, t.end)
		if usedTitle[a] {
			continue
		}
		te := titleOf(t)
		if te == nil || te.class == "honorific" {
			continue
		}
		if te.plural {
			if te.class != "generic" && te.canonical != "Leader" {
				// "the three prime ministers - A, B and C -": each person
				// of the list holds the title, when the text gave none
				for _, p := range titledList(si, ms, b) {
					if e := r.reg.byIRI[p]; e != nil && len(e.titles) == 0 {
						e.addRole(schema.Role{Title: te.canonical}, te.class)
					}
				}
			}
			// "the two leaders", "both presidents", "their two presidents"
			q := si.ltok(a - 1)
			if a == 0 && si.ltok(b) == "of" {
				q = "the" // "Leaders of A, B and C gathered": as "the leaders of"
			}
			if q != "two" && q != "both" && q != "three" && q != "four" && q != "five" && q != "six" && q != "the" {
				continue
			}
			if (q == "the" || q != "both" && si.ltok(a-2) == "the") && si.ltok(b) == "of" {
				// "the leaders of X and Y", "the three leaders of X, Y and Z"
				from := max(a-1, 0)
				if q != "the" {
					from = a - 2
				}
				if te.canonical == "Leader" || te.class == "leader" {
					members, end := r.leadersOf(si, b+1)
					if n := cardinalCount(q); n >= 3 && len(members) < n {
						// "The four leaders of the Compact", named in the
						// sentence after
						if named := r.groupNamedAfter(si, n, te); named != nil {
							// (the body's name is part of the group's)
							members, end = named, b+1
							if si.ltok(end) == "the" {
								end++
							}
							for end < len(toks) && isCapWord(toks[end]) {
								end++
							}
						}
					}
					if members != nil {
						m := add(from, end, MentionGroup, nil)
						m.Members = members
					}
				} else if te.class == "minister" || te.class == "diplomat" || te.class == "military" || te.class == "official" {
					// "the ambassadors of France and Italy", "the foreign
					// ministers of X and Y": the holders the article names,
					// else the countries
					if members, end := r.officialsOf(si, b+1, te.canonical); members != nil {
						if people := apposedPeople(si, ms, end, len(members)); people != nil {
							// "the governors of Plateau and Kaduna states,
							// X and Y": the people named after them
							members = people
						}
						m := add(from, end, MentionGroup, nil)
						m.Members = members
					}
				}
				continue
			}
			if b+1 < len(toks) && (toks[b].Text == "," && isCapWord(toks[b+1]) && (si.covered[b+1] == 0 || possessedPersonAt(si, ms, b+1)) || titledList(si, ms, b) != nil) {
				// "The foreign ministers, X of A and Y of B, are to meet":
				// the people named in apposition, no group of earlier ones
				continue
			}
			n := max(2, cardinalCount(q))
			start := a - 1
			if w := si.ltok(a - 2); q != "the" && (w == "the" || w == "their" || w == "these" || w == "those") {
				start = a - 2
			}
			var members []string
			holds := func(e *entity) bool { return holdsTitle(e, te.canonical) }
			if te.canonical == "Leader" || te.class == "generic" {
				holds = func(e *entity) bool { return e.leader }
			}
			groups := r.visibleGroups(si.s.Index)
			// the latest group, when its people hold the title
			g := lastGroupOf(groups, n, r)
			if q == "the" {
				g = r.salientGroup() // "the presidents": the people most spoken of together
			}
			if len(g) >= n && (q == "the" || len(g) == n) {
				all := true
				for _, p := range g {
					e := r.reg.byIRI[p]
					if e != nil && te.canonical == "Leader" && len(e.titles) == 0 && e.country != "" {
						// "China's X" named with no title: the leader of
						// "a meeting between Y and X. The two leaders ..."
						continue
					}
					if e == nil || !holds(e) {
						all = false
					}
				}
				if all || q == "the" {
					members = g
				}
				if !all && q == "the" {
					// "The presidents are due to meet": the holders of the
					// title among the people most spoken of together (not
					// their wives), else the latest holders, not a group of
					// ministers named since
					var holders []string
					for _, p := range g {
						if e := r.reg.byIRI[p]; e != nil && holds(e) {
							holders = append(holders, p)
						}
					}
					if len(holders) == n {
						members = holders
					} else if pair := r.lastGroupHolding(r.groups, n, holds); pair != nil {
						// "The presidents themselves had spoken once before":
						// the latest group of as many holders named together
						members = pair
					} else if te.class == "generic" || te.canonical == "Leader" {
						// ("the leaders": the people most spoken of together)
					} else if l := r.lastPeople(n, holds); l != nil {
						members = l
					}
				}
			}
			specificTitle := te.canonical != "Leader" && te.class != "generic"
			if members == nil && n >= 3 {
				// "the three prime ministers": the latest group of three
				// holders, not the last three named (a fourth may have
				// come since)
				members = r.lastGroupHolding(groups, n, func(e *entity) bool {
					// (a holder's counterparts hold the office too, and
					// people named with no title may: "X will host his
					// counterparts from A, B and C -- D, E and F")
					return holds(e) || specificTitle && (e.titles["Counterpart"] || len(e.titles) == 0)
				})
			}
			if members == nil {
				members = r.lastPeople(n, holds)
			}
			if members == nil && q != "the" {
				// "the two leaders": the latest group of two, not a larger one
				for j := len(groups) - 1; j >= 0 && members == nil; j-- {
					if len(groups[j]) == n {
						members = groups[j]
					}
				}
			}
			if members == nil {
				members = lastGroupOf(groups, n, r)
			}
			if n > 3 && len(members) != n {
				// "the four presidents": the latest group of four, or none
				members = nil
				for j := len(groups) - 1; j >= 0; j-- {
					if len(groups[j]) == n {
						members = groups[j]
						break
					}
				}
			}
			if te.class != "spokesperson" && r.anySpokesperson(members) {
				// "X, a spokeswoman for Y, said the two leaders would meet":
				// whoever the title stands for, not the one who speaks for them
				members = r.withoutSpokespeople(personsBefore(a), n)
			}
			specific := holds // "the two ministers": only a group of ministers; "the two leaders": any
			if te.canonical == "Leader" || te.class == "generic" {
				specific = func(*entity) bool { return true }
			}
			members = r.groupWith(members, personsBefore(a), n, specific)
			if members == nil && q != "the" {
				// "The four leaders of the Compact ended their summit on
				// Friday. President A of X, Prime Minister B of Y, ...": a
				// lead's group, named in the sentence after it
				members = r.groupNamedAfter(si, n, te)
			}
			if same := personsBefore(a); len(same) == n && q != "the" {
				// "X was received by Y, and the two leaders held talks":
				// the people named before it in the sentence, when they
				// hold the title
				all := true
				for _, p := range same {
					if e := r.reg.byIRI[p]; e == nil || !holds(e) {
						all = false
					}
				}
				if all {
					members = sorted(same)
				}
			}
			if members != nil {
				m := add(start, b, MentionGroup, nil)
				m.Members = members
			}
			continue
		}
		// singular: "the Ukrainian president", "the president"
		country, cs := lx.countryBefore(si, a)
		det := si.ltok(cs - 1)
		switch det {
		case "visiting", "outgoing", "incumbent":
			// "the visiting president": the president the article named
			if si.ltok(cs-2) == "the" {
				cs--
				det = "the"
			}
		}
		// "Kenya's president" (not "Kenya's Minister of Trade, X" or "Kenya's
		// president, X": a title going on, or a name in apposition)
		possessive := country != "" && cs < a && possessiveTokens[si.tok(a-1)] && si.ltok(b) != "of" && si.tok(b) != ","
		if country == "" && a >= 2 && si.ltok(a-2) == "the" && isCapWord(toks[a-1]) && si.covered[a-1] != 2 && !personAt(ms, a-1) {
			// "the Senate president": the holder introduced with that
			// qualifier ("Senate President Lucinda X")
			if e := r.qualifiedHolder(si, toks[a-1].Text, r.text[t.start:t.end], te.canonical); e != nil {
				m := add(a-2, b, string(schema.Person), e)
				m.Text = r.text[m.Start:m.End]
			}
			continue
		}
		if om := mentionEnding(ms, a-1); country == "" && om != nil && om.Type == string(schema.Organisation) && !om.possessive && om.tok0 >= 1 && si.ltok(om.tok0-1) == "the" && !(b < len(toks) && isCapWord(toks[b])) && si.ltok(b) != "of" && si.ltok(b) != "for" && si.ltok(b) != "to" && si.ltok(b) != "on" && si.tok(b) != "," {
			// "The United Nations secretary-general met X": the body's
			// officer, the one person holding the title, else the person
			// the sentence before brought in with no title ("The
			// diplomacy has also drawn in Y.")
			if e := r.bodyOfficer(si, te.canonical, om.tok0 == 1); e != nil {
				from := om.tok0 - 1
				ms = slices.DeleteFunc(ms, func(o Mention) bool { return o.tok0 == om.tok0 && o.tok1 == om.tok1 })
				m := add(from, b, string(schema.Person), e)
				m.Text = r.text[m.Start:m.End]
				e.addRole(schema.Role{Title: te.canonical}, te.class)
				continue
			}
		}
		if det != "the" && det != "his" && det != "her" && det != "their" && det != "its" && !possessive {
			continue
		}
		if b < len(toks) && isCapWord(toks[b]) && !toks[b].Glued {
			continue // a title before a name the lexicon resolved otherwise
		}
		start := cs - 1
		if possessive && det != "the" && det != "his" && det != "her" && det != "their" && det != "its" {
			start = cs // "Kenya's president": no determiner before the country
		}
		counterpart := te.canonical == "Counterpart"
		if counterpart && (country == "" || det == "the") {
			continue
		}
		if si.ltok(b) == "of" && b+1 < len(toks) && (isCapWord(toks[b+1]) || si.ltok(b+1) == "the" && b+2 < len(toks) && isCapWord(toks[b+2])) {
			continue // "the Prime Minister of Westland": another country's, named after
		}
		var best *entity
		for _, iri := range r.reg.order {
			e := r.reg.byIRI[iri]
			// "the Westlandic leader": a leader, or the one person of that
			// country the article names without a title; "his Westlandic
			// counterpart": the person of that country named
			generic := (te.canonical == "Leader" || counterpart) && country != "" && (e.leader || len(e.titles) == 0) && start < cs
			if e.typ != schema.Person || !e.titles[te.canonical] && !generic {
				continue
			}
			if country != "" && e.country != schema.EntityIRI(country) && !hasRoleOf(e, schema.EntityIRI(country)) {
				continue
			}
			if best == nil || e.last > best.last {
				best = e
			}
		}
		if best != nil && country == "" && det == "the" && si.ltok(b) != "of" && best.bare != te.canonical {
			// "the Prime Minister" alone: the one the article introduced
			// as "the Prime Minister, X", not the latest "Prime Minister
			// of Y, Z"
			for _, iri := range r.reg.order {
				if e := r.reg.byIRI[iri]; e.typ == schema.Person && e.bare == te.canonical {
					best = e
				}
			}
		}
		if p := apposedName(si, ms, b); counterpart && best != nil && p != "" && p != best.iri {
			continue // "his Westlandic counterpart, Gen. X": the name says who
		}
		if best != nil {
			m := add(start, b, string(schema.Person), best)
			m.Text = r.text[m.Start:m.End]
			continue
		}
		if country != "" && !counterpart && te.class != "spokesperson" && r.officeStandsAlone(si, start, cs, b) {
			// "the British prime minister hosted ..." with no prime
			// minister of Britain named yet: the country stands for its
			// office until the article names the holder
			e := r.reg.get(country, schema.Country, toks[cs].Start)
			add(start, b, string(schema.Country), e)
			r.offices = append(r.offices, officeRef{sentence: si.s.Index, single: true, country: e.iri, title: te.canonical, generic: te.canonical == "Leader"})
		}
	}
	// "the ministry", "the foreign ministry": the latest organisation named
	// with those words
	for k := 1; k < len(toks); k++ {
		if si.ltok(k-1) != "the" && !(k >= 2 && si.ltok(k-2) == "the" && toks[k-1].Kind == Word && !isCapWord(toks[k-1])) {
			continue
		}
		t := toks[k]
		if t.Kind != Word || isCapWord(t) || overlapsMention(ms, k-1, k+1) || si.covered[k] != 0 {
			continue
		}
		if nw := si.ltok(k + 1); nw == "of" || possessiveTokens[si.tok(k+1)] || lx.stop[nw] == "noun" {
			continue // "the ministry of defence", "the ministry's"
		}
		head := titleCase(t.Text)
		adj := ""
		start := k - 1
		if si.ltok(k-1) != "the" {
			adj, start = titleCase(si.tok(k-1)), k-2
		}
		var best *entity
		for _, iri := range r.reg.order {
			e := r.reg.byIRI[iri]
			if e.typ != schema.Organisation {
				continue
			}
			ws := strings.Fields(e.name)
			if len(ws) < 2 || ws[len(ws)-1] != head || adj != "" && ws[len(ws)-2] != adj {
				continue
			}
			if best == nil || e.last > best.last {
				best = e
			}
		}
		if best != nil {
			add(start, k+1, string(schema.Organisation), best)
		}
	}
	// Cue groups and outlet references.
	for _, c := range si.cues {
		a, b := si.spanToks(c.start, c.end)
		switch {
		case c.has("group"):
			if overlapsMention(ms, a, b) {
				continue
			}
			if nw := si.ltok(b); b < len(toks) && toks[b].Kind == Word && lx.stop[nw] != "function" && !si.isTrigger(b) && !groupVerb(nw) {
				continue // "the two countries": a noun phrase about something else
			}
			n := 2
			if strings.Contains(strings.ToLower(r.text[c.start:c.end]), "three") {
				n = 3
			}
			members := r.lastGroupBefore(personsBefore(a), n)
			if len(personsBefore(a)) > n {
				// "X and Y held talks with Z and W, days after the two
				// met V": the first group of that many named together
				var before []Mention
				for _, m := range ms {
					if m.tok1 <= a {
						before = append(before, m)
					}
				}
				for _, g := range coordinated(si, before) {
					if len(g) == n {
						members = g
						break
					}
				}
			}
			if strings.Contains(strings.ToLower(r.text[c.start:c.end]), "leaders") && len(personsBefore(a)) < 2 {
				g := r.lastGroup(n)
				all := len(g) >= n
				for _, p := range g {
					if e := r.reg.byIRI[p]; e == nil || !e.leader {
						all = false
					}
				}
				if all {
					members = g
				} else if l := r.lastPeople(n, func(e *entity) bool { return e.leader }); l != nil {
					members = l
				}
			}
			if r.anySpokesperson(members) {
				// "X, a spokeswoman for Y, said the two would meet": not the
				// one who speaks for them
				members = r.withoutSpokespeople(personsBefore(a), n)
			}
			members = r.groupWith(members, personsBefore(a), n, func(*entity) bool { return true })
			if members != nil {
				m := add(a, b, MentionGroup, nil)
				m.Members = members
			} else if strings.HasSuffix(strings.ToLower(r.text[c.start:c.end]), "sides") && n == 2 {
				// "The two sides will hold talks in Oslo": with no two
				// people before, the two countries spoken of last
				if cs := r.countryPair(); len(cs) == 2 {
					m := add(a, b, MentionGroup, nil)
					m.Members = cs
					m.countries = true
				}
			}
		case c.has("orgref") && !c.has("outletref"):
			// "the company said", "the firm stated": the organisation
			// named latest that no country owns
			if a < 1 || si.ltok(a-1) != "the" || overlapsMention(ms, a-1, b) || !si.speechStartsAt(speechAfterAux(si, b)) {
				continue
			}
			var best *entity
			for _, iri := range r.reg.order {
				e := r.reg.byIRI[iri]
				if e.typ == schema.Organisation && e.country == "" && !e.place && (best == nil || e.last > best.last) {
					best = e
				}
			}
			if best != nil {
				add(a-1, b, string(schema.Organisation), best)
			}
		case c.has("outletref"):
			if overlapsMention(ms, a, b) || len(r.outlets) == 0 {
				continue
			}
			start := a
			for start > 0 && (si.covered[start-1] == 1 || isCapWord(toks[start-1])) && si.ltok(start-1) != "the" {
				start--
			}
			if si.ltok(start-1) != "the" {
				continue
			}
			ent := r.reg.byIRI[r.outlets[len(r.outlets)-1]]
			m := add(start-1, b, string(schema.Outlet), ent)
			m.outlet = true
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	// Delegations and groups of countries.
	for _, c := range si.cues {
		if !c.has("delegation") && !c.has("countries") {
			continue
		}
		a, b := si.spanToks(c.start, c.end)
		if overlapsMention(ms, a, b) {
			continue
		}
		if c.has("delegation") && speechStartsAt(si, b) {
			continue // "Iraqi and Iranian officials said": speakers, no party to a contact
		}
		if w := si.ltok(b - 1); (w == "officials" || w == "diplomats" || w == "envoys" || w == "experts") && si.ltok(b) == "from" && (si.cueAt(b+1, "countries") || si.cueAt(b+2, "countries")) {
			continue // "officials from the three countries": the countries' own cue
		}
		start, end, members := r.countryGroupOf(si, ms, a, b, c.has("delegation"))
		if len(members) == 0 && c.has("delegation") && r.bareTeamsMeet(si, ms, a, b) {
			// "Technical teams would meet in April instead": the teams of
			// the two countries the article has just spoken of
			start, end, members = a, b, r.countryPair()
			if len(members) != 2 {
				members = nil
			}
		}
		if len(members) >= 2 && pluralTitleNamedAfter(si, end) {
			// "the two countries' defence ministers, X and Y": the
			// people in apposition take part, not the countries
			continue
		}
		if len(members) >= 2 {
			m := add(start, end, MentionGroup, nil)
			m.Members = members
			m.countries = true
			sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
		}
	}
	// Epithets: "the 61-year-old", "the Norwegian" for a person.
	r.noteAges(si, ms)
	for i := 0; i+2 < len(toks); i++ {
		if w := si.ltok(i); w != "the" && w != "his" && w != "her" {
			continue
		}
		var iri string
		j := i + 1
		if si.ltok(i) != "the" {
			// "his guest": below
		} else if age, e, ok := ageEpithet(si, i+1); ok {
			if p := mentionStarting(ms, e); p != nil && p.Type == string(schema.Person) {
				r.noteAge(p.Entity, age) // "the 61-year-old X"
				continue
			}
			iri, j = r.personOfAge(age), e
		} else if c, e, ok := r.demonymNoun(si, i+1); ok {
			iri, j = r.latestOfCountry(c), e
		} else if who, e := r.roleEpithet(si, i); who != "" {
			iri, j = who, e
		}
		if e := r.reg.byIRI[iri]; e != nil {
			// (a demonym's country mention gives way)
			for k := range ms {
				if ms[k].tok0 >= i && ms[k].tok1 <= j && ms[k].Type == string(schema.Country) {
					ms = append(ms[:k], ms[k+1:]...)
					break
				}
			}
			if !overlapsMention(ms, i, j) {
				add(i, j, MentionPronoun, e)
			}
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	// Pronouns.
	var firstPersons []int
	for i, t := range toks {
		if t.Kind != Word {
			continue
		}
		switch strings.ToLower(t.Text) {
		case "he", "him", "his", "she", "her":
			if si.ltok(i+1) == "excellency" || si.ltok(i+1) == "majesty" || si.ltok(i+1) == "highness" {
				continue // "His Excellency X": a style of address
			}
			iri := r.resolvePronoun(si, ms, i)
			if iri != "" {
				m := add(i, i+1, MentionPronoun, r.reg.byIRI[iri])
				m.possessive = strings.EqualFold(t.Text, "his") || strings.EqualFold(t.Text, "her")
			}
		case "i", "me", "my":
			// "ELIN SABO: I met X on Monday": a transcript's speaker
			if t.Text == "I" || t.Text == "me" || t.Text == "my" {
				if iri := r.turnSpeaker(si); iri != "" {
					m := add(i, i+1, MentionPronoun, r.reg.byIRI[iri])
					m.possessive = t.Text == "my"
				} else {
					firstPersons = append(firstPersons, i) // a quotation's speaker, once the sentence's pronouns are read
				}
			}
		case "they", "them", "their":
			if w := si.ltok(i + 1); w == "two" || w == "both" {
				continue
			}
			members := r.lastGroupBefore(personsBefore(i), 2)
			if len(personsBefore(i)) < 2 {
				// "who has met both leaders separately, said he was ready to
				// host them": the group named before in the sentence
				if g := personGroupMentions(mentionsBefore(ms, i)); len(g) > 0 {
					members = g[len(g)-1]
				}
			}
			if strings.EqualFold(t.Text, "their") && r.lastContact != nil && len(personsBefore(i)) < 2 && (si.isTrigger(i+1) || si.isTrigger(i+2) && si.s.Tokens[i+1].Kind == Word && !isCapWord(si.s.Tokens[i+1])) {
				// "Following their bilateral meeting": the people of the
				// latest contact
				members = r.lastContact
			}
			for k := len(ms) - 1; k >= 0; k-- {
				// the countries named just before in the sentence: "forced
				// the two countries to move their discussions online"
				if ms[k].tok1 <= i && ms[k].countries && len(personsBefore(i)) == 0 {
					members = ms[k].Members
					break
				}
			}
			if len(personsBefore(i)) == 0 {
				// "ministers from A, B and C are to hold their meeting": the
				// countries listed after "from"
				if cs := fromCountries(si, ms, i); len(cs) >= 2 {
					members = cs
				}
			}
			if w := si.ltok(i + 1); strings.EqualFold(t.Text, "their") && (w == "delegations" || w == "teams" || w == "negotiators" || unnamedOfficials(si, i+1)) {
				// "their delegations", "their interior ministers would
				// meet": the countries of the people
				if cs := r.countriesOfPeople(members); len(cs) == len(members) && len(cs) >= 2 {
					members = cs
				}
			}
			if members != nil {
				m := add(i, i+1, MentionGroup, nil)
				m.Members = members
				m.possessive = strings.EqualFold(t.Text, "their")
			}
		}
	}
	for _, i := range firstPersons {
		// "\"I met X on Monday,\" Y said": the quotation's speaker
		if e := r.reg.byIRI[r.quoteSpeaker(si, ms, i)]; e != nil {
			m := add(i, i+1, MentionPronoun, e)
			m.possessive = toks[i].Text == "my"
		}
	}
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Start < ms[j].Start })
	ms = append(ms, extra...)
	// "Bank of Westland Governor X": the person's mention starts after the
	// organisation's name it overlaps
	for i := range ms {
		p := &ms[i]
		if p.Type != string(schema.Person) {
			continue
		}
		if e := r.reg.byIRI[p.Entity]; e != nil && e.country == "" && len(e.roles) == 0 && p.tok0 >= 2 && possessiveTokens[si.tok(p.tok0-1)] {
			// "Westland's Tomas X": a person of that country
			for _, o := range ms {
				if o.Type == string(schema.Country) && o.tok1 == p.tok0-1 {
					e.country = o.Entity
				}
			}
		}
		for _, o := range ms {
			if o.Type == string(schema.Organisation) && o.tok0 < p.tok0 && p.tok0 < o.tok1 && o.tok1 < p.tok1 {
				p.tok0 = o.tok1
				p.Start = toks[o.tok1].Start
				p.Text = r.text[p.Start:p.End]
			}
		}
	}
	// A generic body named without its country: "the foreign ministry
	// said", "her ministry said".
	for _, br := range r.bodyReferences(si, ms) {
		add(br.a, br.b, string(schema.Organisation), br.e)
	}
	sort.SliceStable(ms, func(i, j int) bool {
		if ms[i].Start != ms[j].Start {
			return ms[i].Start < ms[j].Start
		}
		return ms[i].End > ms[j].End
	})
	si.mentions = ms
	r.noteSpeaker(si, ms)

	r.sideLed(si, ms)

	// Update the discourse state.
	var people []string
	firstPerson := ""
	afterVerb := false
	writer := bylineLine(si) // "By Ana Ruiz, Diplomatic Correspondent": no actor of the story
	for _, m := range ms {
		switch m.Type {
		case string(schema.Person):
			if writer {
				continue
			}
			if firstPerson == "" {
				firstPerson = m.Entity
				afterVerb = r.afterCommonWord(si, m.tok0)
			}
			r.pushPerson(m.Entity)
			if !containsStr(people, m.Entity) {
				people = append(people, m.Entity)
			}
		case MentionPronoun:
			if firstPerson == "" {
				firstPerson = m.Entity
			}
		}
	}
	if firstPerson != "" {
		r.subject, r.subjectAfterVerb = firstPerson, afterVerb
	}
	if writer {
		return // a byline's names are no group of the story
	}
	for _, g := range personGroupMentions(ms) {
		// "the two presidents had not spoken since. They last met ...":
		// the people a group mention stands for are the latest group
		r.groups = append(r.groups, g)
		r.groupAt = si.s.Index
	}
	for _, g := range coordinated(si, ms) {
		r.groups = append(r.groups, g)
		r.groupAt = si.s.Index
	}
	if g := coordinatedCountries(si, ms); len(g) >= 2 {
		r.countryGroups = append(r.countryGroups, g)
		r.countryGroupAt = si.s.Index
	}
}

// genericBody is the entity of a generic body (canon, a generic head of
// organisations.tsv: "foreign ministry") of a country (canonical name):
// "Russian Foreign Ministry".
func (r *resolver) genericBody(country, canon string, pos int) *entity {
	name := titleCase(canon)
	if d := r.lx.demonymOf[country]; d != "" {
		name = d + " " + name
	} else {
		name = country + " " + name
	}
	ent := r.reg.get(name, schema.Organisation, pos)
	ent.country = schema.EntityIRI(country)
	ent.body = canon
	for _, d := range r.lx.demonymsOf[country] {
		ent.addAlias(d + " " + titleCase(canon)) // "Nepalese Government" for "Nepali Government"
	}
	ent.addAlias(country + "'s " + canon) // "South Korea's foreign ministry"
	if canon == "government" || canon == "delegation" {
		ent.stateOf = country
		ent.delegation = canon == "delegation"
	}
	return ent
}

// bodyRef is a mention of a generic body resolved to its entity.
type bodyRef struct {
	a, b int
	e    *entity
}

// bodyReferences resolves ministries named without their country: "the
// foreign ministry" is the one of that portfolio named last, else that of
// the country of the minister of that portfolio first named in the
// sentence, else named last before it; "her ministry", "his foreign
// ministry" that of the person the pronoun stands for; a bare "the
// ministry" the ministry named last. Unresolved references stay
// unmentioned.
func (r *resolver) bodyReferences(si *sentInfo, ms []Mention) []bodyRef {
	var out []bodyRef
	covered := func(a, b int) bool { return overlapsMention(ms, a, b) }
	try := func(a, b int, canon string) {
		if a < 1 || covered(a, b) {
			return
		}
		det := si.ltok(a - 1)
		var e *entity
		switch det {
		case "his", "her", "its", "their":
			for k := range ms {
				if m := &ms[k]; m.tok0 == a-1 && m.Type == MentionPronoun && m.Entity != "" {
					if p := r.reg.byIRI[m.Entity]; p != nil {
						e = r.ministryOf(p, canon, si.s.Tokens[a].Start)
					}
				}
			}
		case "the":
			e = r.lastBody(canon)
			if e == nil {
				for k := 0; k < len(ms) && e == nil; k++ {
					if ms[k].Type == string(schema.Person) && ms[k].tok1 <= a {
						e = r.ministryOf(r.reg.byIRI[ms[k].Entity], canon, si.s.Tokens[a].Start)
					}
				}
				for k := len(r.history) - 1; k >= 0 && e == nil && canon != ""; k-- {
					e = r.ministryOf(r.reg.byIRI[r.history[k]], canon, si.s.Tokens[a].Start)
				}
				if c := r.homeCountry(); e == nil && canon != "" && c != "" {
					// "SEOUL, Sept. 24 (Wire) -- Foreign Minister X held
					// talks ..., the foreign ministry said": the
					// dateline's country
					e = r.genericBody(c, canon, si.s.Tokens[a].Start)
				}
			}
			a--
		}
		if e != nil {
			out = append(out, bodyRef{a, b, e})
		}
	}
	for _, h := range si.heads {
		if canon := h.phrases[0].canon; r.lx.headKind[canon] == "ministry" {
			a, b := si.spanToks(h.start, h.end)
			try(a, b, canon)
		}
	}
	for k, t := range si.s.Tokens {
		if strings.EqualFold(t.Text, "ministry") && si.covered[k] == 0 {
			try(k, k+1, "")
		}
	}
	return out
}

// homeCountry is the country of the city of the article's dateline
// ("SEOUL, Sept. 24 (Wire) --", "NEW DELHI, ..."), a city the lexicon
// knows; "" if none.
func (r *resolver) homeCountry() string {
	for n := 0; n < 3 && n < len(r.infos); n++ {
		toks := r.infos[n].s.Tokens
		if len(toks) < 3 || !isAllCaps(toks[0].Text) || utf8.RuneCountInString(toks[0].Text) < 3 {
			continue
		}
		k := 0
		for k < len(toks) && k < 4 && toks[k].Kind == Word && isAllCaps(toks[k].Text) {
			k++
		}
		if k == len(toks) || toks[k].Text != "," {
			return ""
		}
		words := make([]string, k)
		for q := range words {
			words[q] = titleCase(strings.ToLower(toks[q].Text))
		}
		city := strings.Join(words, " ")
		for _, g := range r.lx.gaz.find(city, 0, len(city)) {
			if g.start != 0 || g.end != len(city) {
				continue
			}
			for _, e := range g.entries {
				if (e.kind == gCapital || e.kind == gPlace) && e.country != "" {
					return e.country
				}
			}
		}
		return ""
	}
	return ""
}

// lastBody is the ministry of the portfolio (canon; "" for any) named
// last in the article.
func (r *resolver) lastBody(canon string) *entity {
	var best *entity
	for _, e := range r.reg.byIRI {
		if r.lx.headKind[e.body] != "ministry" || canon != "" && e.body != canon {
			continue
		}
		if best == nil || e.last > best.last {
			best = e
		}
	}
	return best
}

// ministryOf is the ministry a person heads as minister ("Foreign
// Minister" of a country: its "foreign ministry"), when it is of the
// portfolio canon ("" for any); nil otherwise.
func (r *resolver) ministryOf(p *entity, canon string, pos int) *entity {
	if p == nil || p.typ != schema.Person {
		return nil
	}
	for _, ro := range p.roles {
		t := strings.ToLower(ro.Title)
		for _, rank := range []string{"first ", "senior ", "deputy ", "vice "} {
			t = strings.TrimPrefix(t, rank) // "Senior Vice Foreign Minister"
		}
		if !strings.HasSuffix(t, " minister") {
			continue
		}
		head := strings.TrimSuffix(t, " minister") + " ministry"
		if r.lx.headKind[head] != "ministry" || canon != "" && head != canon {
			continue
		}
		country := ro.Of
		if country == "" {
			country = p.country
		}
		c := r.reg.byIRI[country]
		if c == nil || c.typ != schema.Country {
			continue
		}
		return r.genericBody(c.name, head, pos)
	}
	return nil
}

// sideLed gives a person of no known country the country whose side,
// delegation or team the sentence says they lead: "X, who led the Ostian
// side," / "X, head of the Westlandic delegation".
func (r *resolver) sideLed(si *sentInfo, ms []Mention) {
	r.teamsLedBy(si, ms)
	for _, m := range ms {
		if m.Type != string(schema.Person) {
			continue
		}
		e := r.reg.byIRI[m.Entity]
		if e == nil || e.country != "" {
			continue
		}
		k := m.tok1
		if si.tok(k) != "," {
			continue
		}
		k++
		if w := si.ltok(k); w == "who" {
			k++
			if w := si.ltok(k); w != "led" && w != "leads" && w != "headed" && w != "heads" {
				continue
			}
			k++
		} else if w != "head" && w != "leader" {
			continue
		} else if k++; si.ltok(k) != "of" {
			continue
		} else {
			k++
		}
		if si.ltok(k) != "the" {
			continue
		}
		c, _ := r.countryNameAt(si, k+1)
		if c == "" {
			continue
		}
		if w := si.ltok(k + 2); w != "side" && w != "delegation" && w != "team" {
			continue
		}
		e.country = schema.EntityIRI(c)
	}
}

// bareTeamsMeet reports a plural delegation word at tokens [a, b) that
// opens its sentence, past "The" and one lower-case or capitalised
// modifier ("Technical teams", "Negotiators"), with no actor in the
// sentence and a contact verb right after it, past an auxiliary
// ("would meet", "will sit down"): the teams of the countries spoken of
// just before.
func (r *resolver) bareTeamsMeet(si *sentInfo, ms []Mention, a, b int) bool {
	if !strings.HasSuffix(si.ltok(b-1), "s") || r.countryGroupAt < si.s.Index-3 && r.groupAt < si.s.Index-3 {
		return false
	}
	k := 0
	for i := a - 1; i > 0 && i >= a-4; i-- {
		// "Officials said technical teams would meet": the reported clause
		if w := si.ltok(i); w == "that" || speechStartsAt(si, i) {
			k = i + 1
			break
		}
	}
	if si.ltok(k) == "the" {
		k++
	}
	if k < a && si.s.Tokens[k].Kind == Word && r.lx.stop[si.ltok(k)] == "" {
		k++ // "Technical teams", "The expert teams"
	}
	if k != a {
		return false
	}
	j := b
	if si.ltok(j) == "from" && si.ltok(j+1) == "the" {
		// "Technical teams from the binational commission will meet": a
		// body of the two countries, past its name
		switch si.ltok(j + 2) {
		case "binational", "bilateral", "joint":
		default:
			return false
		}
		l := j + 3
		for l < len(si.s.Tokens) && l < j+8 && si.s.Tokens[l].Kind == Word && r.lx.stop[si.ltok(l)] != "function" && !si.isTrigger(l) {
			l++
		}
		j = l
	}
	end := j // the clause: up to a comma after the verb (", X told reporters")
	for end < len(si.s.Tokens) && si.tok(end) != "," && !clauseStop(si.tok(end)) {
		end++
	}
	for i := range ms {
		if m := &ms[i]; m.Type != MentionPlace && !m.asPlace && (m.tok0 < b || m.tok0 >= j) && m.tok0 < end {
			return false
		}
	}
	for n := 0; j < len(si.s.Tokens) && n < 2; n++ {
		switch si.ltok(j) {
		case "will", "would", "could", "can", "may", "might", "shall", "are", "were", "also", "again", "last", "first":
			j++
			continue
		}
		break
	}
	return si.isTrigger(j)
}

// countriesOfPeople is the distinct countries people hold office for
// (or belong to), in order; people of no known country are left out.
func (r *resolver) countriesOfPeople(people []string) []string {
	var out []string
	for _, p := range people {
		e := r.reg.byIRI[p]
		if e == nil || e.typ != schema.Person {
			return nil
		}
		c := e.country
		for _, ro := range e.roles {
			if c == "" && ro.Of != "" {
				if o := r.reg.byIRI[ro.Of]; o != nil && o.typ == schema.Country {
					c = ro.Of
				}
			}
		}
		if c != "" && !containsStr(out, c) {
			out = append(out, c)
		}
	}
	return sorted(out)
}

// fromCountries is the list of countries after "from" before token i in
// the sentence ("officials from A, B and C"), if any.
// unnamedOfficials reports, from token k, a plural word for officials
// after at most two lower-case modifiers and with no names in apposition
// after it: "interior ministers would meet", "senior officials will".
func unnamedOfficials(si *sentInfo, k int) bool {
	for j := k; j < k+3 && j < len(si.s.Tokens); j++ {
		t := si.s.Tokens[j]
		if t.Kind != Word || isCapWord(t) {
			return false
		}
		switch si.ltok(j) {
		case "ministers", "officials", "experts", "envoys", "diplomats", "representatives", "deputies", "ministries", "agencies", "sherpas", "aides", "staffs":
			n := si.tok(j + 1)
			return n != "," && n != "(" && (j+1 >= len(si.s.Tokens) || !isCapWord(si.s.Tokens[j+1]))
		}
	}
	return false
}

func fromCountries(si *sentInfo, ms []Mention, i int) []string {
	for k := range ms {
		m := &ms[k]
		if m.tok1 > i || m.Type != string(schema.Country) || si.ltok(m.tok0-1) != "from" {
			continue
		}
		out := []string{m.Entity}
		j := m.tok1
		for j < i {
			if w := si.ltok(j); w != "," && w != "and" {
				break
			}
			j++
			if si.ltok(j) == "and" {
				j++
			}
			n := mentionStarting(ms, j)
			if n == nil || n.Type != string(schema.Country) {
				break
			}
			out = append(out, n.Entity)
			j = n.tok1
		}
		if len(out) >= 2 {
			return sorted(out)
		}
	}
	return nil
}

// supranational reports an organisation of no one country ("the European
// Union"), which negotiates as a side of its own.
func (r *resolver) supranational(iri string) bool {
	e := r.reg.byIRI[iri]
	return e != nil && e.typ == schema.Organisation && e.country == "" && e.stateOf == ""
}

// noteSideLeader records the person leading a side of talks.
func (r *resolver) noteSideLeader(side, person string, sentence int) {
	if r.sideLeaders == nil {
		r.sideLeaders = map[string]sideLeader{}
	}
	r.sideLeaders[side] = sideLeader{person, sentence}
}

// ledByAt reports the "by" of "led by" or "headed by" at token j.
func ledByAt(si *sentInfo, j int) bool {
	w := si.ltok(j - 1)
	return si.ltok(j) == "by" && (w == "led" || w == "headed")
}

// ledBefore reports "headed by" or "led by" before token a in the
// sentence: the verb an elliptical "and Y's side by Z" leaves out.
func ledBefore(si *sentInfo, a int) bool {
	for k := a - 1; k > 0; k-- {
		if ledByAt(si, k) {
			return true
		}
		if w := si.ltok(k - 1); si.ltok(k) == "on" && (w == "headed" || w == "led") {
			return true // "was led on the EU side by X"
		}
	}
	return false
}

// sideLeader is the person leading a country's side, and the sentence
// that says so.
type sideLeader struct {
	person   string
	sentence int
}

// teamsLedBy reads "Westland's team was led by X, and Ostmark's by Y": the
// people leading the countries' sides in talks.
func (r *resolver) teamsLedBy(si *sentInfo, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		if (m.Type == string(schema.Country) || m.Type == string(schema.Organisation)) && si.ltok(m.tok0-1) == "the" && si.ltok(m.tok0-2) == "on" && si.ltok(m.tok1) == "side" && si.ltok(m.tok1+1) == "by" && ledBefore(si, m.tok0) {
			// "was led on the EU side by X": X heads that side
			if q := mentionStarting(ms, m.tok1+2); q == nil || q.Type != string(schema.Person) {
				for j := m.tok1 + 2; j < len(si.s.Tokens) && j < m.tok1+8; j++ {
					if q := mentionStarting(ms, j); q != nil && q.Type == string(schema.Person) {
						r.noteSideLeader(m.Entity, q.Entity, si.s.Index)
						break
					}
				}
			} else {
				r.noteSideLeader(m.Entity, q.Entity, si.s.Index)
			}
			continue
		}
		if m.Type == string(schema.Organisation) {
			// "The Velmoran delegation was headed by the Deputy Minister
			// ..., Mr. X": the first person named after it
			e := r.reg.byIRI[m.Entity]
			if e == nil || e.stateOf == "" {
				continue
			}
			w := si.ltok(m.tok1 - 1)
			if w != "delegation" && w != "team" && w != "side" {
				continue
			}
			k := m.tok1
			switch v := si.ltok(k); {
			case v == "by" && ledBefore(si, m.tok0):
				// "..., the Ostian side by Y": the verb of the clause before
				k--
			case v != "was" && v != "is" && v != "will":
				continue
			default:
				k++
				if si.ltok(k) == "be" {
					k++
				}
				if v := si.ltok(k); (v != "headed" && v != "led") || si.ltok(k+1) != "by" {
					continue
				}
			}
			for j := k + 2; j < len(si.s.Tokens) && j < k+25 && !clauseStop(si.tok(j)); j++ {
				if q := mentionStarting(ms, j); q != nil && q.Type == string(schema.Person) {
					if r.sideLeaders == nil {
						r.sideLeaders = map[string]sideLeader{}
					}
					r.sideLeaders[schema.EntityIRI(e.stateOf)] = sideLeader{q.Entity, si.s.Index}
					break
				}
			}
			continue
		}
		if m.Type != string(schema.Country) || !possessiveTokens[si.tok(m.tok1)] {
			continue
		}
		k := m.tok1 + 1
		switch si.ltok(k) {
		case "team", "delegation", "side", "negotiators":
			k++
		case "by":
			// "and Ostmark's by Y": the side of the clause before
		default:
			continue
		}
		if w := si.ltok(k); w == "was" || w == "is" || w == "were" || w == "will" {
			k++
			if si.ltok(k) == "be" {
				k++
			}
			if w := si.ltok(k); w != "led" && w != "headed" {
				continue
			}
			k++
		}
		if si.ltok(k) != "by" {
			continue
		}
		var p *Mention
		for j := k + 1; j < len(si.s.Tokens) && j <= k+4 && p == nil; j++ {
			if q := mentionStarting(ms, j); q != nil && q.Type == string(schema.Person) {
				p = q
			} else if !isCapWord(si.s.Tokens[j]) {
				break // past a title the name does not cover: "Deputy Minister X"
			}
		}
		if p == nil {
			continue
		}
		if r.sideLeaders == nil {
			r.sideLeaders = map[string]sideLeader{}
		}
		r.sideLeaders[m.Entity] = sideLeader{p.Entity, si.s.Index}
	}
}

// coordinatedCountries is the first group of two or more countries named
// together in a sentence ("Westland and Ostmark", "US-Russia", a delegation
// group).
func coordinatedCountries(si *sentInfo, ms []Mention) []string {
	var cur []string
	lastEnd := -1
	for _, m := range ms {
		if m.countries {
			return m.Members
		}
		if m.Type != string(schema.Country) {
			continue
		}
		if lastEnd >= 0 && (joinedByAnd(si, lastEnd, m.tok0) || m.tok0 == lastEnd+1 && si.tok(lastEnd) == "-") {
			if !containsStr(cur, m.Entity) {
				cur = append(cur, m.Entity)
			}
		} else {
			if len(cur) >= 2 {
				return sorted(cur)
			}
			cur = []string{m.Entity}
		}
		lastEnd = m.tok1
	}
	if len(cur) >= 2 {
		return sorted(cur)
	}
	return nil
}

// countryPair is the latest pair (or group) of countries the article spoke
// of: the countries named together last, or those of the people named
// together last, whichever came later.
func (r *resolver) countryPair() []string {
	var people []string
	// the latest group of people of two countries
	for i := len(r.groups) - 1; i >= 0 && i >= len(r.groups)-4 && people == nil; i-- {
		// (a person's country, else the country of the office held:
		// "President X of Ostmark and Prime Minister Y of Westland")
		cs := r.countriesOfPeople(r.groups[i])
		if len(cs) == 2 {
			people = cs
		}
	}
	if len(people) >= 2 && (len(r.countryGroups) == 0 || r.groupAt > r.countryGroupAt) {
		return sorted(people)
	}
	if len(r.countryGroups) > 0 {
		return r.countryGroups[len(r.countryGroups)-1]
	}
	if len(people) >= 2 {
		return sorted(people)
	}
	return nil
}

// compoundCountries reads countries or demonyms joined by hyphens from
// token j ("Westlandic-Ostian", "Norland-Vesmark"); it gives their IRIs
// and the token after the compound.
func (r *resolver) compoundCountries(si *sentInfo, j int) ([]string, int) {
	var out []string
	for {
		e := j
		for e < len(si.s.Tokens) && e < j+4 {
			if iri, s0 := r.countryAt(si, e); iri != "" && s0 == j {
				break
			}
			e++
		}
		if e >= len(si.s.Tokens) || e >= j+4 {
			break
		}
		iri, _ := r.countryAt(si, e)
		if !containsStr(out, iri) {
			out = append(out, iri)
		}
		j = e + 1
		if si.tok(j) != "-" || !si.s.Tokens[j].Glued || j+1 >= len(si.s.Tokens) || !si.s.Tokens[j+1].Glued {
			break
		}
		j++
	}
	return out, j
}

// countryAt is the country a token names or qualifies: a country or a
// demonym of the lexicon ending at token k, a country the article uses
// that the lexicon lacks, or a demonym formed from it ("Ravonian"). It
// gives the country IRI and the first token of the name.
func (r *resolver) countryAt(si *sentInfo, k int) (string, int) {
	name, s0 := r.countryNameAt(si, k)
	if name == "" {
		return "", s0
	}
	return schema.EntityIRI(name), s0
}

// countryNameAt is countryAt with the country's canonical name.
func (r *resolver) countryNameAt(si *sentInfo, k int) (string, int) {
	if k < 0 || k >= len(si.s.Tokens) {
		return "", k
	}
	for _, g := range si.gaz {
		ga, gb := si.spanToks(g.start, g.end)
		if gb-1 != k {
			continue
		}
		if e, ok := g.entry(gCountry, gDemonym); ok {
			return e.country, ga
		}
	}
	if c := r.demonymCountry(si.tok(k)); c != "" {
		return c, k
	}
	if c, a, _ := r.compoundCountryAt(si, k, false); c != "" {
		return c, a
	}
	return "", k
}

// compoundCountryAt reads a country of more than one word the article
// taught (compoundCountries) ending at token k, or starting at it if
// forward: its name and token range.
func (r *resolver) compoundCountryAt(si *sentInfo, k int, forward bool) (string, int, int) {
	if !r.compound {
		return "", k, k
	}
	toks := si.s.Tokens
	for n := 2; n <= 5; n++ {
		a, b := k-n+1, k+1
		if forward {
			a, b = k, k+n
		}
		if a < 0 || b > len(toks) {
			continue
		}
		if name := si.s.Text[toks[a].Start-si.s.Start : toks[b-1].End-si.s.Start]; r.countries[name] {
			return name, a, b
		}
	}
	return "", k, k
}

// countryFrom reads a country named from token k forward (its name or
// demonym, however many words): the country and the token after it.
func (r *resolver) countryFrom(si *sentInfo, k int) (string, int) {
	if k < 0 || k >= len(si.s.Tokens) {
		return "", k
	}
	for _, g := range si.gaz {
		ga, gb := si.spanToks(g.start, g.end)
		if ga != k {
			continue
		}
		if e, ok := g.entry(gCountry, gDemonym); ok {
			return e.country, gb
		}
	}
	if c := r.demonymCountry(si.tok(k)); c != "" {
		return c, k + 1
	}
	if c, _, b := r.compoundCountryAt(si, k, true); c != "" {
		return c, b
	}
	return "", k
}

// countryList reads the countries listed from token k ("Aldera, Korvin and
// South Vessaro"): their names and the token after the list.
func (r *resolver) countryList(si *sentInfo, k int) ([]string, int) {
	var countries []string
	end := k
	for k < len(si.s.Tokens) {
		c, next := r.countryFrom(si, k)
		if c == "" {
			break
		}
		countries = append(countries, c)
		k = next
		end = k
		if w := si.ltok(k); w == "and" || w == "," {
			k++
			if si.ltok(k) == "and" {
				k++
			}
			if si.ltok(k) == "the" {
				k++ // "Japan and the United States"
			}
			continue
		}
		break
	}
	return countries, end
}

// leadersOf gives the leaders of the countries named from token k ("the
// leaders of Aldera and Korvin"): people the article titles as heads of
// state or government of those countries, wherever it names them.
func (r *resolver) leadersOf(si *sentInfo, k int) ([]string, int) {
	countries, end := r.countryList(si, k)
	if len(countries) < 2 {
		return nil, end
	}
	if r.leaders == nil {
		r.leaders = map[string]string{}
		for _, o := range r.infos {
			leaderBefore := false
			var plural *roleInfo // "his Latvian and Estonian counterparts, X and Y"
			idx := 0
			for _, seq := range r.lx.nameSequences(o) {
				ri := seq.titleRole
				if seq.org {
					continue
				}
				if ri != nil && ri.title.plural {
					plural, idx = ri, 0
					ri = r.lx.nthOfPlural(o, plural, 0)
				} else if ri == nil && seq.appositive != nil && seq.appositive.title.plural {
					plural, idx = seq.appositive, 0
					ri = r.lx.nthOfPlural(o, plural, 0)
				} else if ri == nil && seq.appositive == nil && plural != nil && seq.a >= 1 && (o.ltok(seq.a-1) == "and" || o.tok(seq.a-1) == ",") {
					idx++
					ri = r.lx.nthOfPlural(o, plural, idx)
				} else {
					plural = nil
				}
				if ri != nil && ri.title.canonical == "Counterpart" && ri.country != "" && leaderBefore {
					// "President X and his South Sudanese counterpart, Y": a
					// leader's counterpart leads their country too
				} else if ri == nil || ri.title.class != "leader" {
					continue
				}
				leaderBefore = true
				c := ri.country
				if c == "" || !r.lx.countries[c] && !r.countries[c] {
					c, _ = r.countryNameAt(o, ri.start-1)
				}
				if c != "" && r.leaders[c] == "" {
					r.leaders[c] = canonicalPerson(r.names, seq.name)
				}
			}
		}
		// a country without a titled leader: the person the article
		// introduces by the country's possessive alone ("Norland's Ana Ruiz")
		for _, o := range r.infos {
			for _, seq := range r.lx.nameSequences(o) {
				if seq.org || seq.outlet || seq.place || seq.titleRole != nil || seq.appositive != nil || seq.a < 2 {
					continue
				}
				if p := o.tok(seq.a - 1); p != "'s" && p != "’s" {
					continue
				}
				if c, _ := r.countryNameAt(o, seq.a-2); c != "" && r.leaders[c] == "" {
					r.leaders[c] = canonicalPerson(r.names, seq.name)
				}
			}
		}
	}
	var out []string
	named := 0
	for _, c := range countries {
		if r.leaders[c] != "" {
			named++
		}
	}
	if named >= 4 && 2*named > len(countries) && named < len(countries) {
		// "the presidents of A, B, C, D, E and F" with all but one named
		// elsewhere as "A's X": those named (a summit lists the attendees
		// the article names)
		for _, c := range countries {
			if n := r.leaders[c]; n != "" {
				out = append(out, r.reg.get(n, schema.Person, 0).iri)
			}
		}
		sort.Strings(out)
		return out, end
	}
	if named > 0 && named < len(countries) {
		return nil, end // some named, some not: left to the people named around
	}
	for _, c := range countries {
		n := r.leaders[c]
		if n == "" {
			// leaders the article does not name stand for their countries
			e := r.reg.get(c, schema.Country, 0)
			e.place = true
			out = append(out, e.iri)
			continue
		}
		out = append(out, r.reg.get(n, schema.Person, 0).iri)
	}
	sort.Strings(out)
	return out, end
}

// officialsOf reads "the ambassadors of A and B": for each country the
// person holding the title there, or the country when the article names
// none; nil when some are named and some not, or fewer than two countries.
func (r *resolver) officialsOf(si *sentInfo, k int, title string) ([]string, int) {
	var out []string
	named := 0
	var refs []officeRef
	countries, end := r.countryList(si, k)
	for _, c := range countries {
		e := r.reg.get(c, schema.Country, 0)
		e.place = true
		if who := r.holderOf(officeRef{country: e.iri, title: title}); who != "" {
			out = append(out, who)
			named++
		} else {
			out = append(out, e.iri)
			refs = append(refs, officeRef{sentence: si.s.Index, country: e.iri, title: title})
		}
	}
	if len(out) < 2 || named > 0 && named < len(out) {
		// some holders named and some not: rather no group than a wrong
		// mix (a holder's title may go unread: "Minister of Foreign
		// Affairs and Worship")
		return nil, end
	}
	r.offices = append(r.offices, refs...) // named once the article names them
	sort.Strings(out)
	return out, end
}

// demonymCountry maps a word to a country the article uses that the lexicon
// lacks: the name itself or an adjective formed from it by the English
// suffixes (-n, -an, -ian, -ic, -ese, -ish).
// demonymPair reports an adjective of nationality formed from a country's
// name the lexicon lacks: the two share a stem of five letters or more, the
// name goes on with at most an ending vowel, "s" or "ia", the adjective with
// a demonym suffix ("Ostreve" → "Ostrevan", "Vardis" → "Vardine",
// "Quellia" → "Quellian").
func demonymPair(country, adj string) bool {
	if country == adj || len(country) < 5 || len(adj) < 6 {
		return false
	}
	n := 0
	for n < len(country) && n < len(adj) && country[n] == adj[n] {
		n++
	}
	if n < 5 || n < len(country)-2 {
		return false
	}
	switch country[n:] {
	case "", "a", "e", "o", "s", "ia":
	default:
		return false
	}
	switch adj[n:] {
	case "n", "an", "ian", "ne", "ine", "ese", "ish", "ic", "i", "ean":
		return true
	}
	return false
}

func (r *resolver) demonymCountry(w string) string {
	if w == "" || !unicode.IsUpper([]rune(w)[0]) {
		return ""
	}
	// in a fixed order, the best reading first (the country itself, a
	// known pair, then a suffix), the longer name first among equals: the
	// same text always gives the same country
	cs := make([]string, 0, len(r.countries))
	for c := range r.countries {
		cs = append(cs, c)
	}
	sort.Slice(cs, func(i, j int) bool {
		if len(cs[i]) != len(cs[j]) {
			return len(cs[i]) > len(cs[j])
		}
		return cs[i] < cs[j]
	})
	for _, c := range cs {
		if w == c {
			return c
		}
	}
	for _, c := range cs {
		if demonymPair(c, w) {
			return c
		}
	}
	for _, c := range cs {
		if !strings.HasPrefix(w, c[:len(c)-1]) {
			continue
		}
		for _, suf := range []string{"n", "an", "ian", "ic", "ese", "ish", "i"} {
			if w == c+suf || strings.HasSuffix(c, "a") && w == c[:len(c)-1]+suf {
				return c
			}
		}
	}
	return ""
}

// countryGroupOf reads the countries a delegation word or "the two
// countries" at tokens [a, b) stands for: demonyms or countries before it
// ("Russian and Ukrainian delegations"), countries after "from" or "of"
// ("delegations from Westland and Ostmark", "teams from the two countries"),
// or the latest pair named ("the two delegations", "the two countries").
// It gives the token range of the group and its members.
func (r *resolver) countryGroupOf(si *sentInfo, ms []Mention, a, b int, delegation bool) (int, int, []string) {
	start, end := a, b
	var members []string
	if delegation {
		k := a - 1
		// "Westlandic and Ostian expert teams": past lower-case modifiers
		for j := 0; j < 2 && k > 0 && si.s.Tokens[k].Kind == Word && !isCapWord(si.s.Tokens[k]) && si.covered[k] == 0 && r.lx.stop[si.ltok(k)] == ""; j++ {
			if iri, _ := r.countryAt(si, k-1); iri != "" {
				k--
				break
			}
			k--
		}
		if iri, _ := r.countryAt(si, k); iri == "" {
			k = a - 1
		}
		for k >= 0 {
			iri, s0 := r.countryAt(si, k)
			if iri == "" {
				break
			}
			if !containsStr(members, iri) {
				members = append(members, iri)
			}
			start = s0
			k = s0 - 1
			if w := si.ltok(k); w == "and" || w == "," {
				k--
				continue
			}
			break
		}
		if len(members) == 1 {
			members = nil
			start = a
		}
		if len(members) == 0 {
			if w := si.ltok(b); w == "from" || w == "of" {
				j := b + 1
				for j < len(si.s.Tokens) {
					if w := si.ltok(j); (w == "the" || w == "both") && mentionStarting(ms, j) == nil {
						j++
						continue
					}
					m := mentionStarting(ms, j)
					if m != nil && (m.Type == string(schema.Country) || m.Type == string(schema.Organisation) && r.supranational(m.Entity)) {
						// "negotiators from the European Union and Indonesia"
						if !containsStr(members, m.Entity) {
							members = append(members, m.Entity)
						}
						end = m.tok1
						j = m.tok1
						if w := si.ltok(j); w == "and" || w == "," {
							j++
							continue
						}
						break
					}
					if m != nil && m.countries {
						members, end = m.Members, m.tok1
					}
					if m == nil {
						// "teams of the Westlandic-Ostian Joint Commission":
						// a body of the countries its compound names
						if cs, e := r.compoundCountries(si, j); len(cs) >= 2 {
							members, end = cs, e
							if o := mentionStarting(ms, e); o != nil && o.Type == string(schema.Organisation) {
								end = o.tok1
							}
						}
					}
					break
				}
				if len(members) < 2 {
					members = nil
					// "teams from the two countries"
					for _, c := range si.cues {
						ca, cb := si.spanToks(c.start, c.end)
						if c.has("countries") && ca > b && ca <= b+2 {
							members, end = r.countryPair(), cb
						}
					}
				}
				if len(members) < 2 && (si.ltok(b+1) == "the" && si.ltok(b+2) == "two" || si.ltok(b+1) == "both") {
					// "delegations from the two defence ministries": the
					// bodies of the two countries spoken of
					j := b + 2
					if si.ltok(b+1) == "the" {
						j = b + 3
					}
					k := j
					for k < len(si.s.Tokens) && k < j+3 && si.s.Tokens[k].Kind == Word && !isCapWord(si.s.Tokens[k]) && mentionStarting(ms, k) == nil {
						k++
					}
					if k > j {
						members, end = r.countryPair(), k
					}
				}
			}
		}
	}
	if len(members) == 0 {
		if w := si.ltok(a - 1); w == "two" || w == "both" || !delegation {
			if delegation {
				start = a - 1
			}
			if si.ltok(start-1) == "the" {
				start--
			}
			members = r.countryPair()
			n := max(cardinalCount(si.ltok(a)), cardinalCount(si.ltok(a+1)), cardinalCount(si.ltok(a-1)))
			if l := r.latestCountries(n); n >= 3 && l != nil {
				members = l
			} else if n > 3 {
				members = nil // "the five countries": not the latest two
			}
		}
	}
	sort.Strings(members)
	return start, end, members
}

// latestCountries are the n countries "the three countries", "the four
// countries" stand for: the latest n named together, else the latest
// groups named together that make exactly n ("A and B dispute it; C and
// D act as guarantors. The four countries ..."); nil if none.
func (r *resolver) latestCountries(n int) []string {
	for j := len(r.countryGroups) - 1; j >= 0 && j >= len(r.countryGroups)-4; j-- {
		if len(r.countryGroups[j]) == n {
			return r.countryGroups[j]
		}
	}
	var out []string
	for j := len(r.countryGroups) - 1; j >= 0 && len(out) < n; j-- {
		for _, c := range r.countryGroups[j] {
			if !containsStr(out, c) {
				out = append(out, c)
			}
		}
	}
	if len(out) != n {
		return nil
	}
	return out
}

// mentionEnding is the mention whose last token is k.
func mentionEnding(ms []Mention, k int) *Mention {
	for i := range ms {
		if ms[i].tok1 == k+1 {
			return &ms[i]
		}
	}
	return nil
}

func mentionStarting(ms []Mention, k int) *Mention {
	for i := range ms {
		if ms[i].tok0 == k {
			return &ms[i]
		}
	}
	return nil
}

// pronounGender is the gender of a personal pronoun ('m' he, him, his; 'f'
// she, her), 0 for another word.
func pronounGender(w string) byte {
	switch w {
	case "he", "him", "his":
		return 'm'
	case "she", "her":
		return 'f'
	}
	return 0
}

// resolvePronoun resolves he/him/his/she/her at token i. A subject or
// possessive pronoun prefers the subject of its sentence, an object
// pronoun someone else; people inside quotations or inside a fronted
// phrase ("Speaking by phone to Dorn, she ...") are passed over; then the
// subject of the previous sentence and the people named before. A person
// once referred to as "she" is not "he" later, and the other way round.
func (r *resolver) resolvePronoun(si *sentInfo, ms []Mention, i int) string {
	lw := strings.ToLower(si.tok(i))
	g := byte('m')
	if lw == "she" || lw == "her" {
		g = 'f'
	}
	object := lw == "him" || lw == "her" && !r.determiner(si, i)
	fronted := -1 // end of a fronted phrase: "Speaking by phone to Dorn on Sunday,"
	if w := si.ltok(0); strings.HasSuffix(w, "ing") || r.lx.stop[w] == "function" {
		for k := 1; k < i; k++ {
			if si.tok(k) == "," {
				fronted = k
				break
			}
		}
		if fronted > 0 && r.clauseBeforeComma(si, ms, fronted) {
			fronted = -1 // "On Thursday X flew to London, where he met Y": a clause, not a fronted phrase
		}
		if fronted > 0 {
			// "Having met X and the foreign minister, Y, in Geneva on
			// Tuesday, Z came ..., where he": past Y in apposition
			if c := apposedPhraseComma(si, fronted); c < i {
				fronted = c
			}
		}
	}
	opener := -1 // the comma closing a fronted phrase the pronoun is in
	if w := si.ltok(0); strings.HasSuffix(w, "ing") || w == "after" || w == "before" || w == "ahead" {
		for k := i + 1; k < len(si.s.Tokens) && k < 25; k++ {
			if si.tok(k) == "," {
				opener = k
				break
			}
		}
	}
	if fronted := opener; fronted > i && (lw == "his" || lw == "her" && r.determiner(si, i) || lw == "he" || lw == "she") {
		// "Speaking ahead of his meeting with X, Y said": the fronted
		// phrase's pronoun is the subject after it
		for _, m := range ms {
			if m.Type == string(schema.Person) && m.Entity != "" && m.tok0 > fronted && m.tok0 <= fronted+5 {
				if gg := r.gender[m.Entity]; gg == 0 || gg == g {
					pre := true
					for k := fronted + 1; k < m.tok0; k++ {
						if si.covered[k] == 0 && isCapWord(si.s.Tokens[k]) || si.s.Tokens[k].Kind == Punct {
							pre = false
						}
					}
					if pre {
						return m.Entity
					}
				}
				break
			}
		}
	}
	quoted := quotedTokens(si)
	// the speaker of a reporting clause after its content ("..., she
	// said") is nobody the content names: a name in the content cannot be
	// the pronoun's antecedent
	var named map[string]bool
	if r.postposedSpeaker(si, i) {
		named = map[string]bool{}
		for _, m := range ms {
			if m.tok1 <= i && m.Type == string(schema.Person) && m.Entity != "" {
				named[m.Entity] = true
			}
		}
	}
	var inSentence []string
	// in the order of the text: the pronouns resolved so far come last in ms
	byPos := make([]int, 0, len(ms))
	for k := range ms {
		byPos = append(byPos, k)
	}
	sort.SliceStable(byPos, func(a, b int) bool { return ms[byPos[a]].tok0 < ms[byPos[b]].tok0 })
	for _, k := range byPos {
		m := ms[k]
		if m.tok1 > i || m.Entity == "" || m.Type != string(schema.Person) && m.Type != MentionPronoun || named[m.Entity] {
			continue
		}
		if quoted[m.tok0] || m.tok1 <= fronted && !object {
			continue
		}
		if !containsStr(inSentence, m.Entity) {
			inSentence = append(inSentence, m.Entity)
		}
	}
	var cands []string
	if object && len(inSentence) > 0 && r.complementedSubject(si, ms, i) {
		// "X proposed that A and B meet with him": an object pronoun in a
		// that-clause may be the main clause's subject, not its own clause's
		cands = append(cands, inSentence[0])
	}
	if object {
		rel := whoAntecedent(si, ms, i) // "X, who invited him": not X
		for k := len(inSentence) - 1; k >= 1; k-- {
			if inSentence[k] != rel {
				cands = append(cands, inSentence[k])
			}
		}
		if rel != "" && len(inSentence) > 0 && inSentence[0] != rel {
			cands = append(cands, inSentence[0])
		}
	} else if len(inSentence) > 0 {
		cands = append(cands, inSentence[0])
		for k := len(inSentence) - 1; k >= 1; k-- {
			cands = append(cands, inSentence[k])
		}
	}
	// an object pronoun is not its own clause's subject ("X invited him"
	// is not X): that one comes last
	own := ""
	if object && len(inSentence) > 0 {
		for _, k := range byPos {
			m := ms[k]
			if m.Entity != inSentence[0] || m.tok1 > i {
				continue
			}
			if i-m.tok1 <= 3 {
				own = m.Entity // "X invited him", "X then asked him"
				for j := m.tok1; j < i; j++ {
					if w := si.ltok(j); w == "that" || w == "," || w == "who" || w == "and" || w == "to" || clauseStop(w) {
						own = ""
					}
				}
			}
			break
		}
	}
	if r.subject != "" && !containsStr(cands, r.subject) && r.subject != own {
		cands = append(cands, r.subject)
	}
	for k := len(r.history) - 1; k >= 0 && len(cands) < 8; k-- {
		if !containsStr(cands, r.history[k]) && r.history[k] != own {
			cands = append(cands, r.history[k])
		}
	}
	if object && len(inSentence) > 0 && !containsStr(cands, inSentence[0]) {
		cands = append(cands, inSentence[0])
	}
	if t := r.topic[g]; !object && len(inSentence) == 0 && r.subjectAfterVerb && len(cands) > 0 && cands[0] == r.subject && r.gender[r.subject] == 0 && t != "" && t != r.subject && r.topicAt[g] >= si.s.Index-2 && containsStr(cands, t) {
		// "Y said she ... . Agency Z quoted X as saying .... She had also
		// joined": the person the pronouns were about, not the one only
		// named after a verb
		cands = append([]string{t}, cands...)
	}
	if sp := r.speakerBefore(si, ms, i); sp != "" && (lw == "he" || lw == "she") && !containsStr(cands[:min(1, len(cands))], sp) {
		// "X renewed the invitation, and Y said she would travel": the
		// one who says it
		cands = append([]string{sp}, cands...)
	}
	if !object && len(cands) > 0 {
		if p := r.spokesPrincipal(si, ms, cands[0], i); p != "" && !containsStr(cands[:1], p) {
			// "X's spokesman, Y, said she would meet Z": X
			cands = append([]string{p}, cands...)
		}
	}
	if object {
		// "She held talks with X, and the next day Y received her": the
		// person a pronoun of the same gender stood for before in the
		// sentence, past other people
		for k := len(byPos) - 1; k >= 0; k-- {
			m := ms[byPos[k]]
			if m.tok1 > i || m.Type != MentionPronoun && m.Type != string(schema.Person) {
				continue
			}
			if m.Type == MentionPronoun && m.Entity != "" && !named[m.Entity] && r.gender[m.Entity] == g && pronounGender(si.ltok(m.tok0)) == g && k < len(byPos)-1 && !containsStr(cands[:min(1, len(cands))], m.Entity) {
				cands = append([]string{m.Entity}, cands...)
			}
			if m.Type == MentionPronoun {
				break
			}
		}
	}
	for n, c := range cands {
		if r.gender[c] != 0 && r.gender[c] != g || named[c] {
			continue
		}
		if r.topic == nil {
			r.topic, r.topicAt = map[byte]string{}, map[byte]int{}
		}
		r.topic[g], r.topicAt[g] = c, si.s.Index
		if n == 0 && (len(inSentence) <= 1 || object) {
			// no rival: learn the gender
			if r.gender == nil {
				r.gender = map[string]byte{}
			}
			r.gender[c] = g
		}
		return c
	}
	return ""
}

// clauseBeforeComma reports a person before the comma at token c who is
// the subject of a verb: after no function word and before a lower-case
// word that is none ("On Thursday X flew to London, where he").
func (r *resolver) clauseBeforeComma(si *sentInfo, ms []Mention, c int) bool {
	for _, m := range ms {
		if m.Type != string(schema.Person) || m.tok0 < 1 || m.tok1 >= c {
			continue
		}
		if r.lx.stop[si.ltok(m.tok0-1)] == "function" || !isCapWord(si.s.Tokens[m.tok0-1]) {
			continue
		}
		if t := si.s.Tokens[m.tok1]; t.Kind == Word && !isCapWord(t) && r.lx.stop[strings.ToLower(t.Text)] == "" && !possessiveTokens[t.Text] {
			return true
		}
	}
	return false
}

// speakerBefore is the person who says the clause a subject pronoun at
// token i opens: named right before a verb of saying right before the
// pronoun ("Y said she would", "Y also said that he"); "" if none.
func (r *resolver) speakerBefore(si *sentInfo, ms []Mention, i int) string {
	k := i - 1
	if k >= 0 && si.ltok(k) == "that" {
		k--
	}
	if k < 1 {
		return ""
	}
	for _, sp := range si.speech {
		if sp.end != si.s.Tokens[k].End || !spanHas(sp, "say") {
			continue
		}
		v := si.tokIndex(sp.start)
		if si.ltok(v-1) == "also" || si.ltok(v-1) == "later" || si.ltok(v-1) == "then" {
			v--
		}
		for _, m := range ms {
			if m.tok1 == v && m.Entity != "" && (m.Type == string(schema.Person) || m.Type == MentionPronoun) {
				return m.Entity
			}
		}
	}
	return ""
}

// spanHas reports a phrase of class in a lexicon match.
func spanHas(sp span, class string) bool {
	for _, p := range sp.phrases {
		if p.class == class {
			return true
		}
	}
	return false
}

// spokesperson reports a person the article names only as a spokesperson.
func (r *resolver) spokesperson(e *entity) bool {
	if e.typ != schema.Person || len(e.roles) == 0 {
		return false
	}
	for _, ro := range e.roles {
		if !r.lx.spokes[ro.Title] {
			return false
		}
	}
	return true
}

// withoutSpokespeople is a group of n people other than spokespeople: those
// named before in the sentence (same), then the latest named before it;
// nil if there are fewer.
func (r *resolver) withoutSpokespeople(same []string, n int) []string {
	var out []string
	keep := func(iri string) {
		if e := r.reg.byIRI[iri]; len(out) < n && e != nil && !r.spokesperson(e) && !containsStr(out, iri) {
			out = append(out, iri)
		}
	}
	for k := len(same) - 1; k >= 0; k-- {
		keep(same[k])
	}
	for k := len(r.history) - 1; k >= 0; k-- {
		keep(r.history[k])
	}
	if len(out) < n {
		return nil
	}
	return sorted(out)
}

func (r *resolver) anySpokesperson(iris []string) bool {
	for _, p := range iris {
		if e := r.reg.byIRI[p]; e != nil && r.spokesperson(e) {
			return true
		}
	}
	return false
}

// spokesPrincipal is the person a spokesperson speaks for, when the
// candidate c is one (every title of theirs a spokesperson's) and speaks
// in the sentence before token i: in "X's spokesman, Y, said she would
// meet Z" and "Y, a spokeswoman for X, said she ...", "she" is X. The
// principal is the role's person or the person after "for" in the
// apposition. "" otherwise.
func (r *resolver) spokesPrincipal(si *sentInfo, ms []Mention, c string, i int) string {
	e := r.reg.byIRI[c]
	if e == nil || !r.spokesperson(e) {
		return ""
	}
	principal := ""
	for _, ro := range e.roles {
		if p := r.reg.byIRI[ro.Of]; p != nil && p.typ == schema.Person {
			principal = p.iri
		}
	}
	for k := range ms {
		m := &ms[k]
		if m.Entity != c || m.tok1 > i {
			continue
		}
		sa := speechAfterMention(si, m)
		if sa < 0 || sa >= i {
			continue
		}
		for _, p := range ms {
			if principal == "" && p.tok0 > m.tok1 && p.tok1 <= sa && si.ltok(p.tok0-1) == "for" && p.Type == string(schema.Person) && p.Entity != "" {
				principal = p.Entity // "Y, a spokeswoman for X, said"
			}
		}
		return principal
	}
	return ""
}

// speechAfterMention is the first token of a reporting verb right after
// mention m ("Y said", "Y, says") or after its apposition ("Y, a
// spokeswoman for X, said"); -1 if none.
func speechAfterMention(si *sentInfo, m *Mention) int {
	for _, sp := range si.speech {
		sa, _ := si.spanToks(sp.start, sp.end)
		if sa < m.tok1 {
			continue
		}
		if sa <= m.tok1+3 || si.tok(m.tok1) == "," && si.tok(sa-1) == "," && sa-m.tok1 <= 12 {
			return sa
		}
		return -1
	}
	return -1
}

// whoAntecedent is the person a relative clause holding token i is
// about ("a letter from X, who invited him to visit"): the subject of the
// clause, so not what an object pronoun in it stands for. "" if token i is
// in no such clause.
func whoAntecedent(si *sentInfo, ms []Mention, i int) string {
	for k := i - 1; k >= 1; k-- {
		w := si.ltok(k)
		if w == "," || w == ";" || isQuote(si.tok(k)) {
			return ""
		}
		if w != "who" {
			continue
		}
		end := k
		if si.tok(k-1) == "," {
			end = k - 1
		}
		for _, m := range ms {
			if m.tok1 == end && m.Type == string(schema.Person) && m.Entity != "" {
				return m.Entity
			}
		}
		return ""
	}
	return ""
}

// postposedSpeaker reports a pronoun at token i that is the subject of a
// reporting verb after the content it reports: "..., she said", "\"...,\"
// he told reporters".
func (r *resolver) postposedSpeaker(si *sentInfo, i int) bool {
	if i < 2 || si.tok(i-1) != "," && !isQuote(si.tok(i-1)) {
		return false
	}
	if w := si.ltok(i); w != "he" && w != "she" {
		return false // "X met Y, her office said": X may own the office
	}
	return si.speechStartsAt(speechAfterAux(si, i+1))
}

// complementedSubject reports an object pronoun at token i inside a
// that-clause opened within a few words after the sentence's first person,
// its subject: "X proposed on Tuesday that the two leaders meet with him".
func (r *resolver) complementedSubject(si *sentInfo, ms []Mention, i int) bool {
	var first *Mention
	for k := range ms {
		if ms[k].Type == string(schema.Person) && ms[k].Entity != "" {
			first = &ms[k]
			break
		}
	}
	if first == nil || first.tok1 > i {
		return false
	}
	for _, sp := range si.speech {
		// "X said Y would meet her": a reported clause with no "that"
		if a, b := si.spanToks(sp.start, sp.end); a >= first.tok1 && a <= first.tok1+1 && b < i && personAfter(ms, b, i) {
			return true
		}
	}
	for k := first.tok1; k < i && k <= first.tok1+5; k++ {
		switch si.ltok(k) {
		case ",", ";", "who", "which":
			return false
		case "that":
			return k > first.tok1
		}
	}
	return false
}

// personAfter reports a person's mention in tokens [a, b).
func personAfter(ms []Mention, a, b int) bool {
	for k := range ms {
		if ms[k].Type == string(schema.Person) && ms[k].tok0 >= a && ms[k].tok1 <= b {
			return true
		}
	}
	return false
}

// determiner reports "her" before a noun ("her invitation"), not an object.
func (r *resolver) determiner(si *sentInfo, i int) bool {
	t := si.s.Tokens
	if i+1 >= len(t) || t[i+1].Kind != Word {
		return false
	}
	w := strings.ToLower(t[i+1].Text)
	if w != "last" && w != "next" && ordinalWord(w) {
		return true // "her second in four days", "his first trip": possessive
	}
	return r.lx.stop[w] != "function" && w != "and" && w != "or"
}

// quotedTokens marks the tokens inside quotation marks.
func quotedTokens(si *sentInfo) map[int]bool {
	out := map[int]bool{}
	open := false
	for k, t := range si.s.Tokens {
		switch t.Text {
		case "“":
			open = true
			continue
		case "”":
			open = false
			continue
		case "\"":
			open = !open
			continue
		}
		if open {
			out[k] = true
		}
	}
	return out
}

// noteContacts makes the people of the contacts of a sentence the latest
// group: later "the two ministers", "they" refer to them.
func (r *resolver) noteContacts(si *sentInfo, cs []candidate) {
	for _, c := range cs {
		if c.joinPeople != nil {
			continue // a part of a contact
		}
		var people []string
		for _, p := range c.participants {
			if e := r.reg.byIRI[p]; e != nil && e.typ == schema.Person {
				people = append(people, p)
			}
		}
		if host, guest := r.hostAndGuest(c, people); host != "" || guest != "" {
			r.lastHost, r.lastGuest = host, guest
		}
		if len(people) >= 2 {
			r.groups = append(r.groups, sorted(people))
			r.groupAt = si.s.Index
			r.lastContact = sorted(people)
			if y := dateYear(c.date); y > 0 && r.pubYear > 0 && y <= r.pubYear-2 {
				r.background = append(r.background, backgroundGroup{sorted(people), si.s.Index})
			} else {
				r.foreground = append(r.foreground, sorted(people))
			}
		}
	}
}

// hostAndGuest are the one host and the one guest of a contact of the
// people given: a host and the one other person it received, or the one
// person visiting a country.
func (r *resolver) hostAndGuest(c candidate, people []string) (string, string) {
	if len(c.hosts) == 1 && len(people) == 2 && containsStr(people, c.hosts[0]) {
		if people[0] == c.hosts[0] {
			return people[0], people[1]
		}
		return people[1], people[0]
	}
	if c.kind == schema.Visit && len(people) == 1 && len(c.participants) == 2 {
		return "", people[0]
	}
	return "", ""
}

// holdsTitle reports whether a person holds a title or one that ends with
// it ("Foreign Minister" for "the two ministers").
func holdsTitle(e *entity, title string) bool {
	if e.titles[title] {
		return true
	}
	for t := range e.titles {
		if strings.HasSuffix(t, " "+title) && !deputyTitle(strings.TrimSuffix(t, " "+title)) {
			return true
		}
	}
	return false
}

// deputyTitle reports a qualifier that makes a title a lesser office: a
// deputy foreign minister is no foreign minister ("the two foreign
// ministers"), though a minister.
func deputyTitle(qualifier string) bool {
	switch strings.ToLower(qualifier) {
	case "deputy", "vice", "assistant", "junior", "acting":
		return true
	}
	return false
}

// placeCountry records the country a place is in, known to the registry
// even when the article does not name it.
func (r *resolver) placeCountry(ent *entity, country string) {
	if country == "" {
		return
	}
	c := r.reg.get(country, schema.Country, 0)
	c.place = true
	ent.country = c.iri
}

// hasRole reports a role of e with that title for that country.
func hasRole(e *entity, title, of string) bool {
	for _, ro := range e.roles {
		if ro.Title == title && ro.Of == of {
			return true
		}
	}
	return false
}

func hasRoleOf(e *entity, of string) bool {
	for _, ro := range e.roles {
		if ro.Of == of {
			return true
		}
	}
	return false
}

func overlapsMention(ms []Mention, a, b int) bool {
	for _, m := range ms {
		if m.tok0 < b && a < m.tok1 {
			return true
		}
	}
	return false
}

// applyRole gives a person the role a title lexPhrase describes.
func (r *resolver) applyRole(e *entity, ri *roleInfo, before *entity) {
	title := ri.title.canonical
	if title == "Counterpart" && before != nil && len(before.roles) > 0 {
		// the person compared with is named earlier in the sentence
		title = before.roles[0].Title
	}
	if title == "Counterpart" {
		// "his Ukrainian counterpart X": the title of the person compared with
		for i := len(r.history) - 1; i >= 0; i-- {
			o := r.reg.byIRI[r.history[i]]
			if o != e && len(o.roles) > 0 {
				title = o.roles[0].Title
				break
			}
		}
		if title == "Counterpart" {
			return
		}
	}
	role := schema.Role{Title: title}
	if ri.country != "" {
		if f := fullNameFor(r.names, ri.country); f != "" && !r.lx.countries[ri.country] && !r.countries[ri.country] {
			// "Chebet's spokeswoman": the person named before, no country
			role.Of = r.reg.get(f, schema.Person, 0).iri
		} else {
			c := r.reg.get(ri.country, schema.Country, 0)
			c.place = true
			role.Of = c.iri
		}
	}
	class := ri.title.class
	if class == "generic" && title != ri.title.canonical {
		class = "leader"
		if before != nil && before.titles[title] {
			if !before.leader {
				class = "minister"
			}
		}
		for i := len(r.history) - 1; i >= 0 && !(before != nil && before.titles[title]); i-- {
			if o := r.reg.byIRI[r.history[i]]; o != e && o.titles[title] {
				if !o.leader {
					class = "minister"
				}
				break
			}
		}
	}
	e.addRole(role, class)
	for _, a := range ri.title.also {
		e.titles[a] = true // "the premier" for a Prime Minister
	}
}

// groupVerb reports a verb that makes "the two" before it its subject:
// "proposed that the two hold a video call".
func groupVerb(w string) bool {
	switch w {
	case "hold", "held", "have", "had", "are", "were", "agreed", "talked", "discussed", "shook", "signed", "last":
		return true
	}
	return false
}

// visibleGroups are the groups a group title in sentence cur may stand for:
// all but those of a background contact told more than one sentence
// before ("In 1985 A and B met in X. ... The two presidents will meet
// again": the article's pair, not the background one), unless only those
// are left.
func (r *resolver) visibleGroups(cur int) [][]string {
	if len(r.background) == 0 {
		return r.groups
	}
	var out [][]string
	for _, g := range r.groups {
		if !r.backgroundOnly(g, cur) {
			out = append(out, g)
		}
	}
	if len(out) == 0 {
		return r.groups
	}
	return out
}

// backgroundGroup is the people of a contact years before the article.
type backgroundGroup struct {
	people   []string
	sentence int
}

// backgroundOnly reports a group whose people met only in background
// contacts, told more than one sentence before sentence cur.
func (r *resolver) backgroundOnly(g []string, cur int) bool {
	for _, f := range r.foreground {
		if sameSet(f, g) {
			return false
		}
	}
	for _, b := range r.background {
		if sameSet(b.people, g) && cur-b.sentence > 1 {
			return true
		}
	}
	return false
}

// dateYear is the year a date's value starts with, 0 for none.
func dateYear(d *schema.Date) int {
	if d == nil || len(d.Value) < 4 {
		return 0
	}
	y, err := strconv.Atoi(d.Value[:4])
	if err != nil {
		return 0
	}
	return y
}

// lastGroupOf is lastGroup over groups.
func lastGroupOf(groups [][]string, n int, r *resolver) []string {
	if len(groups) > 0 {
		return groups[len(groups)-1]
	}
	return r.lastPeople(n, nil)
}

// lastGroup is the latest group of n or more people named together, or the
// last n people named.
func (r *resolver) lastGroup(n int) []string {
	if len(r.groups) > 0 {
		return r.groups[len(r.groups)-1]
	}
	return r.lastPeople(n, nil)
}

// cardinalCount is the number a word from "two" to "six" names, 0 for
// another.
func cardinalCount(w string) int {
	switch w {
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	}
	return 0
}

// mentionedPersonBefore reports a person named in a sentence before
// sentence i.
func (r *resolver) mentionedPersonBefore(i int) bool {
	for _, e := range r.reg.byIRI {
		if e.typ == schema.Person && e.first < r.infos[i].s.Start {
			return true
		}
	}
	return false
}

// groupNamedAfter reads the people a group of n holders of title te stands
// for, when no group and no person came before it (a lead's group), from
// the next sentence that names holders of it: exactly n of them, each with
// the title before or after the name.
func (r *resolver) groupNamedAfter(si *sentInfo, n int, te *titleEntry) []string {
	if len(r.groups) > 0 || r.mentionedPersonBefore(si.s.Index) {
		return nil
	}
	for k := si.s.Index + 1; k < len(r.infos) && k <= si.s.Index+2; k++ {
		var names []string
		var at []int
		for _, seq := range r.lx.nameSequences(r.infos[k]) {
			ri := seq.titleRole
			if ri == nil {
				ri = seq.appositive
			}
			if seq.org || ri == nil {
				continue
			}
			if !(te.canonical == "Leader" || te.class == "generic") && ri.title.canonical != te.canonical && !strings.HasSuffix(ri.title.canonical, te.canonical) {
				continue
			}
			if (te.canonical == "Leader" || te.class == "generic") && ri.title.class != "leader" {
				continue
			}
			if name := canonicalPerson(r.names, seq.name); !containsStr(names, name) {
				names = append(names, name)
				at = append(at, r.infos[k].s.Tokens[seq.a].Start)
			}
		}
		if len(names) == 0 {
			continue
		}
		if len(names) != n {
			return nil
		}
		var out []string
		for i, name := range names {
			out = append(out, r.reg.get(name, schema.Person, at[i]).iri)
		}
		return sorted(out)
	}
	return nil
}

// lastGroupHolding is the latest of groups with n people who all hold a
// title (holds), or nil.
func (r *resolver) lastGroupHolding(groups [][]string, n int, holds func(*entity) bool) []string {
	for i := len(groups) - 1; i >= 0; i-- {
		if len(groups[i]) != n {
			continue
		}
		all := true
		for _, p := range groups[i] {
			if e := r.reg.byIRI[p]; e == nil || !holds(e) {
				all = false
			}
		}
		if all {
			return groups[i]
		}
	}
	return nil
}

// salientGroup is the group of people most often named together among the
// latest groups, the latest on a tie.
func (r *resolver) salientGroup() []string {
	best, bestN := -1, 0
	for i := len(r.groups) - 1; i >= 0 && i >= len(r.groups)-8; i-- {
		n := 0
		for j := len(r.groups) - 1; j >= 0 && j >= len(r.groups)-8; j-- {
			if sameSet(r.groups[i], r.groups[j]) {
				n++
			}
		}
		if n > bestN {
			best, bestN = i, n
		}
	}
	if best < 0 {
		return nil
	}
	return r.groups[best]
}

// personGroupMentions are the pairs of people of the sentence's group
// mentions of two ("the two presidents", "both leaders"), not of countries,
// in the order of the text.
func personGroupMentions(ms []Mention) [][]string {
	var out [][]string
	for _, m := range ms {
		if m.Type != MentionGroup || m.countries || len(m.Members) < 2 {
			continue
		}
		two := false
		for _, w := range strings.Fields(strings.ToLower(m.Text)) {
			two = two || w == "two" || w == "both"
		}
		if !two || len(m.Members) != 2 {
			// "the leaders" is too vague to stand for a group later, and a
			// larger group read wrong would spread its error
			continue
		}
		out = append(out, sorted(append([]string(nil), m.Members...)))
	}
	return out
}

// mentionsBefore are the mentions that end at or before token i.
func mentionsBefore(ms []Mention, i int) []Mention {
	var out []Mention
	for _, m := range ms {
		if m.tok1 <= i {
			out = append(out, m)
		}
	}
	return out
}

// lastGroupBefore prefers the people named earlier in the same sentence.
func (r *resolver) lastGroupBefore(same []string, n int) []string {
	if len(same) >= n {
		out := append([]string(nil), same...)
		sort.Strings(out)
		return out
	}
	g := r.lastGroup(n)
	if len(g) < n && n >= 3 {
		// "The three agreed to meet" after a pair of them was named: the
		// latest group of three
		for i := len(r.groups) - 2; i >= 0 && i >= len(r.groups)-5; i-- {
			if h := r.groups[i]; len(h) == n && subsetOf(g, h) {
				return h
			}
		}
	}
	if len(g) > n {
		// "the two" after a meeting of three that two of them held
		// before: those two ("offered to host a meeting between X and Y
		// ... when the two last met")
		for i := len(r.groups) - 2; i >= 0 && i >= len(r.groups)-5; i-- {
			if h := r.groups[i]; len(h) == n && subsetOf(h, g) && (len(same) != 1 || containsStr(h, same[0])) {
				return h
			}
		}
	}
	return g
}

// subsetOf reports whether every string of a is in b.
func subsetOf(a, b []string) bool {
	for _, s := range a {
		if !containsStr(b, s) {
			return false
		}
	}
	return true
}

// groupWith keeps a group of n read for "the two leaders" when it holds the
// one person named before it in the sentence; else it takes the latest
// group of n that holds that person ("X last visited Y, when the two
// leaders signed"), if any and if its people hold the title.
func (r *resolver) groupWith(members, same []string, n int, holds func(*entity) bool) []string {
	if len(same) != 1 || members == nil || containsStr(members, same[0]) {
		return members
	}
	for i := len(r.groups) - 1; i >= 0; i-- {
		if len(r.groups[i]) == n && containsStr(r.groups[i], same[0]) {
			for _, p := range r.groups[i] {
				if e := r.reg.byIRI[p]; e == nil || !holds(e) {
					// "X said that the two ministers would meet": not
					// X's group of presidents
					return members
				}
			}
			return r.groups[i]
		}
	}
	return members
}

// coordinated finds groups of people named together: "X and Y", "X, Y and
// Z", "between X and Y".
func coordinated(si *sentInfo, ms []Mention) [][]string {
	var out [][]string
	var cur []string
	lastEnd := -1
	for _, m := range ms {
		if m.Type != string(schema.Person) {
			continue
		}
		if lastEnd >= 0 && joinedByAnd(si, lastEnd, m.tok0) {
			if !containsStr(cur, m.Entity) {
				cur = append(cur, m.Entity)
			}
		} else {
			if len(cur) >= 2 {
				out = append(out, sorted(cur))
			}
			cur = []string{m.Entity}
		}
		lastEnd = m.tok1
	}
	if len(cur) >= 2 {
		out = append(out, sorted(cur))
	}
	return out
}

func sorted(xs []string) []string {
	out := append([]string(nil), xs...)
	sort.Strings(out)
	return out
}

// joinedByAnd reports whether tokens [a, b) only join two names: "and",
// commas, "as well as", and titles or countries introducing the second name.
func joinedByAnd(si *sentInfo, a, b int) bool {
	if b <= a {
		return false
	}
	sawAnd := false
	for k := a; k < b; k++ {
		w := si.ltok(k)
		switch {
		case w == "and" || w == "&" || w == "with":
			sawAnd = true
		case w == "," || w == "as" || w == "well" || w == "the" || w == "his" || w == "her" || w == "their":
		case si.covered[k] != 0:
		case possessiveTokens[si.tok(k)]:
		default:
			return false
		}
	}
	return sawAnd || si.tok(a) == ","
}

// titleCase upper-cases the first letter of every word.
func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		r, n := utf8.DecodeRuneInString(w)
		ws[i] = string(unicode.ToUpper(r)) + w[n:]
	}
	return strings.Join(ws, " ")
}

// splitPair reads a hyphenated sequence whose parts are people named
// elsewhere ("Marchal-Darrow", "Ruiz-Petrov") as mentions of each.
func (r *resolver) splitPair(si *sentInfo, seq nameSeq, names map[string]*personName, add func(a, b int, typ string, e *entity) *Mention) bool {
	toks := si.s.Tokens
	var parts [][2]int
	start := seq.a
	for k := seq.a; k < seq.b; k++ {
		if toks[k].Text == "-" {
			parts = append(parts, [2]int{start, k})
			start = k + 1
		}
	}
	parts = append(parts, [2]int{start, seq.b})
	if len(parts) < 2 {
		return false
	}
	var ents []string
	for _, p := range parts {
		n := r.text[toks[p[0]].Start:toks[p[1]-1].End]
		c := canonicalPerson(names, n)
		if c == n {
			return false
		}
		ents = append(ents, c)
	}
	for i, p := range parts {
		e := r.reg.get(ents[i], schema.Person, toks[p[0]].Start)
		add(p[0], p[1], string(schema.Person), e)
	}
	return true
}

func (si *sentInfo) isTrigger(k int) bool {
	if k >= len(si.s.Tokens) {
		return false
	}
	off := si.s.Tokens[k].Start
	for _, t := range si.triggers {
		if off >= t.start && off < t.end {
			return true
		}
	}
	return false
}

// collectCountries finds names the lexicon lacks that the article uses as
// countries: a capitalised word, not a person's, whose possessive governs a
// title or a government body ("Westland's Prime Minister", "Ostmark's
// foreign ministry").
func (lx *lexicon) collectCountries(infos []*sentInfo, names map[string]*personName) map[string]bool {
	person := map[string]bool{}
	for n, p := range names {
		person[n] = true
		for _, w := range p.words {
			person[w] = true
		}
	}
	out := map[string]bool{}
	candidate := func(si *sentInfo, i int) bool {
		toks := si.s.Tokens
		if i < 0 || i >= len(toks) || si.covered[i] != 0 || !isCapWord(toks[i]) || i+1 < len(toks) && isCapWord(toks[i+1]) && !possessiveTokens[toks[i+1].Text] {
			return false
		}
		w := toks[i].Text
		if a, b := capCompound(si, i); b-a > 1 {
			return false // a part of "Ulu-Batang"
		}
		return !person[w] && lx.stop[strings.ToLower(w)] == "" && !(i > 0 && isCapWord(toks[i-1]) && si.covered[i-1] == 0)
	}
	knownCountry := func(si *sentInfo, i int) bool {
		for _, g := range si.gaz {
			ga, gb := si.spanToks(g.start, g.end)
			if ga == i && gb == i+1 {
				if _, ok := g.entry(gCountry); ok {
					return true
				}
			}
		}
		return false
	}
	// capitalised words of the article, for demonyms of unknown names
	capWords := map[string]bool{}
	for _, si := range infos {
		for i, t := range si.s.Tokens {
			if si.covered[i] == 0 && isCapWord(t) {
				capWords[t.Text] = true
			}
		}
	}
	pairMemo, adjMemo := map[string]bool{}, map[string]bool{} // per word
	// capitalised words by their first five bytes: a demonym and its
	// country share at least those (demonymPair)
	byStem := map[string][]string{}
	for w := range capWords {
		if len(w) >= 5 {
			byStem[w[:5]] = append(byStem[w[:5]], w)
		}
	}
	stemOf := func(w string) []string {
		if len(w) < 5 {
			return nil
		}
		return byStem[w[:5]]
	}
	demonymOf := func(w string) bool {
		if utf8.RuneCountInString(w) < 4 {
			return false
		}
		for _, suf := range []string{"n", "an", "ian", "ic", "ese", "ish", "i"} {
			if capWords[w+suf] || strings.HasSuffix(w, "a") && capWords[w[:len(w)-1]+suf] {
				return true
			}
		}
		if v, ok := pairMemo[w]; ok {
			return v
		}
		for _, d := range stemOf(w) {
			if demonymPair(w, d) {
				pairMemo[w] = true
				return true // "Ostrevan" beside "Ostreve", "Vardine" beside "Vardis"
			}
		}
		pairMemo[w] = false
		return false
	}
	// "Quellanian" beside "Quellan": an adjective, not a name
	isDemonym := func(w string) bool {
		for _, suf := range []string{"n", "an", "ian", "ic", "ese", "ish", "i"} {
			if base := strings.TrimSuffix(w, suf); base != w && utf8.RuneCountInString(base) >= 3 && (capWords[base] || capWords[base+"a"] || lx.countries[base] || lx.countries[base+"a"]) {
				return true
			}
		}
		if v, ok := adjMemo[w]; ok {
			return v
		}
		for _, c := range stemOf(w) {
			if demonymPair(c, w) {
				adjMemo[w] = true
				return true
			}
		}
		adjMemo[w] = false
		return false
	}
	for _, si := range infos {
		toks := si.s.Tokens
		for i := 0; i+1 < len(toks); i++ {
			if !candidate(si, i) || isDemonym(toks[i].Text) {
				continue
			}
			w := toks[i].Text
			switch {
			case i+2 < len(toks) && possessiveTokens[toks[i+1].Text] && (si.covered[i+2] >= 2 && !businessTitleAt(si, i+2) || si.cueAt(i+2, "statenoun")):
				// "Westland's Prime Minister", "Quellan's capital"
				out[w] = true
			case i >= 2 && si.ltok(i-1) == "of" && si.covered[i-2] == 2 && strings.HasSuffix(si.ltok(i-2), "s") && pluralTitleOpens(si, i-2):
				// "the presidents of Westland and Quellan", "the foreign
				// ministers of Westland", "Defence ministers of Quellan"
				out[w] = true
			case demonymOf(w):
				// "Quellan" where the article also says "Quellanian"
				out[w] = true
			case i >= 3 && si.ltok(i-1) == "of" && stateTitleBeforeName(si, i-1):
				// "President Ana Ruiz of Quellan"
				out[w] = true
			}
		}
		// "the Quellan Federation"
		for i := 1; i+1 < len(toks); i++ {
			if si.ltok(i-1) == "the" && si.covered[i] == 0 && isCapWord(toks[i]) && !isAllCaps(toks[i].Text) && lx.stop[strings.ToLower(toks[i].Text)] == "" && !isDemonym(toks[i].Text) && si.cueAt(i+1, "statesuffix") && !(i+2 < len(toks) && isCapWord(toks[i+2])) {
				out[toks[i].Text] = true
			}
		}
		// "the Republic of Quellan", "the Kingdom of Quellan"
		for _, c := range si.cues {
			if !c.has("stateform") {
				continue
			}
			a, b := si.spanToks(c.start, c.end)
			if b < len(toks) && isCapWord(toks[a]) && si.covered[b] == 0 && isCapWord(toks[b]) && lx.stop[strings.ToLower(toks[b].Text)] == "" && !isDemonym(toks[b].Text) {
				out[toks[b].Text] = true // (a name may follow: "of the Republic of Quellan Ana Ruiz")
			}
		}
		// "the Quellan government", "a Quellan head of state", "the
		// Quellan foreign minister": a name used as an adjective of what
		// only a country has
		for i := 1; i+1 < len(toks); i++ {
			d := i - 1
			if ordinalWord(si.ltok(d)) || si.ltok(d) == "last" {
				d-- // "the first Quellan head of state"
			}
			switch si.ltok(d) {
			case "the", "a", "an":
			default:
				continue
			}
			w := toks[i].Text
			if si.covered[i] != 0 && !(si.covered[i] == 3 && si.cueAt(i+1, "statenoun")) || !isCapWord(toks[i]) || isAllCaps(w) || person[w] || lx.stop[strings.ToLower(w)] != "" || isDemonym(w) || knownCountry(si, i) {
				continue
			}
			if si.cueAt(i+1, "statenoun") && si.ltok(i+1) != "capital" || stateTitleAt(si, i+1) {
				out[w] = true
			}
		}
	}
	for _, si := range infos {
		toks := si.s.Tokens
		// "Westland, Ostia and Kelmar": a list with a country in it
		for i := 0; i < len(toks); i++ {
			if !(candidate(si, i) || knownCountry(si, i) || out[toks[i].Text]) || i > 0 && si.tok(i-1) == "," {
				continue
			}
			members := []int{i}
			j := i + 1
			for j+1 < len(toks) && si.tok(j) == "," && (candidate(si, j+1) || knownCountry(si, j+1) || out[toks[j+1].Text]) {
				members = append(members, j+1)
				j += 2
			}
			if len(members) < 2 || si.ltok(j) != "and" || !(candidate(si, j+1) || knownCountry(si, j+1) || out[toks[j+1].Text]) {
				continue
			}
			members = append(members, j+1)
			anyCountry := false
			for _, m := range members {
				if knownCountry(si, m) || out[toks[m].Text] {
					anyCountry = true
				}
			}
			if !anyCountry {
				continue
			}
			for _, m := range members {
				if w := toks[m].Text; candidate(si, m) && !isDemonym(w) && !isAllCaps(w) && !strings.ContainsAny(w, "0123456789") {
					out[w] = true
				}
			}
		}
		// "Westland and Ostmark": coordinated with a country, or both
		// named in a sentence about "the two countries"
		two := sentenceNamesTwoCountries(si)
		for i := 0; i+2 < len(toks); i++ {
			if si.ltok(i+1) != "and" {
				continue
			}
			switch {
			case two && candidate(si, i) && candidate(si, i+2) && !isDemonym(toks[i].Text) && !isDemonym(toks[i+2].Text):
				out[toks[i].Text] = true
				out[toks[i+2].Text] = true
			case candidate(si, i) && (knownCountry(si, i+2) || out[toks[i+2].Text]):
				out[toks[i].Text] = true
			case candidate(si, i) && si.ltok(i+2) == "the" && i+3 < len(toks) && knownCountry(si, i+3):
				// "Vardis and the Netherlands"
				out[toks[i].Text] = true
			case candidate(si, i+2) && (knownCountry(si, i) || out[toks[i].Text]):
				out[toks[i+2].Text] = true
			}
		}
	}
	for name := range lx.compoundCountries(infos) {
		out[name] = true
	}
	return out
}

// pluralTitleOpens reports the plural title ending at token k opened by
// "the", "the two" (or "both", "all three"), or by the sentence's start:
// "the foreign ministers", "the three presidents", "Defence ministers".
func pluralTitleOpens(si *sentInfo, k int) bool {
	j := k
	for j >= 0 && si.covered[j] == 2 {
		j--
	}
	if j < 0 {
		return true
	}
	if cardinalWord(si.ltok(j)) || si.ltok(j) == "both" || si.ltok(j) == "all" {
		j--
	}
	return j >= 0 && si.ltok(j) == "the"
}

// capCompound is the hyphenated name of capitalised words holding token i
// ("Ulu-Batang", "Al-Sahil"): its token range, [i, i+1) if none.
func capCompound(si *sentInfo, i int) (int, int) {
	toks := si.s.Tokens
	a, b := i, i+1
	for a >= 2 && toks[a].Glued && toks[a-1].Text == "-" && toks[a-1].Glued && isCapWord(toks[a-2]) {
		a -= 2
	}
	for b+1 < len(toks) && toks[b].Text == "-" && toks[b].Glued && toks[b+1].Glued && isCapWord(toks[b+1]) {
		b += 2
	}
	return a, b
}

// compoundCountries finds countries of more than one word the lexicon
// lacks: a name of two or three capitalised words, or a hyphenated one,
// with a state's office or body after its possessive ("Upper Kartsa's Prime
// Minister", "Ulu-Batang's Foreign Minister", "Rio Claro's foreign
// ministry"), never written with a
// person's title before it, and whose last word the article never uses
// alone (a person's name is: "Joe Biden's Secretary of State" beside
// "Biden said").
func (lx *lexicon) compoundCountries(infos []*sentInfo) map[string]bool {
	found := map[string]bool{}
	last := map[string]string{} // name -> its last word
	for _, si := range infos {
		toks := si.s.Tokens
		for i := 1; i+2 < len(toks); i++ {
			if si.covered[i] != 0 || !isCapWord(toks[i]) {
				continue
			}
			office := func(k int) bool {
				return stateTitleAt(si, k) || si.covered[k] == 3 && !businessTitleAt(si, k) || si.cueAt(k, "statenoun")
			}
			switch {
			case possessiveTokens[toks[i+1].Text] && office(i+2):
				// "Upper Kartsa's Prime Minister"
			case possessiveTokens[toks[i+1].Text] && i+3 < len(toks) && toks[i+2].Kind == Word && !isCapWord(toks[i+2]) && lx.stop[si.ltok(i+2)] == "" && stateTitleAt(si, i+3):
				// "Nueva Esperia's new ambassador"
			case si.ltok(i+1) == "counterpart" || si.ltok(i+1) == "counterparts":
				// "his Nueva Esperia counterpart": a country as an adjective
			default:
				continue
			}
			a, b := capCompound(si, i)
			if b-a == 1 {
				// "Upper Kartsa": words before it, not a title's
				for a > 0 && b-a < 3 && isCapWord(toks[a-1]) && si.covered[a-1] == 0 && !toks[a].Glued {
					a--
				}
			}
			if b-a < 2 || lx.stop[strings.ToLower(toks[a].Text)] != "" || isAllCaps(toks[a].Text) {
				continue
			}
			if a > 0 && (si.covered[a-1] == 2 || isCapWord(toks[a-1])) {
				continue // "President Ana Ruiz's", a longer name
			}
			name := si.s.Text[toks[a].Start-si.s.Start : toks[b-1].End-si.s.Start]
			found[name] = true
			last[name] = toks[b-1].Text
		}
	}
	if len(found) == 0 {
		return nil
	}
	for _, si := range infos {
		toks := si.s.Tokens
		for i, t := range toks {
			for name, w := range last {
				if !found[name] || t.Text != w {
					continue
				}
				a, _ := capCompound(si, i)
				if a < i {
					continue // the compound itself
				}
				n := len(strings.Fields(name))
				start := i - (n - 1)
				if start >= 0 && si.s.Text[toks[start].Start-si.s.Start:t.End-si.s.Start] == name {
					if start > 0 && si.covered[start-1] == 2 {
						found[name] = false // "President Ana Ruiz"
					}
					continue
				}
				if i > 0 && isCapWord(toks[i-1]) && !possessiveTokens[toks[i-1].Text] {
					continue // part of another name ("Ciudad Esperia")
				}
				found[name] = false // the last word alone: a surname
			}
		}
	}
	out := map[string]bool{}
	for name, ok := range found {
		if ok {
			out[name] = true
		}
	}
	return out
}

// collectPlaces finds settlements the lexicon lacks that the article names:
// the dateline's city in capitals ("VESSARO, Quellan, 3 December"), written
// in the text as "Vessaro"; and a name in apposition to a word for a
// settlement ("Quellan's capital Vell", "the capital, Vell", "the port city
// of Mersa"). Every mention of such a name is a place.
func (lx *lexicon) collectPlaces(infos []*sentInfo, names map[string]*personName) map[string]bool {
	out := map[string]bool{}
	add := func(si *sentInfo, a, b int) {
		toks := si.s.Tokens
		for k := a; k < b; k++ {
			if si.covered[k] != 0 || !isCapWord(toks[k]) {
				return
			}
			if c := lx.stop[strings.ToLower(toks[k].Text)]; c != "" && c != "noun" {
				return
			}
		}
		out[si.s.Text[toks[a].Start-si.s.Start:toks[b-1].End-si.s.Start]] = true
	}
	for n, si := range infos {
		toks := si.s.Tokens
		if n < 3 && len(toks) > 2 && isAllCaps(toks[0].Text) && utf8.RuneCountInString(toks[0].Text) > 2 && si.covered[0] == 0 {
			// the dateline: "VESSARO, Quellan, 3 December (Wire) -"
			k := 0
			for k < len(toks) && k < 4 && toks[k].Kind == Word && isAllCaps(toks[k].Text) {
				k++
			}
			if k < len(toks) && toks[k].Text == "," {
				words := make([]string, k)
				for q := 0; q < k; q++ {
					words[q] = titleCase(strings.ToLower(toks[q].Text))
				}
				if name := strings.Join(words, " "); lx.stop[strings.ToLower(words[0])] == "" && names[name] == nil {
					out[name] = true
				}
			}
		}
		// "arrived in Vell", "flew to Vell": a journey's end the lexicon
		// lacks (one to three capitalised words, no person's)
		for i := 1; i+1 < len(toks); i++ {
			if !journeyEnd(si, i) || si.covered[i] != 0 || !isCapWord(toks[i]) || names[toks[i].Text] != nil {
				continue
			}
			k := i
			for k < len(toks) && k < i+3 && isCapWord(toks[k]) && si.covered[k] == 0 {
				k++
			}
			if k < len(toks) && isCapWord(toks[k]) || k < len(toks) && possessiveTokens[toks[k].Text] {
				continue
			}
			person := false
			for q := i; q < k; q++ {
				if _, ok := names[toks[q].Text]; ok {
					person = true
				}
			}
			if !person {
				add(si, i, k)
			}
		}
		for _, c := range si.cues {
			if !c.has("placenoun") {
				continue
			}
			a, b := si.spanToks(c.start, c.end)
			// "Vell, the Quellan capital": the name before the apposition
			q := a - 1
			if q >= 0 && si.s.Tokens[q].Kind == Word && isCapWord(toks[q]) && (si.covered[q] == 1 || lx.demonym[si.ltok(q)]) {
				q-- // a demonym the lexicon knows or a country's name
			} else if q >= 0 && isCapWord(toks[q]) && si.covered[q] == 0 && strings.HasSuffix(si.ltok(q), "an") {
				q-- // a demonym the lexicon lacks ("Sundaran")
			}
			if q >= 2 && si.ltok(q) == "the" && si.tok(q-1) == "," && (b >= len(toks) || !isCapWord(toks[b])) {
				e := q - 1
				k := e
				for k > 0 && k > e-4 && isCapWord(toks[k-1]) && si.covered[k-1] == 0 {
					k--
				}
				if k < e {
					add(si, k, e)
				}
			}
			j := b
			switch {
			case si.tok(j) == "," || si.ltok(j) == "of":
				j++
			case a > 0 && possessiveTokens[si.tok(a-1)]:
				// "Quellan's capital Vell"
			default:
				continue
			}
			k := j
			for k < len(toks) && k < j+4 && isCapWord(toks[k]) && si.covered[k] == 0 {
				k++
			}
			if k > j {
				add(si, j, k)
			}
		}
	}
	return out
}

// journeyEnd reports token i after a verb of arriving or travelling and
// its preposition: "arrived in _", "landed in _", "flew to _", "travelled
// to _".
func journeyEnd(si *sentInfo, i int) bool {
	switch si.ltok(i - 1) {
	case "in":
		switch si.ltok(i - 2) {
		case "arrive", "arrives", "arrived", "arriving", "land", "lands", "landed", "landing":
			return true
		}
	case "to":
		switch si.ltok(i - 2) {
		case "fly", "flies", "flew", "flown", "flying", "travel", "travels", "travelled", "traveled", "travelling", "traveling":
			return true
		}
	}
	return false
}

// cueEndingAt reports a cue of the class ending right before token k.
func (si *sentInfo) cueEndingAt(k int, class string) bool {
	if k <= 0 || k > len(si.s.Tokens) {
		return false
	}
	off := si.s.Tokens[k-1].End
	for _, c := range si.cues {
		if c.end == off && c.has(class) {
			return true
		}
	}
	return false
}

// cueAt reports a cue of the class starting at token k.
func (si *sentInfo) cueAt(k int, class string) bool {
	if k < 0 || k >= len(si.s.Tokens) {
		return false
	}
	off := si.s.Tokens[k].Start
	for _, c := range si.cues {
		if c.start == off && c.has(class) {
			return true
		}
	}
	return false
}

// officeRef is an office-holder who stood for their country in a sentence
// because the article had not named them yet.
type officeRef struct {
	sentence int
	single   bool   // "the British prime minister": a person with no title stands for it only if named before
	country  string // IRI
	title    string // canonical title
	generic  bool   // "leader", "counterpart"
}

// officeStandsAlone reports an office named by its country alone in
// tokens [start, b), the country at token cs: "the British prime
// minister hosted", "Britain's president said"; not an apposition ("X,
// the State Department's special representative"), not a title going on
// ("Qatar's Minister of State at the Ministry ..., X") or naming its
// holder next ("Kenya's president, X").
func (r *resolver) officeStandsAlone(si *sentInfo, start, cs, b int) bool {
	if g := si.gazAt(si.s.Tokens[cs].Start); g == nil || !g.hasKind(gCountry) && !g.hasKind(gDemonym) {
		return false
	}
	if start > 0 && si.tok(start-1) == "," {
		return false
	}
	switch si.ltok(b) {
	case "of", "for", "at", "to", ",", "(", "-", "–", "—":
		return false
	}
	if si.speechStartsAt(speechAfterAux(si, b)) {
		return false // "the Sudanese minister told ...": a claim's speaker, not a contact's side
	}
	return b >= len(si.s.Tokens) || !isCapWord(si.s.Tokens[b])
}

// mentionedAt reports a person of that name mentioned so far, and how
// much: the most mentioned, then the latest.
func (r *resolver) mentionedAt(name string) (bool, int) {
	if e := r.reg.byIRI[schema.EntityIRI(name)]; e != nil && e.last > 0 {
		times := e.times
		if r.spokesperson(e) {
			times = 0 // "Kim" of a leader and a spokesman named Kim: the leader
		}
		return true, times<<32 | e.last
	}
	return false, -1
}

// mentionedBefore reports an entity mentioned in a sentence before
// sentence n.
func (r *resolver) mentionedBefore(iri string, n int) bool {
	return r.mentionedIn(iri, 0, n)
}

// mentionedIn reports an entity mentioned in sentences [a, b).
func (r *resolver) mentionedIn(iri string, a, b int) bool {
	for i := max(a, 0); i < b && i < len(r.infos); i++ {
		for _, m := range r.infos[i].mentions {
			if m.Entity == iri {
				return true
			}
		}
	}
	return false
}

// holderOf is the one person the whole article names as holding the
// office, or "": "Kenya's president hosted ... . President William Ruto
// of Kenya said ...".
//
// Failing a holder of the title, the one person of that country the
// article names with no title at all ("China's Wang Yi").
func (r *resolver) holderOf(o officeRef) string {
	found, untitled, nUntitled := "", "", 0
	counterpart, nCounterparts := "", 0
	bare, nBare := "", 0
	ambiguous, exact := false, []string(nil)
	for _, iri := range r.reg.order {
		e := r.reg.byIRI[iri]
		if o.single && e.typ == schema.Person && e.country == "" && len(e.roles) == 0 && r.mentionedIn(iri, o.sentence-2, o.sentence) && (len(e.titles) == 0 || !o.generic && holdsTitle(e, o.title)) {
			bare = iri
			nBare++
		}
		if e.typ != schema.Person || e.country != o.country && !hasRoleOf(e, o.country) {
			continue
		}
		if len(e.titles) == 0 && (!o.single || r.mentionedBefore(iri, o.sentence)) {
			untitled = iri
			nUntitled++
		}
		if len(e.titles) == 1 && e.titles["Counterpart"] {
			counterpart = iri
			nCounterparts++
		}
		if o.generic && !e.leader && o.title != "Counterpart" || !o.generic && !holdsTitle(e, o.title) {
			continue
		}
		if !o.generic && hasRole(e, o.title, o.country) {
			exact = append(exact, iri)
		}
		if found != "" {
			ambiguous = true // two of them: which one is meant?
		}
		found = iri
	}
	if ambiguous {
		// of two holding a title like it ("Foreign Secretary" beside
		// "Foreign Minister"), the one named with the office itself
		if len(exact) == 1 {
			return exact[0]
		}
		return ""
	}
	if found == "" && nUntitled == 1 {
		return untitled
	}
	if found == "" && nUntitled == 0 && nCounterparts == 1 && !o.generic {
		// "his Guatemalan counterpart, X": the holder of the office of
		// the person X is the counterpart of
		return counterpart
	}
	if found == "" && nUntitled == 0 && nCounterparts == 0 && nBare == 1 && !o.generic {
		// "Keir Lund got his reset. The British prime minister hosted
		// ...": the one person named in the two sentences before with no
		// country, and no title or that one
		return bare
	}
	return found
}

// quoteSpeaker is the person whose quoted words hold token i of sentence
// si, whose mentions so far are ms: the person a speech verb names right
// after the quotation closes ("\"I met X,\" Y said", "...,\" said Y") or
// right before it opens ("Y said: \"... I ...\""), in its sentences of the
// paragraph; for a quotation with neither, the speaker of the quotation
// just before it in the paragraph ("\"...,\" Y said. \"My counterpart and
// I ...\""). "" when i is in no quotation or none names a person.
func (r *resolver) quoteSpeaker(si *sentInfo, ms []Mention, i int) string {
	type quote struct {
		os, cs *sentInfo // the sentences it opens and closes in (cs nil: open)
		o, c   int
	}
	var quotes []quote
	inside := -1 // the quotation holding token i
	for _, o := range r.infos {
		if o.s.Index > si.s.Index {
			break
		}
		if o.s.Paragraph != si.s.Paragraph {
			continue
		}
		for k, t := range o.s.Tokens {
			if o == si && k == i && len(quotes) > 0 && quotes[len(quotes)-1].cs == nil {
				inside = len(quotes) - 1
			}
			opening := t.Text == "“" || t.Text == "\"" && (len(quotes) == 0 || quotes[len(quotes)-1].cs != nil)
			switch {
			case opening:
				quotes = append(quotes, quote{os: o, o: k})
			case (t.Text == "”" || t.Text == "\"") && len(quotes) > 0 && quotes[len(quotes)-1].cs == nil:
				quotes[len(quotes)-1].cs, quotes[len(quotes)-1].c = o, k
			}
		}
	}
	if inside < 0 {
		return ""
	}
	if q := &quotes[inside]; q.cs == nil {
		// closed in a sentence further on in the paragraph
		for _, o := range r.infos {
			if o.s.Paragraph != si.s.Paragraph || o.s.Index <= si.s.Index || q.cs != nil {
				continue
			}
			for k, t := range o.s.Tokens {
				if doubleQuote(t.Text) {
					q.cs, q.c = o, k
					break
				}
			}
		}
	}
	mentionsOf := func(o *sentInfo) []Mention {
		if o == si {
			return ms
		}
		return o.mentions
	}
	person := func(m *Mention) bool {
		e := r.reg.byIRI[m.Entity]
		return e != nil && e.typ == schema.Person && !m.possessive
	}
	speaker := func(q quote) string {
		if o := q.cs; o != nil && o.s.Index > si.s.Index {
			if who := r.laterSpeaker(o, q.c, si.s.Index); who != "" {
				return who
			}
		} else if o != nil {
			// "...," Y said; "...," said Y
			for _, sp := range o.speech {
				a, b := o.spanToks(sp.start, sp.end)
				if a <= q.c || a > q.c+6 {
					continue
				}
				ms := mentionsOf(o)
				for k := range ms {
					if m := &ms[k]; (m.tok0 > q.c && m.tok1 <= a || m.tok0 == b) && person(m) {
						return m.Entity
					}
				}
			}
		}
		// Y said: "...; Y told reporters: "...
		o := q.os
		for _, sp := range o.speech {
			a, b := o.spanToks(sp.start, sp.end)
			if b > q.o || b < q.o-5 {
				continue
			}
			found := ""
			ms := mentionsOf(o)
			for k := range ms {
				if m := &ms[k]; m.tok1 <= a && m.tok1 >= a-4 && person(m) {
					found = m.Entity // the subject right before the verb
				}
			}
			return found
		}
		return ""
	}
	if who := speaker(quotes[inside]); who != "" || inside == 0 {
		return who
	}
	return speaker(quotes[inside-1])
}

// noteSpeaker records the latest person the sentence has as a speech
// verb's subject ("X said", "said X", "she told reporters").
func (r *resolver) noteSpeaker(si *sentInfo, ms []Mention) {
	for _, sp := range si.speech {
		a, b := si.spanToks(sp.start, sp.end)
		for k := range ms {
			m := &ms[k]
			if e := r.reg.byIRI[m.Entity]; e != nil && e.typ == schema.Person && !m.possessive && (m.tok1 == a || m.tok0 == b && si.tok(b) != "(") {
				r.lastSpeaker, r.lastSpeakerIn = m.Entity, si.s.Index
			}
		}
	}
}

// ageEpithet reads "N-year-old" from token k: the age and the token after.
func ageEpithet(si *sentInfo, k int) (int, int, bool) {
	toks := si.s.Tokens
	if k+4 >= len(toks) || toks[k].Kind != Number || si.tok(k+1) != "-" || si.ltok(k+2) != "year" || si.tok(k+3) != "-" || si.ltok(k+4) != "old" {
		return 0, 0, false
	}
	age, err := strconv.Atoi(toks[k].Text)
	if err != nil || age < 16 || age > 110 {
		return 0, 0, false
	}
	return age, k + 5, true
}

// noteAges records the ages the sentence gives people: "X, 61, arrived".
func (r *resolver) noteAges(si *sentInfo, ms []Mention) {
	toks := si.s.Tokens
	for _, m := range ms {
		if m.Type != string(schema.Person) || m.tok1+2 >= len(toks) || si.tok(m.tok1) != "," || toks[m.tok1+1].Kind != Number {
			continue
		}
		if w := si.tok(m.tok1 + 2); w != "," && w != ")" && w != "." {
			continue
		}
		if age, err := strconv.Atoi(toks[m.tok1+1].Text); err == nil && age >= 16 && age <= 110 {
			r.noteAge(m.Entity, age)
		}
	}
}

func (r *resolver) noteAge(iri string, age int) {
	if r.ages == nil {
		r.ages = map[string]int{}
	}
	r.ages[iri] = age
}

// personOfAge is the person an age epithet stands for: the one person the
// article gave that age ("X, 61, ... the 61-year-old"); "" for none or two.
func (r *resolver) personOfAge(age int) string {
	found := ""
	for iri, a := range r.ages {
		if a == age {
			if found != "" {
				return "" // two of that age
			}
			found = iri
		}
	}
	return found
}

// demonymNoun reads a demonym used as a noun for a person from token k
// ("the Norwegian said", "the Spaniard and X"): the country and the token
// after; not an adjective before its noun ("the Norwegian delegation").
func (r *resolver) demonymNoun(si *sentInfo, k int) (string, int, bool) {
	if k >= len(si.s.Tokens) {
		return "", 0, false
	}
	g := si.gazAt(si.s.Tokens[k].Start)
	if g == nil {
		return "", 0, false
	}
	e, ok := g.entry(gDemonym)
	if _, b := si.spanToks(g.start, g.end); ok && b < len(si.s.Tokens) && phraseEnds(si, b) {
		return schema.EntityIRI(e.country), b, true
	}
	return "", 0, false
}

// phraseEnds reports a noun phrase ending before token b, its subject's:
// punctuation, a conjunction (not before a demonym: "the Russian and
// Iranian presidents"), "who", a speech verb, an auxiliary or a verb in
// -ed ("the Norwegian said", "the host thanked").
func phraseEnds(si *sentInfo, b int) bool {
	if b >= len(si.s.Tokens) {
		return true
	}
	next := si.s.Tokens[b]
	w := strings.ToLower(next.Text)
	switch {
	case next.Kind == Punct && w != "-" && !possessiveTokens[next.Text]:
	case (w == "and" || w == "or") && !demonymAt(si, b+1):
	case w == "who" || w == "himself" || w == "herself":
	case speechStartsAt(si, b):
	case next.Kind == Word && !isCapWord(next) && si.covered[b] == 0 && (auxiliaryWord(w) || len(w) > 4 && strings.HasSuffix(w, "ed")):
	default:
		return false
	}
	return true
}

// roleEpithet reads "the host", "the visitor", "the guest", "his guest"
// from token k (the determiner) as the host or the guest of the latest
// visit or hosted contact: the person and the token after.
func (r *resolver) roleEpithet(si *sentInfo, k int) (string, int) {
	d := si.ltok(k)
	if d != "the" && d != "his" && d != "her" {
		return "", 0
	}
	var who string
	switch si.ltok(k + 1) {
	case "host":
		who = r.lastHost
	case "visitor", "guest":
		who = r.lastGuest
	default:
		return "", 0
	}
	if d != "the" && si.ltok(k+1) != "guest" || !phraseEnds(si, k+2) {
		return "", 0
	}
	return who, k + 2
}

// demonymAt reports a demonym starting at token k.
func demonymAt(si *sentInfo, k int) bool {
	if k >= len(si.s.Tokens) {
		return false
	}
	g := si.gazAt(si.s.Tokens[k].Start)
	return g != nil && g.hasKind(gDemonym)
}

// auxiliaryWord reports an auxiliary or a frequent adverb after a
// subject: "the Norwegian has", "the Spaniard also".
func auxiliaryWord(w string) bool {
	switch w {
	case "is", "was", "has", "had", "will", "would", "could", "can", "also", "then", "later", "met", "spoke", "told", "said", "says", "made", "went", "came", "took":
		return true
	}
	return false
}

// latestOfCountry is the latest person named of country c, among the
// last eight people named.
func (r *resolver) latestOfCountry(c string) string {
	for k := len(r.history) - 1; k >= 0 && k >= len(r.history)-8; k-- {
		if e := r.reg.byIRI[r.history[k]]; e != nil && e.typ == schema.Person && e.country == c {
			return e.iri
		}
	}
	return ""
}

// laterSpeaker is the person a sentence not yet resolved names as the
// speaker of a quotation closing at token c, for a pronoun in sentence
// from: "...," Y said; "...," said Y; "...," she said (the person a speech
// verb had as its subject in the sentence before, else the person the
// sentences before were about).
func (r *resolver) laterSpeaker(o *sentInfo, c, from int) string {
	k := c + 1
	if o.tok(k) == "," {
		k++
	}
	speechAt := func(k int) (int, bool) {
		for _, sp := range o.speech {
			if a, b := o.spanToks(sp.start, sp.end); a == k {
				return b, true
			}
		}
		return 0, false
	}
	if w := o.ltok(k); w == "he" || w == "she" {
		if _, ok := speechAt(k + 1); !ok {
			return ""
		}
		g := byte('m')
		if w == "she" {
			g = 'f'
		}
		who := r.subject
		if r.lastSpeaker != "" && r.lastSpeakerIn >= from-1 {
			who = r.lastSpeaker // "X said she had not. \"I met Y ...,\" she said."
		}
		if e := r.reg.byIRI[who]; e != nil && e.typ == schema.Person && (r.gender[who] == 0 || r.gender[who] == g) {
			return who
		}
		return ""
	}
	for _, seq := range r.lx.nameSequences(o) {
		if seq.org || seq.outlet || seq.place {
			continue
		}
		b, ok := speechAt(k)
		if _, after := speechAt(seq.b); !(seq.a == k && after || ok && seq.a == b) {
			continue
		}
		if e := r.reg.byIRI[schema.EntityIRI(canonicalPerson(r.names, seq.name))]; e != nil && e.typ == schema.Person {
			return e.iri
		}
	}
	return ""
}

// turnSpeaker is the person who speaks the paragraph of sentence si in a
// transcript: the label in capitals and a colon opening it ("MR. KESTEL:
// ...", "ELIN SABO: ...") or, for a paragraph with none, the latest
// paragraph's with one, names a person the article introduced, by full
// name or surname; "" otherwise ("QUESTION: ...", no label before).
func (r *resolver) turnSpeaker(si *sentInfo) string {
	return r.turnOf(si.s.Paragraph)
}

// turnOf is turnSpeaker for paragraph p, cached.
func (r *resolver) turnOf(p int) string {
	if who, ok := r.turns[p]; ok {
		return who
	}
	who := ""
	for _, o := range r.infos {
		if o.s.Paragraph != p {
			continue
		}
		if w, ok := r.turnLabel(o); ok {
			who = w
		} else if p > 0 {
			who = r.turnOf(p - 1)
		}
		break
	}
	if r.turns == nil {
		r.turns = map[int]string{}
	}
	r.turns[p] = who
	return who
}

// turnLabel reads the label of a transcript's turn opening the sentence
// (the first of its paragraph): ok when there is one, with the person it
// names or "".
func (r *resolver) turnLabel(first *sentInfo) (string, bool) {
	toks := first.s.Tokens
	k := 0
	switch first.ltok(0) {
	case "mr", "ms", "mrs", "dr":
		if first.tok(1) == "." {
			k = 2
		}
	}
	var words []string
	for k < len(toks) && toks[k].Kind == Word && isAllCaps(toks[k].Text) {
		w := toks[k].Text
		k++
		for k+1 < len(toks) && toks[k].Text == "-" && toks[k].Glued && toks[k+1].Glued && isAllCaps(toks[k+1].Text) {
			w += "-" + toks[k+1].Text
			k += 2
		}
		words = append(words, titleCase(strings.ToLower(w)))
	}
	if len(words) == 0 || len(words) > 3 || first.tok(k) != ":" {
		return "", false
	}
	label := strings.Join(words, " ")
	last := words[len(words)-1]
	found := ""
	for _, iri := range r.reg.order {
		e := r.reg.byIRI[iri]
		if e.typ != schema.Person {
			continue
		}
		ws := strings.Fields(e.name)
		if e.name != label && !strings.EqualFold(ws[len(ws)-1], last) {
			continue
		}
		if found != "" && found != iri {
			return "", true
		}
		found = iri
	}
	return found, true
}

// initialsToken reports a token of two or three initials, each with its
// period: "B.S.", "J.K.".
func initialsToken(t string) bool {
	n := len(t)
	if n != 4 && n != 6 {
		return false
	}
	for i := 0; i < n; i += 2 {
		if t[i] < 'A' || t[i] > 'Z' || t[i+1] != '.' {
			return false
		}
	}
	return true
}

// apposedPeople reads, after a list of the countries of officials ending
// at token end ("the governors of A and B states, X and Y"), the n people
// named in apposition; nil if not so many.
func apposedPeople(si *sentInfo, ms []Mention, end, n int) []string {
	toks := si.s.Tokens
	j := end
	if j < len(toks) && toks[j].Kind == Word && !isCapWord(toks[j]) && strings.HasSuffix(toks[j].Text, "s") {
		j++ // "states", "provinces"
	}
	if si.tok(j) != "," {
		return nil
	}
	j++
	var out []string
	for j < len(toks) {
		p := personStartingAt(ms, j)
		if p == nil {
			return nil
		}
		out = append(out, p.Entity)
		j = p.tok1
		if len(out) == n {
			sort.Strings(out)
			return out
		}
		switch si.ltok(j) {
		case ",", "and":
			j++
			if si.ltok(j) == "and" {
				j++
			}
		default:
			return nil
		}
	}
	return nil
}

// apposedName is the person named in apposition from token b, after a
// comma and any title before the name (", X", ", Gen. X"); "" for none.
func apposedName(si *sentInfo, ms []Mention, b int) string {
	if si.tok(b) != "," {
		return ""
	}
	for j := b + 1; j < len(si.covered) && j <= b+4; j++ {
		if p := personStartingAt(ms, j); p != nil {
			return p.Entity
		}
		if si.covered[j] != 2 && si.tok(j) != "." {
			return ""
		}
	}
	return ""
}

// possessedPersonAt reports a person named after a possessive from token k:
// "Norland's Ana Ruiz".
func possessedPersonAt(si *sentInfo, ms []Mention, k int) bool {
	for j := k + 1; j < len(si.s.Tokens) && j <= k+4; j++ {
		if possessiveTokens[si.tok(j)] {
			return personStartingAt(ms, j+1) != nil
		}
	}
	return false
}

// personStartingAt is the (last) person mention of ms that starts at token
// j, nil for none.
func personStartingAt(ms []Mention, j int) *Mention {
	var p *Mention
	for i := range ms {
		if ms[i].tok0 == j && ms[i].Type == string(schema.Person) {
			p = &ms[i]
		}
	}
	return p
}

// titleApposedAt reports ", the|a|an [adjectives] Title" from token k: a
// title in apposition after a name.
func titleApposedAt(si *sentInfo, k int) bool {
	if si.tok(k) != "," {
		return false
	}
	switch si.ltok(k + 1) {
	case "the", "a", "an":
	default:
		return false
	}
	for j := k + 2; j < len(si.covered) && j <= k+4; j++ {
		if si.covered[j] == 2 {
			return true
		}
		if isCapWord(si.s.Tokens[j]) || clauseStop(si.tok(j)) || si.tok(j) == "," {
			return false
		}
	}
	return false
}

// titledList is the people listed right after a plural title and a dash
// or colon ("the three prime ministers - A, B and C -"): two or more, the
// list ending the sentence or closed by punctuation, else none. (After a
// comma the list is often of people an earlier title named: "the two
// ministers, A and B,".)
func titledList(si *sentInfo, ms []Mention, b int) []string {
	switch si.tok(b) {
	case "-", "–", "—", ":":
	default:
		return nil
	}
	var out []string
	j := b + 1
	for {
		p := personStartingAt(ms, j)
		if p == nil {
			return nil
		}
		out = append(out, p.Entity)
		j = p.tok1
		switch si.ltok(j) {
		case ",":
			if si.ltok(j+1) == "and" {
				j++
			}
			if j+1 < len(si.s.Tokens) && personAt(ms, j+1) {
				j++
				continue
			}
		case "and":
			j++
			continue
		}
		break
	}
	if len(out) < 2 {
		return nil
	}
	switch si.tok(j) {
	case "", ",", "-", "–", "—", ")", ".", ";", ":":
		return out
	}
	return nil
}

// qualifiedHolder is the one person holding a title whom the text before
// sentence si introduced with the same qualifier before it ("Senate
// President Lucinda X" for "the Senate president"), or nil.
func (r *resolver) qualifiedHolder(si *sentInfo, qualifier, title, canonical string) *entity {
	before := strings.ToLower(r.text[:si.s.Start])
	var found *entity
	for _, iri := range r.reg.order {
		e := r.reg.byIRI[iri]
		if e.typ != schema.Person || !holdsTitle(e, canonical) {
			continue
		}
		if !strings.Contains(before, strings.ToLower(qualifier+" "+title+" "+e.name)) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// bodyOfficer is the person "the <body> <title>" stands for: the one
// person holding the title, else, when no one does and it opens the
// sentence (opens), the one person the sentence before names, with no
// title of their own.
func (r *resolver) bodyOfficer(si *sentInfo, canonical string, opens bool) *entity {
	var found *entity
	for _, iri := range r.reg.order {
		e := r.reg.byIRI[iri]
		if e.typ != schema.Person || !holdsTitle(e, canonical) {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	if found != nil || si.s.Index == 0 || !opens {
		return found
	}
	prev := r.infos[si.s.Index-1]
	for _, m := range prev.mentions {
		e := r.reg.byIRI[m.Entity]
		if m.Type != string(schema.Person) || e == nil {
			continue
		}
		if found != nil && found != e || len(e.titles) > 0 {
			return nil
		}
		found = e
	}
	return found
}

// personAt reports a person mention covering token k.
func personAt(ms []Mention, k int) bool {
	for _, m := range ms {
		if m.tok0 <= k && k < m.tok1 && m.Type == string(schema.Person) {
			return true
		}
	}
	return false
}

// regnalNumber reports a Roman numeral of two letters or more that
// follows a monarch's or pope's name: "II", "IV", "XVI".
func regnalNumber(t string) bool {
	if len(t) < 2 || len(t) > 5 {
		return false
	}
	for _, r := range t {
		if r != 'I' && r != 'V' && r != 'X' {
			return false
		}
	}
	return true
}

// officeOfPlace reports a name in tokens [a, b) right after an official's
// title and "of", closed by a comma, "and" or the sentence's end: the
// place the office governs ("the governor of Minas Gerais, X", "the mayor
// of Belo Horizonte").
func officeOfPlace(si *sentInfo, a, b int) bool {
	if a < 2 || si.ltok(a-1) != "of" || si.covered[a-2] != 2 {
		return false
	}
	sp, _, ok := si.titleSpanEnding(a - 1)
	if !ok {
		return false
	}
	if t := titleOf(sp); t == nil || t.class != "official" {
		return false
	}
	switch si.tok(b) {
	case ",", "and", ".", "":
		return true
	}
	return b >= len(si.s.Tokens)
}

// inPlace reports a name of two words or more in tokens [a, b) right
// after "in" and not a possessor: "met the governor in Belo Horizonte".
func inPlace(si *sentInfo, a, b int) bool {
	if a < 1 || si.ltok(a-1) != "in" || possessiveTokens[si.tok(b)] {
		return false
	}
	if a >= 2 {
		switch si.ltok(a - 2) {
		case "interest", "drawn", "drew", "draw", "draws", "brought", "bring", "brings", "roped", "sworn", "swore", "ushered":
			return false // "interest in X", "has drawn in X": a person, no place
		}
	}
	return true
}
